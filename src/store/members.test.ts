import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.js';
import { Analyses } from './analyses.js';
import { Ledger } from './ledger.js';
import { Members } from './members.js';
import { Sessions } from './sessions.js';

const PASSWORD = 'correct horse battery';

describe.each(backends)('removing members and changing passwords on $name', (backend) => {
  let ledger: Ledger;
  let drop: () => Promise<void>;
  let members: Members;
  let sessions: Sessions;
  beforeEach(async () => {
    const fresh = await backend.fresh();
    drop = fresh.drop;
    ledger = await Ledger.open(fresh.spec);
    members = new Members(ledger.db);
    sessions = new Sessions(ledger.db);
    for (const [email, role] of [['admin@x.test', 'admin'], ['ed@x.test', 'editor']] as const) {
      const added = await members.add(email, PASSWORD, role);
      if (!added.ok) throw new Error(added.reason);
    }
  });
  afterEach(async () => {
    await ledger.close();
    await drop();
  });

  const memberId = async (email: string) => (await members.list()).find((m) => m.email === email)!.id;

  it('removes a member: their sessions end, their analyses stay without an author', async () => {
    const ed = await memberId('ed@x.test');
    const { token } = await sessions.start(ed);
    const analyses = new Analyses(ledger.db);
    expect((await analyses.create({ title: 'Palmyra in May', bodyMd: 'text', date: '2015-06-01' }, ed)).ok).toBe(true);

    expect(await members.remove('Ed@X.test')).toMatchObject({ ok: true, member: { email: 'ed@x.test', role: 'editor' } });
    expect((await members.list()).map((m) => m.email)).toEqual(['admin@x.test']);
    expect(await sessions.find(token)).toBeNull();
    expect(await members.authenticate('ed@x.test', PASSWORD)).toBeNull();
    expect(await analyses.get('palmyra-in-may')).toMatchObject({ title: 'Palmyra in May', author: null });
  });

  it('refuses to remove the last admin, or someone who is not a member', async () => {
    expect(await members.remove('admin@x.test')).toEqual({ ok: false, reason: 'admin@x.test is the last admin; make another admin first' });
    expect(await members.remove('nobody@x.test')).toEqual({ ok: false, reason: 'nobody@x.test is not a member' });
    expect((await members.list())).toHaveLength(2);
    await members.add('second@x.test', PASSWORD, 'admin');
    expect((await members.remove('admin@x.test')).ok).toBe(true);
  });

  it('leaves one admin when two admins are removed at once', async () => {
    await members.add('second@x.test', PASSWORD, 'admin');
    const results = await Promise.all([members.remove('admin@x.test'), members.remove('second@x.test')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: expect.stringMatching(/is the last admin/) });
    expect((await members.list()).filter((m) => m.role === 'admin')).toHaveLength(1);
  });

  it('changes a password as an argon2id hash and ends every session of that member only', async () => {
    const ed = await memberId('ed@x.test');
    const first = await sessions.start(ed);
    const second = await sessions.start(ed);
    const admins = await sessions.start(await memberId('admin@x.test'));

    expect(await members.setPassword('ed@x.test', 'a brand new password')).toMatchObject({ ok: true, member: { email: 'ed@x.test' } });
    expect(await members.authenticate('ed@x.test', PASSWORD)).toBeNull();
    expect(await members.authenticate('ed@x.test', 'a brand new password')).toMatchObject({ email: 'ed@x.test' });
    const { rows } = await ledger.db.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE email = 'ed@x.test'`);
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(await sessions.find(first.token)).toBeNull();
    expect(await sessions.find(second.token)).toBeNull();
    expect(await sessions.find(admins.token)).not.toBeNull();
  });

  it('refuses a short password and someone who is not a member, changing nothing', async () => {
    expect(await members.setPassword('ed@x.test', 'short')).toEqual({ ok: false, reason: 'the password is too short: at least 10 characters' });
    expect(await members.setPassword('nobody@x.test', 'long enough password')).toEqual({ ok: false, reason: 'nobody@x.test is not a member' });
    expect(await members.authenticate('ed@x.test', PASSWORD)).not.toBeNull();
  });
});
