import { Hono } from 'hono';
import type { Analysis, AnalysisSummary, Ledger } from '../store/index.js';
import { renderAnalysisBody, renderTags } from './analysisRender.js';
import { withLinkFootnotes } from './footnotes.js';
import { escapeHtml } from './html.js';
import { problem } from './problem.js';
import type { AppEnv, Workbench } from './workbench.js';

/** Styles of published analyses; a file of its own, so that pages carry no inline style beyond the charts'. */
export const ANALYSIS_CSS = `body{font:17px/1.55 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1d1d1d;overflow-wrap:break-word}
header.site{font:14px system-ui,sans-serif;margin-bottom:2rem}header.site a{color:inherit}
a:focus-visible,summary:focus-visible{outline:3px solid #1f5f8b;outline-offset:2px}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.2}
.meta{font:14px system-ui,sans-serif;color:#555}
ul.tags{list-style:none;padding:0;display:flex;gap:.4rem;flex-wrap:wrap;font:13px system-ui,sans-serif}
.tag{background:#eef1f5;border-radius:3px;padding:.1rem .45rem;color:#333;text-decoration:none}a.tag-place{background:#dde8f5}
figure{margin:1.5rem 0}figcaption{font:13px system-ui,sans-serif;color:#555}figcaption p{margin:.3rem 0}
svg{max-width:100%;height:auto}
.chart-summary{font:14px system-ui,sans-serif;color:#1d1d1d}
figure.claim{border-left:4px solid #999;padding:.3rem .8rem;background:#fafafa}
.badge{font:bold 12px system-ui,sans-serif;text-transform:uppercase;padding:.1rem .4rem;border-radius:3px;color:#fff;background:#666;text-decoration:none}
.verdict-supported{border-color:#2e7d32}.badge.verdict-supported{background:#2e7d32}
.verdict-contradicted{border-color:#c62828}.badge.verdict-contradicted{background:#c62828}
.verdict-partial-coverage{border-color:#9a5b00}.badge.verdict-partial-coverage{background:#9a5b00}
.verdict-no-coverage{border-color:#666}.verdict-unparseable{border-color:#6a1b9a}.badge.verdict-unparseable{background:#6a1b9a}
.claim-message{font:14px system-ui,sans-serif;margin:.3rem 0}
ul.claim-why{font:13px system-ui,sans-serif;margin:.3rem 0}
dl.claim-figures{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;font:13px system-ui,sans-serif;margin:.3rem 0}
dl.claim-figures div{display:flex;gap:.35rem}dl.claim-figures dt{color:#555}dl.claim-figures dd{margin:0}
table{border-collapse:collapse;font:13px system-ui,sans-serif;max-width:100%}td,th{padding:.15rem .5rem;border-bottom:1px solid #eee;text-align:left}td.num{text-align:right}
td code{overflow-wrap:anywhere}caption{text-align:left;color:#555;padding:.3rem 0}
summary{cursor:pointer}
.block-error{border:1px dashed #c62828;padding:.5rem;font:14px system-ui,sans-serif}
pre{background:#f4f4f4;padding:.6rem;overflow:auto}
ol.analyses{padding:0;list-style:none}ol.analyses li{margin:1rem 0}
.fn-ref,.footnotes{display:none}
@media (max-width:480px){body{font-size:16px;margin:1rem auto}figure.claim{padding:.3rem .5rem}}
@media print{
@page{size:A4;margin:18mm 16mm}
body{font:10.5pt/1.45 Georgia,serif;max-width:none;margin:0;padding:0;color:#000}
header.site,details.chart-table{display:none}
h1{font-size:18pt}h2{font-size:13pt}
a{color:#000}
figure{break-inside:avoid}figcaption,.meta,.chart-summary,dl.claim-figures dt,caption{color:#000}
figure.claim{background:none;border-left-width:3pt}
figure.claim .badge{color:#000;background:none;border:1px solid #000}.badge::before{content:"verdict: "}
.tag,a.tag-place{background:none;padding:0}
.fn-ref{display:inline;font:8pt system-ui,sans-serif;vertical-align:super;line-height:0}
.footnotes{display:block;font:9pt system-ui,sans-serif;border-top:1px solid #000;margin-top:1.5rem}
.footnotes h2{font-size:10pt}.footnotes li{overflow-wrap:anywhere}
}`;

/** Links of a page: where the stylesheet and the index are, and how an analysis is addressed. */
export interface PageLinks {
  css: string;
  index: string;
  analysis(slug: string): string;
}

export const SERVER_LINKS: PageLinks = { css: '/analyses/style.css', index: '/analyses', analysis: (slug) => `/analyses/${slug}` };

function metaLine(a: AnalysisSummary): string {
  const parts = [a.date, a.author ? `by ${a.author}` : '', a.series ? `series: ${a.series}` : ''].filter(Boolean);
  return `<p class="meta">${parts.map(escapeHtml).join(' · ')}</p>`;
}

/** The article an analysis publishes as: title, author, date, series, tags, its rendered body and, for print, its links as footnotes. */
export async function renderArticle(ledger: Ledger, analysis: Analysis, today: string): Promise<string> {
  const body = await renderAnalysisBody(ledger, analysis.bodyMd, today);
  return `<article>
<h1>${escapeHtml(analysis.title)}</h1>
${metaLine(analysis)}
${withLinkFootnotes(`${await renderTags(ledger, analysis.tags)}
${body}`)}
</article>`;
}

/** A whole page around server-made HTML; it loads no script. */
export function pageHtml(title: string, main: string, links: PageLinks): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="${escapeHtml(links.css)}"></head>
<body><header class="site"><a href="${escapeHtml(links.index)}">AirLedger analyses</a></header>
<main>${main}</main></body></html>`;
}

/** The list of published analyses. */
export function indexHtml(analyses: AnalysisSummary[], links: PageLinks): string {
  const items = analyses.map((a) => `<li><a href="${escapeHtml(links.analysis(a.slug))}">${escapeHtml(a.title)}</a>${metaLine(a)}</li>`);
  const list = items.length ? `<ol class="analyses">${items.join('\n')}</ol>` : '<p>No analysis is published yet.</p>';
  return pageHtml('AirLedger analyses', `<h1>Analyses</h1>\n${list}`, links);
}

/** GET /analyses, /analyses/style.css and /analyses/:slug: published analyses as HTML pages. */
export function analysisPages(w: Workbench): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/analyses', async (c) => c.html(indexHtml(await w.analyses.list(), SERVER_LINKS)));
  app.get('/analyses/style.css', (c) => c.body(ANALYSIS_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get('/analyses/:slug', async (c) => {
    const analysis = await w.analyses.get(c.req.param('slug'));
    if (!analysis || analysis.status !== 'published' || analysis.publishedHtml === null) {
      return problem(c, 404, 'not found', `no published analysis "${c.req.param('slug')}"`);
    }
    return c.html(pageHtml(analysis.title, analysis.publishedHtml, SERVER_LINKS));
  });
  return app;
}
