/** The OpenAPI 3.1 document of every /api route, written by hand; openapi.test.ts checks it against the app's routes. */

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const problemRef = (description: string) => json(ref('Problem'), description);
const body = (schema: Json) => ({ required: true, content: { 'application/json': { schema } } });
const obj = (properties: Json, required: string[] = Object.keys(properties)) => ({ type: 'object', properties, required });
const str = { type: 'string' };
const int = { type: 'integer' };
const num = { type: 'number' };
/** Sums of strikes are 64-bit in the ledger and JSON numbers here, exact to 2^53 (lines held for review are in none). */
const strikeTotal = { type: 'integer', format: 'int64', description: 'a sum of strikes, summed as a 64-bit integer: exact up to 2^53' };
const day = { type: 'string', format: 'date', description: 'ISO day, YYYY-MM-DD' };
const q = (name: string, schema: Json, description: string, required = false) => ({ name, in: 'query', required, description, schema });
const slugParam = { name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } };

/** The answers every write can give besides its own. */
const writeErrors = {
  400: problemRef('the body is not what the route expects'),
  401: problemRef('not logged in'),
  403: problemRef('CSRF token missing or wrong, or the role is too low'),
  415: problemRef('the body is not JSON'),
};

const editorWrite = { 'x-roles': ['editor', 'admin'], security: [{ session: [], csrf: [] }] };
const publicRead = { 'x-roles': ['public', 'viewer', 'editor', 'admin'], description: 'Anyone may read, unless the instance is private (then 401 without a login).' };

const strikeFilters = [
  q('from', day, 'first day, inclusive'),
  q('to', day, 'last day, inclusive'),
  q('country', str, 'where the place lies: "Syria" or "SY"'),
  q('near', str, 'a place under any of its names'),
  q('radius_km', num, 'with near: every place within this many km'),
  q('dated_by', { enum: ['strike', 'reported'], default: 'strike' }, 'count each record on the day its strikes happened (strike) or the day its release was issued (reported); from/to bound that day, coverage and series follow it, and the answer names it (datedBy)'),
];

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'AirLedger',
      version: '0.1.0',
      description:
        'Declared air strikes as an exact, checkable ledger. Writes (POST/PUT/PATCH/DELETE) need the X-CSRF-Token header ' +
        'holding the csrfToken of GET /api/me (403 otherwise), then a member with the role named in x-roles ' +
        '(401 when not logged in, 403 when the role is too low). Errors are {error, detail}.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'airledger_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
      schemas: {
        Problem: obj({ error: str, detail: str }),
        User: obj({ email: str, role: { enum: ['viewer', 'editor', 'admin'] } }),
        Place: obj({ key: str, name: str, countryCode: str, lat: num, lon: num, population: int, featureCode: str, source: str }),
        StrikeRecord: obj({
          id: int, date: day, country: str, placeText: str, place: { type: ['string', 'null'] }, placeKey: { type: ['string', 'null'] },
          lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] }, strikes: int, effects: str, targets: { type: 'array' },
          resolution: { enum: ['resolved', 'review', 'unresolved'] }, countryMismatch: { type: 'boolean' }, source: str, rawLine: str,
        }),
        ImportSummary: obj({
          files: { type: 'array', items: obj({ uri: str, status: { enum: ['imported', 'replaced', 'duplicate', 'conflict', 'failed', 'skipped'] }, releasesImported: int, strikeRecords: int, strikeLines: int, reason: str }, ['uri', 'status']) },
          releasesImported: int, strikeRecords: int, strikeLines: int,
          unparsedLines: { type: 'array', items: obj({ uri: str, lineNo: int, text: str, reason: str }, ['uri', 'lineNo', 'reason']) },
          heldLines: { type: 'array', description: 'lines held for review (GET /api/review/counts)', items: obj({ uri: str, lineNo: int, placeText: str, strikes: int }) },
          needReview: { type: 'array', items: obj({ placeText: str, country: str, status: str, records: int }) },
          countryMismatches: { type: 'array', items: obj({ placeText: str, country: str, placeCountry: str, records: int }) },
          failed: int,
          summaryText: { type: 'string', description: 'the summary as `npx airledger import` prints it' },
        }),
        ImportProgress: obj({ done: int, total: int, uri: str }),
        ReviewItem: obj({
          placeText: str, country: str, status: { enum: ['review', 'unresolved'] }, records: int, strikes: int, firstDate: day, lastDate: day,
          current: { oneOf: [ref('Place'), { type: 'null' }] },
          candidates: { type: 'array', items: obj({ place: ref('Place'), score: num, matchedName: str }) },
        }),
        HeldCount: obj({
          id: int, date: day, country: str, placeText: str, place: { type: ['string', 'null'] }, strikes: int,
          source: { type: 'string', description: 'file:line of the release line' }, rawLine: str,
        }),
        AnalysisSummary: obj({
          slug: str, title: str, author: { type: ['string', 'null'] }, date: day, series: str, tags: { type: 'array', items: str },
          status: { enum: ['draft', 'published'] }, publishedAt: { type: ['string', 'null'] }, createdAt: str, updatedAt: str,
        }),
        Analysis: {
          allOf: [ref('AnalysisSummary'), obj({ bodyMd: str, publishedHtml: { type: ['string', 'null'], description: 'HTML rendered at the last publication' } })],
        },
        AnalysisInput: obj({ slug: str, title: str, bodyMd: str, date: day, series: str, tags: { type: 'array', items: str } }, ['title', 'bodyMd', 'date']),
        CountReport: { type: 'object', description: 'countReport(): {window, windowFrom, place, radiusKm, countryCode, strikes, records, coverage, series?, control?, streaks?, targets?}' },
        CheckResult: {
          type: 'object',
          description: 'checkClaim(): {sentence, verdict, as_of, claimed, found, window, place, places?, radius_km, dated_by, coverage, records, names, interpretation, parts, missing, problems, message}',
          properties: { sentence: str, verdict: { enum: ['supported', 'contradicted', 'partial-coverage', 'no-coverage', 'unparseable'] }, message: str },
        },
        PlacePage: { type: 'object', description: 'a place page', properties: { place: ref('Place'), names: { type: 'array' }, control: { type: 'array' }, periods: { type: 'array' }, streaks: { type: 'array' }, series: { type: 'object' }, analyses: { type: 'array', items: ref('AnalysisSummary') } } },
      },
    },
    paths: {
      '/api/openapi.json': { get: { summary: 'This document', ...publicRead, responses: { 200: json({ type: 'object' }) } } },
      '/api/stats': { get: { summary: 'What the ledger holds', ...publicRead, responses: { 200: json(obj({ releases: int, records: int, strikes: strikeTotal, firstDay: { type: ['string', 'null'] }, lastDay: { type: ['string', 'null'] } })) } } },
      '/api/me': {
        get: {
          summary: 'Who is asking, and the CSRF token their writes must send',
          description: 'Open even on a private instance. The token is bound to the session, or for a visitor not logged in to the airledger_visitor cookie this answer sets, so login itself is CSRF-protected.',
          'x-roles': ['public', 'viewer', 'editor', 'admin'],
          responses: { 200: json(obj({ user: { oneOf: [ref('User'), { type: 'null' }] }, csrfToken: str, private: { type: 'boolean' } })) },
        },
      },
      '/api/login': {
        post: {
          summary: 'Log in; sets the airledger_session cookie (httpOnly, SameSite=Strict, Secure over https) with a new session id',
          'x-roles': ['public'], security: [{ csrf: [] }],
          requestBody: body(obj({ email: str, password: str })),
          responses: {
            200: json(obj({ user: ref('User'), csrfToken: { type: 'string', description: 'the new session\'s token' } })),
            400: writeErrors[400], 401: problemRef('wrong email or password'), 403: problemRef('CSRF token missing or wrong'),
            429: { ...problemRef('5 failed logins for this email and address in 15 minutes'), headers: { 'Retry-After': { schema: int, description: 'seconds' } } },
          },
        },
      },
      '/api/me/password': {
        post: {
          summary: 'Change your own password; ends all your sessions and answers with a new one for this browser (a new airledger_session cookie)',
          'x-roles': ['viewer', 'editor', 'admin'], security: [{ session: [], csrf: [] }],
          requestBody: body(obj({ current: str, next: { type: 'string', minLength: 10 } })),
          responses: {
            200: json(obj({ user: ref('User'), csrfToken: { type: 'string', description: 'the new session\'s token' } })),
            ...writeErrors,
            403: problemRef('CSRF token missing or wrong, or the current password is wrong (counted as a failed login)'),
            429: { ...problemRef('5 failed logins for this email and address in 15 minutes'), headers: { 'Retry-After': { schema: int, description: 'seconds' } } },
          },
        },
      },
      '/api/logout': { post: { summary: 'End the session', 'x-roles': ['public', 'viewer', 'editor', 'admin'], security: [{ csrf: [] }], responses: { 200: json(obj({ user: { type: 'null' } })), 403: writeErrors[403] } } },
      '/api/settings': {
        get: { summary: 'Instance settings', 'x-roles': ['admin'], security: [{ session: [] }], responses: { 200: json(obj({ private: { type: 'boolean' }, privateByEnvironment: { type: 'boolean' } })), 401: writeErrors[401], 403: writeErrors[403] } },
        post: {
          summary: 'Change instance settings: private makes every route but login answer 401 to visitors not logged in',
          'x-roles': ['admin'], security: [{ session: [], csrf: [] }],
          requestBody: body(obj({ private: { type: 'boolean' } }, [])),
          responses: { 200: json(obj({ private: { type: 'boolean' }, privateByEnvironment: { type: 'boolean' } })), ...writeErrors },
        },
      },
      '/api/strikes': {
        get: {
          summary: 'Strike records with their sources; as JSON, CSV or GeoJSON',
          ...publicRead,
          parameters: [...strikeFilters, q('target', str, 'a target category, e.g. vehicle'), q('limit', int, 'at most this many records'), q('format', { enum: ['json', 'csv', 'geojson'], default: 'json' }, 'csv: date, reported_on, date_basis, country, place_text, place_name, place_key, lat, lon, strikes, engagements, source; geojson: a FeatureCollection of points with properties date, reported_on, date_basis, place_text, place_name, place_key, strikes, source (null geometry for a place not on the map)')],
          responses: {
            200: {
              description: 'OK',
              content: {
                'application/json': { schema: obj({ place: { oneOf: [ref('Place'), { type: 'null' }] }, total: int, records: { type: 'array', items: ref('StrikeRecord') } }) },
                'text/csv': { schema: str },
                'application/geo+json': { schema: obj({ type: { const: 'FeatureCollection' }, features: { type: 'array' } }) },
              },
            },
            400: problemRef('a bad filter or unknown place'),
          },
        },
      },
      '/api/places/resolve': { get: { summary: 'How a name resolves', ...publicRead, parameters: [q('name', str, 'the name as written', true), q('country', str, 'the release section')], responses: { 200: json({ type: 'object' }), 400: problemRef('no name') } } },
      '/api/places/review': { get: { summary: 'Names waiting for an editor (same as /api/review)', ...publicRead, responses: { 200: json({ type: 'array', items: ref('ReviewItem') }) } } },
      '/api/review': { get: { summary: 'The review queue: unresolved and low-confidence names with gazetteer candidates', ...publicRead, responses: { 200: json({ type: 'array', items: ref('ReviewItem') }) } } },
      '/api/review/counts': {
        get: { summary: 'Lines held for review: a count above 200 strikes on one line, kept as written and in no count until an editor accepts it', ...publicRead, responses: { 200: json({ type: 'array', items: ref('HeldCount') }) } },
      },
      '/api/review/counts/{id}/accept': {
        post: {
          summary: 'Accept a held line\'s count: it becomes a strike record and counts from now on',
          ...editorWrite,
          parameters: [{ name: 'id', in: 'path', required: true, schema: int }],
          responses: { 200: json(obj({ accepted: ref('HeldCount') })), ...writeErrors, 404: problemRef('no line held for review with this id') },
        },
      },
      '/api/places/alias': {
        post: { summary: 'Settle a name as a gazetteer place; the ledger re-resolves at once', ...editorWrite, requestBody: body(obj({ name: str, placeKey: str })), responses: { 200: json(obj({ changed: { type: 'integer', description: 'strike records now pointing elsewhere' } })), ...writeErrors, 404: problemRef('no such place key') } },
      },
      '/api/places/pin': {
        post: { summary: 'Put a name on the map at a point', ...editorWrite, requestBody: body(obj({ name: str, lat: num, lon: num, countryCode: { type: 'string', pattern: '^[A-Za-z]{2}$' } })), responses: { 200: json(obj({ changed: int, place: ref('Place') })), ...writeErrors } },
      },
      '/api/control': {
        post: {
          summary: 'Add a period of control for a place',
          ...editorWrite,
          requestBody: body(obj({ place: str, holder: str, from: day, to: day, note: str, source: str }, ['place', 'holder', 'from'])),
          responses: { 200: json(obj({ place: obj({ key: str, name: str, aliases: { type: 'array', items: str } }), periods: int })), ...writeErrors, 404: problemRef('unknown place'), 422: json(obj({ error: str, detail: str, problems: { type: 'array' } }), 'overlaps a stored period') },
        },
      },
      '/api/import': {
        post: {
          summary: 'Import release files, a pasted release or a URL',
          description: 'Files are written under server-chosen names in a private temporary directory and reported as upload:NAME. With ?stream=1 the answer is NDJSON: ImportProgress lines, then the ImportSummary.',
          ...editorWrite,
          parameters: [
            q('stream', { enum: ['1'] }, 'answer NDJSON progress lines, then the summary'), q('replace', { enum: ['1'] }, 'replace a release already stored for the same day'),
            q('allow_date', { enum: ['1'] }, 'import releases dated after today or before 2014-08-08 (another campaign\'s); refused with the reason otherwise'),
          ],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': { schema: obj({ files: { type: 'array', items: { type: 'string', format: 'binary' }, description: '.txt, .html, .htm or .csv; each ≤ 10 MB, ≤ 50 MB in all' } }) },
              'application/json': { schema: { oneOf: [obj({ text: str, name: str, replace: { type: 'boolean' }, allowDate: { type: 'boolean' } }, ['text']), obj({ url: { type: 'string', format: 'uri', description: 'http or https only' }, replace: { type: 'boolean' }, allowDate: { type: 'boolean' } }, ['url'])] } },
            },
          },
          responses: {
            200: { description: 'the import summary', content: { 'application/json': { schema: ref('ImportSummary') }, 'application/x-ndjson': { schema: { oneOf: [ref('ImportProgress'), ref('ImportSummary')] } } } },
            ...writeErrors, 413: problemRef('a file over 10 MB or an upload over 50 MB'), 415: problemRef('not a release file type, or neither multipart nor JSON'),
          },
        },
      },
      '/api/analyses': {
        get: { summary: 'Published analyses; drafts too for editors', ...publicRead, responses: { 200: json(obj({ analyses: { type: 'array', items: ref('AnalysisSummary') } })) } },
        post: { summary: 'Write a new draft (slug defaults to one made from the title)', ...editorWrite, requestBody: body(ref('AnalysisInput')), responses: { 201: json(ref('Analysis'), 'Created'), ...writeErrors, 409: problemRef('slug taken') } },
      },
      '/api/analyses/preview': {
        post: { summary: 'Render Markdown with live blocks (claim, chart, control) as it would publish', ...editorWrite, requestBody: body(obj({ bodyMd: str })), responses: { 200: json(obj({ html: str })), ...writeErrors } },
      },
      '/api/analyses/{slug}': {
        get: { summary: 'One analysis (a draft only for editors)', ...publicRead, parameters: [slugParam], responses: { 200: json(ref('Analysis')), 404: problemRef('no such analysis') } },
        put: { summary: 'Change an analysis; the published HTML stays until it is published again', ...editorWrite, parameters: [slugParam], requestBody: body({ ...ref('AnalysisInput'), description: 'any of the fields' }), responses: { 200: json(ref('Analysis')), ...writeErrors, 404: problemRef('no such analysis') } },
      },
      '/api/analyses/{slug}/publish': {
        post: { summary: 'Render (claims checked, charts drawn, sanitised) and publish at /analyses/{slug}', ...editorWrite, parameters: [slugParam], responses: { 200: json(ref('Analysis')), ...writeErrors, 404: problemRef('no such analysis') } },
      },
      '/api/count': {
        get: { summary: 'A count with its coverage (countReport)', ...publicRead, parameters: [...strikeFilters, q('by', { enum: ['day', 'week', 'month'] }, 'add a series'), q('streaks', int, 'longest runs'), q('split_control', { type: 'boolean' }, 'per period of control'), q('targets', { type: 'boolean' }, 'targets named')], responses: { 200: json(ref('CountReport')), 400: problemRef('a bad query') } },
      },
      '/api/places/{name}': {
        get: { summary: 'A place page: its names, control, periods, streaks, series and the analyses tagged with it', ...publicRead, parameters: [{ name: 'name', in: 'path', required: true, schema: str }, q('from', str, 'first day of the window, YYYY-MM-DD (default: the record\'s first)'), q('to', str, 'last day, inclusive (default: the record\'s last)'), q('radius_km', int, 'count every place within this many km, 0..500'), strikeFilters[strikeFilters.length - 1]!], responses: { 200: json(ref('PlacePage')), 400: problemRef('a bad window or radius'), 404: problemRef('unknown place') } },
      },
      '/api/releases': {
        get: { summary: 'Releases by report day, each with its sources, records, strike days and flags (totals that differ from lines, lines not parsed)', ...publicRead, parameters: [q('from', day, 'first report day'), q('to', day, 'last report day'), q('flagged', { enum: ['1'] }, 'only flagged releases')], responses: { 200: json(obj({ releases: { type: 'array' } })), 400: problemRef('a bad query') } },
      },
      '/api/releases/{which}': {
        get: { summary: 'One release (an id, or a report day for its daily release): sources, strikes per strike day and basis, stated totals against its lines, special statements, lines not parsed', ...publicRead, parameters: [{ name: 'which', in: 'path', required: true, schema: str }], responses: { 200: json({ type: 'object' }), 400: problemRef('neither an id nor a day'), 404: problemRef('no such release') } },
      },
      '/api/explore': {
        get: {
          summary: 'The explore view: cells, targets, release days, control and the first records of a filtered view',
          ...publicRead,
          parameters: [...strikeFilters, q('target', str, 'only records naming this target'), q('limit', int, 'records to include, 0..1000 (default 200)')],
          responses: { 200: json({ type: 'object', description: '{window, place, radiusKm, countryCode, target, ...cells, releaseDays, targets, control, records}' }), 400: problemRef('a bad query') },
        },
      },
      '/api/explore/records': {
        get: {
          summary: 'A page of the filtered records',
          ...publicRead,
          parameters: [...strikeFilters, q('target', str, 'only records naming this target'), q('start', day, 'first day of the page'), q('skip', int, 'records to skip'), q('limit', int, '1..1000 (default 100)')],
          responses: { 200: json(obj({ records: { type: 'array' } })), 400: problemRef('a bad query') },
        },
      },
      '/api/check': {
        post: {
          summary: 'Check a claim sentence against the ledger (reads only; a POST for long sentences); as_of is the day it was published',
          'x-roles': ['public', 'viewer', 'editor', 'admin'], security: [{ csrf: [] }], requestBody: body(obj({ sentence: str, as_of: day, dated_by: { enum: ['strike', 'reported'], default: 'strike' } }, ['sentence'])),
          responses: { 200: json(ref('CheckResult')), 400: writeErrors[400], 403: problemRef('CSRF token missing or wrong'), 415: problemRef('the body is not JSON') },
        },
      },
      '/api/check/article': {
        post: {
          summary: 'Check every claim of an article, pasted (text) or fetched from a public URL (url), as of as_of or the page\'s own date',
          'x-roles': ['public', 'viewer', 'editor', 'admin'], security: [{ csrf: [] }], requestBody: body(obj({ text: str, url: str, as_of: day, dated_by: { enum: ['strike', 'reported'], default: 'strike' } })),
          responses: {
            200: json(obj({ url: str, title: { type: ['string', 'null'] }, as_of: obj({ day, source: str }), summary: { type: 'object' }, claims: { type: 'array', items: ref('CheckResult') } })),
            400: writeErrors[400], 403: problemRef('CSRF token missing or wrong'), 415: problemRef('the body is not JSON'), 422: problemRef('the page cannot be fetched or read'),
          },
        },
      },
    },
  };
}
