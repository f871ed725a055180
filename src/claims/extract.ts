import { findAnchors } from './quantities.js';

/** A sentence of a document that makes a numeric claim about strikes, with the line it starts on (1-based). */
export interface ExtractedClaim {
  line: number;
  sentence: string;
}

/** A sentence of a document, and whether it makes a numeric claim about strikes (or another unit). */
export interface DocumentSentence extends ExtractedClaim {
  claim: boolean;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:u\.s|u\.k|u\.n|e\.g|i\.e|etc|approx|no|nos|st|mr|mrs|dr|gen|lt|col|maj|vs|cf|fig|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b[a-z])\.$/i;

/**
 * Splits a Markdown document into sentences and keeps those that claim a number of strikes (or of another
 * unit, to refuse them), a share of them or a streak. Fenced and indented code, tables, HTML comments, front matter and headings without
 * a number are skipped; list markers, quotes, emphasis, inline code and links are reduced to their text.
 * A sentence may run over several lines of a paragraph; its line is the one it starts on.
 */
export function extractClaims(markdown: string): ExtractedClaim[] {
  return extractSentences(markdown).filter((s) => s.claim).map(({ line, sentence }) => ({ line, sentence }));
}

/** Every sentence of a Markdown document in order, as `extractClaims` splits them, each marked claim or not. */
export function extractSentences(markdown: string): DocumentSentence[] {
  const lines = markdown.split(/\r?\n/);
  const out: DocumentSentence[] = [];
  let paragraph: Array<{ line: number; text: string }> = [];
  let fence: string | null = null;
  let inComment = false;
  let frontMatter = lines[0]?.trim() === '---';

  const flush = () => {
    for (const s of sentences(paragraph)) out.push({ ...s, claim: findAnchors(s.sentence.toLowerCase()).length > 0 });
    paragraph = [];
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (frontMatter) {
      if (i > 0 && /^(---|\.\.\.)\s*$/.test(raw)) frontMatter = false;
      return;
    }
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1]!;
      return;
    }
    if (inComment || /^\s*<!--/.test(raw)) {
      inComment = !/-->/.test(raw);
      flush();
      return;
    }
    if (raw.trim() === '' || /^\s*\|/.test(raw) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) return flush();
    if (/^( {4}|\t)/.test(raw) && paragraph.length === 0) return;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      flush();
      paragraph = [{ line, text: inline(heading[1]!) }];
      return flush();
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    const quote = /^\s*>\s?(.*)$/.exec(raw);
    if (item) flush();
    const text = inline((item?.[1] ?? quote?.[1] ?? raw).trim());
    paragraph.push({ line, text });
  });
  flush();
  return out;
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/<[^>]+>/g, '');
}

function sentences(paragraph: Array<{ line: number; text: string }>): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  let current = '';
  let startLine = paragraph[0]?.line ?? 0;
  for (const { line, text } of paragraph) {
    const words = text.split(/\s+/).filter(Boolean);
    for (const word of words) {
      if (current === '') startLine = line;
      current = current ? `${current} ${word}` : word;
      if (/[.!?]["')\]]*$/.test(word) && !ABBREVIATIONS.test(word.replace(/["')\]]+$/, ''))) {
        out.push({ line: startLine, sentence: current });
        current = '';
      }
    }
  }
  if (current) out.push({ line: startLine, sentence: current });
  return out;
}
