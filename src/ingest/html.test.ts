import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineAccounting } from './accounting.js';
import { parseRelease } from './index.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('HTML release pages', () => {
  describe('a page with the strikes in <li> elements', () => {
    const html = fixture('release-html-li.html');
    const release = parseRelease(html, { sourceUri: 'https://example.mil/release.html' });

    it('is detected as HTML without being told', () => {
      expect(release.format).toBe('html');
    });

    it('reads the strikes from the article body, numbered by the source line where the text starts', () => {
      expect(release.strikes.map((s) => `${s.lineNo} ${s.country} ${s.placeText} ${s.strikes}`)).toEqual([
        '24 Syria Tadmur 1', '25 Syria Kobani 3', '30 Iraq Mosul 2', '30 Iraq Ramadi 1',
      ]);
      const lines = html.split('\n');
      expect(lines[23]).toContain('Near Tadmur');
      expect(lines[29]).toContain('Near Ramadi');
    });

    it('decodes entities and joins an element wrapped over two source lines', () => {
      expect(release.strikes[1]?.effects).toBe('struck two ISIL tactical units and destroyed an ISIL fighting position');
      expect(release.strikes[2]?.rawLine).toBe('Near Mosul, two airstrikes destroyed an ISIL vehicle & an ISIL bunker.');
    });

    it('takes the headline and the dateline from the body, and <h3> headers as sections', () => {
      expect(release.title).toBe('Military airstrikes continue against ISIL terrorists in Syria and Iraq');
      expect(release.reportDate).toBe('2015-05-23');
      expect(release.structural).toContainEqual({ lineNo: 22, kind: 'section' });
      expect(release.structural).toContainEqual({ lineNo: 28, kind: 'section' });
    });

    it('ignores navigation, share links and the footer, and reports odd lines inside the body', () => {
      expect(release.strikes.some((s) => s.placeText === 'Kirkuk')).toBe(false);
      expect(release.unparsed).toEqual([
        { lineNo: 31, rawLine: 'Near Sinjar, airstrike destroyed an ISIL building.', reason: 'no strike count in "Near Sinjar, airstrike destroyed an ISIL building."' },
      ]);
    });

    it('accounts for every source line, lines outside the body as markup', () => {
      expect(release.lineCount).toBe(html.split('\n').length - 1);
      expect(lineAccounting(release).missing).toEqual([]);
      expect(release.structural).toContainEqual({ lineNo: 1, kind: 'markup' });
    });
  });

  describe('a page with <p> paragraphs split by <br>', () => {
    const release = parseRelease(fixture('release-html-p-br.html'), { sourceUri: 'page.html', format: 'html' });

    it('reads each <br>-separated line, and bold paragraphs as section headers', () => {
      expect(release.strikes.map((s) => `${s.lineNo} ${s.country} ${s.placeText} ${s.strikes}`)).toEqual([
        '8 Syria Raqqah 4', '9 Syria Al Bab 1', '9 Syria Manbij 2', '12 Iraq Mosul 5',
      ]);
    });

    it('falls back to the page headline and <time datetime> when the body has neither', () => {
      expect(release.title).toBe('Coalition strikes continue against ISIS in Syria and Iraq');
      expect(release.reportDate).toBe('2016-12-03');
      expect(release.strikes[0]?.date).toBe('2016-12-03');
    });

    it('reports a body paragraph that is no strike statement', () => {
      expect(release.unparsed.map((u) => [u.lineNo, u.reason])).toEqual([[13, 'not a strike statement: "Hello from the editor."']]);
      expect(lineAccounting(release).missing).toEqual([]);
    });
  });

  it('reads a bare fragment of markup too', () => {
    const release = parseRelease('<p>May 23, 2015</p>\n<p>Syria</p>\n<ul><li>Near Kobani, one strike destroyed a tank.</li></ul>', { sourceUri: 'f.html' });
    expect(release.format).toBe('html');
    expect(release.strikes.map((s) => [s.lineNo, s.country, s.placeText])).toEqual([[3, 'Syria', 'Kobani']]);
  });
});
