import type { LookupFunction } from 'node:net';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { MAX_SOURCE_BYTES } from './sources.js';
import type { HostAddress, UrlPolicy } from './urlPolicy.js';

/** Redirects followed before a fetch gives up. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * A `fetch` for release URLs that asks `policy` about the host of every hop, follows at most MAX_REDIRECTS
 * redirects itself, and connects only to the addresses the policy approved. GET only; the body is read
 * whole (at most MAX_SOURCE_BYTES). A refused hop throws, naming the address and, after a redirect, the URL.
 */
export function fetchUnder(policy: UrlPolicy): typeof fetch {
  return async (input, init) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    const signal = init?.signal ?? undefined;
    for (let hop = 0; ; hop++) {
      const redirected = hop > 0 ? ` (redirected to ${url.href})` : '';
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`refused: only http and https URLs are fetched${redirected}`);
      const verdict = await policy(url.hostname);
      if (!verdict.ok) throw new Error(`${verdict.reason}${redirected}`);
      const message = await get(url, verdict.addresses, signal);
      const location = REDIRECT_STATUSES.has(message.statusCode ?? 0) ? message.headers.location : undefined;
      if (!location) return responseOf(message);
      message.resume();
      if (hop === MAX_REDIRECTS) throw new Error(`refused: more than ${MAX_REDIRECTS} redirects${redirected}`);
      url = new URL(location, url);
    }
  };
}

/** One GET whose connection goes to `addresses` only, whatever DNS would answer now. */
function get(url: URL, addresses: HostAddress[], signal: AbortSignal | undefined): Promise<IncomingMessage> {
  const pinned: LookupFunction = (hostname, options, callback) => {
    const usable = addresses.filter((a) => !options.family || a.family === options.family);
    if (usable.length === 0) {
      callback(Object.assign(new Error(`no IPv${options.family} address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
    } else if (options.all) callback(null, usable);
    else callback(null, usable[0]!.address, usable[0]!.family);
  };
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      headers: { accept: '*/*', 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'AirLedger' },
      lookup: pinned,
      signal,
    }, resolve);
    request.on('error', reject);
    request.end();
  });
}

async function responseOf(message: IncomingMessage): Promise<Response> {
  const status = message.statusCode ?? 502;
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined || name === 'content-encoding' || name === 'content-length') continue;
    for (const v of [value].flat()) headers.append(name, v);
  }
  const body = await readBody(message);
  const nullBody = status === 204 || status === 205 || status === 304;
  return new Response(nullBody ? null : body, { status, statusText: message.statusMessage ?? '', headers });
}

/** The body, decompressed, refusing more than MAX_SOURCE_BYTES (a wrong link to a huge file fails fast). */
async function readBody(message: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const encoding = String(message.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  const stream: Readable = decoder ? message.pipe(decoder) : message;
  if (decoder) message.on('error', (error) => decoder.destroy(error));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_SOURCE_BYTES) {
      message.destroy();
      throw new Error(`too large (more than ${MAX_SOURCE_BYTES} bytes)`);
    }
    chunks.push(chunk as Buffer);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}
