/**
 * Child of bench.ts: creates a ledger, imports a folder into it as the CLI does (bulk load allowed) and prints
 * one JSON line of figures: creating the empty ledger, the import into it (closing included), and peak RSS.
 */
import { Ledger } from '../src/store/index.js';

const [dir, db] = process.argv.slice(2);
const t0 = performance.now();
const ledger = await Ledger.open(db!);
const t1 = performance.now();
// 10,000 generated releases of consecutive days run past today: the date check would refuse the later ones.
const summary = await ledger.importSources([dir!], { bulkLoad: 'auto', allowDate: true });
await ledger.close();
const t2 = performance.now();
// maxRSS is in kilobytes on Linux.
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({
  records: summary.strikeRecords,
  createSeconds: (t1 - t0) / 1000,
  importSeconds: (t2 - t1) / 1000,
  maxRssMb,
  failed: summary.failed,
}));
