// A child process for the fault tests: `import DB CHUNK SOURCE…` imports the sources CHUNK files at a time
// (each chunk its own importSources call, so there are commits to be killed between), printing one JSON
// line per stored file and a final {"done":…}; `bulk-import` does the same with each chunk a bulk load
// (indexes set aside, loaded, rebuilt); `open DB` only opens (and migrates) the ledger.
import { Ledger } from '../../src/store/index.js';

const [command, spec, ...rest] = process.argv.slice(2);
const emit = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

const ledger = await Ledger.open(spec!);
emit({ ready: process.pid });
if (command === 'import' || command === 'bulk-import') {
  const chunk = Number(rest[0]);
  const sources = rest.slice(1);
  const statuses: Record<string, number> = {};
  for (let i = 0; i < sources.length; i += chunk) {
    const summary = await ledger.importSources(sources.slice(i, i + chunk), command === 'bulk-import' ? { bulkLoad: 'always' } : {});
    for (const file of summary.files) {
      statuses[file.status] = (statuses[file.status] ?? 0) + 1;
      emit({ file: file.uri, status: file.status, reason: file.reason });
    }
  }
  emit({ done: statuses });
}
await ledger.close();
