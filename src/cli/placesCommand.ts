import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { countryCodeOf } from '../places/countries.js';
import { parseGeonamesDump } from '../places/geonamesDump.js';
import type { Place, Resolution } from '../places/types.js';
import { formatRows, plural, type OutputFormat } from './format.js';
import { ledgerExists, ledgerSpec, numberOption, UsageError, withLedger, type Io } from './context.js';

type Resolver = (name: string, section: string) => Promise<Resolution>;

const describe = (p: Place) => `${p.name}, ${p.countryCode} (${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}) [${p.key}]`;

export function registerPlaces(program: Command, io: Io): void {
  const places = program.command('places').description('resolve place names, review the queue, add aliases and pins');

  places
    .command('resolve')
    .description('show which place a name resolves to')
    .argument('<name>')
    .option('--country <section>', 'the release section it was reported under, e.g. Syria')
    .option('--json', 'JSON output')
    .action(async (name: string, options: { country?: string; json?: boolean }, command: Command) => {
      // a folder with no ledger yet is not made one just to look a name up: the built-in gazetteer answers
      const resolveIn = ledgerExists(ledgerSpec(command))
        ? (fn: (resolve: Resolver) => Promise<void>) => withLedger(command, (ledger) => fn((n, c) => ledger.places.resolve(n, c)))
        : async (fn: (resolve: Resolver) => Promise<void>) => {
            const { Gazetteer, resolvePlace } = await import('../places/index.js');
            await fn(async (n, c) => resolvePlace(Gazetteer.builtIn(), n, { country: c }));
          };
      await resolveIn(async (resolve) => {
        const r = await resolve(name, options.country ?? '');
        if (options.json) {
          io.out(JSON.stringify(r, null, 2) + '\n');
        } else {
          io.out(`${name}${options.country ? ` (${options.country})` : ''} → ${r.place && r.status !== 'unresolved' ? describe(r.place) : 'no place'}\n`);
          io.out(`  status ${r.status}, confidence ${r.confidence.toFixed(2)}, by ${r.method}${r.matchedName ? ` on "${r.matchedName}"` : ''}` +
            `${r.countryMismatch ? ', lies outside the given country' : ''}\n`);
          const others = r.candidates.filter((c) => c.place.key !== r.place?.key);
          if (others.length) io.out(`  other candidates:\n${others.map((c) => `    ${describe(c.place)} score ${c.score.toFixed(2)}`).join('\n')}\n`);
        }
        if (r.status === 'unresolved') io.exitCode = 1;
      });
    });

  places
    .command('unresolved')
    .description('names in the ledger that need an editor: unresolved or low confidence')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (options: { format: OutputFormat }, command: Command) => {
      await withLedger(command, async (ledger) => {
        const queue = await ledger.places.reviewQueue();
        io.out(formatRows(queue, [
          { header: 'place_text', value: (q) => q.placeText },
          { header: 'country', value: (q) => q.country },
          { header: 'status', value: (q) => q.status },
          { header: 'records', value: (q) => q.records, right: true },
          { header: 'strikes', value: (q) => q.strikes, right: true },
          { header: 'first', value: (q) => q.firstDate },
          { header: 'last', value: (q) => q.lastDate },
          { header: 'best_guess', value: (q) => (q.current ? describe(q.current) : q.candidates[0] ? describe(q.candidates[0].place) : null) },
        ], options.format));
        if (options.format === 'table') io.out(`${plural(queue.length, 'name')} to review\n`);
      });
    });

  places
    .command('alias')
    .description('teach the ledger another name for a place')
    .command('add')
    .argument('<name>', 'the name as releases write it, e.g. "Barghooth"')
    .requiredOption('--to <place>', 'the place: a key (geonames:163808) or a name the gazetteer knows')
    .option('--country <country>', 'country to look the target name up in')
    .action(async (name: string, options: { to: string; country?: string }, command: Command) => {
      await withLedger(command, async (ledger) => {
        const gazetteer = await ledger.places.gazetteer();
        let target = gazetteer.get(options.to);
        if (!target) {
          const r = await ledger.places.resolve(options.to, options.country ?? '');
          if (r.status !== 'resolved' || !r.place) throw new UsageError(`--to: "${options.to}" is not a place key or a name that resolves with confidence; try "places resolve"`);
          target = r.place;
        }
        const changed = await ledger.places.addAlias(name, target.key);
        io.out(`"${name}" now means ${describe(target)}; ${plural(changed, 'record')} updated\n`);
      });
    });

  places
    .command('pin')
    .description('put a place the gazetteer lacks on the map')
    .argument('<name>')
    .requiredOption('--lat <deg>', 'latitude, decimal degrees')
    .requiredOption('--lon <deg>', 'longitude, decimal degrees')
    .requiredOption('--country <country>', 'country it lies in, e.g. Syria or SY')
    .action(async (name: string, options: { lat: string; lon: string; country: string }, command: Command) => {
      const lat = numberOption('--lat', options.lat, { min: -90, max: 90 })!;
      const lon = numberOption('--lon', options.lon, { min: -180, max: 180 })!;
      const code = countryCodeOf(options.country);
      if (!code) throw new UsageError(`--country: unknown country "${options.country}"`);
      await withLedger(command, async (ledger) => {
        const { place, changed } = await ledger.places.pin(name, lat, lon, code);
        io.out(`pinned ${describe(place)}; ${plural(changed, 'record')} updated\n`);
      });
    });

  places
    .command('import-geonames')
    .description('add a GeoNames country dump (e.g. SY.txt) with its alternate names to the gazetteer')
    .argument('<file>')
    .action(async (file: string, _options: unknown, command: Command) => {
      const text = await readFile(file, 'utf8').catch((error: Error) => {
        throw new UsageError(`${file}: cannot read: ${error.message}`);
      });
      const { entries, errors } = parseGeonamesDump(text, { sourceUri: file });
      for (const e of errors) io.err(`${file}:${e.line}: ${e.reason}\n`);
      await withLedger(command, async (ledger) => {
        await ledger.places.addGazetteerEntries(entries);
        io.out(`${plural(entries.length, 'place')} added from ${file}${errors.length ? `; ${plural(errors.length, 'row')} refused (listed above)` : ''}\n`);
      });
      if (errors.length) io.exitCode = 1;
    });
}
