import { lstat, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Staging folders are named so, in the system's temporary directory. */
const PREFIX = 'airledger-upload-';
/** A staging folder this old was left by a server that died mid-import: no request still uses it. */
export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

/** An upload to import: files written to a private directory under names the server chose. */
export interface Staged {
  /** Created with the first file; null while there is none (a URL import stages nothing). */
  dir: string | null;
  inputs: string[];
  /** What to call each staged file in answers: `upload:NAME`, never the temporary path. */
  display: Map<string, string>;
  replace: boolean;
  /** Import releases dated after today or before 2014-08-08 (another campaign's); refused otherwise. */
  allowDate: boolean;
}

export function newStaging(): Staged {
  return { dir: null, inputs: [], display: new Map(), replace: false, allowDate: false };
}

/**
 * A file name safe to write under our own directory: the last path segment of what the client sent, with
 * anything but letters, digits, `.`, `_` and `-` replaced, no leading dots, at most 100 characters.
 */
export function safeFileName(clientName: string): string {
  const last = clientName.split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.]+/, '').slice(-100);
  return cleaned || 'upload';
}

/** Writes one file as `<n>-<safe name>` in the staging directory; the client's path never reaches the disk. */
export async function stageFile(staged: Staged, index: number, clientName: string, bytes: Uint8Array): Promise<void> {
  staged.dir ??= await mkdtemp(join(tmpdir(), PREFIX));
  const name = safeFileName(clientName);
  const path = join(staged.dir, `${index + 1}-${name}`);
  await writeFile(path, bytes, { flag: 'wx', mode: 0o600 });
  staged.inputs.push(path);
  staged.display.set(path, `upload:${name}`);
}

/** Removes the staging directory and everything in it; the caller calls this at the end of every request. */
export async function unstage(staged: Staged): Promise<void> {
  if (staged.dir !== null) await rm(staged.dir, { recursive: true, force: true });
  staged.dir = null;
}

/**
 * Removes staging folders a killed server left behind: those in `root` (the system's temporary directory)
 * owned by this user and last changed more than STALE_UPLOAD_MS ago. Another user's, or a newer one (another
 * server on this machine may be importing it), is left alone. Returns how many were removed.
 */
export async function removeStaleUploads(root = tmpdir(), now = Date.now()): Promise<number> {
  const uid = process.getuid?.();
  let removed = 0;
  const names = await readdir(root).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(PREFIX))) {
    const path = join(root, name);
    try {
      const info = await lstat(path);
      if (!info.isDirectory() || (uid !== undefined && info.uid !== uid) || now - info.mtimeMs <= STALE_UPLOAD_MS) continue;
      await rm(path, { recursive: true, force: true });
      removed++;
    } catch {
      // gone meanwhile, or not ours to read: nothing to clean
    }
  }
  return removed;
}
