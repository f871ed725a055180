import { useState } from 'preact/hooks';
import { ApiError, loadMe } from './api.js';
import type { ImportSummary } from './types.js';

type Progress = { done: number; total: number; uri: string };

/** Posts to /api/import?stream=1 and reads the NDJSON progress lines, then the summary. */
async function streamImport(body: FormData | { text: string; name?: string } | { url: string }, onProgress: (p: Progress) => void): Promise<ImportSummary> {
  const me = await loadMe();
  const headers: Record<string, string> = { accept: 'application/x-ndjson, application/json' };
  if (me.csrfToken) headers['x-csrf-token'] = me.csrfToken;
  if (!(body instanceof FormData)) headers['content-type'] = 'application/json';
  const response = await fetch('/api/import?stream=1', { method: 'POST', credentials: 'same-origin', headers, body: body instanceof FormData ? body : JSON.stringify(body) });
  if (!response.ok || !response.body) {
    const text = await response.text();
    let detail = text.slice(0, 300);
    try {
      const problem = JSON.parse(text) as { error?: string; detail?: string };
      detail = [problem.error, problem.detail].filter(Boolean).join(': ');
    } catch { /* not JSON: show the text */ }
    throw new ApiError(response.status, `import refused (${response.status})`, detail);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let summary: ImportSummary | null = null;
  const take = (line: string) => {
    if (!line.trim()) return;
    const value = JSON.parse(line) as Progress | ImportSummary;
    if ('summaryText' in value || 'releasesImported' in value) summary = value as ImportSummary;
    else onProgress(value as Progress);
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    lines.forEach(take);
  }
  take(buffer);
  if (!summary) throw new Error('the import ended without a summary');
  return summary;
}

/** File names the importer reads; a folder's other files (a README, notes) are left out and listed. */
const RELEASE_FILE = /\.(txt|html?|csv)$/i;

/** URLs given one a line; blank lines and lines starting with # are skipped. */
export function urlLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** A ready-made import the panel offers as a button: the public record by URL. */
export interface ImportPreset {
  label: string;
  urls: string[];
}

/**
 * Import releases: drop files or a folder, paste a release, or give URLs (one a line, each imported in turn);
 * a progress bar, then the CLI's summary for each import.
 */
export function ImportPanel({ onDone, presets = [] }: { onDone?: () => void; presets?: ImportPreset[] }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summaries, setSummaries] = useState<ImportSummary[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState('');
  const [urls, setUrls] = useState('');
  const [over, setOver] = useState(false);

  const run = async (bodies: Array<FormData | { text: string } | { url: string }>) => {
    setBusy(true);
    setError(null);
    setSummaries([]);
    setProgress(null);
    try {
      for (const body of bodies) {
        const summary = await streamImport(body, setProgress);
        setSummaries((done) => [...done, summary]);
      }
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? 'log in as an editor to import' : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const sendFiles = (files: FileList | null) => {
    if (!files?.length) return;
    const all = Array.from(files);
    const releases = all.filter((f) => RELEASE_FILE.test(f.name));
    setSkipped(all.filter((f) => !RELEASE_FILE.test(f.name)).map((f) => f.webkitRelativePath || f.name));
    if (releases.length === 0) {
      setError('no release files (.txt, .html, .htm, .csv) among those');
      return;
    }
    const form = new FormData();
    for (const file of releases) form.append('files', file, file.name);
    void run([form]);
  };
  const sendUrls = (list: string[]) => void run(list.map((url) => ({ url })));

  return (
    <section class="import">
      <h2>Import releases</h2>
      <div
        class={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); sendFiles(e.dataTransfer?.files ?? null); }}
      >
        <p>Drop release files here (text, HTML, CSV), or</p>
        <label class="button">Choose files <input type="file" name="files" multiple accept=".txt,.html,.htm,.csv,text/*" onChange={(e) => sendFiles((e.currentTarget as HTMLInputElement).files)} hidden /></label>
        {' '}
        <label class="button">Choose a folder <input type="file" name="folder" {...{ webkitdirectory: '' }} multiple onChange={(e) => sendFiles((e.currentTarget as HTMLInputElement).files)} hidden /></label>
      </div>
      {presets.length ? (
        <p class="presets">
          {presets.map((p) => <button type="button" disabled={busy} onClick={() => sendUrls(p.urls)}>{p.label}</button>)}
        </p>
      ) : null}
      <form class="paste" onSubmit={(e) => { e.preventDefault(); if (text.trim()) void run([{ text }]); }}>
        <label for="release-text">Paste a release</label>
        <textarea id="release-text" rows={6} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} placeholder={'Military airstrikes continue against ISIL terrorists in Syria and Iraq\nMay 23, 2015\n\nSyria\n- Near Tadmur, one airstrike destroyed an ISIL vehicle.'} />
        <button type="submit" disabled={busy || !text.trim()}>Import text</button>
      </form>
      <form class="url" onSubmit={(e) => { e.preventDefault(); if (urlLines(urls).length) sendUrls(urlLines(urls)); }}>
        <label for="release-urls">Or release URLs, one a line (pages or CSV), imported one after another</label>
        <textarea id="release-urls" rows={3} value={urls} onInput={(e) => setUrls((e.currentTarget as HTMLTextAreaElement).value)} placeholder="https://…" />
        <button type="submit" disabled={busy || !urlLines(urls).length}>Import URLs</button>
      </form>
      {busy || progress ? (
        <div class="progress">
          <progress max={progress?.total || 1} value={progress?.done ?? 0} data-testid="import-progress" />
          <span>{progress ? `${progress.done} of ${progress.total} · ${progress.uri}` : 'starting…'}</span>
        </div>
      ) : null}
      {error ? <p class="problem" role="alert">{error}</p> : null}
      {skipped.length ? <p class="muted">Not release files, left out: {skipped.slice(0, 10).join(', ')}{skipped.length > 10 ? ` and ${skipped.length - 10} more` : ''}</p> : null}
      {summaries.length ? (
        <div class="import-summary" data-testid="import-summary">
          {summaries.map((s) => <pre>{s.summaryText}</pre>)}
          {onDone && !busy ? <button type="button" onClick={onDone}>Explore the ledger</button> : null}
        </div>
      ) : null}
    </section>
  );
}
