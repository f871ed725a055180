import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dailyChartText, longWindow, plotChart } from '../charts/index.js';
import { send } from './api.js';
import { ChartDownloads } from './chartDownload.js';
import { ChartSummary } from './chartSummary.js';
import { addDays, daysBetween, dayTime, nextDay } from './explore/model.js';
import { strikeBars } from './explore/timeline.js';
import { navigate } from './router.js';
import type { ArticleCheck, CheckResult } from './types.js';

const EXAMPLES = [
  'The coalition carried out 8 strikes near Palmyra between its fall in May 2015 and its recapture in March 2016.',
  'Between 19 and 27 February 2017 there were 23 strikes near Palmyra.',
];

function foundText(result: CheckResult): string {
  const f = result.found;
  if (!f) return '—';
  if (f.kind === 'count') return `${String(f.value)} ${result.claimed?.kind === 'count' ? result.claimed.unit : 'strikes'}`;
  if (f.kind === 'share') return `${String(f.inside)} of ${String(f.total)}`;
  return `${String(f.strike_days)} strike days, ${String(f.strikes)} strikes`;
}

function placeText(result: CheckResult): string {
  const places = result.places ?? (result.place ? [result.place] : []);
  if (places.length === 0) return '—';
  return places
    .map((p) => `${p.name}${p.aliases.length ? ` (${p.aliases.join(', ')})` : ''}${p.kind === 'place' ? `, within ${String(p.radius_km ?? result.radius_km ?? 0)} km` : ''}`)
    .join(' + ');
}

/** `/check?q=…&as_of=…`: the link that opens this check with its answer shown. */
export function sentenceHref(sentence: string, asOf: string): string {
  return `/check?q=${encodeURIComponent(sentence)}${asOf ? `&as_of=${asOf}` : ''}`;
}

function chartTitle(result: CheckResult): string {
  if (!result.place || result.place.kind === 'anywhere') return 'Strikes per day';
  if (result.place.kind === 'country') return `Strikes per day in ${result.place.name}`;
  return `Strikes per day ${result.radius_km !== null ? `within ${result.radius_km} km of` : 'near'} ${result.place.name}`;
}

function WindowChart({ result }: { result: CheckResult }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current || !result.window) return;
    const totals = new Map<string, number>();
    for (const r of result.records) totals.set(r.date, (totals.get(r.date) ?? 0) + r.strikes);
    const bars = [...totals].map(([day, strikes]) => ({ day: new Date(dayTime(day)), strikes }));
    const gaps = (result.coverage?.missing_ranges ?? []).map((g) => ({ x1: new Date(dayTime(g.from)), x2: new Date(dayTime(nextDay(g.to))) }));
    // a short window is shown with a week either side, shaded as the window, so its bars keep a day's width
    const pad = daysBetween(result.window.from, result.window.to) < 14 ? 7 : 0;
    const inWindow = pad ? [{ x1: new Date(dayTime(result.window.from)), x2: new Date(dayTime(nextDay(result.window.to))) }] : [];
    const chart = plotChart({
      width: Math.max(320, el.current.clientWidth || 700),
      height: 160,
      marginLeft: 40,
      x: { type: 'utc', domain: [new Date(dayTime(addDays(result.window.from, -pad))), new Date(dayTime(nextDay(addDays(result.window.to, pad))))] },
      y: { label: 'strikes/day', grid: true },
      marks: [
        Plot.rect(inWindow, { x1: 'x1', x2: 'x2', fill: '#1f5f8b', fillOpacity: 0.1 }),
        Plot.rect(gaps, { x1: 'x1', x2: 'x2', fill: '#000', fillOpacity: 0.08, title: () => 'no release' }),
        ...strikeBars(bars),
        Plot.ruleY([0]),
      ],
    }, `${chartTitle(result)}, ${longWindow(result.window)}`);
    el.current.replaceChildren(chart);
  }, [result]);
  if (!result.window) return null;
  const totals = new Map<string, number>();
  for (const r of result.records) totals.set(r.date, (totals.get(r.date) ?? 0) + r.strikes);
  const text = dailyChartText(chartTitle(result), result.window, [...totals].map(([day, strikes]) => ({ day, strikes })), result.coverage?.missing_ranges ?? []);
  return (
    <>
      <div class="window-chart" ref={el} />
      <ChartSummary text={text} />
    </>
  );
}

function Records({ result, limit }: { result: CheckResult; limit: number }) {
  return (
    <>
      <table class="contrib">
        <thead><tr><th>Date</th><th>Place as written</th><th class="num">Strikes</th><th>Source</th></tr></thead>
        <tbody>{result.records.slice(0, limit).map((r) => <tr><td>{r.date}{r.reported_on ? ` (reported ${r.reported_on})` : ''}</td><td>{r.place}</td><td class="num">{r.strikes}</td><td class="source">{r.source}</td></tr>)}</tbody>
      </table>
      {result.records.length > limit ? <p class="muted">and {result.records.length - limit} more</p> : null}
    </>
  );
}

/** One sentence's answer: verdict, how it was read, figures, the window's chart and the records behind it. */
function VerdictCard({ result }: { result: CheckResult }) {
  // the message states claimed against found; the lines after it say why a verdict is not the plain comparison
  const why = result.parts.flatMap((p) => p.explanation.slice(1));
  return (
    <article class={`verdict-card verdict-${result.verdict}`} data-testid="verdict">
      <header>
        <span class="verdict-badge">{result.verdict.replace(/-/g, ' ')}</span>
        <p class="message">{result.message}</p>
      </header>
      {result.interpretation.length ? (
        <>
          <h3>Read as</h3>
          <ul class="interpretation">{result.interpretation.map((line) => <li>{line}</li>)}</ul>
        </>
      ) : null}
      <dl class="figures">
        <div><dt>Claimed</dt><dd>{result.claimed ? `${result.claimed.text} (accepted: ${result.claimed.accepted})` : '—'}</dd></div>
        <div><dt>Found</dt><dd data-testid="found">{foundText(result)}</dd></div>
        <div><dt>Window</dt><dd>{result.window ? `${result.window.from}..${result.window.to}` : '—'}{result.dated_by ? ` (by ${result.dated_by === 'strike' ? 'strike day' : 'release day'})` : ''}</dd></div>
        <div><dt>Place</dt><dd>{placeText(result)}</dd></div>
        <div><dt>Read as of</dt><dd>{result.as_of.day} ({result.as_of.source})</dd></div>
        <div><dt>Coverage</dt><dd>{result.coverage ? `${result.coverage.covered_days} of ${result.coverage.total_days} days have a release${result.coverage.missing_ranges.length ? `; ${result.coverage.missing_ranges.length} gaps` : ''}` : '—'}</dd></div>
      </dl>
      {why.length ? (
        <>
          <h3>Why</h3>
          <ul class="why">{why.map((line) => <li>{line}</li>)}</ul>
        </>
      ) : null}
      {result.problems.length ? <ul class="problems">{result.problems.map((p) => <li>{p}</li>)}</ul> : null}
      {result.window ? (
        <>
          <div class="chart-head"><h3>The window</h3><ChartDownloads chart={() => document.querySelector('.window-chart svg')} name="claim-window" /></div>
          <WindowChart result={result} />
        </>
      ) : null}
      {result.parts.length > 1 ? (
        <>
          <h3>Each claim</h3>
          <ul>{result.parts.map((p) => <li><strong>{p.verdict}</strong>: {p.text} — {p.explanation[0] ?? ''}</li>)}</ul>
        </>
      ) : null}
      <h3>Contributing records ({result.records.length})</h3>
      <Records result={result} limit={500} />
    </article>
  );
}

/** One claim of an article: its verdict and line, how it was read, and its records behind a click. */
function ClaimCard({ claim, asOf }: { claim: ArticleCheck['claims'][number]; asOf: string }) {
  return (
    <article class={`verdict-card claim-card verdict-${claim.verdict}`} data-testid="claim-card">
      <header>
        <span class="verdict-badge">{claim.verdict.replace(/-/g, ' ')}</span>
        <p class="message"><q>{claim.sentence}</q> <span class="muted">line {claim.line}</span></p>
      </header>
      <p>{claim.parts.map((p) => `${p.text}: ${p.verdict}${p.explanation[0] ? ` (${p.explanation[0]})` : ''}`).join('; ') || claim.message}</p>
      <details>
        <summary>How it was read, and the records ({claim.records.length})</summary>
        <ul class="interpretation">{claim.interpretation.map((line) => <li>{line}</li>)}</ul>
        <Records result={claim} limit={100} />
      </details>
      <p><a href={sentenceHref(claim.sentence, asOf)}>Open this claim on its own</a></p>
    </article>
  );
}

/** The claim checker: a sentence in, a verdict card out; or an article (pasted or by URL), a card per claim. */
export function Checker({ url }: { url: URL }) {
  const params = url.searchParams;
  const [sentence, setSentence] = useState(params.get('q') ?? params.get('sentence') ?? EXAMPLES[0]!);
  const [asOf, setAsOf] = useState(params.get('as_of') ?? '');
  const [result, setResult] = useState<CheckResult | null>(null);
  const [articleText, setArticleText] = useState('');
  const [articleUrl, setArticleUrl] = useState(params.get('url') ?? '');
  const [articleAsOf, setArticleAsOf] = useState(params.get('url') ? params.get('as_of') ?? '' : '');
  const [article, setArticle] = useState<ArticleCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'sentence' | 'article' | null>(null);

  const checkSentence = async (text: string, day: string, share: boolean) => {
    setBusy('sentence');
    setError(null);
    try {
      if (share) navigate(sentenceHref(text, day), true);
      setResult(await send<CheckResult>('POST', '/api/check', { sentence: text, ...(day ? { as_of: day } : {}) }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const checkArticle = async (body: { text?: string; url?: string }, day: string) => {
    setBusy('article');
    setError(null);
    try {
      // a URL makes a link; a pasted text is too long for one
      if (body.url) navigate(`/check?url=${encodeURIComponent(body.url)}${day ? `&as_of=${day}` : ''}`, true);
      setArticle(await send<ArticleCheck>('POST', '/api/check/article', { ...body, ...(day ? { as_of: day } : {}) }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  useEffect(() => {
    const q = params.get('q') ?? params.get('sentence');
    const link = params.get('url');
    if (q) void checkSentence(q, params.get('as_of') ?? '', false);
    else if (link) void checkArticle({ url: link }, params.get('as_of') ?? '');
  }, []);

  const onSentence = (event: Event) => {
    event.preventDefault();
    void checkSentence(sentence, asOf, true);
  };
  const onArticle = (event: Event) => {
    event.preventDefault();
    void checkArticle(articleUrl.trim() ? { url: articleUrl.trim() } : { text: articleText }, articleAsOf);
  };
  return (
    <section class="checker">
      <h1>Check a claim</h1>
      <form onSubmit={onSentence}>
        <label for="sentence">A sentence with a number of strikes, a place and a time</label>
        <textarea id="sentence" name="sentence" rows={3} value={sentence} onInput={(e) => setSentence((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="row">
          <label for="as-of">Published on (for "on Tuesday", "yesterday", "the past week")</label>
          <input id="as-of" type="date" value={asOf} onInput={(e) => setAsOf((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="row">
          <button type="submit" disabled={busy !== null}>{busy === 'sentence' ? 'Checking…' : 'Check'}</button>
          <span class="muted">Examples: {EXAMPLES.map((text, i) => <button type="button" class="link" onClick={() => setSentence(text)}>{i + 1}</button>)}</span>
        </div>
      </form>
      {error ? <p class="problem" role="alert">{error}</p> : null}
      {result ? <VerdictCard result={result} /> : null}

      <h2>Check an article</h2>
      <form onSubmit={onArticle} class="article-form">
        <label for="article-url">The article's web address</label>
        <input id="article-url" type="url" placeholder="https://…" value={articleUrl} onInput={(e) => setArticleUrl((e.currentTarget as HTMLInputElement).value)} />
        <label for="article-text">or its text, pasted</label>
        <textarea id="article-text" rows={6} value={articleText} onInput={(e) => setArticleText((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="row">
          <label for="article-as-of">Published on (default: the page's own date)</label>
          <input id="article-as-of" type="date" value={articleAsOf} onInput={(e) => setArticleAsOf((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="row">
          <button type="submit" disabled={busy !== null || (!articleUrl.trim() && !articleText.trim())}>{busy === 'article' ? 'Checking…' : 'Check the article'}</button>
        </div>
      </form>
      {article ? (
        <section class="article-answer" data-testid="article">
          {article.title ? <h3>{article.title}</h3> : null}
          <p class="muted">
            Read as of {article.as_of.day} ({article.as_of.source}). {article.claims.length} claims:{' '}
            {Object.entries(article.summary).map(([verdict, n]) => `${n} ${verdict}`).join(', ') || 'none'}
          </p>
          {article.claims.map((claim) => <ClaimCard claim={claim} asOf={article.as_of.source === 'today' ? '' : article.as_of.day} />)}
        </section>
      ) : null}
    </section>
  );
}
