import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Names as releases write them, variants and all, so that resolution does real work.
const SYRIA = ['Kobani', 'Al Hasakah', 'Ar Raqqah', 'Dayr Az Zawr', 'Tadmur', 'Palmyra', 'Manbij', 'Al Hawl', 'Tal Abyad', 'Abu Kamal', 'Mar’a', 'Aleppo'];
const IRAQ = ['Mosul', 'Ramadi', 'Sinjar', 'Bayji', 'Tal Afar', 'Fallujah', 'Kirkuk', 'Makhmur', 'Al Huwayjah', 'Al Asad', 'Haditha', 'Al Qaim', 'Hit', 'Al Baghdadi', 'Qayyarah', 'Rawah'];
const COUNTS = ['an airstrike', 'one airstrike', 'two airstrikes', 'three strikes', 'four airstrikes', '12 strikes', 'seventeen airstrikes'];
const EFFECTS = [
  'struck an ISIL tactical unit and destroyed an ISIL fighting position.',
  'destroyed two ISIL vehicles and an ISIL building.',
  'struck two separate ISIL tactical units, destroying three ISIL heavy machine guns and an ISIL bunker.',
  'destroyed an ISIL weapons cache and damaged an ISIL checkpoint.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A deterministic release for day `index` (counted from the campaign's first day, 8 August 2014) with `lines`
 * strike lines. Past about 4,400 releases the days run past today: import those with `allowDate`.
 */
export function releaseText(index: number, lines: number): string {
  const day = new Date(Date.UTC(2014, 7, 8) + index * 86_400_000);
  const out = ['Military airstrikes continue against ISIL terrorists in Syria and Iraq', `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`, '', 'Syria'];
  const half = Math.floor(lines / 2);
  for (let i = 0; i < lines; i++) {
    if (i === half) out.push('', 'Iraq');
    const names = i < half ? SYRIA : IRAQ;
    const k = index * 31 + i * 7;
    out.push(`- Near ${names[k % names.length]}, ${COUNTS[k % COUNTS.length]} ${EFFECTS[k % EFFECTS.length]}`);
  }
  return `${out.join('\n')}\n`;
}

/** Writes `total` strike lines as releases of `perRelease` lines into `dir`; returns the number of files. */
export function generateCorpus(dir: string, total: number, perRelease: number): number {
  mkdirSync(dir, { recursive: true });
  const files = Math.ceil(total / perRelease);
  for (let i = 0; i < files; i++) {
    const lines = Math.min(perRelease, total - i * perRelease);
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), releaseText(i, lines));
  }
  return files;
}
