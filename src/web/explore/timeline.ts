import * as Plot from '@observablehq/plot';
import { longWindow, plotChart } from '../../charts/index.js';
import type { ControlPeriod, Day, Window } from '../types.js';
import { addDays, dayOf, daysBetween, dayTime, nextDay } from './model.js';

const SVG = 'http://www.w3.org/2000/svg';
const MARGIN = { left: 44, right: 16, top: 12, bottom: 28 };

export interface TimelineData {
  window: Window;
  days: Day[];
  dayStrikes: Float64Array;
  /** Spans without a release: drawn grey, they are unknown, not zero. */
  gaps: Window[];
  periods: ControlPeriod[];
}

/** Colours of who held a place, shared by the explore timeline and the place page. */
export const HOLDER_COLORS: Record<string, string> = {
  IS: '#3a3a3a', ISIL: '#3a3a3a', government: '#2c7fb8', 'Syrian government': '#2c7fb8', regime: '#2c7fb8',
  'Iraqi forces': '#1b9e77', SDF: '#e6a532', YPG: '#e6a532', 'Kurdish forces': '#e6a532',
  'Turkish-backed rebels': '#7570b3', opposition: '#41ab5d', rebels: '#41ab5d',
};

export function holderColor(holder: string): string {
  return HOLDER_COLORS[holder] ?? '#9e7cc1';
}

/**
 * Bars of strikes per day that stay visible at any zoom: a day's rect, and a rule of at least 1.5 px on
 * top, since over years a day is narrower than a pixel.
 */
export function strikeBars(bars: Array<{ day: Date; strikes: number }>): Plot.Markish[] {
  const noon = bars.map((b) => ({ x: new Date(b.day.getTime() + 43_200_000), strikes: b.strikes }));
  return [
    Plot.rectY(bars, { x: 'day', y: 'strikes', interval: 'day', fill: '#b3321f' }),
    Plot.ruleX(noon, { x: 'x', y: 'strikes', stroke: '#b3321f', strokeWidth: 1.5 }),
  ];
}

/** Control periods as bands of the chart: open periods run to the window's end. */
export function controlBands(periods: readonly ControlPeriod[], window: Window) {
  return periods
    .map((p) => ({ holder: p.holder, x1: new Date(dayTime(p.from < window.from ? window.from : p.from)), x2: new Date(dayTime(nextDay(p.to === null || p.to > window.to ? window.to : p.to))) }))
    .filter((b) => b.x1 < b.x2);
}

/** Days a keyboard step moves the brush: an arrow key one day, Page Up/Down a month. */
const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 30, PageDown: -30 };

/** The window a key makes of `brush` within `window`: move it, resize it (shift), put it at an end, or clear it; undefined for other keys. */
export function brushByKey(brush: Window | null, window: Window, key: string, shift: boolean): Window | null | undefined {
  if (key === 'Escape' || key === 'Delete' || key === 'Backspace') return null;
  const step = KEY_STEPS[key];
  if (step === undefined && key !== 'Home' && key !== 'End') return undefined;
  // with no brush, a key starts one over the first week of the chart
  if (!brush) return { from: window.from, to: minDay(addDays(window.from, 6), window.to) };
  const length = daysBetween(brush.from, brush.to);
  if (shift) {
    const to = key === 'Home' ? brush.from : key === 'End' ? window.to : addDays(brush.to, step!);
    return { from: brush.from, to: minDay(maxDay(to, brush.from), window.to) };
  }
  const from = key === 'Home' ? window.from : key === 'End' ? addDays(window.to, -length) : addDays(brush.from, step!);
  const clamped = minDay(maxDay(from, window.from), addDays(window.to, -length));
  return { from: clamped, to: addDays(clamped, length) };
}

let timelines = 0;
const minDay = (a: Day, b: Day) => (a < b ? a : b);
const maxDay = (a: Day, b: Day) => (a > b ? a : b);

/**
 * Daily strike bars with a brush: drag to pick a window, double-click to clear; from the keyboard the chart
 * is a slider whose arrows move the window and shift+arrows resize it. The chart is drawn once per payload;
 * a brush move only moves the selection, and reports the window to `onBrush`.
 */
export class Timeline {
  private svg: SVGSVGElement | null = null;
  private selection: SVGRectElement | null = null;
  private x: { apply(v: unknown): number; invert(px: number): unknown } | null = null;
  private window: Window | null = null;
  private brush: Window | null = null;
  private width = 800;
  private readonly area: HTMLDivElement;
  private readonly hint: HTMLParagraphElement;

  constructor(private readonly container: HTMLElement, private readonly onBrush: (window: Window | null) => void) {
    this.area = document.createElement('div');
    this.area.className = 'timeline-brush';
    this.area.tabIndex = 0;
    this.area.setAttribute('role', 'slider');
    this.area.setAttribute('aria-label', 'Window of the timeline');
    this.hint = document.createElement('p');
    this.hint.className = 'hint';
    this.hint.id = `timeline-keys-${++timelines}`;
    this.hint.textContent = 'Drag on the chart to pick a window, double-click to clear. From the keyboard: arrow keys move the window a day, Page Up and Page Down a month, Home and End to the ends; with Shift they move its last day; Escape shows the whole chart again.';
    this.area.setAttribute('aria-describedby', this.hint.id);
    this.area.addEventListener('keydown', (event) => {
      if (!this.window) return;
      const next = brushByKey(this.brush, this.window, event.key, event.shiftKey);
      if (next === undefined) return;
      event.preventDefault();
      if (next === this.brush || (next && this.brush && next.from === this.brush.from && next.to === this.brush.to)) return;
      this.brush = next;
      this.drawSelection();
      this.onBrush(next);
    });
  }

  /** The chart element, for SVG and PNG downloads. */
  get chart(): SVGSVGElement | null {
    return this.svg;
  }

  render(data: TimelineData): void {
    this.window = data.window;
    this.width = Math.max(320, this.container.clientWidth || 800);
    const bars = data.days.map((day, i) => ({ day: new Date(dayTime(day)), strikes: data.dayStrikes[i] ?? 0 }));
    const domain = [new Date(dayTime(data.window.from)), new Date(dayTime(nextDay(data.window.to)))];
    const gaps = data.gaps.map((g) => ({ x1: new Date(dayTime(g.from)), x2: new Date(dayTime(nextDay(g.to))) }));
    const bands = controlBands(data.periods, data.window);
    const chart = plotChart({
      width: this.width,
      height: 170,
      marginLeft: MARGIN.left,
      marginRight: MARGIN.right,
      marginTop: MARGIN.top,
      marginBottom: MARGIN.bottom,
      x: { type: 'utc', domain },
      y: { label: 'strikes/day', grid: true, nice: true },
      marks: [
        Plot.rect(gaps, { x1: 'x1', x2: 'x2', fill: '#000', fillOpacity: 0.06 }),
        Plot.rect(bands, { x1: 'x1', x2: 'x2', fill: (b: { holder: string }) => holderColor(b.holder), fillOpacity: 0.22, title: 'holder' }),
        ...strikeBars(bars),
        Plot.ruleY([0]),
      ],
    }, `Strikes per day, ${longWindow(data.window)}; grey: no release`) as SVGSVGElement & Plot.Plot;
    this.x = chart.scale('x') as unknown as { apply(v: unknown): number; invert(px: number): unknown };
    this.svg = chart;
    this.addBrush(chart, 170);
    const legend = document.createElement('div');
    legend.className = 'legend';
    for (const holder of [...new Set(bands.map((b) => b.holder))]) {
      const item = document.createElement('span');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = holderColor(holder);
      item.append(swatch, `held by ${holder}`);
      legend.append(item);
    }
    if (data.gaps.length) {
      const item = document.createElement('span');
      const swatch = document.createElement('span');
      swatch.className = 'swatch gap';
      item.append(swatch, 'no release (unknown, not zero)');
      legend.append(item);
    }
    this.area.replaceChildren(chart);
    this.container.replaceChildren(this.area, legend, this.hint);
    this.drawSelection();
  }

  /** Shows a window as the selection without reporting it. */
  setBrush(window: Window | null): void {
    this.brush = window;
    this.drawSelection();
  }

  private addBrush(svg: SVGSVGElement, height: number): void {
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('class', 'brush');
    const overlay = document.createElementNS(SVG, 'rect');
    overlay.setAttribute('x', String(MARGIN.left));
    overlay.setAttribute('y', String(MARGIN.top));
    overlay.setAttribute('width', String(this.width - MARGIN.left - MARGIN.right));
    overlay.setAttribute('height', String(height - MARGIN.top - MARGIN.bottom));
    overlay.setAttribute('fill', 'transparent');
    overlay.setAttribute('cursor', 'crosshair');
    const selection = document.createElementNS(SVG, 'rect');
    selection.setAttribute('class', 'selection');
    selection.setAttribute('y', String(MARGIN.top));
    selection.setAttribute('height', String(height - MARGIN.top - MARGIN.bottom));
    selection.setAttribute('fill', '#1f5f8b');
    selection.setAttribute('fill-opacity', '0.18');
    selection.setAttribute('stroke', '#1f5f8b');
    selection.setAttribute('pointer-events', 'none');
    g.append(overlay, selection);
    svg.append(g);
    this.selection = selection;

    let anchor: Day | null = null;
    const dayAt = (event: PointerEvent): Day => {
      const box = svg.getBoundingClientRect();
      const px = ((event.clientX - box.left) * this.width) / Math.max(box.width, 1);
      const clamped = Math.min(Math.max(px, MARGIN.left), this.width - MARGIN.right - 0.001);
      return dayOf(Math.floor((this.x!.invert(clamped) as Date).getTime() / 86_400_000) * 86_400_000);
    };
    overlay.addEventListener('pointerdown', (event) => {
      overlay.setPointerCapture(event.pointerId);
      anchor = dayAt(event);
    });
    overlay.addEventListener('pointermove', (event) => {
      if (anchor === null) return;
      const day = dayAt(event);
      const next = anchor <= day ? { from: anchor, to: day } : { from: day, to: anchor };
      if (this.brush && next.from === this.brush.from && next.to === this.brush.to) return;
      this.brush = next;
      this.drawSelection();
      this.onBrush(next);
    });
    const end = () => {
      anchor = null;
    };
    overlay.addEventListener('pointerup', end);
    overlay.addEventListener('pointercancel', end);
    overlay.addEventListener('dblclick', () => {
      this.brush = null;
      this.drawSelection();
      this.onBrush(null);
    });
  }

  private drawSelection(): void {
    if (this.window) {
      const w = this.brush ?? this.window;
      this.area.setAttribute('aria-valuemin', '0');
      this.area.setAttribute('aria-valuemax', String(daysBetween(this.window.from, this.window.to)));
      this.area.setAttribute('aria-valuenow', String(daysBetween(this.window.from, w.from)));
      this.area.setAttribute('aria-valuetext', `${this.brush ? '' : 'the whole chart, '}${longWindow(w)} (${daysBetween(w.from, w.to) + 1} days)`);
    }
    if (!this.selection || !this.x) return;
    if (!this.brush) {
      this.selection.setAttribute('width', '0');
      return;
    }
    const x1 = this.x.apply(new Date(dayTime(this.brush.from)));
    const x2 = this.x.apply(new Date(dayTime(nextDay(this.brush.to))));
    this.selection.setAttribute('x', String(x1));
    this.selection.setAttribute('width', String(Math.max(1, x2 - x1)));
  }
}
