/**
 * docs/warehouse.md promises one DuckDB command that loads the `newsdoc` NDJSON with zero
 * errors and one type per field, and one that writes the same rows to Parquet. This test
 * takes both commands from the page as written (so the page cannot drift from what was
 * tested), runs them on 100,000 records made by scripts/make-dump.mjs from every fixture
 * shape, with 30,000 full header dates before the first month-only one (past the 20,480
 * records `read_json_auto` samples), and checks every row against the NDJSON.
 *
 * The records come from two dumps of 50,000 documents, parsed by two make-dump processes at
 * once (parsing is most of the test's time, and vitest gives this file one core), and are
 * written one after the other, as the command writes two input files: two sources, each
 * with its own `index` from 0.
 *
 * The session runs in Pacific/Kiritimati (UTC+14), so a value that depended on the
 * session's time zone would show.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, parseCorpus } from '../src/index.js';
import { toRecord } from '../src/cli/record.js';

const RECORDS = 100_000;
const FULL_DATES_FIRST = 30_000;
const PARTS = [
  { name: 'part-1.txt', args: ['--documents', String(RECORDS / 2), '--full-dates-first', String(FULL_DATES_FIRST)] },
  { name: 'part-2.txt', args: ['--documents', String(RECORDS / 2), '--start', String(RECORDS / 2)] },
];
const MAKE_DUMP = join(import.meta.dirname, '..', 'scripts', 'make-dump.mjs');
const SESSION_ZONE = 'Pacific/Kiritimati';
const NDJSON_NAME = "'newsdoc.ndjson'";
const PARQUET_NAME = "'newsdoc.parquet'";
// `published` ends with an offset such as `+03:00` only when the page wrote one.
const OFFSET = /[+-]\d\d:\d\d$/;

/** The fenced `sql` blocks of a Markdown page, in order. */
function sqlBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (current === null) {
      if (line === '```sql') current = [];
    } else if (line === '```') {
      blocks.push(current.join('\n'));
      current = null;
    } else current.push(line);
  }
  return blocks;
}

const doc = readFileSync(new URL('../docs/warehouse.md', import.meta.url), 'utf8');
const blocks = sqlBlocks(doc);
const loadSql = blocks.filter((b) => b.startsWith('CREATE TABLE newsdoc AS\n'));
const copySql = blocks.filter((b) => b.startsWith('COPY (\n'));
const exampleSql = blocks.filter((b) => !loadSql.includes(b) && !copySql.includes(b));

const sqlPath = (path: string): string => `'${path.replaceAll("'", "''")}'`;
const count = (text: string, part: string): number => text.split(part).length - 1;
const squeeze = (sql: string): string => sql.replace(/\s+/g, ' ').trim();

/** Runs scripts/make-dump.mjs in `cwd`. */
function makeDumpIn(cwd: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAKE_DUMP, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`make-dump ${args.join(' ')} exited with ${code}: ${stderr}`))));
  });
}

/** What the test reads from each NDJSON line itself, to compare with the table. */
interface Expected {
  readonly source: string;
  readonly index: number;
  readonly id: string | null;
  readonly ok: boolean;
  readonly hasArticle: boolean;
  readonly date: string | null;
  readonly published: string | null;
  readonly title: string | null;
  readonly codes: string;
}

let dir = '';
let ndjson = '';
let parquet = '';
let expected: Expected[] = [];
let instance: DuckDBInstance | null = null;
let db: DuckDBConnection | null = null;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  if (db === null) throw new Error('no connection');
  return (await db.runAndReadAll(sql)).getRowObjectsJson();
}

describe('docs/warehouse.md', () => {
  it('shows one load command and one Parquet command with the same SELECT', () => {
    expect(loadSql).toHaveLength(1);
    expect(copySql).toHaveLength(1);
    const load = loadSql[0] ?? '';
    const copy = copySql[0] ?? '';
    expect(count(load, NDJSON_NAME)).toBe(1);
    expect(count(copy, NDJSON_NAME)).toBe(1);
    expect(count(copy, PARQUET_NAME)).toBe(1);
    const select = load.slice('CREATE TABLE newsdoc AS\n'.length);
    expect(copy.endsWith(`\n) TO ${PARQUET_NAME} (FORMAT parquet);`)).toBe(true);
    const inner = copy.slice('COPY (\n'.length, copy.lastIndexOf('\n) TO '));
    expect(squeeze(inner)).toBe(squeeze(select).replace(/;$/, ''));
  });
});

describe('the warehouse load on 100,000 records', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdoc-warehouse-'));
    ndjson = join(dir, 'newsdoc.ndjson');
    parquet = join(dir, 'newsdoc.parquet');
    await Promise.all(PARTS.map((part) => makeDumpIn(dir, [...part.args, '--out', part.name, '--records', `${part.name}.ndjson`])));
    const text = PARTS.map((part) => readFileSync(join(dir, `${part.name}.ndjson`), 'utf8')).join('');
    writeFileSync(ndjson, text);

    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expected = lines.map((line) => {
      const r = JSON.parse(line) as {
        source: string;
        index: number;
        id: string | null;
        ok: boolean;
        article: { date: string | null; published: string | null; title: string | null } | null;
        diagnostics: { code: string }[];
      };
      return {
        source: r.source,
        index: r.index,
        id: r.id,
        ok: r.ok,
        hasArticle: r.article !== null,
        date: r.article?.date ?? null,
        published: r.article?.published ?? null,
        title: r.article?.title ?? null,
        codes: r.diagnostics.map((d) => d.code).join(','),
      };
    });

    instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
    await db.run(`SET TimeZone = '${SESSION_ZONE}'`);
    await db.run((loadSql[0] ?? '').replace(NDJSON_NAME, sqlPath(ndjson)));
  }, 300_000);

  afterAll(() => {
    db?.closeSync();
    instance?.closeSync();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('has the records the test needs: every shape, month-only dates after 30,000 full ones', () => {
    expect(expected).toHaveLength(RECORDS);
    const firstMonthOnly = expected.findIndex((e) => e.date?.length === 7);
    expect(firstMonthOnly).toBeGreaterThan(0);
    expect(expected.slice(0, firstMonthOnly).filter((e) => e.date?.length === 10).length).toBeGreaterThanOrEqual(FULL_DATES_FIRST);
    expect(expected.some((e) => !e.hasArticle)).toBe(true);
    expect(expected.some((e) => !e.ok)).toBe(true);
    expect(expected.some((e) => e.hasArticle && e.date === null)).toBe(true);
    const published = expected.flatMap((e) => (e.published === null ? [] : [e.published]));
    expect(published.some((p) => p.endsWith('+03:00'))).toBe(true);
    expect(published.some((p) => !OFFSET.test(p) && p.length === 16)).toBe(true);
    expect(published.some((p) => OFFSET.test(p) && p.length === 22)).toBe(true);
  });

  it('the traps the page names are real: inference fails at the first month-only date', { timeout: 60_000 }, async () => {
    const firstMonthOnly = expected.findIndex((e) => e.date?.length === 7);
    await expect(rows(`SELECT max(article.date) FROM read_json_auto(${sqlPath(ndjson)})`)).rejects.toThrow(
      new RegExp(`JSON transform error in file .*, in line ${firstMonthOnly + 1}\\b`),
    );
  });

  it('the traps the page names are real: a local time cast to TIMESTAMPTZ is read in the session zone', async () => {
    const [row] = await rows(`SELECT epoch_ms(CAST('2021-11-02T10:00' AS TIMESTAMPTZ)) AS ms, epoch_ms(CAST('2021-11-02T10:00:05+03:00' AS TIMESTAMP)) AS dropped`);
    expect(Number(row?.['ms'])).toBe(Date.parse('2021-11-02T10:00+14:00'));
    expect(Number(row?.['dropped'])).toBe(Date.parse('2021-11-02T10:00:05Z'));
  });

  it('loads every record, with zero errors', async () => {
    const [row] = await rows('SELECT count(*) AS n FROM newsdoc');
    expect(Number(row?.['n'])).toBe(RECORDS);
  });

  it('gives each column one declared type', async () => {
    // DuckDB quotes some field names when it prints a type (`"source"`); the names and types are what count.
    const columns = await rows('SELECT column_name, column_type FROM (DESCRIBE newsdoc)');
    const unquoted = (type: unknown) => String(type).replaceAll('"', '');
    expect(columns.map((c) => [c['column_name'], unquoted(c['column_type'])])).toEqual([
      ['source', 'VARCHAR'],
      ['id', 'VARCHAR'],
      ['meta', 'JSON'],
      ['index', 'BIGINT'],
      ['start', 'BIGINT'],
      ['end', 'BIGINT'],
      ['ok', 'BOOLEAN'],
      [
        'article',
        'STRUCT(date VARCHAR, dateRaw VARCHAR, time VARCHAR, url VARCHAR, urlRaw VARCHAR, urlKey VARCHAR, title VARCHAR, ' +
          'dateline STRUCT(raw VARCHAR, place VARCHAR, agency VARCHAR, date VARCHAR, yearInferred BOOLEAN), ' +
          'lead VARCHAR, body VARCHAR, paragraphs VARCHAR[], entries STRUCT(time VARCHAR, title VARCHAR, body VARCHAR, start BIGINT, end BIGINT)[], ' +
          'source STRUCT(host VARCHAR, agency VARCHAR, articleId VARCHAR, urlDate VARCHAR, slug VARCHAR), ' +
          'published VARCHAR, tags VARCHAR[], image VARCHAR, language VARCHAR, languageBasis VARCHAR, ' +
          'dates STRUCT(header VARCHAR, url VARCHAR, dateline VARCHAR, published VARCHAR, agreement VARCHAR), ' +
          'sections STRUCT(kind VARCHAR, text VARCHAR, start BIGINT, end BIGINT)[])',
      ],
      [
        'diagnostics',
        'STRUCT(code VARCHAR, severity VARCHAR, message VARCHAR, start STRUCT(line BIGINT, column BIGINT, offset BIGINT), ' +
          'end STRUCT(line BIGINT, column BIGINT, offset BIGINT))[]',
      ],
      ['date_day', 'DATE'],
      ['date_month', 'VARCHAR'],
      ['published_at', 'TIMESTAMP WITH TIME ZONE'],
      ['published_local', 'TIMESTAMP'],
    ]);
  });

  it('declares every field of the record, the article and the diagnostic', async () => {
    // A field added to Article, NewsdocRecord or Diagnostic fails here until the page declares it.
    const parsed = parseCorpus(' date 2021-11-02 https://ria.ru/20211102/a-1234567.html\n\nHarbour reopens after repairs\n\nThe harbour reopened.')[0];
    if (parsed?.article == null) throw new Error('no article');
    const record = toRecord(parsed, { source: 'x' }, { sections: true });
    const diagnostic = parseArticle('').diagnostics[0] ?? {};
    const [keys] = await rows(`SELECT
        json_keys(to_json(article)) AS article,
        json_keys(to_json(diagnostics[1])) AS diagnostic,
        json_keys(to_json(diagnostics[1].start)) AS position
      FROM newsdoc WHERE article IS NOT NULL AND len(diagnostics) > 0 LIMIT 1`);
    const columns = (await rows('SELECT column_name FROM (DESCRIBE newsdoc)')).map((c) => c['column_name']);
    expect(columns.slice(0, Object.keys(record).length)).toEqual(Object.keys(record));
    expect(keys?.['article']).toEqual(Object.keys(parsed.article));
    expect(keys?.['diagnostic']).toEqual(Object.keys(diagnostic));
    expect(keys?.['position']).toEqual(Object.keys(parsed.diagnostics[0]?.start ?? { line: 1, column: 1, offset: 0 }));
  });

  it('keeps every value, and fills the typed columns only when exact', { timeout: 60_000 }, async () => {
    const table = await rows(`SELECT source, "index", id, ok, article IS NOT NULL AS has_article, article.date AS date,
        article.published AS published, article.title AS title,
        array_to_string([d.code FOR d IN diagnostics], ',') AS codes,
        CAST(date_day AS VARCHAR) AS date_day, date_month,
        epoch_ms(published_at) AS published_at_ms,
        strftime(published_local, '%Y-%m-%dT%H:%M:%S') AS published_local
      FROM newsdoc ORDER BY source, "index"`);
    expect(table).toHaveLength(expected.length);
    const mismatches: string[] = [];
    table.forEach((row, k) => {
      const e = expected[k];
      if (e === undefined) return;
      const offset = e.published !== null && OFFSET.test(e.published);
      const want = {
        source: e.source,
        index: String(e.index),
        id: e.id,
        ok: e.ok,
        has_article: e.hasArticle,
        date: e.date,
        published: e.published,
        title: e.title,
        codes: e.codes,
        date_day: e.date?.length === 10 ? e.date : null,
        date_month: e.date?.slice(0, 7) ?? null,
        published_at_ms: offset && e.published !== null ? String(Date.parse(e.published)) : null,
        published_local: !offset && e.published !== null ? (e.published.length === 16 ? `${e.published}:00` : e.published) : null,
      };
      if (JSON.stringify(row) !== JSON.stringify(want) && mismatches.length < 5) mismatches.push(`${JSON.stringify(row)}\n  want ${JSON.stringify(want)}`);
    });
    expect(mismatches).toEqual([]);
  });

  it('keeps month-only dates as YYYY-MM, without a day', async () => {
    const [row] = await rows(`SELECT count(*) AS n,
        count(*) FILTER (WHERE date_day IS NULL AND date_month = article.date AND regexp_full_match(article.date, '\\d{4}-\\d{2}')) AS kept
      FROM newsdoc WHERE length(article.date) = 7`);
    expect(Number(row?.['n'])).toBeGreaterThan(0);
    expect(row?.['kept']).toBe(row?.['n']);
  });

  it('gives an instant only to a stamp with an offset, and converts +03:00 exactly', async () => {
    const [counts] = await rows(`SELECT
        count(*) FILTER (WHERE published_at IS NOT NULL AND published_local IS NOT NULL) AS both,
        count(*) FILTER (WHERE article.published IS NOT NULL AND published_at IS NULL AND published_local IS NULL) AS neither
      FROM newsdoc`);
    expect(counts).toEqual({ both: '0', neither: '0' });
    const stamps = await rows(`SELECT article.published AS written, strftime(published_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S') AS utc
      FROM newsdoc WHERE article.published LIKE '%+03:00' ORDER BY source, "index" LIMIT 3`);
    expect(stamps.length).toBeGreaterThan(0);
    for (const stamp of stamps) {
      const written = String(stamp['written']);
      expect(stamp['utc']).toBe(new Date(Date.parse(written)).toISOString().slice(0, 19));
    }
    const local = await rows(`SELECT published_at, published_local FROM newsdoc WHERE article.published = '${stampWithout()}' LIMIT 1`);
    expect(local[0]?.['published_at']).toBeNull();
    expect(local[0]?.['published_local']).toBe(stampWithout().replace('T', ' ') + (stampWithout().length === 16 ? ':00' : ''));
  });

  it('writes Parquet with the same types and rows', { timeout: 120_000 }, async () => {
    await rows((copySql[0] ?? '').replace(NDJSON_NAME, sqlPath(ndjson)).replace(PARQUET_NAME, sqlPath(parquet)));
    const types = async (from: string) => (await rows(`SELECT column_name, column_type FROM (DESCRIBE ${from})`)).map((c) => [c['column_name'], c['column_type']]);
    expect(await types(sqlPath(parquet))).toEqual(await types('newsdoc'));
    // Every value of every row, as an order-free checksum of the rows' hashes (an EXCEPT ALL
    // of the two takes 15 s); the last one shows a single changed value changes it.
    const [sums] = await rows(`SELECT
        (SELECT sum(hash(t)::HUGEINT) FROM newsdoc t) AS loaded,
        (SELECT sum(hash(t)::HUGEINT) FROM ${sqlPath(parquet)} t) AS parquet,
        (SELECT count(*) FROM ${sqlPath(parquet)}) AS n,
        (SELECT sum(hash(t)::HUGEINT) FROM (SELECT * REPLACE (CASE WHEN "index" = 1 AND source = 'part-1.txt' THEN NOT ok ELSE ok END AS ok) FROM newsdoc) t) AS changed`);
    expect(sums?.['n']).toBe(String(RECORDS));
    expect(sums?.['parquet']).toBe(sums?.['loaded']);
    expect(sums?.['changed']).not.toBe(sums?.['loaded']);
  });

  it('runs the example queries of the page', { timeout: 60_000 }, async () => {
    expect(exampleSql.length).toBeGreaterThan(0);
    for (const sql of exampleSql) {
      const result = await rows(sql.replace(PARQUET_NAME, sqlPath(parquet)));
      expect(result.length, sql).toBeGreaterThan(0);
    }
  });
});

/** An offset-less published stamp of the NDJSON. */
function stampWithout(): string {
  const found = expected.find((e) => e.published !== null && !OFFSET.test(e.published));
  if (found?.published == null) throw new Error('no offset-less stamp');
  return found.published;
}
