/**
 * `newsdoc --format canonical`, the BUILT binary: a messy corpus (our fixtures one after
 * another, as they are, and a generated dump of every fixture shape) is rewritten in the
 * canonical form; the output, parsed back as a corpus, gives the same date, url, title,
 * dateline, body and paragraphs, document for document; the documents left out are
 * counted on standard error by reason, and the bytes do not depend on --jobs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Newsdoc from '../../src/index.js';
import { makeDump } from '../../scripts/make-dump.mjs';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'cli.js');
const dist = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof Newsdoc;
const dir = mkdtempSync(join(tmpdir(), 'newsdoc-canonical-'));

function run(args: readonly string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FIELDS = ['date', 'url', 'title', 'dateline', 'body', 'paragraphs'] as const;
const fieldsOf = (a: Newsdoc.Article | null): unknown => (a === null ? null : Object.fromEntries(FIELDS.map((f) => [f, a[f]])));

/** Why the library leaves a record out, or `null` when it writes it. */
function reasonOf(record: Newsdoc.CorpusRecord): string | null {
  if (record.article === null) return 'NO_ARTICLE';
  try {
    dist.stringifyArticle(record.article);
    return null;
  } catch (error) {
    if (error instanceof dist.ArticleStringifyError) return error.code;
    throw error;
  }
}

// Our fixtures back to back, as they are: CRLF, lone CR and BOM pages, headerless pages
// that join the page before them, multi-document fixtures, garbage.
const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
const messy = { name: 'the fixtures concatenated', text: fixtures.join('') };
const dump = { name: 'a generated dump', text: makeDump({ documents: 400 }) };

describe.each([messy, dump])('newsdoc --format canonical on $name', ({ text }) => {
  const file = join(dir, `${text.length}.txt`);
  writeFileSync(file, text);
  const input = dist.parseCorpus(text);
  const result = run(['--format', 'canonical', '--jobs', '1', file]);

  it('writes a dump that parses back to the same fields, document for document', () => {
    expect(result.code).toBe(0);
    const written = input.filter((r) => reasonOf(r) === null);
    // Nearly every document is written: the test compares documents, not refusals.
    expect(written.length).toBeGreaterThan(0.9 * input.length);
    const back = dist.parseCorpus(result.stdout);
    expect(back.map((r) => fieldsOf(r.article))).toStrictEqual(written.map((r) => fieldsOf(r.article)));
    // Canonical all through: every header canonical or date-less, no diagnostic of a split.
    expect(back.flatMap((r) => r.diagnostics.map((d) => d.code)).filter((c) => c.startsWith('CORPUS_') && c !== 'CORPUS_SPLIT_LOOSE_HEADER')).toEqual([]);
  });

  it('writes exactly the library text of each document, separated by a blank line', () => {
    const texts = input.filter((r) => reasonOf(r) === null).map((r) => dist.stringifyArticle(r.article as Newsdoc.Article));
    expect(result.stdout).toBe(texts.join('\n'));
  });

  it('counts the documents it leaves out on standard error, by reason, and nothing else there', () => {
    const reasons = new Map<string, number>();
    for (const r of input) {
      const reason = reasonOf(r);
      if (reason !== null) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    if (reasons.size === 0) {
      expect(result.stderr).toBe('');
      return;
    }
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    const total = [...reasons.values()].reduce((a, b) => a + b, 0);
    expect(result.stderr).toContain(`${total} of ${input.length} `);
    for (const [reason, n] of reasons) expect(result.stderr).toContain(`${reason} ${n}`);
    expect(run(['--format', 'canonical', '--quiet', file]).stderr).toBe('');
  });

  it('writes the same bytes with any --jobs', () => {
    expect(run(['--format', 'canonical', '--jobs', '2', file])).toEqual(result);
  });

  it('writes a fixed point: its own output rewritten is the same bytes', () => {
    const again = run(['--format', 'canonical', '-'], result.stdout);
    expect(again.stdout).toBe(result.stdout);
    expect(again.stderr).toBe('');
  });
});

describe('newsdoc --format canonical, the command line', () => {
  it('refuses --fields and --sections, which it would ignore (exit 2)', () => {
    expect(run(['--format', 'canonical', '--fields', 'date', '-'], '').code).toBe(2);
    expect(run(['--format', 'canonical', '--sections', '-'], '').code).toBe(2);
  });

  it('writes nothing, exit 0, for an input without a document it can write', () => {
    const r = run(['--format', 'canonical', '-'], 'A page stored without any header.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('NO_HEADER 1');
  });

  it('reads JSON lines too, each record one document', () => {
    const doc = ' date 2021-11-02\nHarbour reopens after repairs\n2021-11-02T09:15\nThe harbour reopened on Friday, officials said.';
    const r = run(['--format', 'canonical', '--input', 'jsonl', '-'], `${JSON.stringify({ id: 1, text: doc })}\n${JSON.stringify(doc)}\n`);
    const one = ' date 2021-11-02\n\nHarbour reopens after repairs\n\nThe harbour reopened on Friday, officials said.\n';
    expect(r.stdout).toBe(`${one}\n${one}`);
  });
});
