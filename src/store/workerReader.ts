import { Worker } from 'node:worker_threads';
import type { SourceRef } from '../ingest/sources.js';
import type { ParsedChunk, ParseWorkerData } from './parseWorker.js';
import type { ParseOptions, ReadFile } from './readSource.js';

/**
 * The worker's module, compiled (dist) or as TypeScript (tests, tsx scripts). A worker does not inherit the
 * parent's tsx hooks, and Node 20 ignores `--import` in a worker's execArgv, so from TypeScript a small
 * script registers tsx first.
 */
function startWorker(workerData: ParseWorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parseWorker.js', import.meta.url), { workerData });
  const tsx = import.meta.resolve?.('tsx/esm/api') ?? 'tsx/esm/api';
  const entry = new URL('./parseWorker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData });
}

/** A chunk is a few thousand lines: big enough that messages cost nothing, small enough to keep memory flat. */
const CHUNK_LINES = 5_000;
const CHUNK_FILES = 200;
/**
 * Chunks asked for ahead of the one being used: about two store batches, so that the worker keeps parsing
 * while this thread is busy storing one (PGlite runs on this thread).
 */
const CHUNKS_AHEAD = 8;

/**
 * Reads, parses and encodes local sources in a worker thread, a few chunks ahead of the caller, and yields each
 * source's result in input order. The worker starts at once, so that the caller can prepare meanwhile; the
 * caller must `stop` it, whether or not it read every file.
 */
export function readInWorker(sources: Array<SourceRef & { name: string }>, options: ParseOptions): { files: AsyncIterable<ReadFile>; stop(): Promise<void> } {
  const worker = startWorker({ sources, options, chunkLines: CHUNK_LINES, chunkFiles: CHUNK_FILES });
  const waiting: Array<{ resolve: (chunk: ParsedChunk) => void; reject: (error: Error) => void }> = [];
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  worker.on('message', (chunk: ParsedChunk) => waiting.shift()?.resolve(chunk));
  worker.on('error', (error) => fail(new Error(`the parse worker failed: ${error.message}`)));
  worker.on('exit', (code) => fail(new Error(`the parse worker stopped (exit code ${code})`)));
  const ask = () => {
    const next = new Promise<ParsedChunk>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.push({ resolve, reject });
      worker.postMessage('next');
    });
    // Awaited later; until then a failure must not count as unhandled.
    next.catch(() => undefined);
    return next;
  };
  const ahead = Array.from({ length: CHUNKS_AHEAD }, ask);
  async function* files() {
    for (;;) {
      const chunk = await ahead.shift()!;
      yield* chunk.files;
      if (chunk.done) return;
      ahead.push(ask());
    }
  }
  return { files: files(), stop: async () => void (await worker.terminate()) };
}
