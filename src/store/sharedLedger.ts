import { randomBytes, createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { errorFields, readFrames, sendFrame } from './channelFrames.js';
import type { BulkColumn, Database, Queryable } from './db.js';

/**
 * One PGlite ledger, many clients. PGlite is one process's database, so while `serve` holds a ledger folder,
 * other AirLedger commands on that folder send their SQL to the server through a Unix socket, and run
 * everything else (parsing, resolving, formatting) as they would alone, so they print the same.
 *
 * Only the folder's owner can use the channel: the socket is made 0600, and a client must first send the
 * random token written to `airledger.channel` (also 0600), which names the socket and the server's pid.
 * The socket sits in the folder (`airledger.sock`); a folder whose path is too long for a socket name gets
 * one in a 0700 directory of the system's temporary folder instead.
 */
export const CHANNEL_FILE = 'airledger.channel';

/** What `airledger.channel` holds. */
export interface ChannelInfo {
  pid: number;
  socket: string;
  token: string;
}

/** The longest Unix socket path Linux and macOS accept, less a margin. */
const MAX_SOCKET_PATH = 100;

/** Requests a client sends; the first on each connection must be `hello`. */
export type ChannelRequest =
  | { id: number; op: 'hello'; token: string }
  | { id: number; op: 'query'; sql: string; params?: unknown[] }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'copy'; table: string; columns: BulkColumn[]; data: Uint8Array }
  | { id: number; op: 'begin' | 'commit' | 'rollback' };

export type ChannelReply = { id: number; ok: true; rows?: unknown[] } | { id: number; ok: false; error: Record<string, unknown> };

/** The channel's file and socket for a ledger folder. */
export function channelPaths(dir: string): { file: string; socket: string } {
  const socket = join(resolve(dir), 'airledger.sock');
  if (Buffer.byteLength(socket) <= MAX_SOCKET_PATH) return { file: join(dir, CHANNEL_FILE), socket };
  const hash = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 24);
  return { file: join(dir, CHANNEL_FILE), socket: join(tmpdir(), `airledger-${process.getuid?.() ?? 'user'}`, `${hash}.sock`) };
}

/** Reads a ledger folder's channel file; null when there is none or it cannot be read (not the owner). */
export function readChannel(dir: string): ChannelInfo | null {
  try {
    return JSON.parse(readFileSync(channelPaths(dir).file, 'utf8')) as ChannelInfo;
  } catch {
    return null;
  }
}

/**
 * Opens the channel for the PGlite database of folder `dir`: from now on commands run on the folder reach
 * `db` through it. `close` stops taking connections, rolls back transactions left open, and removes the
 * socket and the channel file.
 */
export async function shareDatabase(db: Database, dir: string): Promise<{ socket: string; close(): Promise<void> }> {
  const paths = channelPaths(dir);
  const token = randomBytes(32).toString('base64url');
  if (!paths.socket.startsWith(resolve(dir))) {
    const parent = join(paths.socket, '..');
    mkdirSync(parent, { recursive: true, mode: 0o700 });
    chmodSync(parent, 0o700);
  }
  rmSync(paths.socket, { force: true });
  const connections = new Set<Socket>();
  const server = createServer((socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
    serveConnection(db, socket, token);
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(paths.socket, () => listening());
  });
  chmodSync(paths.socket, 0o600);
  const info: ChannelInfo = { pid: process.pid, socket: paths.socket, token };
  writeFileSync(paths.file, JSON.stringify(info), { mode: 0o600 });
  chmodSync(paths.file, 0o600);
  return {
    socket: paths.socket,
    async close() {
      rmSync(paths.file, { force: true });
      await new Promise<void>((closed) => {
        server.close(() => closed());
        for (const socket of connections) socket.end();
      });
      rmSync(paths.socket, { force: true });
    },
  };
}

/** Answers one client connection: its requests in order, inside its transaction while one is open. */
function serveConnection(db: Database, socket: Socket, token: string): void {
  let greeted = false;
  let chain: Promise<void> = Promise.resolve();
  let tx: { runner: Queryable; finish(commit: boolean): Promise<void> } | null = null;
  const reply = (message: ChannelReply) => {
    if (!socket.destroyed) sendFrame(socket, message);
  };

  const handle = async (request: ChannelRequest): Promise<void> => {
    if (!greeted) {
      if (request.op !== 'hello' || request.token !== token) {
        reply({ id: request.id, ok: false, error: { message: 'ledger channel: wrong token' } });
        socket.destroy();
        return;
      }
      greeted = true;
      reply({ id: request.id, ok: true });
      return;
    }
    const runner: Queryable = tx?.runner ?? db;
    switch (request.op) {
      case 'query':
        reply({ id: request.id, ok: true, rows: (await runner.query(request.sql, request.params)).rows });
        return;
      case 'exec':
        await runner.exec(request.sql);
        reply({ id: request.id, ok: true });
        return;
      case 'copy':
        await runner.copyRows(request.table, request.columns, new Uint8Array(request.data));
        reply({ id: request.id, ok: true });
        return;
      case 'begin':
        if (tx) throw new Error('ledger channel: a transaction is already open on this connection');
        tx = await openTransaction(db);
        reply({ id: request.id, ok: true });
        return;
      case 'commit':
      case 'rollback': {
        if (!tx) throw new Error(`ledger channel: ${request.op} without a transaction`);
        const open = tx;
        tx = null;
        await open.finish(request.op === 'commit');
        reply({ id: request.id, ok: true });
        return;
      }
      default:
        throw new Error(`ledger channel: unknown request ${(request as { op: string }).op}`);
    }
  };

  readFrames(socket, (message) => {
    const request = message as ChannelRequest;
    chain = chain.then(() => handle(request)).catch((error: unknown) => reply({ id: request.id, ok: false, error: errorFields(error) }));
  });
  socket.on('error', () => undefined);
  socket.on('close', () => {
    // a client that went away mid-transaction leaves nothing half-written
    chain = chain.then(async () => {
      const open = tx;
      tx = null;
      await open?.finish(false).catch(() => undefined);
    });
  });
}

/** Starts a transaction on `db` and holds it open until `finish` commits or rolls it back. */
async function openTransaction(db: Database): Promise<{ runner: Queryable; finish(commit: boolean): Promise<void> }> {
  const ROLLBACK = Symbol('rollback');
  let started!: (runner: Queryable) => void;
  let end!: (commit: boolean) => void;
  const runnerReady = new Promise<Queryable>((r) => (started = r));
  const decided = new Promise<boolean>((r) => (end = r));
  const done = db
    .transaction(async (tx) => {
      started(tx);
      if (!(await decided)) throw ROLLBACK;
    })
    .then(
      () => undefined,
      (error: unknown) => {
        if (error !== ROLLBACK) throw error;
      },
    );
  // BEGIN itself may fail (the ledger closing): report that rather than wait for a runner that never comes
  const runner = await Promise.race([runnerReady, done.then(() => Promise.reject(new Error('ledger channel: the transaction ended before it began')))]);
  return {
    runner,
    async finish(commit) {
      end(commit);
      await done;
    },
  };
}
