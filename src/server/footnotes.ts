import { escapeHtml } from './html.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function readable(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/**
 * Numbers every link of server-made HTML and lists their addresses at the end, so that a printed page
 * keeps its sources: the marks and the list show only in print (the stylesheet's `.fn-ref`, `.footnotes`).
 * One address gets one number however often it is linked. HTML without a link comes back unchanged.
 */
export function withLinkFootnotes(html: string): string {
  const numbers = new Map<string, number>();
  const marked = html.replace(/(<a\s[^>]*?href="([^"]*)"[^>]*>)([\s\S]*?)<\/a>/g, (_, open: string, href: string, text: string) => {
    const address = unescapeAttribute(href);
    let n = numbers.get(address);
    if (n === undefined) numbers.set(address, (n = numbers.size + 1));
    return `${open}${text}</a><sup class="fn-ref">[${n}]</sup>`;
  });
  if (numbers.size === 0) return html;
  const items = [...numbers.keys()].map((address) => `<li>${escapeHtml(readable(address))}</li>`);
  return `${marked}\n<section class="footnotes"><h2>Links</h2><ol>${items.join('')}</ol></section>`;
}
