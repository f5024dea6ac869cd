/**
 * scripts/make-dump.mjs: the generated dump is what it claims to be. Every document keeps
 * the shape of the fixture it was made from (the same diagnostic codes), the dump holds
 * exactly the documents asked for, the same options give the same bytes, and the command
 * line writes nothing on standard output but the dump.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/index.js';
import { ndjsonLine, toRecord } from '../../src/cli/record.js';
import { dumpPieces, loadTemplates, makeDocument, makeDump, writeRecords } from '../../scripts/make-dump.mjs';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'make-dump.mjs');
const templates = loadTemplates();
const inDumps = templates.filter((t) => t.role !== 'skip');

const codesOf = (text: string): string[][] => parseCorpus(text).map((r) => r.diagnostics.map((d) => d.code).sort());
const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('make-dump: documents', () => {
  // Years, ids and sizes vary with the document's number; the first twelve numbers give
  // every template each of its year shifts and both body sizes.
  const numbers = Array.from({ length: 12 }, (_, i) => i);

  it.each(inDumps.map((t) => [t.name, t] as const))('%s keeps its diagnostic codes in every variant', (_, template) => {
    const expected = codesOf(template.text);
    for (const i of numbers) {
      for (const full of [false, true]) expect(codesOf(makeDocument(template, i, { full })), `document ${i}${full ? ', full' : ''}`).toEqual(expected);
    }
  });

  it('varies ids and years, so documents differ', () => {
    const seed = templates.find((t) => t.name === 'seed');
    expect(seed).toBeDefined();
    if (seed === undefined) return;
    const urls = numbers.map((i) => parseCorpus(makeDocument(seed, i))[0]?.article?.url);
    expect(new Set(urls).size).toBe(numbers.length);
    const years = new Set(numbers.map((i) => parseCorpus(makeDocument(seed, i))[0]?.article?.date?.slice(0, 4)));
    expect(years.size).toBeGreaterThan(1);
  });

  it('grows full-length bodies to 2–6 KB', () => {
    for (const template of inDumps.filter((t) => t.bodyEnd !== null && t.language !== null && t.bodyLength < 2048)) {
      const body = parseCorpus(makeDocument(template, 5, { full: true }))[0]?.article?.body ?? '';
      expect(body.length, template.name).toBeGreaterThanOrEqual(2048);
      expect(body.length, template.name).toBeLessThan(6144 + 1024);
    }
  });
});

describe('make-dump: the dump', () => {
  it('holds exactly the documents asked for, and every fixture shape', () => {
    // A page without a header follows every 97th document: enough documents for each to come once.
    const documents = 97 * (inDumps.filter((t) => t.role === 'tail').length + 1);
    const pieces = [...dumpPieces({ documents })];
    const text = pieces.map((p) => p.text).join('');
    expect(parseCorpus(text)).toHaveLength(documents);
    expect(pieces.reduce((n, p) => n + p.documents, 0)).toBe(documents);
    const used = new Set(pieces.map((p) => p.template));
    for (const t of inDumps.filter((t) => t.role !== 'tail')) expect(used, t.name).toContain(t.name);
    // A page without a header is part of the document before it.
    for (const t of inDumps.filter((t) => t.role === 'tail')) expect(text).toContain(t.text.trimEnd());
  });

  it('opens with a document that has no article', () => {
    const [first] = parseCorpus(makeDump({ documents: 3 }));
    expect(first?.article).toBeNull();
  });

  it('makes a different part of a dump from --start, without the preamble', () => {
    const part = makeDump({ documents: 50, start: 50 });
    const records = parseCorpus(part);
    expect(records).toHaveLength(50);
    expect(records[0]?.article).not.toBeNull();
    expect(part).not.toBe(makeDump({ documents: 50 }));
  });

  it('gives the same bytes for the same options', () => {
    expect(makeDump({ documents: 400, full: true })).toBe(makeDump({ documents: 400, full: true }));
    expect(makeDump({ documents: 400 })).not.toBe(makeDump({ documents: 400, full: true }));
  });

  it('writes full header dates first when asked', () => {
    const byName = new Map(templates.map((t) => [t.name, t]));
    let fullDates = 0;
    let sawMonthOnly = false;
    for (const piece of dumpPieces({ documents: 3000, fullDatesFirst: 1500 })) {
      const template = byName.get(piece.template);
      if (template?.monthOnly) {
        expect(fullDates).toBeGreaterThanOrEqual(1500);
        sawMonthOnly = true;
        break;
      }
      fullDates += template?.fullDates ?? 0;
    }
    expect(sawMonthOnly).toBe(true);
  });

  it('stops at the first document that reaches --bytes', () => {
    const pieces = [...dumpPieces({ bytes: 100_000 })];
    const sizes = pieces.map((p) => bytesOf(p.text));
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(100_000);
    expect(total - (sizes.at(-1) ?? 0)).toBeLessThan(100_000);
  });
});

describe('make-dump: the command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdoc-make-dump-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

  it('writes the dump on standard output and nothing else', () => {
    const result = run('--documents', '120', '--full');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(makeDump({ documents: 120, full: true }));
  });

  it('writes --out and --records, and prints nothing', { timeout: 60_000 }, () => {
    const out = join(dir, 'dump.txt');
    const records = join(dir, 'dump.ndjson');
    const result = run('--documents', '40', '--out', out, '--records', records);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(makeDump({ documents: 40 }));
    const written = readFileSync(records, 'utf8');
    const lines = written.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(40);
    expect(lines.map((line) => (JSON.parse(line) as { source: string }).source)).toEqual(lines.map(() => out));
    // The command's records are writeRecords over src/, as a test would call it.
    const again = join(dir, 'again.ndjson');
    expect(writeRecords({ parseCorpus, toRecord, ndjsonLine }, makeDump({ documents: 40 }), again, { source: out })).toBe(40);
    expect(readFileSync(again, 'utf8')).toBe(written);
  });

  it('exits 2 on a usage error', () => {
    for (const args of [['--documents'], ['--documents', 'many'], ['--documents', '3', '--bytes', '9'], ['--frobnicate']]) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^make-dump: /);
    }
  });
});
