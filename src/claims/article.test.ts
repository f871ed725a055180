import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from './article.js';

const page = readFileSync(new URL('../../test/fixtures/article-page-2015-10-22.html', import.meta.url), 'utf8');

describe('readArticle', () => {
  it("keeps the article's paragraphs and drops navigation, scripts, share links, related stories and the footer", () => {
    const article = readArticle(page);
    expect(article.title).toBe('U.S.-led coalition targets Islamic State with 22 air strikes');
    expect(article.text.split('\n\n')).toEqual([
      'WASHINGTON (Reuters) - The U.S.-led coalition fighting Islamic State targeted the militant group with 22 air strikes in Syria and Iraq on Wednesday, according to the Combined Joint Task Force leading the operation.',
      'In Iraq, 14 strikes near six cities hit several of the militants’ mortar and fighting positions as well as vehicles, bunkers and buildings, the task force said in the statement, released on Thursday.',
      'Eight strikes in Syria hit oil collection points and an Islamic State main petroleum station, among other targets, the statement said.',
    ]);
  });

  it("takes the page's own date from article:published_time, else <time datetime>, else a dateline", () => {
    expect(readArticle(page)).toMatchObject({ date: '2015-10-22', dateSource: "the page's article:published_time" });
    expect(readArticle('<article><time datetime="2017-02-21T10:00">Feb 21</time><p>Text.</p></article>')).toMatchObject({ date: '2017-02-21', dateSource: "the page's <time datetime>" });
    const dateline = readArticle('<body><article><p>SOUTHWEST ASIA, Feb. 21, 2017 — U.S. and coalition military forces continued to attack ISIS yesterday.</p></article></body>');
    expect(dateline).toMatchObject({ date: '2017-02-21', dateSource: 'the dateline "Feb. 21, 2017"' });
    expect(readArticle('<p>No date here.</p>').date).toBeNull();
  });
});
