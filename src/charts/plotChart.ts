import * as Plot from '@observablehq/plot';

/**
 * Draws a chart with Observable Plot as one image with a name. Plot labels each mark's `<g>` ("rect",
 * "x-axis tick"), an attribute ARIA forbids on an element without a role, and names nothing a reader
 * needs; the chart's text alternative is its name here and the summary and table written beside it.
 * Returns Plot's element: the `<svg>`, or a `<figure>` holding legends and the `<svg>`.
 */
export function plotChart(options: Plot.PlotOptions, label: string): SVGSVGElement | HTMLElement {
  const chart = Plot.plot({ ...options, ariaLabel: label });
  const svg = chartSvg(chart);
  if (svg) {
    svg.setAttribute('role', 'img');
    for (const el of Array.from(svg.querySelectorAll('[aria-label], [aria-description]'))) {
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    }
  }
  return chart;
}

/** The chart's own `<svg>`: the element itself, or the last one of Plot's figure (legends come first). */
export function chartSvg(chart: Element): SVGSVGElement | null {
  if (chart.tagName.toLowerCase() === 'svg') return chart as SVGSVGElement;
  const svgs = chart.querySelectorAll(':scope > svg');
  return (svgs[svgs.length - 1] as SVGSVGElement | undefined) ?? null;
}
