#!/usr/bin/env node
// Runs the compiled CLI; `npm install` builds it (the "prepare" script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('airledger: dist/ is missing; run `npm install` (or `npm run build`) first.');
  process.exit(1);
}

/** The command named in `argv` (the first word that is not an option or the value of --db). */
function commandOf(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--db') i++;
    else if (!argv[i].startsWith('-')) return argv[i];
  }
  return '';
}

// A short command would spend more time having V8 optimise PGlite's WebAssembly than running it: it compiles
// it with the baseline compiler only, which halves the CPU and memory of a cold `count` or `check`. Commands
// that run long or move many rows keep the optimising compiler. Set before any WebAssembly is compiled.
const LONG_RUNNING = new Set(['serve', 'import', 'export', 'restore', 'publish']);
if (!LONG_RUNNING.has(commandOf(process.argv.slice(2)))) setFlagsFromString('--liftoff-only');

const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
