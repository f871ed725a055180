import { randomBytes } from 'node:crypto';
import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { claimDepsFor, type CheckDeps } from '../claims/index.js';
import type { Ledger } from '../store/index.js';
import { escapeHtml, placeHref } from './html.js';
import { LIVE_BLOCKS, renderLiveBlock, type LiveBlockKind } from './liveBlocks.js';

/** What the writer's own Markdown may become: text, links, lists, tables, images — never script, style or forms. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'h1', 'h2', 'img', 'del'],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], th: ['align'], td: ['align'], code: ['class'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
};

const isLive = (lang: string | undefined): lang is LiveBlockKind => (LIVE_BLOCKS as readonly string[]).includes(lang ?? '');

/**
 * Renders an analysis's Markdown to safe HTML. The writer's Markdown is sanitised first; live blocks
 * (```claim, ```chart, ```control) are then put in its place as HTML the server generated, so that the
 * charts' SVG never has to pass a sanitiser and nothing the writer typed can add markup of its own.
 */
export async function renderAnalysisBody(ledger: Ledger, markdown: string, today: string): Promise<string> {
  let deps: Promise<CheckDeps> | null = null;
  const ctx = { ledger, today, deps: () => (deps ??= claimDepsFor(ledger, today)) };
  // A marker the writer cannot guess, so that only our own blocks are replaced.
  const nonce = randomBytes(12).toString('hex');
  const marker = (i: number) => `airledgerblock${nonce}n${i}`;
  const blocks: Array<Promise<string>> = [];
  const marked = new Marked({
    gfm: true,
    renderer: {
      code(token: Tokens.Code) {
        const lang = token.lang?.trim().split(/\s+/)[0];
        if (!isLive(lang)) return false;
        blocks.push(renderLiveBlock(lang, token.text, ctx));
        return `<p>${marker(blocks.length - 1)}</p>\n`;
      },
    },
  });
  const userHtml = sanitizeHtml(await marked.parse(markdown), SANITIZE);
  const rendered = await Promise.all(blocks);
  return userHtml.replace(new RegExp(`<p>airledgerblock${nonce}n(\\d+)</p>`, 'g'), (_, i: string) => rendered[Number(i)] ?? '');
}

/** Tags as links: a tag that names a place in the ledger links to that place's page. */
export async function renderTags(ledger: Ledger, tags: string[]): Promise<string> {
  if (tags.length === 0) return '';
  const items = await Promise.all(tags.map(async (tag) => {
    const place = await ledger.knownPlace(tag);
    return place
      ? `<li><a class="tag tag-place" href="${escapeHtml(placeHref(place.name))}">${escapeHtml(tag)}</a></li>`
      : `<li><span class="tag">${escapeHtml(tag)}</span></li>`;
  }));
  return `<ul class="tags">${items.join('')}</ul>`;
}
