/**
 * Accuracy of the claim reader on the dev set of real published sentences (test/fixtures/claims-dev-set.json):
 * readings right, refusals, and wrong readings that were not refused (each could get a confident verdict).
 * Needs no corpus: places come from the built-in gazetteer of an empty in-memory ledger.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, readDocument, type CheckDeps, type ClaimContext, type ReadPart, type Reading, type Where } from '../src/claims/index.js';

export interface DevArticle {
  source: string;
  url: string;
  published: string;
  text: string;
  expect: Array<{ starts: string; parts?: string[]; refuse?: string }>;
}

export interface ClaimOutcome {
  article: DevArticle;
  index: number;
  sentence: string | null;
  expected: string;
  got: string;
  right: boolean;
  refused: boolean;
}

export function devSet(): DevArticle[] {
  const file = join(import.meta.dirname, '../test/fixtures/claims-dev-set.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: DevArticle[] }).articles;
}

/** The publication day of a dev-set article, when it is a whole day (some monitors give only a month). */
export function asOfOf(a: DevArticle): ClaimContext['asOf'] {
  return /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? { day: a.published, source: 'the dev set\'s publication date' } : undefined;
}

/** Reads every dev-set passage as a document and compares each claim's reading with the one expected. */
export function evalReadings(ctx: ClaimContext): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  for (const article of devSet()) {
    const asOf = asOfOf(article);
    const { readings } = readDocument(article.text, { ...ctx, ...(asOf ? { asOf } : {}) });
    const count = Math.max(readings.length, article.expect.length);
    for (let i = 0; i < count; i++) {
      const e = article.expect[i];
      const r = readings[i];
      const expected = e ? (e.refuse ? `refuse (${e.refuse})` : e.parts!.join(' ; ')) : '(no claim expected here)';
      if (!r || !e) {
        out.push({ article, index: i, sentence: r?.sentence ?? null, expected, got: r ? describe(r.reading) : '(no claim read)', right: false, refused: r ? !r.reading.ok : false });
        continue;
      }
      const aligned = r.sentence.startsWith(e.starts);
      const got = describe(r.reading);
      const right = aligned && (e.refuse ? !r.reading.ok : r.reading.ok && samePartsAs(r.reading, e.parts!, ctx));
      out.push({ article, index: i, sentence: r.sentence, expected: aligned ? expected : `${expected} [expected the sentence starting "${e.starts}"]`, got, right, refused: !r.reading.ok });
    }
  }
  return out;
}

/** Checks the passages of wrong, unrefused readings against a ledger: how many got supported or contradicted. */
export async function confidentOnWrong(outcomes: ClaimOutcome[], deps: CheckDeps): Promise<ClaimOutcome[]> {
  const confident: ClaimOutcome[] = [];
  const wrong = outcomes.filter((o) => !o.right && !o.refused && o.sentence);
  for (const article of new Set(wrong.map((o) => o.article))) {
    const asOf = asOfOf(article);
    const { claims } = await checkDocument(article.text, { ...deps, ...(asOf ? { asOf } : {}) });
    for (const o of wrong.filter((w) => w.article === article)) {
      const verdict = claims[o.index]?.verdict;
      if (verdict === 'supported' || verdict === 'contradicted') confident.push({ ...o, got: `${o.got} → ${verdict}` });
    }
  }
  return confident;
}

function describe(r: Reading): string {
  if (!r.ok) return `refused: ${r.problems.concat(r.missing.map((m) => `missing ${m}`)).join('; ')}`;
  const parts = r.parts.map(partText).join(' ; ');
  return r.unread.length ? `${parts} (unread: ${r.unread.map((u) => u.text).join(', ')})` : parts;
}

function partText(p: ReadPart): string {
  const number = p.kind === 'count' ? numberText(p.claimed.value, p.claimed.approx) : p.kind;
  const w = p.window.value;
  return `${number} ${p.unit.value} | ${whereText(p.where.value)} | ${w.from === w.to ? w.from : `${w.from}..${w.to}`} | ${p.dating.value}`;
}

const APPROX: Record<string, string> = { exact: '', about: 'about ', nearly: 'nearly ', 'at-least': 'at least ', 'at-most': 'at most ', 'more-than': 'more than ', 'fewer-than': 'fewer than ' };

function numberText(value: number, approx: string): string {
  return `${APPROX[approx] ?? ''}${value}`;
}

function whereText(w: Where): string {
  const term = (t: Where['include'][number]) => (t.place.kind === 'country' ? t.place.name : t.place.kind === 'place' ? `${t.radiusKm > 0 ? 'near' : 'in'} ${t.place.name}` : 'anywhere');
  const include = w.include.length ? w.include.map(term).join(' + ') : 'anywhere';
  return w.exclude.length ? `${include} less ${w.exclude.map(term).join(' + ')}` : include;
}

function samePartsAs(r: Extract<Reading, { ok: true }>, expected: string[], ctx: ClaimContext): boolean {
  if (r.parts.length !== expected.length) return false;
  return expected.every((e, i) => samePart(r.parts[i]!, e, ctx));
}

function samePart(p: ReadPart, expected: string, ctx: ClaimContext): boolean {
  const [numberUnit, places, window, dating] = expected.split('|').map((s) => s.trim()) as [string, string, string, string];
  const m = /^(.*?)(\d+) (strikes|engagements)$/.exec(numberUnit);
  if (!m || p.kind !== 'count') return false;
  if (p.claimed.value !== Number(m[2]) || (APPROX[p.claimed.approx] ?? '') !== m[1] || p.unit.value !== m[3]) return false;
  const [from, to] = window.includes('..') ? window.split('..') : [window, window];
  // A reading that checks the expected window beside another (and gives no confident verdict when they differ) is right.
  const windows = [p.window.value, ...p.windowAlternatives];
  if (!windows.some((w) => w.from === from && w.to === to) || p.dating.value !== dating) return false;
  return sameWhere(p.where.value, places, ctx);
}

function sameWhere(w: Where, expected: string, ctx: ClaimContext): boolean {
  const [include, exclude = ''] = expected.split(' less ');
  const keys = (terms: Where['include']) => terms.map((t) => (t.place.kind === 'place' ? `${t.place.key}~${t.radiusKm}` : t.place.kind === 'country' ? t.place.code : 'anywhere')).sort();
  const want = (text: string) =>
    text === '' || text === 'anywhere'
      ? []
      : text.split(' + ').map((name) => {
          if (name === 'Syria') return 'SY';
          if (name === 'Iraq') return 'IQ';
          const near = /^near (.+)$/.exec(name);
          const place = ctx.knownPlace((near?.[1] ?? name.replace(/^in /, '')).trim());
          return place ? `${place.key}~${near ? 25 : 0}` : `unknown:${name}`;
        }).sort();
  return JSON.stringify(keys(w.include)) === JSON.stringify(want(include!)) && JSON.stringify(keys(w.exclude)) === JSON.stringify(want(exclude));
}
