import { Ledger } from '../src/store/index.js';
const l = await Ledger.open(process.argv[2]!);
await l.places.gazetteer();
const t0 = performance.now();
const s = await l.importSources([process.argv[3]!]);
console.log('pglite import', (performance.now()-t0).toFixed(0), 'ms', s.strikeRecords, Math.round(s.strikeRecords / ((performance.now()-t0)/1000)), 'lines/s');
await l.close();
