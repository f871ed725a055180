import { describe, expect, it } from 'vitest';
import { withLinkFootnotes } from './footnotes.js';

describe('withLinkFootnotes', () => {
  it('numbers each link and lists its address at the end, one number per address', () => {
    const html = withLinkFootnotes('<p>See <a href="https://example.org/a?x=1&amp;y=2">the release</a>, <a class="tag" href="/places/Tadmur">Tadmur</a> and <a href="https://example.org/a?x=1&amp;y=2">again</a>.</p>');
    expect(html).toContain('<a href="https://example.org/a?x=1&amp;y=2">the release</a><sup class="fn-ref">[1]</sup>');
    expect(html).toContain('<a class="tag" href="/places/Tadmur">Tadmur</a><sup class="fn-ref">[2]</sup>');
    expect(html).toContain('again</a><sup class="fn-ref">[1]</sup>');
    expect(html).toContain('<section class="footnotes"><h2>Links</h2><ol><li>https://example.org/a?x=1&amp;y=2</li><li>/places/Tadmur</li></ol></section>');
  });

  it('prints a check link readably, and escapes what decoding reveals', () => {
    const html = withLinkFootnotes('<a href="/check?sentence=On%2023%20May%20%3Cb%3E">badge</a>');
    expect(html).toContain('<li>/check?sentence=On 23 May &lt;b&gt;</li>');
  });

  it('leaves HTML without links as it is', () => {
    expect(withLinkFootnotes('<p>No link.</p>')).toBe('<p>No link.</p>');
  });
});
