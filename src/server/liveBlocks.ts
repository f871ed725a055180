import { z } from 'zod';
import { countReport, describeCoverage, parseDay, type SeriesUnit } from '../analysis/index.js';
import { controlChartText, type ChartText } from '../charts/index.js';
import { checkClaim, type CheckDeps, type CheckResult } from '../claims/index.js';
import { QueryError, type Ledger } from '../store/index.js';
import { controlBandsSvg, strikesChartSvg, strikesChartText } from './charts.js';
import { checkHref, escapeHtml, placeHref } from './html.js';

/** The fenced-code languages that are live blocks rather than code. */
export const LIVE_BLOCKS = ['claim', 'chart', 'control'] as const;
export type LiveBlockKind = (typeof LIVE_BLOCKS)[number];

/** What blocks need: the ledger, claim dependencies (built once per document) and today's day. */
export interface BlockContext {
  ledger: Ledger;
  deps: () => Promise<CheckDeps>;
  today: string;
}

/** Records listed under a claim badge; the check page lists them all. */
const MAX_LISTED_RECORDS = 30;

/** Server-generated HTML for one live block; a block that cannot be drawn says why, in place. */
export async function renderLiveBlock(kind: LiveBlockKind, source: string, ctx: BlockContext): Promise<string> {
  try {
    if (kind === 'claim') return claimBadge(await checkClaim(source.trim().replace(/\s+/g, ' '), await ctx.deps()));
    if (kind === 'chart') return await chartBlock(source, ctx);
    return await controlBlock(source, ctx);
  } catch (error) {
    if (error instanceof QueryError || error instanceof BlockError) return blockError(kind, source, error.message);
    throw error;
  }
}

class BlockError extends Error {}

function blockError(kind: string, source: string, reason: string): string {
  return `<div class="block-error"><p><strong>${escapeHtml(kind)} block not drawn:</strong> ${escapeHtml(reason)}</p><pre><code>${escapeHtml(source.trim())}</code></pre></div>`;
}

/** What the check found, as the verdict card says it. */
function foundText(found: CheckResult['found']): string {
  if (!found) return 'nothing';
  if (found.kind === 'count') return `${found.value} strike${found.value === 1 ? '' : 's'}`;
  if (found.kind === 'share') return `${found.inside} of ${found.total} strikes`;
  return `${found.strike_days} strike days, ${found.strikes} strikes`;
}

/** A chart's "show as table": a closed `<details>`, so it works without script and keeps the page short. */
export function chartTableHtml(text: ChartText): string {
  const head = text.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = text.rows.map((r) => `<tr>${r.map((cell, i) => `<td${i > 0 && /^\d/.test(cell) ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<details class="chart-table"><summary>Show as table</summary><table><caption>${escapeHtml(text.summary)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></details>`;
}

/** A claim's verdict as a badge linking to its full check, with the records behind it and their sources. */
export function claimBadge(result: CheckResult): string {
  const verdict = escapeHtml(result.verdict);
  const total = result.records.reduce((n, r) => n + r.strikes, 0);
  const rows = result.records.slice(0, MAX_LISTED_RECORDS).map((r) =>
    `<tr><td>${escapeHtml(r.date)}</td><td>${escapeHtml(r.place)}</td><td class="num">${r.strikes}</td><td><code>${escapeHtml(r.source)}</code></td></tr>`);
  const more = result.records.length > MAX_LISTED_RECORDS
    ? `<p>and ${result.records.length - MAX_LISTED_RECORDS} more on <a href="${escapeHtml(checkHref(result.sentence))}">the check page</a></p>`
    : '';
  const records = result.records.length
    ? `<details><summary>${result.records.length} record${result.records.length === 1 ? '' : 's'}, ${total} strike${total === 1 ? '' : 's'}</summary>
<table><thead><tr><th>date</th><th>place</th><th>strikes</th><th>source</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}</details>`
    : '';
  // the message states claimed against found; the lines after it say why a verdict is not the plain comparison
  const reasons = result.parts.flatMap((p) => p.explanation.slice(1));
  const why = reasons.length ? `<ul class="claim-why">${reasons.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>\n` : '';
  return `<figure class="claim verdict-${verdict}">
<p><a class="badge verdict-${verdict}" href="${escapeHtml(checkHref(result.sentence))}">${verdict}</a> <q>${escapeHtml(result.sentence)}</q></p>
<p class="claim-message">${escapeHtml(result.message)}</p>
${why}<dl class="claim-figures"><div><dt>claimed</dt><dd>${escapeHtml(result.claimed ? `${result.claimed.text.trim()} (accepted: ${result.claimed.accepted})` : '—')}</dd></div><div><dt>found</dt><dd>${escapeHtml(foundText(result.found))}</dd></div><div><dt>window</dt><dd>${escapeHtml(result.window ? `${result.window.from}..${result.window.to}` : '—')}</dd></div></dl>${records}
</figure>`;
}

/** `key=value key="two words"` after a leading word. */
function blockArgs(source: string): { head: string; args: Record<string, string> } {
  const text = source.trim().replace(/\s+/g, ' ');
  const head = /^\S*/.exec(text)![0];
  const args: Record<string, string> = {};
  const rest = text.slice(head.length);
  const pattern = /\s*([a-z_]+)=(?:"([^"]*)"|(\S+))/gy;
  let last = 0;
  for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
    args[m[1]!] = m[2] ?? m[3]!;
    last = pattern.lastIndex;
  }
  if (rest.slice(last).trim()) throw new BlockError(`cannot read "${rest.slice(last).trim()}": write key=value pairs`);
  return { head, args };
}

const day = z.string().refine((s) => parseDay(s).ok, 'expected a day as YYYY-MM-DD');
const chartArgs = z.object({
  near: z.string().min(1).optional(),
  from: day.optional(),
  to: day.optional(),
  country: z.string().min(1).optional(),
  by: z.enum(['day', 'week', 'month']).default('week'),
  radius_km: z.coerce.number().min(0).max(20_000).optional(),
}).strict();

function checked<T extends z.ZodType>(schema: T, args: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(args);
  if (!parsed.success) throw new BlockError(parsed.error.issues.map((i) => `${i.path.join('.') || 'block'}: ${i.message}`).join('; '));
  return parsed.data;
}

/** `strikes near=Palmyra from=… to=… by=week [radius_km=25] [country=Syria]` → a bar chart with its coverage. */
async function chartBlock(source: string, ctx: BlockContext): Promise<string> {
  const { head, args } = blockArgs(source);
  if (head !== 'strikes') throw new BlockError(`a chart starts with "strikes", not "${head}"`);
  const a = checked(chartArgs, args);
  const report = await countReport(ctx.ledger, { near: a.near, from: a.from, to: a.to, country: a.country, radiusKm: a.radius_km }, { by: a.by as SeriesUnit });
  const where = report.place
    ? ` ${report.radiusKm !== null ? `within ${report.radiusKm} km of` : 'near'} ${report.place.name}`
    : a.country ? ` in ${a.country}` : '';
  const title = `Strikes per ${a.by}${where}`;
  const svg = strikesChartSvg(report, `${title}, ${report.window.from}..${report.window.to}`)!;
  const text = strikesChartText(report, title)!;
  const placeLink = report.place ? ` · <a href="${escapeHtml(placeHref(report.place.name))}">${escapeHtml(report.place.name)}</a>` : '';
  return `<figure class="chart">${svg}
<figcaption><p class="chart-summary">${escapeHtml(text.summary)}</p>
<p>${report.strikes} strikes in ${report.records} records${placeLink}<br><span class="coverage">${escapeHtml(describeCoverage(report.coverage))}</span></p>
${chartTableHtml(text)}</figcaption>
</figure>`;
}

const controlArgs = z.object({ place: z.string().min(1), from: day.optional(), to: day.optional() }).strict();

/** `place=Palmyra [from=…] [to=…]` → bands of who held the place, and the periods with their sources. */
async function controlBlock(source: string, ctx: BlockContext): Promise<string> {
  const { head, args } = blockArgs(`control ${source}`);
  void head;
  const a = checked(controlArgs, args);
  const place = await ctx.ledger.knownPlace(a.place);
  if (!place) throw new BlockError(`no place called "${a.place}" in the ledger's countries`);
  const timeline = await ctx.ledger.controlTimeline([place.key]);
  const inWindow = <T extends { from: string; to: string | null }>(x: T) => (!a.to || x.from <= a.to) && (!a.from || (x.to ?? ctx.today) >= a.from);
  const periods = timeline.periods.filter(inWindow);
  const events = timeline.events.filter(inWindow);
  if (periods.length === 0) throw new BlockError(`no periods of control for ${place.name}${a.from || a.to ? ' in that window' : ''}`);
  const title = `Who held ${place.name}`;
  const svg = controlBandsSvg(periods, events, a.to ?? ctx.today, title);
  const text = controlChartText(title, periods);
  const eventList = events.length ? `<p>Events: ${events.map((e) => escapeHtml(`${e.name} ${e.from}${e.to ? `..${e.to}` : ''}`)).join('; ')}</p>` : '';
  return `<figure class="control">${svg}
<figcaption><p class="chart-summary">${escapeHtml(text.summary)} (<a href="${escapeHtml(placeHref(place.name))}">place page</a>)</p>
${eventList}${chartTableHtml(text)}</figcaption>
</figure>`;
}
