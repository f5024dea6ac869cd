import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import type { Article, Diagnostic, ParseResult, Position } from '../src/index.js';
import { parseArticle, parseCorpus } from '../src/index.js';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const files = readdirSync(fixturesDir).sort();
const txtCases = files.filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt'));
const jsonCases = files.filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json'));

/** Same rule as scripts/update-fixtures.ts: these names hold several documents. */
function isCorpusFixture(name: string): boolean {
  return name.startsWith('multiple-') || name.startsWith('corpus-');
}

/** The fixture's exact text: UTF-8, BOM and line endings untouched. */
function readInput(name: string): string {
  return readFileSync(join(fixturesDir, `${name}.txt`), 'utf8');
}

function parseFixture(name: string, text: string): unknown {
  return isCorpusFixture(name) ? parseCorpus(text) : parseArticle(text);
}

/**
 * Offsets where each line starts, computed here rather than borrowed from src so the test
 * checks the parser's positions against an independent count. `\r\n`, a lone `\r` and `\n`
 * each end a line.
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i += 1;
      starts.push(i + 1);
    } else if (c === 0x0a) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 1-based line and column of an offset, from the table of line starts. */
function expectedPosition(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset };
}

/**
 * Diagnostics lie inside `[from, to]` of the input, in order, with line/column matching
 * the offset. For corpus records `[from, to]` is the record's span: positions are offsets
 * into the whole input, not into the record's slice.
 */
function checkDiagnostics(text: string, diagnostics: readonly Diagnostic[], from: number, to: number): void {
  const starts = lineStarts(text);
  for (const d of diagnostics) {
    expect(d.start.offset, d.code).toBeGreaterThanOrEqual(from);
    expect(d.end.offset, d.code).toBeLessThanOrEqual(to);
    expect(d.start.offset, d.code).toBeLessThanOrEqual(d.end.offset);
    expect(d.start, d.code).toEqual(expectedPosition(starts, d.start.offset));
    expect(d.end, d.code).toEqual(expectedPosition(starts, d.end.offset));
  }
}

/** The sections cover `[from, to)` of the input exactly once, in order, each with its own text. */
function checkSections(text: string, article: Article, from: number, to: number): void {
  const { sections } = article;
  if (sections.length === 0) {
    expect(from, 'no sections for a non-empty span').toBe(to);
    return;
  }
  expect(sections[0]?.start).toBe(from);
  expect(sections[sections.length - 1]?.end).toBe(to);
  let cursor = from;
  for (const s of sections) {
    expect(s.start, `${s.kind} starts where the previous section ended`).toBe(cursor);
    expect(s.end, `${s.kind} is not empty`).toBeGreaterThan(s.start);
    expect(s.text, s.kind).toBe(text.slice(s.start, s.end));
    cursor = s.end;
  }
}

function checkResult(text: string, result: ParseResult, from: number, to: number): void {
  checkDiagnostics(text, result.diagnostics, from, to);
  if (result.article !== null) checkSections(text, result.article, from, to);
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
    expect(parseFixture(name, readInput(name))).toEqual(expected);
  });
});

describe('fixture invariants (independent of the expected files)', () => {
  const articleCases = txtCases.filter((name) => !isCorpusFixture(name));
  const corpusCases = txtCases.filter(isCorpusFixture);

  it.each(articleCases)('%s: diagnostic positions and sections agree with the input', (name) => {
    const text = readInput(name);
    checkResult(text, parseArticle(text), 0, text.length);
  });

  it.each(corpusCases)('%s: records cover the input; positions and sections agree with it', (name) => {
    const text = readInput(name);
    const records = parseCorpus(text);
    expect(records.length).toBeGreaterThan(0);
    let cursor = 0;
    records.forEach((record, index) => {
      expect(record.index).toBe(index);
      expect(record.start).toBe(cursor);
      expect(record.end).toBeGreaterThanOrEqual(record.start);
      checkResult(text, record, record.start, record.end);
      cursor = record.end;
    });
    expect(cursor).toBe(text.length);
  });
});
