import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analyses, Ledger, Members, Sessions } from '../store/index.js';
import { renderArticle } from '../server/index.js';
import { runCli } from '../../test/support/runCli.js';

const run = runCli;

describe('users and publish commands', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'airledger-users-'));
    db = join(dir, 'ledger');
  });
  afterAll(() => {
    delete process.env.AIRLEDGER_PASSWORD;
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the first admin with the password from AIRLEDGER_PASSWORD, stored as an argon2id hash', async () => {
    process.env.AIRLEDGER_PASSWORD = 'a long enough password';
    const added = await run('--db', db, 'users', 'add', '--admin', 'Admin@Example.org');
    expect(added).toMatchObject({ code: 0, out: 'added admin@example.org as admin\n' });
    const list = await run('--db', db, 'users', 'list');
    expect(list.out).toMatch(/^email\s+role\s+added\n[- ]+\nadmin@example\.org\s+admin\s+\d{4}-\d{2}-\d{2}\n$/);
    const ledger = await Ledger.open(db);
    try {
      const { rows } = await ledger.db.query<{ password_hash: string }>('SELECT password_hash FROM users');
      expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
      expect(await new Members(ledger.db).authenticate('admin@example.org', 'a long enough password')).not.toBeNull();
    } finally {
      await ledger.close();
    }
  });

  it('refuses a short password, two roles, and an email already taken (exit 2)', async () => {
    process.env.AIRLEDGER_PASSWORD = 'short';
    expect(await run('--db', db, 'users', 'add', 'e@example.org')).toMatchObject({ code: 2, err: 'airledger: the password is too short: at least 10 characters\n' });
    process.env.AIRLEDGER_PASSWORD = 'a long enough password';
    expect((await run('--db', db, 'users', 'add', '--admin', '--viewer', 'e@example.org')).code).toBe(2);
    expect(await run('--db', db, 'users', 'add', 'admin@example.org')).toMatchObject({ code: 2, err: 'airledger: admin@example.org is already a member\n' });
  });

  it('writes the published analyses as a static site with relative links', async () => {
    const ledger = await Ledger.open(db);
    try {
      const analyses = new Analyses(ledger.db);
      const [admin] = await new Members(ledger.db).list();
      const draft = await analyses.create({ title: 'First look', bodyMd: 'Some **text**.', date: '2015-06-01', tags: ['x'] }, admin!.id);
      await analyses.create({ title: 'Unpublished', bodyMd: 'draft', date: '2015-06-02' }, admin!.id);
      if (!draft.ok) throw new Error(draft.reason);
      await analyses.publish('first-look', await renderArticle(ledger, draft.analysis, '2025-06-01'));
    } finally {
      await ledger.close();
    }
    const out = join(dir, 'site');
    const result = await run('--db', db, 'publish', '--out', out);
    expect(result).toMatchObject({ code: 0, out: `${out}: 1 published analysis, index.html and style.css written\n` });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<a href="first-look.html">First look</a>');
    const page = readFileSync(join(out, 'first-look.html'), 'utf8');
    expect(page).toContain('<link rel="stylesheet" href="style.css">');
    expect(page).toContain('<p>Some <strong>text</strong>.</p>');
    expect(page).not.toContain('<script');
    expect(existsSync(join(out, 'unpublished.html'))).toBe(false);
  });

  it('changes a password, ending the member\'s sessions, and removes a member but never the last admin', async () => {
    process.env.AIRLEDGER_PASSWORD = 'a long enough password';
    expect((await run('--db', db, 'users', 'add', 'ed@example.org')).code).toBe(0);
    let ledger = await Ledger.open(db);
    const ed = (await new Members(ledger.db).list()).find((m) => m.email === 'ed@example.org')!;
    const { token } = await new Sessions(ledger.db).start(ed.id);
    await ledger.close();

    process.env.AIRLEDGER_PASSWORD = 'another long password';
    expect(await run('--db', db, 'users', 'passwd', 'Ed@Example.org')).toMatchObject({ code: 0, out: 'changed the password of ed@example.org; their sessions are ended\n' });
    ledger = await Ledger.open(db);
    try {
      expect(await new Members(ledger.db).authenticate('ed@example.org', 'another long password')).not.toBeNull();
      expect(await new Members(ledger.db).authenticate('ed@example.org', 'a long enough password')).toBeNull();
      expect(await new Sessions(ledger.db).find(token)).toBeNull();
    } finally {
      await ledger.close();
    }
    expect(await run('--db', db, 'users', 'passwd', 'nobody@example.org')).toMatchObject({ code: 2, err: 'airledger: nobody@example.org is not a member\n' });
    process.env.AIRLEDGER_PASSWORD = 'short';
    expect(await run('--db', db, 'users', 'passwd', 'ed@example.org')).toMatchObject({ code: 2, err: 'airledger: the password is too short: at least 10 characters\n' });

    expect(await run('--db', db, 'users', 'remove', 'admin@example.org')).toMatchObject({ code: 2, err: 'airledger: admin@example.org is the last admin; make another admin first\n' });
    expect(await run('--db', db, 'users', 'remove', 'ed@example.org')).toMatchObject({
      code: 0, out: 'removed ed@example.org (editor); their sessions are ended, their analyses stay without an author\n',
    });
    expect((await run('--db', db, 'users', 'list')).out).not.toContain('ed@example.org');
    expect(await run('--db', db, 'users', 'remove', 'ed@example.org')).toMatchObject({ code: 2, err: 'airledger: ed@example.org is not a member\n' });
  });
});
