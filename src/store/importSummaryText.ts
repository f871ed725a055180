import { COUNT_REVIEW_ABOVE } from './heldCounts.js';
import type { ImportSummary } from './importReleases.js';

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** The import summary as the CLI prints it (and the workbench shows it): the totals, then the lists behind each number. */
export function renderImportSummary(s: ImportSummary): string {
  const lines: string[] = [];
  const byStatus = (status: string) => s.files.filter((f) => f.status === status);
  lines.push(
    `${plural(s.releasesImported, 'release')} · ${plural(s.strikeLines, 'strike line')} parsed (${plural(s.strikeRecords, 'record')})` +
      ` · ${plural(s.unparsedLines.length, 'line')} not parsed${s.unparsedLines.length ? ' (listed)' : ''}` +
      `${s.heldLines.length ? ` · ${plural(s.heldLines.length, 'line')} held for review (listed)` : ''}` +
      ` · ${plural(s.needReview.length, 'place')} need${s.needReview.length === 1 ? 's' : ''} review`,
  );
  const duplicates = byStatus('duplicate');
  if (duplicates.length) lines.push(`${plural(duplicates.length, 'file')} already in the ledger (same content): nothing added`);
  const conflicts = s.files.filter((f) => f.conflictDays.length > 0);
  for (const f of conflicts) {
    lines.push(`conflict: ${f.uri}: the ledger already has another release for ${f.conflictDays.join(', ')}; skipped (use --replace to replace it)`);
  }
  for (const f of s.files.filter((f) => f.replacedDays.length > 0)) lines.push(`replaced: ${f.uri}: ${f.replacedDays.join(', ')}`);
  if (s.unparsedLines.length) {
    lines.push('', 'Lines not parsed:');
    for (const u of s.unparsedLines) lines.push(`  ${u.uri}:${u.lineNo}: ${u.reason}`);
  }
  if (s.heldLines.length) {
    lines.push('', `Lines held for review, in no count until an editor accepts them (over ${COUNT_REVIEW_ABOVE} strikes on one line; npx airledger review counts):`);
    for (const h of s.heldLines) lines.push(`  ${h.uri}:${h.lineNo}: ${h.placeText}, ${plural(h.strikes, 'strike')}`);
  }
  if (s.needReview.length) {
    lines.push('', 'Places that need review (npx airledger places unresolved):');
    for (const r of s.needReview) lines.push(`  ${r.placeText} (${r.country}): ${r.status}, ${plural(r.records, 'record')}`);
  }
  if (s.countryMismatches.length) {
    lines.push('', 'Places outside the section they were reported under (kept as reported, flagged):');
    for (const m of s.countryMismatches) lines.push(`  ${m.placeText}: reported under ${m.country}, lies in ${m.placeCountry} (${plural(m.records, 'record')})`);
  }
  const skipped = byStatus('skipped');
  if (skipped.length) {
    lines.push('', `Skipped (${count(skipped.length)}):`);
    for (const f of skipped) lines.push(`  ${f.uri}: ${f.reason}`);
  }
  const failed = byStatus('failed');
  if (failed.length) {
    lines.push('', `Failed, nothing stored from these (${count(failed.length)}):`);
    for (const f of failed) lines.push(`  ${f.uri}: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
