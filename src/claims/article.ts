import * as cheerio from 'cheerio';
import { isDay, type Day } from '../analysis/index.js';
import { dateWindow, findDates } from './dates.js';

/** A web page read as an article: its headline, its body as paragraphs, and the day it was published. */
export interface Article {
  title: string | null;
  /** The body's paragraphs, one per line, separated by blank lines (Markdown-like, for `checkDocument`). */
  text: string;
  date: Day | null;
  /** Where the date came from: "meta article:published_time", "<time datetime>", "the dateline", … */
  dateSource: string | null;
}

const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, button, svg, iframe, figure, select, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
const CHROME_CLASS = /(?:^|[\s_-])(?:share|byline|sharing|social|related|nav|navbar|navigation|menu|sidebar|breadcrumbs?|footer|header|masthead|comments?|subscribe|newsletter|cookies?|promo|advert|ads?|banner|tags|byline-tools|print|skip|popup|modal)(?:$|[\s_-])/i;
const META_DATES: Array<[string, string]> = [
  ['meta[property="article:published_time"]', 'the page\'s article:published_time'],
  ['meta[name="article:published_time"]', 'the page\'s article:published_time'],
  ['meta[itemprop="datePublished"]', 'the page\'s datePublished'],
  ['meta[name="date"], meta[name="pubdate"], meta[name="publishdate"], meta[name="publish-date"], meta[name="dc.date"], meta[name="DC.date.issued"], meta[name="dcterms.created"], meta[name="sailthru.date"], meta[name="parsely-pub-date"], meta[property="og:published_time"]', 'the page\'s date meta tag'],
];
// "SOUTHWEST ASIA, Feb. 21, 2017 —", "WASHINGTON, Oct. 22, 2015 (Reuters) -", "Press Release | Dec. 27, 2015".
const DATELINE_WINDOW = 400;

/**
 * Reads an HTML page as an article: the body is the `<article>` (else `[itemprop=articleBody]`, `<main>`,
 * `<body>`) holding the most paragraph text, without scripts, navigation, headers, footers, share links and
 * other chrome; headings below the headline and list items stay. The publication day is the page's own:
 * `article:published_time` and like meta tags, JSON-LD `datePublished`, a `<time datetime>`, then a dateline
 * at the top of the body. Null date when none is found: the caller says so.
 */
export function readArticle(html: string): Article {
  const $ = cheerio.load(html);
  const title = clean($('h1').first().text()) || clean($('title').first().text()) || null;
  const dated = pageDate($);
  $(CHROME).remove();
  $('[class], [id]').each((_, el) => {
    const label = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
    if (CHROME_CLASS.test(label) && !/\barticle|story|content|body\b/i.test(label)) $(el).remove();
  });
  let best: string[] = [];
  for (const selector of ['article', '[itemprop="articleBody"]', 'main', '[role="main"]', 'body']) {
    for (const el of $(selector).toArray()) {
      const blocks = $(el).find('p, h2, h3, h4, li, blockquote, pre').toArray()
        .filter((b) => $(b).parents('p, li, blockquote').length === 0)
        .map((b) => clean($(b).text()))
        .filter((t) => t !== '');
      if (length(blocks) > length(best)) best = blocks;
    }
    if (best.length > 0 && selector !== 'body') break;
  }
  if (best.length === 0) best = clean($('body').text()) ? [clean($('body').text())] : [];
  const body = best.join('\n\n');
  const date = dated ?? dateline(body);
  return { title, text: body, date: date?.day ?? null, dateSource: date?.source ?? null };
}

function pageDate($: cheerio.CheerioAPI): { day: Day; source: string } | null {
  for (const [selector, source] of META_DATES) {
    const day = isoDay($(selector).first().attr('content') ?? '');
    if (day) return { day, source };
  }
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec($(el).text());
    const day = match ? isoDay(match[1]!) : null;
    if (day) return { day, source: 'the page\'s JSON-LD datePublished' };
  }
  const time = $('article time[datetime], main time[datetime], time[datetime]').first().attr('datetime') ?? '';
  const day = isoDay(time);
  return day ? { day, source: 'the page\'s <time datetime>' } : null;
}

function dateline(body: string): { day: Day; source: string } | null {
  const head = body.slice(0, DATELINE_WINDOW);
  const lower = head.toLowerCase();
  for (const d of findDates(lower)) {
    if (d.expr.kind !== 'day' || d.expr.year === null) continue;
    const w = dateWindow(d.expr);
    if (w.ok) return { day: w.window.from, source: `the dateline "${head.slice(d.start, d.end)}"` };
  }
  return null;
}

function isoDay(s: string): Day | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(s);
  return m && isDay(m[1]!) ? m[1]! : null;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function length(blocks: string[]): number {
  return blocks.reduce((n, b) => n + b.length, 0);
}
