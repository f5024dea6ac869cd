import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import type { Article, CorpusRecord, ParseResult } from '../src/index.js';
import * as newsdoc from '../src/index.js';
import { diagnosticCodes, normalizeUrl } from '../src/index.js';
import { findMarks, fixtureMode, parseFixture as parseWith, pathText, withRightValues } from '../scripts/fixture-mode.cjs';
import { checkDiagnostics, checkEntries, checkNoEmptyValues, checkSections, fold, HIDDEN } from './invariants.js';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const files = readdirSync(fixturesDir).sort();
const txtCases = files.filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt'));
const jsonCases = files.filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json'));
/** The `user:password@` of a URL: from `//` to the last `@` before the path (`//editor:pw@ria.ru` → `//ria.ru`). */
const CREDENTIALS = /\/\/[^/?#\\\s]*@/;

function isCorpusFixture(name: string): boolean {
  return fixtureMode(name).corpus;
}

/** The fixture's exact text: UTF-8, BOM and line endings untouched. */
function readInput(name: string): string {
  return readFileSync(join(fixturesDir, `${name}.txt`), 'utf8');
}

function parseFixture(name: string, text: string): ParseResult | ParseResult[] {
  return parseWith(newsdoc, name, text) as ParseResult | ParseResult[];
}

/** The result as the `.json` holds it: plain JSON, without the wording of messages. */
function asExpected(result: unknown): unknown {
  return JSON.parse(JSON.stringify(result, (key, value: unknown) => (key === 'message' ? undefined : value)));
}

/** Each field's text comes from a section of the kind that field is read from. */
function checkFieldSources(article: Article): void {
  // Short fields are compared without what the parser removes from them; the body keeps it.
  const of = (kind: string): string[] => article.sections.filter((s) => s.kind === kind).map((s) => fold(kind === 'body' ? s.text : s.text.replace(new RegExp(HIDDEN.source, 'gu'), ' ')));
  if (article.title !== null) expect(of('title').some((t) => t.startsWith(article.title ?? '')), 'title from a title section').toBe(true);
  if (article.lead !== null) expect(of('lead').some((t) => t.startsWith(article.lead ?? '')), 'lead from a lead section').toBe(true);
  for (const tag of article.tags) expect(of('tags'), 'tags from tags sections').toContain(tag);
  if (article.image !== null) {
    const images = article.sections.filter((s) => s.kind === 'image').map((s) => normalizeUrl(s.text));
    expect(images, 'image from an image section').toContain(article.image);
  }
  const body = of('body');
  for (const paragraph of article.paragraphs) expect(body, 'paragraphs from body sections').toContain(paragraph);
  if (article.dateline !== null) expect(body[0]?.startsWith(article.dateline.raw), 'dateline opens the first body section').toBe(true);
  if (article.urlRaw !== null) {
    // As written, but for a `user:password@` (up to the last `@` of the authority; one URL a line), which no field keeps.
    const sources = article.sections.filter((s) => s.kind === 'header' || s.kind === 'link').map((s) => s.text.replace(CREDENTIALS, '//'));
    expect(sources.some((t) => t.includes(article.urlRaw ?? '')), 'URL from the header or a link line').toBe(true);
    expect(article.urlRaw, 'no credentials in urlRaw').not.toMatch(CREDENTIALS);
  }
}

function checkResult(text: string, result: ParseResult, from: number, to: number): void {
  checkNoEmptyValues(result);
  checkDiagnostics(text, result.diagnostics, from, to);
  expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
  if (result.article !== null) {
    checkSections(text, result.article.sections, from, to);
    checkEntries(text, result.article, from, to);
    // A repaired paragraph differs from its section's text by the repairs.
    if (!result.diagnostics.some((d) => d.code === 'REPAIR_APPLIED')) checkFieldSources(result.article);
  }
}

describe('fixtures', () => {
  it('has at least 15 pairs, and every .txt has a .json and every .json a .txt', () => {
    expect(txtCases.length).toBeGreaterThanOrEqual(15);
    expect(jsonCases).toEqual(txtCases);
  });

  it.each(txtCases)('%s: parses to its expected .json', (name) => {
    const jsonPath = join(fixturesDir, `${name}.json`);
    expect(existsSync(jsonPath), `${name}.json is missing: run npm run fixtures:update`).toBe(true);
    const expected: unknown = JSON.parse(readFileSync(jsonPath, 'utf8'));
    // A field marked wrong is compared with the right value its mark gives; a mark that
    // gives none can equal no result, so the fixture fails until the parser is fixed.
    expect(asExpected(parseFixture(name, readInput(name)))).toStrictEqual(withRightValues(expected));
  });

  it('mark no field as wrong: a mark is a parser bug still open (npm run fixture:add -- --wrong)', () => {
    const open: string[] = [];
    for (const name of jsonCases) {
      for (const mark of findMarks(JSON.parse(readFileSync(join(fixturesDir, `${name}.json`), 'utf8')))) {
        const right = mark.hasRight ? `a labeller reads ${JSON.stringify(mark.right)}` : 'no right value given';
        open.push(`${name}: ${pathText(mark.path)} (the parser gave ${JSON.stringify(mark.wrong)}; ${right})`);
      }
    }
    expect(open).toEqual([]);
  });

  it('hold no diagnostic message: wording is not part of the API', () => {
    for (const name of jsonCases) expect(readFileSync(join(fixturesDir, `${name}.json`), 'utf8'), name).not.toMatch(/"message":/);
  });

  it('produce every diagnostic code at least once', () => {
    const seen = new Set<string>();
    for (const name of txtCases) {
      const result = parseFixture(name, readInput(name));
      for (const r of Array.isArray(result) ? result : [result]) for (const d of r.diagnostics) seen.add(d.code);
    }
    // No text gives these to the parser: INTERNAL_ERROR means a stage failed (test/parse/stage-failure.test.ts
    // makes one fail), INPUT_RECORD_INVALID is the command's bad JSON-lines line (test/dist/cli.test.ts).
    // Two need an option that no fixture name gives: a boilerplate profile (test/parse/boilerplate.test.ts)
    // and a language hook (test/parse/language-hook.test.ts).
    const notFromText = new Set(['INTERNAL_ERROR', 'INPUT_RECORD_INVALID', 'BOILERPLATE_LINE', 'LANGUAGE_HOOK_FAILED']);
    expect(Object.keys(diagnosticCodes).filter((code) => !seen.has(code) && !notFromText.has(code))).toEqual([]);
  });
});

/**
 * The fixtures of live pages and digests, one per marker style. No other fixture has
 * entries: an ordinary article, one with subheadings, one that opens with a time or lists a
 * programme of times, is never split by accident.
 */
const FEED_FIXTURES = ['digest-story-headings', 'digest-titled', 'feed-header-time', 'live-blog', 'live-blog-midnight', 'live-blog-stamp-lines', 'live-blog-undated'];

describe('entries', () => {
  it('come only from the fixtures of live pages and digests, at least two each', () => {
    const split: string[] = [];
    for (const name of txtCases) {
      const result = parseFixture(name, readInput(name));
      const counts = (Array.isArray(result) ? result : [result]).map((r) => r.article?.entries.length ?? 0);
      if (counts.some((n) => n > 0)) split.push(name);
      for (const n of counts) expect(n === 0 || n >= 2, name).toBe(true);
    }
    expect(split.sort()).toEqual([...FEED_FIXTURES].sort());
  });
});

describe('fixture invariants (independent of the expected files)', () => {
  const articleCases = txtCases.filter((name) => !isCorpusFixture(name));
  const corpusCases = txtCases.filter(isCorpusFixture);

  it.each(articleCases)('%s: positions, sections and fields agree with the input', (name) => {
    const text = readInput(name);
    checkResult(text, parseFixture(name, text) as ParseResult, 0, text.length);
  });

  it.each(corpusCases)('%s: records cover the input; positions, sections and fields agree with it', (name) => {
    const text = readInput(name);
    const records = parseFixture(name, text) as CorpusRecord[];
    expect(records.length).toBeGreaterThan(0);
    let cursor = 0;
    records.forEach((record, index) => {
      expect(record.index).toBe(index);
      expect(record.start).toBe(cursor);
      expect(record.end).toBeGreaterThan(record.start);
      checkResult(text, record, record.start, record.end);
      cursor = record.end;
    });
    expect(cursor).toBe(text.length);
  });
});
