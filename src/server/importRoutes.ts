import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { stream as streamBody } from 'hono/streaming';
import { z } from 'zod';
import { fetchUnder, publicAddressesOnly } from '../ingest/index.js';
import { renderImportSummary, type ImportSummary } from '../store/index.js';
import { requireRole } from './auth.js';
import { problem } from './problem.js';
import { storableText } from './storableText.js';
import { newStaging, safeFileName, stageFile, unstage, type Staged } from './uploadStaging.js';
import type { AppEnv, Workbench } from './workbench.js';

/** Largest file accepted in an upload or a paste. */
export const MAX_UPLOAD_FILE_BYTES = 10 * 1024 * 1024;
/** Largest upload as a whole. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Release files the importer reads. */
export const UPLOAD_EXTENSIONS = ['.txt', '.html', '.htm', '.csv'] as const;

const textSchema = z.object({
  text: z.string().min(1).max(MAX_UPLOAD_FILE_BYTES), name: z.string().max(200).optional(), replace: z.boolean().optional(), allowDate: z.boolean().optional(),
});
const urlSchema = z.object({ url: z.string().max(2000), replace: z.boolean().optional(), allowDate: z.boolean().optional() });

/** The request's files are staged, or the answer refusing it. */
type Staging = { ok: true } | { ok: false; response: Response };

function extensionOf(name: string): string {
  const match = /\.[^.]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

/** POST /api/import: uploaded files, a pasted release or a URL into the ledger, answering the import summary. */
export function importRoutes(w: Workbench): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // a member must not make the server read its own ports, the cloud metadata service or the intranet
  const fetchImpl = w.options.allowPrivateUrls ? fetch : fetchUnder(w.options.urlPolicy ?? publicAddressesOnly());
  app.post(
    '/import',
    requireRole('editor'),
    bodyLimit({
      // room for the multipart framing around the files themselves
      maxSize: MAX_UPLOAD_BYTES + 1024 * 1024,
      onError: (c) => problem(c, 413, 'upload too large', `at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB in all, ${MAX_UPLOAD_FILE_BYTES / 1024 / 1024} MB per file`),
    }),
    storableText(),
    async (c) => {
      // The staging folder goes at the end of the request whatever happens: a refusal, a failed import, a stream.
      const staged = newStaging();
      let streamOwnsStaging = false;
      try {
        const staging = await stage(c, staged);
        if (!staging.ok) return staging.response;
        const shown = (uri: string) => staged.display.get(uri) ?? uri;
        const run = (onProgress?: (done: number, total: number, uri: string) => void) =>
          w.ledger.importSources(staged.inputs, { replace: staged.replace, allowDate: staged.allowDate, today: w.today(), fetchImpl, sourceName: shown, onProgress });
        const answer = (summary: ImportSummary) => {
          return { ...summary, summaryText: renderImportSummary(summary) };
        };
        if (c.req.query('stream') === '1') {
          c.header('content-type', 'application/x-ndjson; charset=utf-8');
          c.header('cache-control', 'no-store');
          streamOwnsStaging = true;
          return streamBody(c, async (stream) => {
            let writes = Promise.resolve();
            try {
              const summary = await run((done, total, uri) => {
                writes = writes.then(() => stream.write(`${JSON.stringify({ done, total, uri })}\n`)).then(() => undefined);
              });
              await writes;
              await stream.write(`${JSON.stringify(answer(summary))}\n`);
            } catch (error) {
              console.error(error);
              await stream.write(`${JSON.stringify({ error: 'import failed', detail: 'the server could not finish the import; files already stored stay stored' })}\n`);
            } finally {
              await unstage(staged);
            }
          });
        }
        return c.json(answer(await run()));
      } finally {
        if (!streamOwnsStaging) await unstage(staged);
      }
    },
  );
  return app;
}

/** Checks the request and writes its files to `staged`'s private directory (its URL, for a URL import). */
async function stage(c: Context<AppEnv>, staged: Staged): Promise<Staging> {
  const type = c.req.header('content-type') ?? '';
  const fail = (status: 400 | 413 | 415, error: string, detail: string): Staging => ({ ok: false, response: problem(c, status, error, detail) });
  const replaceQuery = c.req.query('replace') === '1';
  const allowDateQuery = c.req.query('allow_date') === '1';
  if (/^multipart\/form-data/i.test(type)) {
    const form = await c.req.parseBody({ all: true });
    const files = [form['files'], form['files[]']].flat().filter((f): f is File => f instanceof File);
    if (files.length === 0) return fail(400, 'no files', 'send the release files in the multipart field "files"');
    let total = 0;
    for (const file of files) {
      const ext = extensionOf(safeFileName(file.name));
      if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) {
        return fail(415, 'unsupported file type', `${safeFileName(file.name)}: only ${UPLOAD_EXTENSIONS.join(', ')} release files are imported`);
      }
      if (file.size > MAX_UPLOAD_FILE_BYTES) return fail(413, 'file too large', `${safeFileName(file.name)}: ${file.size} bytes; at most ${MAX_UPLOAD_FILE_BYTES} per file`);
      total += file.size;
    }
    if (total > MAX_UPLOAD_BYTES) return fail(413, 'upload too large', `${total} bytes in all; at most ${MAX_UPLOAD_BYTES}`);
    staged.replace = replaceQuery || form['replace'] === '1' || form['replace'] === 'true';
    staged.allowDate = allowDateQuery || form['allow_date'] === '1' || form['allow_date'] === 'true';
    for (const [i, file] of files.entries()) {
      await stageFile(staged, i, file.name, new Uint8Array(await file.arrayBuffer()));
    }
    return { ok: true };
  }
  if (!/^application\/json\b/i.test(type)) return fail(415, 'unsupported media type', 'send multipart/form-data with "files", or JSON {text, name?} or {url}');
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return fail(400, 'invalid body', 'the body is not valid JSON');
  }
  const asText = textSchema.safeParse(raw);
  if (asText.success) {
    const name = asText.data.name ? safeFileName(asText.data.name) : 'pasted-release.txt';
    const withExt = (UPLOAD_EXTENSIONS as readonly string[]).includes(extensionOf(name)) ? name : `${name}.txt`;
    const bytes = new TextEncoder().encode(asText.data.text);
    if (bytes.byteLength > MAX_UPLOAD_FILE_BYTES) return fail(413, 'text too large', `at most ${MAX_UPLOAD_FILE_BYTES} bytes`);
    staged.replace = replaceQuery || Boolean(asText.data.replace);
    staged.allowDate = allowDateQuery || Boolean(asText.data.allowDate);
    await stageFile(staged, 0, withExt, bytes);
    return { ok: true };
  }
  const asUrl = urlSchema.safeParse(raw);
  if (asUrl.success) {
    let url: URL;
    try {
      url = new URL(asUrl.data.url);
    } catch {
      return fail(400, 'invalid URL', `"${asUrl.data.url}" is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(400, 'invalid URL', `only http and https URLs are fetched, not ${url.protocol}`);
    staged.replace = replaceQuery || Boolean(asUrl.data.replace);
    staged.allowDate = allowDateQuery || Boolean(asUrl.data.allowDate);
    staged.inputs.push(url.toString());
    return { ok: true };
  }
  return fail(400, 'invalid body', 'expected {text, name?} (a pasted release) or {url}');
}
