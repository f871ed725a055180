// The parse worker: reads, decodes, parses and encodes local sources for importSources, chunk by chunk in input
// order, while the main thread resolves places and stores (see workerReader.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceRef } from '../ingest/sources.js';
import { readSource, type ParseOptions, type ReadFile, type ReadRelease } from './readSource.js';

/** What the worker is started with. */
export interface ParseWorkerData {
  sources: Array<SourceRef & { name: string }>;
  options: ParseOptions;
  /** A chunk ends after this many lines, or this many files. */
  chunkLines: number;
  chunkFiles: number;
}

/** The worker's answer to each request for the next chunk. */
export interface ParsedChunk {
  files: ReadFile[];
  done: boolean;
}

const { sources, options, chunkLines, chunkFiles } = workerData as ParseWorkerData;
let next = 0;

// Requests queue up: chunks are read one after another, each answered in turn.
let reading: Promise<void> = Promise.resolve();
parentPort!.on('message', () => {
  reading = reading.then(sendChunk);
});

async function sendChunk(): Promise<void> {
  const files: ReadFile[] = [];
  let lines = 0;
  while (next < sources.length && lines < chunkLines && files.length < chunkFiles) {
    const slot = next++;
    const source = sources[slot]!;
    const file = await readSource(slot, source, source.name, options);
    if ('releases' in file) for (const release of file.releases) lines += release.lineCount;
    files.push(file);
  }
  const chunk: ParsedChunk = { files, done: next >= sources.length };
  parentPort!.postMessage(chunk, gatherStrikes(files.flatMap((f) => ('releases' in f ? f.releases : []))));
}

/**
 * Moves the chunk's encoded strikes into three shared buffers, the releases keeping views into them, and
 * returns those buffers to transfer: a handful of buffers per chunk instead of three per release, which the
 * main thread would otherwise receive and collect one by one.
 */
function gatherStrikes(releases: ReadRelease[]): ArrayBuffer[] {
  let bytes = 0;
  let rows = 0;
  for (const { strikes } of releases) {
    bytes += strikes.text.length;
    rows += strikes.ends.length;
  }
  const text = new Uint8Array(bytes);
  const ends = new Uint32Array(rows);
  const place = new Uint32Array(rows);
  let atByte = 0;
  let atRow = 0;
  for (const release of releases) {
    const { strikes } = release;
    text.set(strikes.text, atByte);
    ends.set(strikes.ends, atRow);
    place.set(strikes.place, atRow);
    release.strikes = {
      text: text.subarray(atByte, atByte + strikes.text.length),
      ends: ends.subarray(atRow, atRow + strikes.ends.length),
      place: place.subarray(atRow, atRow + strikes.ends.length),
    };
    atByte += strikes.text.length;
    atRow += strikes.ends.length;
  }
  return [text.buffer, ends.buffer, place.buffer];
}
