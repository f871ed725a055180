import pg from 'pg';
import { openDatabase } from '../src/store/db.js';
import { migrate } from '../src/store/migrations.js';
const url = new URL('postgres://postgres@127.0.0.1:5432/test');
const schema = `p_${process.pid}`;
const admin = new pg.Client({ connectionString: url.toString() }); await admin.connect(); await admin.query(`CREATE SCHEMA ${schema}`);
url.searchParams.set('options', `-c search_path=${schema}`);
const db = await openDatabase(url.toString()); await migrate(db);
await db.query(`INSERT INTO releases (issuer, report_date, source_uri, content_hash, format, line_count) VALUES ('x','2015-01-01','u','h','text',1)`);
await db.query(`INSERT INTO places (key,name,country_code,lat,lon,source) VALUES ('k','n','SY',1,1,'curated')`);
await db.query(`INSERT INTO place_mentions (place_text, section, place_id, status, confidence) VALUES ('Tadmur','Syria',1,'resolved',1)`);
const cols = ['release_id','date','mention_id','relation','strikes','effects','targets','line_no','raw_line'].map((name, i) => ({ name, type: (['bigint','date','integer','text','integer','text','jsonb','integer','text'] as const)[i]! }));
const N = 20000;
for (let b = 0; b < 5; b++) {
  const rows = Array.from({ length: N }, (_, i) => [1, '2015-01-01', 1, 'near', 2, 'struck an ISIL tactical unit and destroyed an ISIL fighting position', JSON.stringify([{ effect: 'struck', count: 1, target: 'tactical unit' }]), i, '- Near Tadmur, two airstrikes struck an ISIL tactical unit and destroyed an ISIL fighting position.']);
  const t0 = performance.now();
  await db.transaction((tx) => tx.insertRows('strike_records', cols, rows));
  console.log('batch', b, Math.round(N / ((performance.now() - t0) / 1000)), 'rows/s');
}
await db.close(); await admin.query(`DROP SCHEMA ${schema} CASCADE`); await admin.end();
