import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSource } from './sources.js';
import { fetchUnder, MAX_REDIRECTS } from './urlFetch.js';
import { nonPublicKind, publicAddressesOnly, type UrlPolicy } from './urlPolicy.js';

describe('nonPublicKind', () => {
  it('names loopback, private, link-local and other non-public addresses, IPv4 and IPv6', () => {
    expect({
      '127.0.0.1': nonPublicKind('127.0.0.1'),
      '127.9.9.9': nonPublicKind('127.9.9.9'),
      '10.0.0.5': nonPublicKind('10.0.0.5'),
      '172.16.0.1': nonPublicKind('172.16.0.1'),
      '172.31.255.255': nonPublicKind('172.31.255.255'),
      '192.168.1.1': nonPublicKind('192.168.1.1'),
      '169.254.169.254': nonPublicKind('169.254.169.254'),
      '100.64.0.1': nonPublicKind('100.64.0.1'),
      '0.0.0.0': nonPublicKind('0.0.0.0'),
      '224.0.0.1': nonPublicKind('224.0.0.1'),
      '255.255.255.255': nonPublicKind('255.255.255.255'),
      '::': nonPublicKind('::'),
      '::1': nonPublicKind('::1'),
      '[::1]': nonPublicKind('[::1]'),
      'fc00::1': nonPublicKind('fc00::1'),
      'fd12:3456::1': nonPublicKind('fd12:3456::1'),
      'fe80::1%eth0': nonPublicKind('fe80::1%eth0'),
      'ff02::1': nonPublicKind('ff02::1'),
      '2001:db8::1': nonPublicKind('2001:db8::1'),
    }).toEqual({
      '127.0.0.1': 'a loopback address',
      '127.9.9.9': 'a loopback address',
      '10.0.0.5': 'a private address',
      '172.16.0.1': 'a private address',
      '172.31.255.255': 'a private address',
      '192.168.1.1': 'a private address',
      '169.254.169.254': 'a link-local address',
      '100.64.0.1': 'a shared (carrier-grade NAT) address',
      '0.0.0.0': 'a "this network" address',
      '224.0.0.1': 'a multicast address',
      '255.255.255.255': 'a reserved address',
      '::': 'an unspecified address',
      '::1': 'a loopback address',
      '[::1]': 'a loopback address',
      'fc00::1': 'a private address',
      'fd12:3456::1': 'a private address',
      'fe80::1%eth0': 'a link-local address',
      'ff02::1': 'a multicast address',
      '2001:db8::1': 'a documentation address',
    });
  });

  it('sees the IPv4 address inside IPv4-mapped, NAT64 and 6to4 IPv6 addresses', () => {
    expect(nonPublicKind('::ffff:127.0.0.1')).toBe('a loopback address');
    expect(nonPublicKind('::ffff:a00:5')).toBe('a private address');
    expect(nonPublicKind('0:0:0:0:0:ffff:a9fe:a9fe')).toBe('a link-local address');
    expect(nonPublicKind('64:ff9b::c0a8:101')).toBe('a private address');
    expect(nonPublicKind('2002:0a00:0005::1')).toBe('a private address');
    expect(nonPublicKind('::ffff:8.8.8.8')).toBeNull();
  });

  it('lets public addresses through, and only global unicast IPv6', () => {
    for (const address of ['8.8.8.8', '93.184.215.14', '172.32.0.1', '11.0.0.1', '2606:4700:4700::1111', '2a00:1450:4001::200e']) {
      expect(nonPublicKind(address), address).toBeNull();
    }
    expect(nonPublicKind('4000::1')).toBe('a reserved address');
  });
});

describe('publicAddressesOnly', () => {
  it('refuses a literal private address, naming it', async () => {
    expect(await publicAddressesOnly()('10.0.0.5')).toEqual({ ok: false, reason: 'refused: 10.0.0.5 is a private address' });
    expect(await publicAddressesOnly()('[::1]')).toEqual({ ok: false, reason: 'refused: ::1 is a loopback address' });
  });

  it('refuses localhost, which resolves to loopback', async () => {
    const verdict = await publicAddressesOnly()('localhost');
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), which is a loopback address$/);
  });

  it('refuses a name when any one of its addresses is private, and gives back every address of a public one', async () => {
    const lookup = async (host: string) => host === 'mixed.test'
      ? [{ address: '93.184.215.14', family: 4 as const }, { address: '192.168.0.10', family: 4 as const }]
      : [{ address: '93.184.215.14', family: 4 as const }, { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 as const }];
    expect(await publicAddressesOnly(lookup)('mixed.test')).toEqual({ ok: false, reason: 'refused: mixed.test resolves to 192.168.0.10, which is a private address' });
    expect(await publicAddressesOnly(lookup)('example.test')).toMatchObject({ ok: true, addresses: [{ address: '93.184.215.14' }, { family: 6 }] });
  });

  it('says so when a name does not resolve', async () => {
    const verdict = await publicAddressesOnly(async () => { throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' }); })('nowhere.test');
    expect(verdict).toEqual({ ok: false, reason: 'cannot resolve nowhere.test (ENOTFOUND)' });
  });
});

describe('fetchUnder', () => {
  const release = 'Near Tadmur, one strike destroyed an ISIL vehicle.\n';
  let server: Server;
  let port: number;
  const hits: string[] = [];
  // "releases.test" stands for a public server: the policy lets it through to this machine's test server
  const allowTestHost: UrlPolicy = async (host) =>
    host === 'releases.test' ? { ok: true, addresses: [{ address: '127.0.0.1', family: 4 }] } : publicAddressesOnly()(host);

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url!);
      const to = (location: string) => res.writeHead(302, { location }).end();
      if (req.url === '/release') res.writeHead(200, { 'content-type': 'text/plain' }).end(release);
      else if (req.url === '/gzip') res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(release));
      else if (req.url === '/moved') to('/release');
      else if (req.url === '/to-loopback') to(`http://127.0.0.1:${port}/release`);
      else if (req.url === '/to-localhost') to(`http://localhost:${port}/release`);
      else if (req.url === '/to-metadata') to('http://169.254.169.254/latest/meta-data/');
      else if (req.url === '/to-file') to('file:///etc/passwd');
      else if (req.url?.startsWith('/loop')) to(`/loop${Number(req.url.slice(5) || 0) + 1}`);
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const load = (path: string, policy: UrlPolicy = allowTestHost) => loadSource({ uri: `http://releases.test:${port}${path}`, kind: null }, fetchUnder(policy));

  it('refuses a URL on this machine before connecting to it', async () => {
    hits.length = 0;
    const loaded = await loadSource({ uri: `http://127.0.0.1:${port}/release`, kind: null }, fetchUnder(publicAddressesOnly()));
    expect(loaded).toEqual({ ok: false, uri: `http://127.0.0.1:${port}/release`, reason: 'refused: 127.0.0.1 is a loopback address' });
    expect(hits).toEqual([]);
  });

  it('connects to the address the policy approved (releases.test is in no DNS) and follows a redirect', async () => {
    const loaded = await load('/moved');
    expect(loaded).toMatchObject({ ok: true, kind: 'text', text: release });
    expect((await load('/gzip'))).toMatchObject({ ok: true, text: release });
  });

  it('refuses a redirect from an allowed server to loopback, localhost, the metadata service or a file, without following it', async () => {
    hits.length = 0;
    expect(await load('/to-loopback')).toMatchObject({ ok: false, reason: `refused: 127.0.0.1 is a loopback address (redirected to http://127.0.0.1:${port}/release)` });
    expect(await load('/to-localhost')).toMatchObject({ ok: false, reason: expect.stringMatching(/^refused: localhost resolves to \S+, which is a loopback address \(redirected to http:\/\/localhost:\d+\/release\)$/) });
    expect(await load('/to-metadata')).toMatchObject({ ok: false, reason: 'refused: 169.254.169.254 is a link-local address (redirected to http://169.254.169.254/latest/meta-data/)' });
    expect(await load('/to-file')).toMatchObject({ ok: false, reason: 'refused: only http and https URLs are fetched (redirected to file:///etc/passwd)' });
    expect(hits).toEqual(['/to-loopback', '/to-localhost', '/to-metadata', '/to-file']);
  });

  it(`gives up after ${MAX_REDIRECTS} redirects`, async () => {
    hits.length = 0;
    expect(await load('/loop')).toMatchObject({ ok: false, reason: expect.stringMatching(/^refused: more than 5 redirects/) });
    expect(hits).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('answers a missing page as the plain fetch does', async () => {
    expect(await load('/missing')).toMatchObject({ ok: false, reason: 'HTTP 404 Not Found' });
  });
});
