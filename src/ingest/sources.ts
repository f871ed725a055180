import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

/** How a source's text is to be read. */
export type SourceKind = 'text' | 'html' | 'csv';

/** One input to import: a file on disk or an http(s) URL. */
export interface SourceRef {
  uri: string;
  /** Known from the extension or the HTTP content type; null when it must be sniffed from the text. */
  kind: SourceKind | null;
}

/** A source read and decoded, or the reason it could not be. */
export type LoadedSource =
  | { ok: true; uri: string; kind: SourceKind; text: string; bytes: Uint8Array }
  | { ok: false; uri: string; reason: string };

const KIND_BY_EXTENSION: Record<string, SourceKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
};

/** Files in folders that are not releases (a README, a .DS_Store) are listed here instead of read. */
export interface ExpandedInputs {
  sources: SourceRef[];
  skipped: Array<{ uri: string; reason: string }>;
}

/**
 * Expands files, folders (recursively, in name order) and URLs into sources. With `urlLists`, a file named
 * explicitly that holds only http(s) URLs, one a line (blank lines and `#` comments allowed), is a list: its
 * URLs are the sources, in order. A file named explicitly with an unknown extension is still returned, to fail with a clear
 * reason when loaded.
 */
export async function expandInputs(inputs: string[], options: { urlLists?: boolean } = {}): Promise<ExpandedInputs> {
  const sources: SourceRef[] = [];
  const skipped: ExpandedInputs['skipped'] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      sources.push({ uri: input, kind: null });
      continue;
    }
    const path = resolve(input);
    const info = await stat(path).catch(() => null);
    if (!info) {
      sources.push({ uri: input, kind: null });
    } else if (info.isDirectory()) {
      await walk(path, sources, skipped);
    } else {
      const listed = options.urlLists && info.size <= MAX_URL_LIST_BYTES ? urlList(path) : null;
      if (listed !== null) sources.push(...listed.map((uri) => ({ uri, kind: null })));
      else sources.push({ uri: input, kind: KIND_BY_EXTENSION[extname(path).toLowerCase()] ?? null });
    }
  }
  return { sources, skipped };
}

/** A list of URLs larger than this is not looked for (a release is read as one). */
const MAX_URL_LIST_BYTES = 16 * 1024 * 1024;
const URL_LINE = /^https?:\/\/\S+$/i;

/** The URLs of a file that holds nothing else, one a line; null for any other file. */
function urlList(path: string): string[] | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null; // read again, and reported, as a release
  }
  const urls: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!URL_LINE.test(line)) return null;
    urls.push(line);
  }
  return urls.length > 0 ? urls : null;
}

async function walk(dir: string, sources: SourceRef[], skipped: ExpandedInputs['skipped']): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await walk(path, sources, skipped);
    } else if (entry.isFile()) {
      const kind = KIND_BY_EXTENSION[extname(entry.name).toLowerCase()];
      if (kind && !/^readme/i.test(entry.name)) sources.push({ uri: path, kind });
      else skipped.push({ uri: path, reason: 'not a release file (.txt, .html, .htm, .csv)' });
    }
  }
}

/** Largest source accepted, so that a wrong path to a huge file fails fast instead of exhausting memory. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/** Reads and decodes one source. Never throws: failures come back as `{ ok: false, reason }`. */
export async function loadSource(ref: SourceRef, fetchImpl: typeof fetch = fetch): Promise<LoadedSource> {
  try {
    const { bytes, contentType } = /^https?:\/\//i.test(ref.uri)
      ? await fetchBytes(ref.uri, fetchImpl)
      : { bytes: await readLocal(ref.uri), contentType: null };
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { ok: false, uri: ref.uri, reason: decoded.reason };
    const kind = ref.kind ?? kindFromContentType(contentType) ?? sniffKind(ref.uri, decoded.text);
    if (!kind) return { ok: false, uri: ref.uri, reason: 'unknown format: expected a release as text, HTML or CSV' };
    return { ok: true, uri: ref.uri, kind, text: decoded.text, bytes };
  } catch (error) {
    return { ok: false, uri: ref.uri, reason: (error as Error).message };
  }
}

async function readLocal(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${error.message}`);
  });
  if (info.size > MAX_SOURCE_BYTES) throw new Error(`too large (${info.size} bytes; the limit is ${MAX_SOURCE_BYTES})`);
  // Releases are small: a synchronous read costs a tenth of the promise API's chunked reads.
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

async function fetchBytes(url: string, fetchImpl: typeof fetch): Promise<{ bytes: Uint8Array; contentType: string | null }> {
  const response = await fetchImpl(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_SOURCE_BYTES) throw new Error(`too large (${bytes.byteLength} bytes)`);
  return { bytes, contentType: response.headers.get('content-type') };
}

function kindFromContentType(contentType: string | null): SourceKind | null {
  if (!contentType) return null;
  if (/html/i.test(contentType)) return 'html';
  if (/csv/i.test(contentType)) return 'csv';
  return null;
}

function sniffKind(uri: string, text: string): SourceKind | null {
  const head = text.slice(0, 2000);
  if (/<(!doctype html|html|body|article|div|p|li)\b/i.test(head)) return 'html';
  if (/\.(txt|text)$/i.test(uri) || /^https?:/i.test(uri)) return 'text';
  return null;
}

/**
 * Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM. Anything else is refused with the line of the
 * first bad byte, because guessing an encoding would silently garble place names.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'binary file (contains NUL bytes), not a release' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    // U+0000 in UTF-16 is two zero bytes, past the check above; the ledger could not store it
    const nul = text.indexOf('\u0000');
    if (nul >= 0) return { ok: false, reason: `line ${text.slice(0, nul).split('\n').length}: binary file (contains U+0000 characters), not a release` };
    return { ok: true, text };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = countLines(bytes, bad);
    return { ok: false, reason: `line ${line}: not UTF-8 (byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at offset ${bad}); re-save the file as UTF-8` };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
