/**
 * The records the BUILT command writes for other tools: `--entries`, `--format ninjs` and
 * `--format dolma`. Every ninjs item of every fixture validates against the official IPTC
 * schema (test/data/ninjs, with its licence), every entry record against
 * schema/entry-record.json; each field is what its source field says; and the bytes are the
 * same with any --jobs, time zone or locale.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'fixtures');

function run(args: readonly string[], input?: string, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');
const records = <T>(text: string): T[] => lines(text).map((l) => JSON.parse(l) as T);

/** Every fixture's documents as the command reads them (ndjson records). */
interface Parsed {
  source: string;
  index: number;
  start: number;
  end: number;
  ok: boolean;
  article: null | {
    url: string | null;
    urlKey: string | null;
    date: string | null;
    title: string | null;
    lead: string | null;
    body: string | null;
    published: string | null;
    language: string | null;
    tags: string[];
    dateline: { place: string | null; agency: string | null } | null;
    source: { agency: string | null; urlDate: string | null; host: string } | null;
    entries: { time: string | null; title: string | null; body: string | null; start: number; end: number }[];
  };
  diagnostics: { code: string }[];
}
const parsed = records<Parsed>(run([fixtures]).stdout);

// RFC 3339 `date-time` (section 5.6): full date, `T`, time with seconds, and a zone.
const RFC3339_DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;
// An RFC 3986 URI: a scheme, then only the characters a URI may hold (ASCII, no blanks).
const RFC3986_URI = /^[a-z][a-z\d+.-]*:[\w!#$%&'()*+,\-./:;=?@[\]~]*$/i;

/** The official ninjs 3.1 schema, draft 2020-12, with checks of our own for its two formats. */
function ninjsValidator(): ReturnType<Ajv2020['compile']> {
  const schema = JSON.parse(readFileSync(join(root, 'test', 'data', 'ninjs', 'ninjs-schema_3.1.json'), 'utf8')) as { $schema: string };
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date-time', RFC3339_DATE_TIME);
  ajv.addFormat('uri', RFC3986_URI);
  // `places[].geoJSON` refers to the GeoJSON schema, which newsdoc never writes; an empty
  // schema stands in for it so that the schema compiles offline.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
  return ajv.compile(schema);
}

describe('newsdoc --format ninjs', () => {
  const items = records<Record<string, unknown>>(run(['--format', 'ninjs', fixtures]).stdout);
  const withArticle = parsed.filter((p) => p.article !== null);
  const validate = ninjsValidator();

  it('writes one item per document with an article, and each validates against the IPTC ninjs 3.1 schema', () => {
    expect(items).toHaveLength(withArticle.length);
    for (const item of items) expect(validate(item) ? [] : validate.errors, String(item['uri'])).toEqual([]);
  });

  it('fails the schema check on a bad item: the check can fail', () => {
    const [good] = items;
    expect(validate(good)).toBe(true);
    for (const bad of [{ ...good, uri: undefined }, { ...good, firstCreated: '2021-11-02' }, { ...good, uri: 'not a uri' }, { ...good, headline: 'x' }, { ...good, headlines: [{ text: 'x' }] }]) {
      expect(validate(JSON.parse(JSON.stringify(bad))), JSON.stringify(bad).slice(0, 60)).toBe(false);
    }
  });

  it('maps each field from the article: uri, headlines, bodies, descriptions, located, infoSources, firstCreated, language, subjects', () => {
    items.forEach((item, i) => {
      const a = withArticle[i]?.article;
      if (!a) return expect.fail('an item per article');
      if (a.url !== null && /^[\x21-\x7e]+$/.test(a.url)) expect(item['uri']).toBe(a.url);
      else expect(item['uri']).toMatch(a.url === null ? /^urn:newsdoc:[\da-f]{32}$/ : /^https?:\/\//);
      expect(item['standard']).toEqual({ name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' });
      expect(item['type']).toBe('text');
      expect(item['headlines']).toEqual(a.title === null ? undefined : [{ value: a.title }]);
      expect(item['descriptions']).toEqual(a.lead === null ? undefined : [{ value: a.lead }]);
      expect(item['bodies']).toEqual(a.body === null ? undefined : [{ contentType: 'text/plain', value: a.body }]);
      expect(item['located']).toBe(a.dateline?.place ?? undefined);
      expect(item['language']).toBe(a.language ?? undefined);
      expect(item['subjects']).toEqual(a.tags.length === 0 ? undefined : a.tags.map((name) => ({ name })));
      const agencies = [...new Set([a.dateline?.agency, a.source?.agency].filter((n) => typeof n === 'string'))];
      expect(item['infoSources']).toEqual(agencies.length === 0 ? undefined : agencies.map((name) => ({ name })));
      // firstCreated is an RFC 3339 date-time: only a published stamp with an offset is one.
      const zoned = a.published !== null && /[+-]\d{2}:\d{2}$/.test(a.published);
      expect(item['firstCreated'] === undefined, String(item['uri'])).toBe(!zoned);
    });
    const sputnik = items[withArticle.findIndex((p) => p.source.endsWith('sputnik-block.txt'))];
    expect(sputnik?.['firstCreated']).toBe('2021-10-27T13:02:00+00:00');
  });
});

describe('newsdoc --format dolma', () => {
  const docs = records<{ id: string; text: string; source: string; created?: string; added?: string; metadata: Record<string, unknown> }>(run(['--format', 'dolma', fixtures]).stdout);
  const withText = parsed.filter((p) => p.article !== null && (p.article.title !== null || p.article.body !== null));

  it('writes one document per article with a title or body: id, text, source, created, metadata, and no added', () => {
    expect(docs).toHaveLength(withText.length);
    docs.forEach((doc, i) => {
      const p = withText[i] as Parsed;
      const a = p.article;
      if (a === null) return expect.fail('an article');
      expect(Object.keys(doc).sort()).toEqual(['created', 'id', 'metadata', 'source', 'text'].filter((k) => k !== 'created' || doc.created !== undefined).sort());
      expect(doc.id).toMatch(/^[\da-f]{32}$/);
      expect(doc.text).toBe([a.title, a.body].filter((t) => t !== null).join('\n\n'));
      expect(doc.source).toBe(p.source);
      expect(doc.created).toBe(a.published ?? a.date ?? a.source?.urlDate ?? undefined);
      expect(doc.metadata).toMatchObject({ index: p.index, start: p.start, end: p.end, url: a.url, urlKey: a.urlKey, title: a.title, language: a.language, entries: a.entries.length, ok: p.ok });
      expect(doc.metadata['diagnostics']).toEqual(p.diagnostics.map((d) => d.code));
    });
  });

  it('gives a page one id whatever its text (a hash of its URL key), and a page without a URL the hash of its text', () => {
    const page = (title: string): string => ` date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html?utm_source=x\n\n${title}\n\nThe harbour reopened on Friday after a month of repairs.\n`;
    const [a, b] = records<{ id: string }>(run(['--format', 'dolma', '-'], page('Harbour reopens after repairs') + page('Harbour is open again after the repairs')).stdout);
    expect(a?.id).toBe(b?.id);
    const bare = (title: string): string => ` date 2021-11-02\n\n${title}\n\nThe harbour reopened on Friday after a month of repairs.\n`;
    const [c, d, e] = records<{ id: string }>(run(['--format', 'dolma', '-'], bare('Harbour reopens after repairs') + bare('Harbour is open again after the repairs') + bare('Harbour reopens after repairs')).stdout);
    expect(c?.id).not.toBe(d?.id);
    expect(c?.id).toBe(e?.id);
    expect(c?.id).not.toBe(a?.id);
  });
});

describe('newsdoc --entries', () => {
  const entryRecords = records<{ source: string; index: number; entry: number; parent: Record<string, unknown>; time: string | null; title: string | null; body: string | null; start: number; end: number }>(run(['--entries', fixtures]).stdout);

  it('writes one record per entry, only for the live pages and digests, each valid against schema/entry-record.json', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
    ajv.addSchema(JSON.parse(readFileSync(join(root, 'schema', 'entry-record.json'), 'utf8')) as object);
    const validate = ajv.getSchema('https://newsdoc.dev/schema/entry-record.json');
    if (validate === undefined) throw new Error('entry-record.json is not loaded');
    for (const record of entryRecords) expect(validate(record) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...entryRecords[0], parent: { title: null } })).toBe(false);
    const expected = parsed.flatMap(({ source, index, article: a }) =>
      (a?.entries ?? []).map((e, entry) => ({ source, id: null, meta: null, index, entry, parent: { url: a?.url, urlKey: a?.urlKey, date: a?.date, title: a?.title }, ...e })),
    );
    expect(entryRecords).toEqual(expected);
    expect([...new Set(entryRecords.map((r) => r.source.slice(fixtures.length + 1)))].sort()).toEqual(
      ['digest-story-headings.txt', 'digest-titled.txt', 'feed-header-time.txt', 'live-blog-midnight.txt', 'live-blog-stamp-lines.txt', 'live-blog-undated.txt', 'live-blog.txt'].sort(),
    );
  });

  it('counts start and end from the source, or from the document with --positions document', () => {
    const live = readFileSync(join(fixtures, 'live-blog.txt'), 'utf8');
    const other = readFileSync(join(fixtures, 'seed.txt'), 'utf8');
    const dump = `${other}\n${live}`;
    const fromSource = records<{ start: number; index: number }>(run(['--entries', '-'], dump).stdout);
    const fromDocument = records<{ start: number; index: number }>(run(['--entries', '--positions', 'document', '-'], dump).stdout);
    expect(fromSource.map((r) => dump.slice(r.start, r.start + 7))).toEqual(['10:34am', '10:12am']);
    expect(fromSource.map((r) => r.index)).toEqual([1, 1]);
    expect(fromDocument.map((r) => live.slice(r.start, r.start + 7))).toEqual(['10:34am', '10:12am']);
  });

  it('writes a JSON array of entries, [] when there are none, and refuses csv, text, ninjs, --fields and --sections', () => {
    expect(JSON.parse(run(['--entries', '--format', 'json', fixtures]).stdout)).toEqual(entryRecords);
    expect(JSON.parse(run(['--entries', '--format', 'json', join(fixtures, 'seed.txt')]).stdout)).toEqual([]);
    for (const args of [['--format', 'csv'], ['--format', 'text'], ['--format', 'ninjs'], ['--fields', 'title'], ['--sections']]) {
      const r = run(['--entries', ...args, join(fixtures, 'seed.txt')]);
      expect(r.code, args.join(' ')).toBe(2);
    }
    for (const format of ['ninjs', 'dolma']) expect(run(['--format', format, '--fields', 'title', join(fixtures, 'seed.txt')]).code).toBe(2);
  });

  it('counts the entries of each document in the csv entries column', () => {
    const [header, ...rows] = csvRows(run(['--format', 'csv', join(fixtures, 'live-blog.txt'), join(fixtures, 'seed.txt')]).stdout);
    const column = header?.indexOf('entries') ?? -1;
    expect(column).toBe((header?.indexOf('body') ?? -1) + 1);
    expect(rows.map((row) => row[column])).toEqual(['2', '0']);
  });
});

/** The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [`${field}"`, i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, field] = [[...row, field], ''];
    else if (c === '\n') [rows[rows.length], row, field] = [[...row, field], [], ''];
    else field += c;
  }
  return rows;
}

describe('the export formats are repeatable', () => {
  // Live pages, digests, ordinary articles, one with a zoned stamp, a dump with an error record.
  const some = ['digest-titled', 'feed-header-time', 'live-blog-midnight', 'live-blog-stamp-lines', 'live-blog-undated', 'seed', 'sputnik-block', 'multiple-documents-bad-record'].map((name) => join(fixtures, `${name}.txt`));

  it('give the same bytes with any --jobs, time zone and locale', () => {
    for (const args of [['--entries'], ['--format', 'ninjs'], ['--format', 'dolma'], ['--entries', '--format', 'json']]) {
      const one = run([...args, '--jobs', '1', ...some], undefined, { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8' });
      const two = run([...args, '--jobs', '2', ...some], undefined, { TZ: 'America/Los_Angeles', LANG: 'C.UTF-8' });
      expect(one.code, args.join(' ')).toBe(0);
      expect(one.stdout.length, args.join(' ')).toBeGreaterThan(0);
      expect(two.stdout, args.join(' ')).toBe(one.stdout);
    }
  });
});
