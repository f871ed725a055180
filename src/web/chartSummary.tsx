import { useState } from 'preact/hooks';
import type { ChartText } from '../charts/index.js';

/**
 * A chart's text for every reader: its summary as a sentence, and "Show as table" with the same numbers.
 * The table's rows are drawn only once it is opened (a whole record has thousands of days).
 */
export function ChartSummary({ text }: { text: ChartText | null }) {
  const [open, setOpen] = useState(false);
  if (!text) return null;
  return (
    <div class="chart-text">
      <p class="chart-summary" data-testid="chart-summary">{text.summary}</p>
      <details class="chart-table" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Show as table</summary>
        {open ? (
          <div class="chart-table-scroll" tabIndex={0} role="region" aria-label={`Table: ${text.summary}`}>
            <table>
              <caption>{text.summary}</caption>
              <thead><tr>{text.columns.map((c) => <th scope="col">{c}</th>)}</tr></thead>
              <tbody>{text.rows.map((row) => <tr>{row.map((cell, i) => <td class={i > 0 && /^\d/.test(cell) ? 'num' : undefined}>{cell}</td>)}</tr>)}</tbody>
            </table>
          </div>
        ) : null}
      </details>
    </div>
  );
}
