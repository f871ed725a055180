import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * Creates a PGlite data directory by copying a template made once per PGlite version, instead of running
 * PGlite's initdb (4–5 s and some 700 MB) for every new ledger. The template holds an empty database as
 * initdb leaves it, before any AirLedger migration: the copy is then migrated like any ledger, so a
 * template made by an older AirLedger stays right when later versions add migrations.
 *
 * The template lives in AIRLEDGER_CACHE_DIR, else $XDG_CACHE_HOME/airledger, else ~/.cache/airledger; when
 * none can be written, the ledger is created with initdb as before.
 */
export async function createPgliteDirectory(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const template = await pgliteTemplate().catch(() => null);
  if (template) {
    // the copy goes into the (empty) directory the caller named, file by file
    for (const name of readdirSync(template)) cpSync(join(template, name), join(dir, name), { recursive: true });
    return;
  }
  await initdb(dir);
}

/** The template directory for the installed PGlite, made on first use; null when there is nowhere to keep it. */
export async function pgliteTemplate(): Promise<string | null> {
  const cache = templateCache();
  if (!cache) return null;
  const template = join(cache, `ledger-template-pglite-${pgliteVersion()}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  mkdirSync(cache, { recursive: true });
  // made beside its final name and renamed, so a process that finds the name finds a whole directory
  const partial = `${template}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    mkdirSync(partial);
    await initdb(partial);
    try {
      renameSync(partial, template);
    } catch (error) {
      // another process made it first: use theirs
      if (!existsSync(join(template, 'PG_VERSION'))) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return template;
}

function templateCache(): string | null {
  const fromEnv = process.env.AIRLEDGER_CACHE_DIR;
  if (fromEnv) return fromEnv;
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'airledger') : null;
}

function pglitePackage(): { entry: string; version: string } {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@electric-sql/pglite');
  let dir = dirname(main);
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { entry: pathToFileURL(join(dirname(main), 'index.js')).href, version };
}

function pgliteVersion(): string {
  return pglitePackage().version;
}

/**
 * Runs PGlite's initdb into `dir` in a short-lived child process: initdb needs some 700 MB that the WASM
 * heap never gives back; a long-running importer or server that created its ledger in-process would carry
 * that for its whole life.
 */
async function initdb(dir: string): Promise<void> {
  const script = `const { PGlite } = await import(${JSON.stringify(pglitePackage().entry)});
    const db = await PGlite.create(${JSON.stringify(dir)}); await db.close();`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]).catch((error: Error & { stderr?: string }) => {
    throw new Error(`${dir}: cannot create the ledger: ${error.stderr?.trim() || error.message}`);
  });
}
