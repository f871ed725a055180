import { useEffect, useState } from 'preact/hooks';
import { getJson, loadMe, send, type Me } from './api.js';
import { navigate } from './router.js';
import type { Analysis } from './types.js';

interface Draft {
  slug: string;
  title: string;
  bodyMd: string;
  date: string;
  series: string;
  tags: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Analyses: the published ones for everyone, drafts too for editors. */
export function Analyses() {
  const [list, setList] = useState<Analysis[] | null>(null);
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadMe().then(setMe);
    getJson<{ analyses: Analysis[] }>('/api/analyses').then((body) => setList(body.analyses), (e: Error) => setError(e.message));
  }, []);
  const editor = me?.user && me.user.role !== 'viewer';
  return (
    <section class="analyses">
      <h1>Analyses</h1>
      {editor ? <p><a href="/analyses/new" class="button">Write an analysis</a></p> : null}
      {error ? <p class="problem" role="alert">{error}</p> : null}
      {list === null ? <p>loading…</p> : list.length === 0 ? <p>No analysis yet.</p> : (
        <ul class="analysis-list">
          {list.map((a) => (
            <li>
              <a href={`/analyses/${encodeURIComponent(a.slug)}`} data-external>{a.title}</a>{' '}
              <span class="muted">{String(a.date ?? '')} · {String(a.status ?? '')}{a.tags?.length ? ` · ${a.tags.join(', ')}` : ''}</span>
              {editor ? <> · <a href={`/analyses/${encodeURIComponent(a.slug)}/edit`}>edit</a></> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Writes a new analysis (slug null) or edits one; saves as a draft, then publishes. */
export function AnalysisEditor({ slug }: { slug: string | null }) {
  const [draft, setDraft] = useState<Draft>({ slug: '', title: '', bodyMd: '', date: today(), series: '', tags: '' });
  const [saved, setSaved] = useState<Analysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!slug) return;
    getJson<Analysis>(`/api/analyses/${encodeURIComponent(slug)}`).then(
      (a) => {
        setSaved(a);
        setDraft({ slug: a.slug, title: a.title, bodyMd: String(a.bodyMd ?? ''), date: String(a.date ?? today()), series: String(a.series ?? ''), tags: (a.tags ?? []).join(', ') });
      },
      (e: Error) => setError(e.message),
    );
  }, [slug]);
  const field = (key: keyof Draft) => (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  const fields = () => ({
    title: draft.title,
    bodyMd: draft.bodyMd,
    date: draft.date,
    series: draft.series,
    tags: draft.tags.split(',').map((t) => t.trim()).filter(Boolean),
  });
  const save = async (): Promise<Analysis | null> => {
    setError(null);
    setNotice(null);
    try {
      const current = saved ?? null;
      const result = current
        ? await send<Analysis>('PUT', `/api/analyses/${encodeURIComponent(current.slug)}`, fields())
        : await send<Analysis>('POST', '/api/analyses', { ...fields(), ...(draft.slug ? { slug: draft.slug } : {}) });
      setSaved(result);
      setNotice(`Saved draft "${result.slug}"`);
      if (!current) navigate(`/analyses/${encodeURIComponent(result.slug)}/edit`, true);
      return result;
    } catch (e) {
      setError((e as Error).message);
      return null;
    }
  };
  const publish = async () => {
    const current = await save();
    if (!current) return;
    try {
      const published = await send<Analysis>('POST', `/api/analyses/${encodeURIComponent(current.slug)}/publish`);
      setSaved(published);
      setNotice('Published');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section class="analysis-editor">
      <h1>{slug ? `Edit “${draft.title || slug}”` : 'Write an analysis'}</h1>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <label>Title <input name="title" value={draft.title} onInput={field('title')} required size={60} /></label>
        {!slug ? <label>Slug (optional) <input name="slug" value={draft.slug} onInput={field('slug')} placeholder="made from the title" /></label> : null}
        <label>Date <input name="date" type="date" value={draft.date} onInput={field('date')} required /></label>
        <label>Series <input name="series" value={draft.series} onInput={field('series')} /></label>
        <label>Places and tags (comma-separated) <input name="tags" value={draft.tags} onInput={field('tags')} placeholder="Palmyra, 2016" size={40} /></label>
        <label for="body">Text (Markdown; live figures as the server documents)</label>
        <textarea id="body" name="bodyMd" rows={14} value={draft.bodyMd} onInput={field('bodyMd')} />
        <div class="row">
          <button type="submit">Save draft</button>
          <button type="button" onClick={publish}>Publish</button>
          {saved?.status === 'published' ? <a href={`/analyses/${encodeURIComponent(saved.slug)}`} data-external>Read it as published</a> : null}
        </div>
      </form>
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      {error ? <p class="problem" role="alert">{error}</p> : null}
    </section>
  );
}
