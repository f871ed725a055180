/** Child of bench.ts: imports a folder into a fresh on-disk PGlite ledger and prints one JSON line of figures. */
import { Ledger } from '../src/store/index.js';

const [dir, db] = process.argv.slice(2);
const t0 = performance.now();
const ledger = await Ledger.open(db!);
const summary = await ledger.importSources([dir!]);
await ledger.close();
const seconds = (performance.now() - t0) / 1000;
// maxRSS is in kilobytes on Linux.
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ records: summary.strikeRecords, seconds, maxRssMb, failed: summary.failed }));
