import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { Ledger, Members } from '../../src/store/index.js';
import type { Backend } from './backends.js';

/** Debian's Chromium; browser tests never download one. */
export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/**
 * A ledger for a browser test, with one editor: on PGlite a directory under `dir`, as `npm start` runs it;
 * on the PostgreSQL server a fresh schema. `close` closes it and drops the schema.
 */
export async function browserLedger(backend: Backend, dir: string, editor: { email: string; password: string }) {
  const { spec, drop } = backend.name === 'pglite' ? { spec: join(dir, 'ledger'), drop: async () => undefined } : await backend.fresh();
  const ledger = await Ledger.open(spec);
  await new Members(ledger.db).add(editor.email, editor.password, 'editor');
  return {
    ledger,
    async close() {
      await ledger.close();
      await drop();
    },
  };
}
