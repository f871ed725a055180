import { useState } from 'preact/hooks';
import { refreshMe, send } from './api.js';

/** A logged-in member changes their password; the server then ends their sessions in every other browser. */
export function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (next !== repeat) return setMessage({ ok: false, text: 'The new password and its repetition differ.' });
    setMessage(null);
    try {
      await send('POST', '/api/me/password', { current, next });
      // the change gave this browser a new session, and with it a new CSRF token
      await refreshMe();
      setCurrent('');
      setNext('');
      setRepeat('');
      setMessage({ ok: true, text: 'Password changed; you are logged out everywhere else.' });
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  };
  const field = (label: string, value: string, set: (v: string) => void, autocomplete: string) => (
    <label>
      {label} <input type="password" autocomplete={autocomplete} value={value} onInput={(e) => set((e.currentTarget as HTMLInputElement).value)} required />
    </label>
  );
  return (
    <form class="password" onSubmit={submit}>
      <h2>Your password</h2>
      {field('Current password', current, setCurrent, 'current-password')}
      {field('New password', next, setNext, 'new-password')}
      {field('New password again', repeat, setRepeat, 'new-password')}
      <button type="submit">Change password</button>
      {message ? <p class={message.ok ? undefined : 'problem'} role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
    </form>
  );
}
