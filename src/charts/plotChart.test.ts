import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartSvg, plotChart } from './plotChart.js';

const document = () => parseHTML('<html><body></body></html>').document as unknown as Document;
const data = [{ x: 'IS', y: 2 }, { x: 'government', y: 3 }];

describe('plotChart', () => {
  it('draws one named image, with none of the per-mark labels ARIA forbids on a bare <g>', () => {
    const bare = Plot.plot({ document: document(), marks: [Plot.barY(data, { x: 'x', y: 'y' }), Plot.ruleY([0])] });
    expect(bare.querySelectorAll('g[aria-label]').length).toBeGreaterThan(0);
    const chart = plotChart({ document: document(), marks: [Plot.barY(data, { x: 'x', y: 'y' }), Plot.ruleY([0])] }, 'Strikes per day');
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBe('Strikes per day');
    expect(chart.querySelectorAll('[aria-label], [aria-description]').length).toBe(0);
  });

  it('names the chart inside the figure Plot makes for a legend', () => {
    const chart = plotChart({ document: document(), color: { type: 'ordinal', legend: true }, marks: [Plot.barY(data, { x: 'x', y: 'y', fill: 'x' })] }, 'Who held it');
    expect(chart.tagName.toLowerCase()).toBe('figure');
    const svg = chartSvg(chart)!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Who held it');
    expect(svg.querySelectorAll('[aria-label]').length).toBe(0);
  });
});
