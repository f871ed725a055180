import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.js';

const doc = `---
title: Palmyra
---
# Palmyra, 2015–2017

Palmyra changed hands four times. Between the fall of Palmyra on 20 May 2015 and its
re-conquest on 27 March 2016, OIR launched **eight** airstrikes in and around Palmyra.
The U.S. carried out 82 strikes in the second period.

\`\`\`
OIR launched 999 strikes in this code block.
\`\`\`

    An indented block with 5 strikes.

| year | strikes |
| 2016 | 82 strikes |

## 23 strikes in nine days

- In February 2017, [the coalition](https://example.org) conducted 23 strikes near Palmyra.
> Nearly half of them came in a single week.

<!-- 40 strikes in a comment -->
No numbers here, only analysis.
`;

describe('extractClaims', () => {
  it('keeps the sentences with a numeric strike claim, with the line each starts on', () => {
    expect(extractClaims(doc)).toEqual([
      { line: 6, sentence: 'Between the fall of Palmyra on 20 May 2015 and its re-conquest on 27 March 2016, OIR launched eight airstrikes in and around Palmyra.' },
      { line: 8, sentence: 'The U.S. carried out 82 strikes in the second period.' },
      { line: 19, sentence: '23 strikes in nine days' },
      { line: 21, sentence: 'In February 2017, the coalition conducted 23 strikes near Palmyra.' },
      { line: 22, sentence: 'Nearly half of them came in a single week.' },
    ]);
  });

  it('skips code, tables, comments and headings without a number', () => {
    const sentences = extractClaims(doc).map((c) => c.sentence).join('\n');
    expect(sentences).not.toContain('999');
    expect(sentences).not.toContain('indented');
    expect(sentences).not.toContain('2016 |');
    expect(sentences).not.toContain('40 strikes');
  });
});
