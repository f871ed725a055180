import type { StrikeRecord } from '../types.js';

const ROW_HEIGHT = 30;

// how the strike day was known, as the date cell's tooltip says it (a * marks a day the release does not give)
const DATE_BASIS: Record<StrikeRecord['dateBasis'], string> = {
  stated: 'the release names this day',
  yesterday: 'the release says "yesterday"',
  weekday: 'the release names the weekday',
  period: '* the last day of the period the release gives; the day itself is not known',
  assumed: 'the release gives no day for its strikes: its own day is assumed',
};
const PAGE = 100;

/**
 * The records of the window as a virtual table: only the rows in view exist in the DOM. Rows come from a
 * cache by their offset in the payload's ordering; missing pages are fetched and drawn when they arrive.
 * The scrolling body takes focus, so the arrow keys, Page Up/Down, Home and End scroll it.
 */
export class RecordTable {
  private readonly viewport: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private readonly rows: HTMLDivElement;
  private readonly cache = new Map<number, StrikeRecord>();
  private readonly pending = new Set<number>();
  private offset = 0;
  private count = 0;
  private generation = 0;

  constructor(container: HTMLElement, private readonly fetchPage: (offset: number, limit: number) => Promise<StrikeRecord[]>) {
    const header = document.createElement('div');
    header.className = 'record-row record-head';
    header.setAttribute('role', 'row');
    header.setAttribute('aria-rowindex', '1');
    for (const title of ['Strike day', 'Reported', 'Place as written → place', 'Strikes', 'Targets', 'Source', 'Line']) {
      const cell = document.createElement('span');
      cell.setAttribute('role', 'columnheader');
      cell.textContent = title;
      header.append(cell);
    }
    this.viewport = document.createElement('div');
    this.viewport.className = 'record-viewport';
    this.viewport.tabIndex = 0;
    this.viewport.setAttribute('role', 'rowgroup');
    this.viewport.setAttribute('aria-label', 'Records of the window; scroll with the arrow keys, Page Up and Page Down');
    this.spacer = document.createElement('div');
    this.spacer.className = 'record-spacer';
    this.rows = document.createElement('div');
    this.rows.className = 'record-rows';
    this.spacer.append(this.rows);
    this.viewport.append(this.spacer);
    container.setAttribute('role', 'table');
    container.setAttribute('aria-label', 'Strike records');
    container.replaceChildren(header, this.viewport);
    this.viewport.addEventListener('scroll', () => this.draw(), { passive: true });
  }

  /** Forgets every row (a new payload) and keeps the first ones it brought. */
  reset(first: StrikeRecord[]): void {
    this.cache.clear();
    this.pending.clear();
    this.generation++;
    first.forEach((record, i) => this.cache.set(i, record));
  }

  /** Shows records [offset, offset + count) from the top. */
  setRange(offset: number, count: number): void {
    this.offset = offset;
    this.count = count;
    this.spacer.style.height = `${count * ROW_HEIGHT}px`;
    this.viewport.parentElement?.setAttribute('aria-rowcount', String(count + 1));
    this.viewport.scrollTop = 0;
    this.draw();
  }

  /** Rows drawn with their data (not placeholders), for tests. */
  drawnRecords(): number {
    return this.rows.querySelectorAll('.record-row:not(.loading)').length;
  }

  private draw(): void {
    const top = this.viewport.scrollTop;
    const height = this.viewport.clientHeight || 400;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - 5);
    const last = Math.min(this.count, Math.ceil((top + height) / ROW_HEIGHT) + 5);
    const fragment = document.createDocumentFragment();
    let missing = -1;
    for (let i = first; i < last; i++) {
      const index = this.offset + i;
      const record = this.cache.get(index);
      if (!record && missing < 0) missing = index;
      fragment.append(this.row(record, i));
    }
    this.rows.replaceChildren(fragment);
    if (missing >= 0) this.load(missing);
    if (last - 1 >= 0 && !this.cache.has(this.offset + last - 1)) this.load(this.offset + last - 1);
  }

  private load(index: number): void {
    const page = Math.floor(index / PAGE);
    if (this.pending.has(page)) return;
    this.pending.add(page);
    const generation = this.generation;
    this.fetchPage(page * PAGE, PAGE).then(
      (records) => {
        if (generation !== this.generation) return;
        records.forEach((record, i) => this.cache.set(page * PAGE + i, record));
        this.pending.delete(page);
        this.draw();
      },
      () => this.pending.delete(page),
    );
  }

  private row(record: StrikeRecord | undefined, i: number): HTMLDivElement {
    const row = document.createElement('div');
    row.className = record ? 'record-row' : 'record-row loading';
    row.setAttribute('role', 'row');
    row.setAttribute('aria-rowindex', String(i + 2));
    row.style.top = `${i * ROW_HEIGHT}px`;
    if (!record) {
      const cell = document.createElement('span');
      cell.setAttribute('role', 'cell');
      cell.textContent = 'loading…';
      row.append(cell);
      return row;
    }
    const place = record.place && record.place !== record.placeText ? `${record.placeText} → ${record.place}` : record.placeText;
    const targets = record.targets.map((t) => `${t.count ?? 1} ${t.target}`).join(', ');
    const cells: Array<[string, string]> = [
      [record.date + (record.dateBasis === 'period' ? '*' : ''), 'date'],
      [record.reportedOn, 'reported'],
      [place + (record.resolution === 'resolved' ? '' : ` (${record.resolution})`), 'place'],
      [String(record.strikes), 'num'],
      [targets, 'targets'],
      [record.source.split('/').slice(-2).join('/'), 'source'],
      [record.rawLine, 'line'],
    ];
    for (const [text, kind] of cells) {
      const cell = document.createElement('span');
      cell.setAttribute('role', 'cell');
      cell.className = kind;
      cell.textContent = text;
      if (kind === 'source') cell.title = record.source;
      if (kind === 'date') cell.title = DATE_BASIS[record.dateBasis];
      if (kind === 'line' || kind === 'targets') cell.title = text;
      row.append(cell);
    }
    return row;
  }
}
