import * as cheerio from 'cheerio';
import type { SourceLine } from './releaseText.js';
import { findCountPhrases } from './countPhrases.js';
import { findFullDate } from './dates.js';

const BODY_CANDIDATES = [
  'article', '[itemprop="articleBody"]', '.article-body', '.article-content', '.body-copy', '.field-body',
  '.body', '#content', '.content', 'main', 'body',
];
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'nav', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'template', 'select', 'figure', 'head']);
const SKIPPED_CLASS = /(?:^|[\s_-])(?:share|sharing|social|breadcrumbs?|related|nav|navbar|navigation|menu|sidebar|pagination|subscribe|newsletter|cookies?|footer|comments?|tags|print|skip)(?:$|[\s_-])/i;
const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'td', 'th', 'table', 'section',
  'article', 'header', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'hr', 'main', 'time', 'figcaption',
]);
const EMPHASIS_TAGS = new Set(['strong', 'b']);

/** True when the text looks like markup rather than plain release text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (!head.includes('<')) return false;
  return /^\s*(?:<!doctype\s+html|<html\b|<\?xml)|<(?:p|div|li|br|body|article|h[1-6])\b[^>]*>/i.test(head);
}

/** Offsets where each source line starts, to turn a character offset into a 1-based line. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The parts of a parsed DOM node this reader uses (cheerio's nodes, without naming its parser's package). */
interface DomNode {
  type: string;
  data?: string;
  startIndex: number | null;
  tagName?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

function skipped(el: DomNode): boolean {
  const tag = el.tagName ?? '';
  if (SKIPPED_TAGS.has(tag)) return true;
  const attribs = el.attribs ?? {};
  const label = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''} ${attribs['role'] ?? ''}`;
  return label.trim() !== '' && SKIPPED_CLASS.test(label);
}

interface Pending {
  parts: string[];
  offset: number | null;
  allEmphasis: boolean;
  heading: 'title' | 'heading' | undefined;
}

/** The text lines of one container: split at block elements and `<br>`, skipping navigation and the like. */
function readLines(root: DomNode, html: string, starts: readonly number[]): SourceLine[] {
  const lines: SourceLine[] = [];
  let pending: Pending = { parts: [], offset: null, allEmphasis: true, heading: undefined };
  const flush = (): void => {
    const text = pending.parts.join('').replace(/\s+/g, ' ').trim();
    if (text !== '' && pending.offset !== null) {
      const lineNo = lineAt(starts, pending.offset);
      // a paragraph that is all bold and short is a header ("<p><strong>Strikes in Syria</strong></p>")
      const short = text.length <= 60 && findCountPhrases(text).length === 0;
      const hint = pending.heading ?? (pending.allEmphasis && short ? 'heading' : undefined);
      lines.push(hint === undefined ? { lineNo, text } : { lineNo, text, hint });
    }
    pending = { parts: [], offset: null, allEmphasis: true, heading: undefined };
  };
  // an explicit stack, so deeply nested markup cannot overflow the call stack
  type Frame = { node: DomNode; emphasis: boolean; heading: Pending['heading'] } | 'flush';
  const stack: Frame[] = [{ node: root, emphasis: false, heading: undefined }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (frame === 'flush') {
      flush();
      continue;
    }
    const { node, emphasis, heading } = frame;
    if (node.type === 'text') {
      const data = node.data ?? '';
      if (data.trim() !== '') {
        if (pending.offset === null) {
          let i = node.startIndex ?? 0;
          while (i < html.length && /\s/.test(html.charAt(i))) i += 1;
          pending.offset = i;
        }
        pending.allEmphasis &&= emphasis;
        pending.heading ??= heading;
      }
      pending.parts.push(data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'tag' && skipped(node)) continue;
    const tag = node.tagName ?? '';
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push('flush');
    }
    const childHeading = tag === 'h1' ? 'title' : /^h[2-6]$/.test(tag) ? 'heading' : heading;
    const childEmphasis = emphasis || EMPHASIS_TAGS.has(tag);
    const children = node.children ?? [];
    for (let c = children.length - 1; c >= 0; c -= 1) {
      const child = children[c];
      if (child !== undefined) stack.push({ node: child, emphasis: childEmphasis, heading: childHeading });
    }
  }
  flush();
  return lines;
}

/**
 * Reads a release page: finds the article body (the first candidate container, `article` before
 * `main` before `body`, holding the most strike statements), then returns its text as lines split
 * at block elements and `<br>`, each numbered by the source line where its text starts. Navigation,
 * share links and footers are skipped. Also returns the page's headline and a date the page
 * carries in markup (`<time datetime>`), for when the body lacks them.
 */
export function htmlLines(html: string): { lines: SourceLine[]; pageTitle: string | null; pageDate: string | null } {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  const starts = lineStarts(html);
  let lines: SourceLine[] = [];
  let bestScore = -1;
  for (const selector of BODY_CANDIDATES) {
    for (const el of $(selector).toArray()) {
      const candidate = readLines(el as unknown as DomNode, html, starts);
      const score = candidate.reduce((n, line) => n + findCountPhrases(line.text).length, 0);
      if (score > bestScore) {
        lines = candidate;
        bestScore = score;
      }
    }
  }
  const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const pageTitle = clean($('h1').first().text()) || clean($('title').first().text()) || null;
  const stamp = $('time[datetime]').first().attr('datetime') ?? $('meta[property="article:published_time"]').attr('content') ?? '';
  const pageDate = findFullDate(stamp)?.day ?? findFullDate($('time, .date, .dateline, .published').first().text())?.day ?? null;
  return { lines, pageTitle, pageDate };
}
