import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { Database } from '../store/db.js';
import type { Role } from '../store/members.js';
import { MIN_PASSWORD_LENGTH } from '../store/passwordRule.js';

/** The members of a ledger; argon2 loads only for the users commands. */
const membersOf = async (db: Database) => new (await import('../store/members.js')).Members(db);
import { formatRows } from './format.js';
import { UsageError, withLedger, type Io } from './context.js';

/**
 * The password for `users add` and `users passwd`: typed at a prompt (twice, not echoed) on a terminal, else stdin when asked or
 * piped, else AIRLEDGER_PASSWORD; never an argument (it would sit in the shell history).
 */
async function readPassword(fromStdin: boolean): Promise<string> {
  const env = process.env.AIRLEDGER_PASSWORD;
  if (!fromStdin && env !== undefined) return env;
  if (!fromStdin && process.stdin.isTTY) {
    const first = await promptHidden('Password: ');
    if ((await promptHidden('Again: ')) !== first) throw new UsageError('the two passwords differ');
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks on the terminal without echoing what is typed. */
async function promptHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const output = rl as unknown as { _writeToOutput(text: string): void };
  let asking = true;
  output._writeToOutput = (text) => {
    if (asking) process.stderr.write(text);
  };
  try {
    return await new Promise<string>((resolve) => {
      rl.question(question, resolve);
      asking = false;
    });
  } finally {
    process.stderr.write('\n');
    rl.close();
  }
}

export function registerUsers(program: Command, io: Io): void {
  const users = program.command('users').description('workbench members: who may log in, as viewer, editor or admin');

  users
    .command('add')
    .description(`add a member; the password (at least ${MIN_PASSWORD_LENGTH} characters) comes from stdin or AIRLEDGER_PASSWORD`)
    .argument('<email>')
    .option('--admin', 'may also change instance settings')
    .option('--editor', 'may import, settle places, add control periods and write analyses (the default)')
    .option('--viewer', 'may read a private workbench')
    .option('--password-stdin', 'read the password from stdin')
    .action(async (email: string, options: { admin?: boolean; editor?: boolean; viewer?: boolean; passwordStdin?: boolean }, command: Command) => {
      const roles = (['admin', 'editor', 'viewer'] as Role[]).filter((r) => options[r]);
      if (roles.length > 1) throw new UsageError(`choose one role, not ${roles.map((r) => `--${r}`).join(' and ')}`);
      const role = roles[0] ?? 'editor';
      const password = await readPassword(Boolean(options.passwordStdin));
      if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`the password is too short: at least ${MIN_PASSWORD_LENGTH} characters`);
      await withLedger(command, async (ledger) => {
        const added = await (await membersOf(ledger.db)).add(email, password, role);
        if (!added.ok) throw new UsageError(added.reason);
        io.out(`added ${added.member.email} as ${role}\n`);
      });
    });

  users
    .command('passwd')
    .description(`change a member's password (at least ${MIN_PASSWORD_LENGTH} characters; asked like add's) and end all their sessions`)
    .argument('<email>')
    .option('--password-stdin', 'read the password from stdin')
    .action(async (email: string, options: { passwordStdin?: boolean }, command: Command) => {
      const password = await readPassword(Boolean(options.passwordStdin));
      if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`the password is too short: at least ${MIN_PASSWORD_LENGTH} characters`);
      await withLedger(command, async (ledger) => {
        const changed = await (await membersOf(ledger.db)).setPassword(email, password);
        if (!changed.ok) throw new UsageError(changed.reason);
        io.out(`changed the password of ${changed.member.email}; their sessions are ended\n`);
      });
    });

  users
    .command('remove')
    .description('remove a member: their sessions end, their analyses stay without an author; never the last admin')
    .argument('<email>')
    .action(async (email: string, _options: unknown, command: Command) => {
      await withLedger(command, async (ledger) => {
        const removed = await (await membersOf(ledger.db)).remove(email);
        if (!removed.ok) throw new UsageError(removed.reason);
        io.out(`removed ${removed.member.email} (${removed.member.role}); their sessions are ended, their analyses stay without an author\n`);
      });
    });

  users
    .command('list')
    .description('list members and their roles')
    .action(async (_options: unknown, command: Command) => {
      await withLedger(command, async (ledger) => {
        const members = await (await membersOf(ledger.db)).list();
        if (members.length === 0) {
          io.out('no members yet: add the first admin with "npx airledger users add --admin EMAIL"\n');
          return;
        }
        io.out(formatRows(members, [
          { header: 'email', value: (m) => m.email },
          { header: 'role', value: (m) => m.role },
          { header: 'added', value: (m) => m.createdAt.slice(0, 10) },
        ], 'table'));
      });
    });
}
