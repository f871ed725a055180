import { formatInterval, within, type Interval } from '../analysis/index.js';
import type { RecordRef, StrikeScope } from './data.js';

/**
 * How a name in the record relates to the claim's place: its main name, an alias, another name the
 * record resolved to it, a nearby place inside the radius, or (for a country or everywhere) simply counted.
 */
export type NameRelation = 'name' | 'alias' | 'other name' | 'nearby' | 'unresolved' | 'counted';

/** Strikes recorded under one name as written. */
export interface NameCount {
  name: string;
  place_key: string | null;
  relation: NameRelation;
  strikes: number;
  records: number;
}

/** Strikes per name as written in the releases, largest first. */
export function countByName(records: readonly RecordRef[], scope: StrikeScope): NameCount[] {
  const byName = new Map<string, NameCount>();
  for (const r of records) {
    const key = `${fold(r.placeText)}|${r.placeKey ?? ''}`;
    const entry = byName.get(key) ?? { name: r.placeText, place_key: r.placeKey, relation: relationOf(r, scope), strikes: 0, records: 0 };
    entry.strikes += r.strikes;
    entry.records += 1;
    byName.set(key, entry);
  }
  return [...byName.values()].sort((a, b) => b.strikes - a.strikes || a.name.localeCompare(b.name));
}

/**
 * When a count differs from a claim, the names that would explain it: a single name whose strikes,
 * taken away, leave what the claim accepts (the claim may have missed an alias, or counted a nearby
 * place), and the places within the radius other than the claim's own, taken together.
 */
export function explainByNames(names: readonly NameCount[], found: number, accepted: Interval, scope: StrikeScope): string[] {
  if (within(found, accepted)) return [];
  const out: string[] = [];
  for (const n of names) {
    if (within(found - n.strikes, accepted)) {
      out.push(`without the ${n.strikes} strike${n.strikes === 1 ? '' : 's'} recorded as "${n.name}" (${n.relation}) the count would be ${found - n.strikes}, which the claim accepts (${formatInterval(accepted)})`);
    }
  }
  const nearby = names.filter((n) => n.relation === 'nearby');
  const nearbyStrikes = nearby.reduce((s, n) => s + n.strikes, 0);
  if (nearby.length > 1 && within(found - nearbyStrikes, accepted)) {
    out.push(`counting only records resolved to the place itself (not ${nearby.map((n) => `"${n.name}"`).join(', ')} within ${scope.radiusKm} km) gives ${found - nearbyStrikes}, which the claim accepts`);
  }
  const variants = names.filter((n) => n.relation === 'alias' || n.relation === 'other name');
  const variantStrikes = variants.reduce((s, n) => s + n.strikes, 0);
  if (variants.length > 1 && within(found - variantStrikes, accepted)) {
    out.push(`counting only records written under the main name gives ${found - variantStrikes}: the claim may have missed ${variants.map((n) => `"${n.name}"`).join(', ')}`);
  }
  return out;
}

/** "Tadmur 5 (alias), Palmyra 3 (name)". */
export function describeNames(names: readonly NameCount[]): string {
  return names.map((n) => `${n.name} ${n.strikes} (${n.relation})`).join(', ');
}

function relationOf(r: RecordRef, scope: StrikeScope): NameRelation {
  const place = scope.place;
  if (place.kind !== 'place') return r.placeKey ? 'counted' : 'unresolved';
  if (r.placeKey === null) return 'unresolved';
  if (r.placeKey !== place.key) return 'nearby';
  const text = fold(r.placeText);
  if (text === fold(place.name)) return 'name';
  if (place.aliases.some((a) => fold(a) === text)) return 'alias';
  return 'other name';
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
