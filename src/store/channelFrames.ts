import type { Socket } from 'node:net';
import { deserialize, serialize } from 'node:v8';

// The ledger channel's wire format: each message a 4-byte big-endian length and a V8-serialised value, which
// keeps rows exactly as the database returned them (numbers, text, JSON objects, arrays, null).

/** Largest message accepted: a COPY of one import's rows fits many times over. */
const MAX_FRAME = 512 * 1024 * 1024;

/** Writes one message. */
export function sendFrame(socket: Socket, message: unknown): void {
  const body = serialize(message);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length, 0);
  socket.write(Buffer.concat([head, body]));
}

/** Calls `onMessage` with each whole message read from the socket, in order; a frame too large ends the connection. */
export function readFrames(socket: Socket, onMessage: (message: unknown) => void): void {
  let pending: Buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length >= 4) {
      const length = pending.readUInt32BE(0);
      if (length > MAX_FRAME) {
        socket.destroy(new Error(`ledger channel: a message of ${length} bytes is over the limit`));
        return;
      }
      if (pending.length < 4 + length) break;
      const body = pending.subarray(4, 4 + length);
      pending = pending.subarray(4 + length);
      onMessage(deserialize(body));
    }
  });
}

/** What a database error says, as plain fields that survive the channel (the message, and SQLSTATE and the like). */
export function errorFields(error: unknown): Record<string, unknown> {
  const e = error as Record<string, unknown> & { message?: string };
  const fields: Record<string, unknown> = { message: e?.message ?? String(error) };
  for (const key of ['code', 'detail', 'hint', 'constraint', 'table', 'column', 'schema', 'severity', 'where']) {
    if (e && e[key] !== undefined) fields[key] = e[key];
  }
  return fields;
}

/** The error to throw in the client for fields sent by `errorFields`. */
export function errorFrom(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.message)), fields);
}
