import { ALREADY_STORED, type ImportSummary } from './importReleases.js';
import { COUNT_REVIEW_ABOVE } from './heldCounts.js';

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
  for (const f of s.files.filter((f) => f.copyDays.length > 0)) {
    lines.push(`copy: ${f.uri}: the same release for ${f.copyDays.join(', ')} is already in the ledger from another source; kept as a further source, counted once`);
  }
  if (s.unparsedLines.length) {
    lines.push('', 'Lines not parsed:');
    for (const u of s.unparsedLines) lines.push(`  ${u.uri}:${u.lineNo}: ${u.reason}`);
  }
  if (s.totalMismatches.length) {
    lines.push('', 'Stated totals that differ from the release\'s own lines (kept as stated, flagged):');
    for (const t of s.totalMismatches) {
      const days = t.from === t.to ? t.from : `${t.from}..${t.to}`;
      const engagements = t.engagements !== null && t.lineEngagements !== null && t.engagements !== t.lineEngagements
        ? `; ${plural(t.engagements, 'engagement')} stated, ${count(t.lineEngagements)} in its lines` : '';
      lines.push(`  ${t.uri}:${t.lineNo}: ${t.section || 'all sections'} ${days}: the release says ${plural(t.strikes, 'strike')}, its lines add up to ${count(t.lineStrikes)}${engagements}`);
    }
  }
  if (s.statements.length) {
    lines.push('', 'Special statements (kept, never counted: the daily list may report the same strikes):');
    for (const st of s.statements) {
      const where = st.placeText ? `${st.placeText}${st.country ? ` (${st.country})` : ''}` : st.country || 'no place named';
      lines.push(`  ${st.uri}:${st.lineNo}: ${st.date} ${where}: ${st.summary.length > 100 ? `${st.summary.slice(0, 98)} …` : st.summary}`);
    }
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
  const resumed = s.files.filter((f) => f.status === 'skipped' && f.reason === ALREADY_STORED);
  if (resumed.length) lines.push('', `${plural(resumed.length, 'URL')} already in the ledger: not fetched again`);
  const skipped = byStatus('skipped').filter((f) => f.reason !== ALREADY_STORED);
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
