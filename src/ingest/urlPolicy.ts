import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** An address a host name resolved to, as node:dns gives it. */
export interface HostAddress {
  address: string;
  family: 4 | 6;
}

/** The addresses a host may be fetched from, or why it may not be. */
export type HostVerdict = { ok: true; addresses: HostAddress[] } | { ok: false; reason: string };

/**
 * Decides where a URL's host may be fetched from. The fetch connects only to the addresses it returns, so
 * a name cannot resolve to a public address when checked and to a private one when connected (DNS rebinding).
 */
export type UrlPolicy = (hostname: string) => Promise<HostVerdict>;

/** Resolves a name to all its addresses; tests pass their own. */
export type HostLookup = (hostname: string) => Promise<HostAddress[]>;

const systemLookup: HostLookup = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * The server's policy: a host is fetched only when every address it resolves to is public, so that a
 * member cannot make the server read its own ports, the cloud metadata service or the intranet.
 */
export function publicAddressesOnly(resolve: HostLookup = systemLookup): UrlPolicy {
  return async (hostname) => {
    const host = hostname.replace(/^\[(.*)\]$/, '$1');
    let addresses: HostAddress[];
    if (isIP(host)) addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
    else {
      try {
        addresses = await resolve(host);
      } catch (error) {
        return { ok: false, reason: `cannot resolve ${host} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
      }
      if (addresses.length === 0) return { ok: false, reason: `cannot resolve ${host}` };
    }
    for (const { address } of addresses) {
      const kind = nonPublicKind(address);
      if (kind) return { ok: false, reason: `refused: ${address === host ? address : `${host} resolves to ${address}, which`} is ${kind}` };
    }
    return { ok: true, addresses };
  };
}

type Range = readonly [prefix: number[], bits: number, kind: string];

// IANA special-purpose registries (RFC 6890 and successors); what is left of IPv4 is public.
const IPV4_RANGES: Range[] = [
  [[0], 8, 'a "this network" address'],
  [[10], 8, 'a private address'],
  [[100, 64], 10, 'a shared (carrier-grade NAT) address'],
  [[127], 8, 'a loopback address'],
  [[169, 254], 16, 'a link-local address'],
  [[172, 16], 12, 'a private address'],
  [[192, 0, 0], 24, 'an IETF protocol address'],
  [[192, 0, 2], 24, 'a documentation address'],
  [[192, 88, 99], 24, 'a reserved address'],
  [[192, 168], 16, 'a private address'],
  [[198, 18], 15, 'a benchmarking address'],
  [[198, 51, 100], 24, 'a documentation address'],
  [[203, 0, 113], 24, 'a documentation address'],
  [[224], 4, 'a multicast address'],
  [[240], 4, 'a reserved address'],
];

// Checked before the global-unicast test below; prefixes are bytes.
const IPV6_RANGES: Range[] = [
  [[], 128, 'an unspecified address'],
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128, 'a loopback address'],
  [[0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], 48, 'a local NAT64 address'],
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64, 'a discard-only address'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'a documentation address'],
  [[0x20, 0x01, 0x00], 23, 'an IETF protocol address'],
  [[0xfc], 7, 'a private address'],
  [[0xfe, 0x80], 10, 'a link-local address'],
  [[0xfe, 0xc0], 10, 'a site-local address'],
  [[0xff], 8, 'a multicast address'],
];

/** What kind of non-public address `address` is ("a private address"), or null when it is public. */
export function nonPublicKind(address: string): string | null {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const v4 = ipv4Bytes(bare);
  if (v4) return kindIn(v4, IPV4_RANGES);
  const v6 = ipv6Bytes(bare);
  if (!v6) return 'not an IP address';
  const embedded = embeddedIpv4(v6);
  if (embedded) return kindIn(embedded, IPV4_RANGES);
  const special = kindIn(v6, IPV6_RANGES);
  if (special) return special;
  // only 2000::/3 is allocated for global unicast
  return (v6[0]! & 0xe0) === 0x20 ? null : 'a reserved address';
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible, NAT64 or 6to4 address. */
function embeddedIpv4(v6: number[]): number[] | null {
  const zeros = (from: number, to: number) => v6.slice(from, to).every((b) => b === 0);
  if (zeros(0, 10) && v6[10] === 0xff && v6[11] === 0xff) return v6.slice(12);
  // ::a.b.c.d (deprecated IPv4-compatible); :: and ::1 are handled as themselves
  if (zeros(0, 12) && !zeros(12, 15)) return v6.slice(12);
  if (v6[0] === 0x00 && v6[1] === 0x64 && v6[2] === 0xff && v6[3] === 0x9b && zeros(4, 12)) return v6.slice(12);
  if (v6[0] === 0x20 && v6[1] === 0x02) return v6.slice(2, 6);
  return null;
}

function kindIn(bytes: number[], ranges: Range[]): string | null {
  for (const [prefix, bits, kind] of ranges) {
    const full = [...prefix, ...new Array<number>(bytes.length - prefix.length).fill(0)];
    if (matches(bytes, full, bits)) return kind;
  }
  return null;
}

function matches(bytes: number[], prefix: number[], bits: number): boolean {
  for (let i = 0; i < bytes.length && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i]! & mask) !== (prefix[i]! & mask)) return false;
  }
  return true;
}

function ipv4Bytes(text: string): number[] | null {
  if (isIP(text) !== 4) return null;
  return text.split('.').map(Number);
}

function ipv6Bytes(text: string): number[] | null {
  if (isIP(text) !== 6) return null;
  let head = text;
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4Bytes(dotted[1]!)!;
    head = `${text.slice(0, dotted.index)}:${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  }
  const [left = '', right] = head.split('::') as [string, string | undefined];
  const groups = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  const words = [...l, ...new Array<number>(8 - l.length - r.length).fill(0), ...r];
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}
