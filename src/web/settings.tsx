import { useEffect, useState } from 'preact/hooks';
import { loadMe, onMe, type Me } from './api.js';
import { TILE_URL_KEY } from './basemap.js';
import { PasswordForm } from './passwordForm.js';

/** Workbench settings kept in this browser (an optional tile URL for users online), and a member's password. */
export function Settings() {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    void loadMe().then(setMe);
    return onMe(setMe);
  }, []);
  const [url, setUrl] = useState(localStorage.getItem(TILE_URL_KEY) ?? '');
  const [saved, setSaved] = useState(false);
  const save = (event: Event) => {
    event.preventDefault();
    if (url.trim()) localStorage.setItem(TILE_URL_KEY, url.trim());
    else localStorage.removeItem(TILE_URL_KEY);
    setSaved(true);
  };
  return (
    <section class="settings">
      <h1>Settings</h1>
      <form onSubmit={save}>
        <label for="tile-url">Map tile URL (empty: the offline Natural Earth basemap)</label>
        <input id="tile-url" value={url} size={60} placeholder="https://tile.openstreetmap.org/{z}/{x}/{y}.png" onInput={(e) => { setUrl((e.currentTarget as HTMLInputElement).value); setSaved(false); }} />
        <button type="submit">Save</button>
      </form>
      {saved ? <p role="status">Saved; maps use it from the next view you open.</p> : null}
      {me?.user ? <PasswordForm /> : null}
    </section>
  );
}
