import { ImportPanel } from './importPanel.js';
import { navigate } from './router.js';

/**
 * The public record of 2014–2016: the strike lines of the coalition's daily releases as the public scraper
 * (github.com/kevinschaul/uscentcom-isil-airstrikes-scraper) collected them, one release a day.
 */
export const SCRAPER_CSV_URL = 'https://raw.githubusercontent.com/kevinschaul/uscentcom-isil-airstrikes-scraper/master/data/all.csv';

/** The first screen of an empty ledger: where the public record comes from, then the import panel. */
export function FirstStart() {
  return (
    <section class="first-start">
      <h1>An empty ledger</h1>
      <p>Import releases to begin. The public record comes three ways:</p>
      <ul>
        <li>
          <strong>2014–2016, by URL:</strong> the public scraper's CSV of the coalition's daily releases (one release a day),{' '}
          <code>{SCRAPER_CSV_URL}</code>. The button below imports it (an editor's login and a connection to GitHub are needed).
        </li>
        <li>
          <strong>Later years:</strong> a list of release URLs, one a line, in the URL box below; each page is fetched and read in turn.
          From a terminal, <code>npx airledger import URL…</code> takes them too.
        </li>
        <li>
          <strong>Offline:</strong> a folder of release files (text, HTML or CSV): choose the folder below, or run{' '}
          <code>npx airledger import path/to/releases</code>.
        </li>
      </ul>
      <ImportPanel onDone={() => navigate('/explore')} presets={[{ label: 'Import the public record, 2014–2016 (scraper CSV)', urls: [SCRAPER_CSV_URL] }]} />
    </section>
  );
}
