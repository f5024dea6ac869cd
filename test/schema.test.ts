/**
 * The published JSON Schemas (schema/*.json) describe what the parser really outputs, and
 * are what the types say: every fixture result and CLI record validates, random and
 * mutated inputs too, bad values are refused, and the committed files are the generator's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { entryRecords } from '../src/cli/exports.js';
import { ndjsonLine, toRecord, type RecordShape, type RecordSource } from '../src/cli/record.js';
import type { CorpusRecord, ParseResult } from '../src/index.js';
import * as newsdoc from '../src/index.js';
import { parseArticle, parseCorpus } from '../src/index.js';
import { parseFixture } from '../scripts/fixture-mode.cjs';
import { generateSchemas, SCHEMAS } from '../scripts/schema.mjs';

const root = join(import.meta.dirname, '..');
const schemaDir = join(root, 'schema');
const fixturesDir = join(root, 'fixtures');
const fixtureNames = readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => f.slice(0, -'.txt'.length));
const readFixture = (name: string): string => readFileSync(join(fixturesDir, `${name}.txt`), 'utf8');

// Strict mode refuses unknown keywords and ambiguous schemas; union types (`["string",
// "null"]`) are plain draft-07, which strict mode only asks to be allowed explicitly.
const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
const schemaText = (file: string): string => readFileSync(join(schemaDir, file), 'utf8');
for (const { file } of SCHEMAS) ajv.addSchema(JSON.parse(schemaText(file)) as object);

function validator(file: string): ValidateFunction {
  const validate = ajv.getSchema(`https://newsdoc.dev/schema/${file}`);
  if (validate === undefined) throw new Error(`no schema ${file}`);
  return validate;
}
const validateArticle = validator('article.json');
const validateResult = validator('parse-result.json');
const validateRecord = validator('record.json');
const validateEntryRecord = validator('entry-record.json');

/** The value as a JSON reader sees it. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Asserts that `value` validates, showing ajv's errors when it does not. */
function expectValid(validate: ValidateFunction, value: unknown, what: string): void {
  const ok = validate(asJson(value));
  expect(ok ? [] : validate.errors, what).toEqual([]);
}

/** A copy of `value` without `key`. */
const without = (value: object, key: string): Record<string, unknown> => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

/** The keywords and places ajv names when it refuses `value`. */
function refusals(validate: ValidateFunction, value: unknown): string[] {
  expect(validate(value)).toBe(false);
  return (validate.errors ?? []).map((e) => `${e.keyword} ${e.instancePath}`);
}

// A CorpusRecord is a ParseResult plus its place in the input. The ParseResult schema stays
// closed (an unknown key is an error), so the place is checked here and the rest validated.
function parseResultOf(record: CorpusRecord): ParseResult {
  const { index, start, end, ...result } = record;
  expect(Number.isInteger(index) && Number.isInteger(start) && Number.isInteger(end)).toBe(true);
  return result;
}

/** Every fixture's results: one for a single document, one per document of a corpus fixture. */
function fixtureResults(name: string): ParseResult[] {
  const parsed = parseFixture(newsdoc, name, readFixture(name)) as ParseResult | CorpusRecord[];
  return Array.isArray(parsed) ? parsed.map(parseResultOf) : [parsed];
}

const SEED = ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html\n\nHarbour reopens after repairs\n\nMOSCOW, November 2 – RIA Novosti. The harbour reopened on Friday.';
const seedResult = parseArticle(SEED);
const seed = asJson(seedResult) as { article: Record<string, unknown> } & Record<string, unknown>;

describe('schema/*.json', () => {
  it(
    'are exactly what npm run schema generates from the types (run it and review the diff)',
    () => {
      const fresh = generateSchemas();
      expect(readdirSync(schemaDir).sort()).toEqual(fresh.map((s) => s.file).sort());
      for (const { file, text } of fresh) expect(schemaText(file), `schema/${file}`).toBe(text);
    },
    60_000,
  );

  it('give each branded string its pattern, with no trace of the brand', () => {
    const { definitions } = JSON.parse(schemaText('article.json')) as { definitions: Record<string, unknown> };
    expect(definitions['IsoDate']).toMatchObject({ type: 'string', pattern: '^\\d{4}-\\d{2}(?:-\\d{2})?$' });
    expect(definitions['IsoTimestamp']).toMatchObject({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[+-]\\d{2}:\\d{2})?$' });
    expect(definitions['NormalizedUrl']).toMatchObject({ type: 'string', pattern: '^https?://' });
    expect(definitions['UrlKey']).toMatchObject({ type: 'string', pattern: '^https://' });
    for (const { file } of SCHEMAS) expect(schemaText(file), file).not.toMatch(/Brand<|\{@link/);
  });
});

describe('every fixture output validates', () => {
  it.each(fixtureNames)('%s: against parse-result.json', (name) => {
    for (const result of fixtureResults(name)) {
      expectValid(validateResult, result, name);
      if (result.article !== null) expectValid(validateArticle, result.article, name);
    }
  });
});

describe('NDJSON records validate against record.json', () => {
  const sources: RecordSource[] = [{ source: 'dump.txt' }, { source: '-', id: 7, meta: { partition: 3, tags: ['a', 'b'], nested: { at: null, ok: true } } }];
  const shapes: RecordShape[] = [{}, { sections: true }, { fields: ['title', 'date', 'url', 'dates'] }, { fields: ['sections', 'body'], sections: true }, { fields: [] }];

  it.each(fixtureNames)('%s: with and without sections, with fields', (name) => {
    for (const parsed of parseCorpus(readFixture(name))) {
      for (const from of sources) {
        for (const shape of shapes) {
          const record = toRecord(parsed, from, shape);
          expectValid(validateRecord, JSON.parse(ndjsonLine(record)), `${name} ${JSON.stringify(shape)}`);
        }
      }
    }
  });

  it('hold no sections unless asked for, and only the fields asked for', () => {
    const [parsed] = parseCorpus(SEED);
    if (parsed === undefined) throw new Error('no record');
    expect(Object.keys(toRecord(parsed, { source: '-' }).article ?? {})).not.toContain('sections');
    expect(Object.keys(toRecord(parsed, { source: '-' }, { fields: ['title'] }).article ?? {})).toEqual(['title']);
  });
});

describe('--entries records validate against entry-record.json', () => {
  it.each(fixtureNames)('%s', (name) => {
    for (const parsed of parseCorpus(readFixture(name))) {
      for (const record of entryRecords(parsed, { source: '-', id: 'a-1', meta: { partition: 3 } })) expectValid(validateEntryRecord, JSON.parse(ndjsonLine(record)), name);
    }
  });

  it('refuse a record without its parent, or with a time out of form', () => {
    const [parsed] = parseCorpus(readFixture('live-blog'));
    const [record] = parsed === undefined ? [] : entryRecords(parsed, { source: '-' });
    if (record === undefined) throw new Error('no entry');
    expectValid(validateEntryRecord, asJson(record), 'live-blog entry');
    expect(refusals(validateEntryRecord, without(record, 'parent'))).toContain('required ');
    expect(refusals(validateEntryRecord, { ...record, time: '10:34' })).toContain('pattern /time');
  });
});

describe('parseArticle output always validates (property)', () => {
  it('on random strings', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.constantFrom(' date 2021-11-02 ', ' date 2021-11 ', 'https://ria.ru/20211102/a-1234500100.html', 'http://www.x.org/a', 'javascript:x', 'MOSCOW, November 2 – RIA Novosti. ', '\n', '\r\n', '\uFEFF', '2021-11-21T11: 02', '2021-10-27T13:02:05.5+0300', 'Title words here', '.'), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(validateResult(asJson(parseArticle(text))), JSON.stringify(validateResult.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated fixtures', () => {
    const fixtures = fixtureNames.map(readFixture);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 40 }), fc.string({ unit: 'binary', maxLength: 8 }), (pick, where, cut, insert) => {
        const base = fixtures[pick % fixtures.length] ?? SEED;
        const at = where % (base.length + 1);
        const text = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut));
        expect(validateResult(asJson(parseArticle(text))), JSON.stringify(validateResult.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the schemas refuse what the types do not allow', () => {
  it('take the seed document as valid to begin with', () => {
    expect(seedResult.article?.url).toBe('https://ria.ru/20211102/harbour-1234567890.html');
    expectValid(validateResult, seed, 'seed');
  });

  it('refuse a date out of form, a javascript: url, a timestamp without time', () => {
    expect(refusals(validateResult, { ...seed, article: { ...seed.article, date: '2021-13-40x' } })).toContain('pattern /article/date');
    expect(refusals(validateResult, { ...seed, article: { ...seed.article, url: 'javascript:x' } })).toContain('pattern /article/url');
    expect(refusals(validateResult, { ...seed, article: { ...seed.article, urlKey: 'http://ria.ru/a' } })).toContain('pattern /article/urlKey');
    expect(refusals(validateResult, { ...seed, article: { ...seed.article, published: '2021-11-02' } })).toContain('pattern /article/published');
  });

  it('refuse an extra key, at the top and inside', () => {
    expect(refusals(validateResult, { ...seed, extra: 1 })).toContain('additionalProperties ');
    expect(refusals(validateArticle, { ...seed.article, extra: 1 })).toContain('additionalProperties ');
    expect(refusals(validateResult, { ...seed, article: { ...seed.article, dates: { ...(seed.article['dates'] as object), extra: 1 } } })).toContain('additionalProperties /article/dates');
  });

  it('require every Article field (absent is null), but not in a record, whose article is partial', () => {
    expect(refusals(validateArticle, without(seed.article, 'title'))).toContain('required ');
    expect(refusals(validateArticle, { ...seed.article, title: undefined })).toContain('required ');
    const [parsed] = parseCorpus(SEED);
    if (parsed === undefined) throw new Error('no record');
    const record = asJson(toRecord(parsed, { source: '-' }, { fields: ['title'] })) as { article: object };
    expectValid(validateRecord, record, 'partial article');
    expect(refusals(validateRecord, { ...record, article: { ...record.article, extra: 1 } })).toContain('additionalProperties /article');
    expect(refusals(validateRecord, { ...record, article: { ...record.article, date: '2021-13-40x' } })).toContain('pattern /article/date');
    expect(refusals(validateRecord, without(record, 'meta'))).toContain('required ');
  });

  it('refuse an unknown diagnostic code', () => {
    const diagnostic = { code: 'NOT_A_CODE', severity: 'info', message: 'm', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    expect(refusals(validateResult, { ...seed, diagnostics: [diagnostic] })).toContain('enum /diagnostics/0/code');
  });

  it('check the ParseResult part of a corpus record, not its place', () => {
    const [record] = parseCorpus(SEED);
    if (record === undefined) throw new Error('no record');
    expect(validateResult(asJson(record))).toBe(false);
    expectValid(validateResult, parseResultOf(record), 'corpus record without its place');
  });
});

describe('docs/schema.md', () => {
  const doc = readFileSync(join(root, 'docs', 'schema.md'), 'utf8');

  it('lists each schema file with its $id', () => {
    for (const { file } of SCHEMAS) expect(doc).toContain(`| \`schema/${file}\` | \`https://newsdoc.dev/schema/${file}\` |`);
  });

  it('shows each branded type with the pattern its schema has', () => {
    const { definitions } = JSON.parse(schemaText('article.json')) as { definitions: Record<string, { pattern?: string }> };
    for (const name of ['IsoDate', 'IsoTimestamp', 'NormalizedUrl', 'UrlKey']) expect(doc).toContain(`| \`${name}\` | \`${definitions[name]?.pattern ?? '?'}\` |`);
  });

  it('shows the loading calls that test/dist/smoke.mjs and smoke.cjs run against the build', () => {
    const esm = readFileSync(join(root, 'test', 'dist', 'smoke.mjs'), 'utf8');
    const cjs = readFileSync(join(root, 'test', 'dist', 'smoke.cjs'), 'utf8');
    for (const line of [
      "import { Ajv } from 'ajv';",
      "import schema from 'newsdoc/schema/parse-result.json' with { type: 'json' };",
      "const text = ' date 2021-11-02 https://ria.ru/20211102/a-1234567.html\\n\\nHarbour reopens';",
      'const ajv = new Ajv({ allowUnionTypes: true });',
      'const validate = ajv.compile(schema);',
    ]) {
      expect(doc).toContain(line);
      expect(esm).toContain(line);
    }
    expect(doc).toContain("require('newsdoc/schema/record.json')");
    expect(cjs).toContain('require(`newsdoc/schema/${name}.json`)');
  });
});
