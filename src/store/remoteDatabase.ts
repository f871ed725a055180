import { connect, type Socket } from 'node:net';
import { errorFrom, readFrames, sendFrame } from './channelFrames.js';
import { copyText } from './copyText.js';
import type { BulkColumn, Database, Queryable } from './db.js';
import { readChannel, type ChannelReply, type ChannelRequest } from './sharedLedger.js';

type Request = ChannelRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** One connection to a serving process's ledger channel, with requests matched to their replies. */
class Connection {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(rows: unknown[] | undefined): void; reject(error: Error): void }>();
  private closedWith: Error | null = null;

  private constructor(private readonly socket: Socket) {
    readFrames(socket, (message) => {
      const reply = message as ChannelReply;
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.rows);
      else waiter.reject(errorFrom(reply.error));
    });
    const fail = (error: Error) => {
      this.closedWith ??= error;
      for (const w of this.waiting.values()) w.reject(this.closedWith);
      this.waiting.clear();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('the serving process closed the ledger channel')));
  }

  static async open(path: string, token: string): Promise<Connection> {
    const socket = await new Promise<Socket>((connected, failed) => {
      const s = connect(path, () => connected(s));
      s.once('error', failed);
    });
    const connection = new Connection(socket);
    await connection.send({ op: 'hello', token });
    return connection;
  }

  send(request: Request): Promise<unknown[] | undefined> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      sendFrame(this.socket, { ...request, id });
    });
  }

  close(): void {
    this.socket.end();
  }
}

function queryable(connection: Connection): Queryable {
  const copyRows = async (table: string, columns: BulkColumn[], data: Uint8Array) => {
    if (data.length > 0) await connection.send({ op: 'copy', table, columns, data });
  };
  return {
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: ((await connection.send({ op: 'query', sql, params })) ?? []) as T[] }),
    exec: async (sql) => void (await connection.send({ op: 'exec', sql })),
    insertRows: (table, columns, rows) => copyRows(table, columns, rows.length ? new TextEncoder().encode(copyText(rows)) : new Uint8Array()),
    copyRows,
  };
}

/**
 * The ledger of folder `dir` as served by the process named in its channel file, as a Database: SQL goes
 * through the channel, one connection for plain queries and one more for each transaction (which the
 * server runs exclusively, as PGlite runs any transaction). Null when the folder has no channel or it
 * does not answer.
 */
export async function connectSharedLedger(dir: string): Promise<(Database & { servedBy: number }) | null> {
  const info = readChannel(dir);
  if (!info) return null;
  const main = await Connection.open(info.socket, info.token).catch(() => null);
  if (!main) return null;
  const transactions = new Set<Connection>();
  return {
    kind: 'pglite',
    location: dir,
    shared: true,
    servedBy: info.pid,
    ...queryable(main),
    async transaction(fn) {
      const connection = await Connection.open(info.socket, info.token);
      transactions.add(connection);
      try {
        await connection.send({ op: 'begin' });
        let result;
        try {
          result = await fn(queryable(connection));
        } catch (error) {
          await connection.send({ op: 'rollback' }).catch(() => undefined);
          throw error;
        }
        await connection.send({ op: 'commit' });
        return result;
      } finally {
        transactions.delete(connection);
        connection.close();
      }
    },
    async close() {
      for (const c of transactions) c.close();
      main.close();
    },
  };
}
