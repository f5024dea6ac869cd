/**
 * docs/diagnostics.md is the reference users read: it names every code, with the
 * severity the code has, and an example input that, parsed, gives that code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes, parseArticle, parseCorpus, type Diagnostic, type ParseArticleOptions } from '../src/index.js';

const doc = readFileSync(new URL('../docs/diagnostics.md', import.meta.url), 'utf8');

/** A table row that defines a code: `| `CODE` | severity | meaning | `example` | what |`. */
interface Row {
  readonly code: string;
  readonly severity: string;
  readonly example: string;
}

function rows(markdown: string): Row[] {
  const out: Row[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\| `([A-Z][A-Z\d_]+)` \| (\w+) \| [^|]* \| ([^|]*) \|/.exec(line);
    if (m) out.push({ code: m[1] ?? '', severity: m[2] ?? '', example: (m[3] ?? '').trim() });
  }
  return out;
}

/** Decodes the doc's notation: `⏎` a line break, `␠` a space, `\r` `\t` `\uXXXX`, `[[…]]×N` a repeat. */
function decode(example: string): string {
  let expanded = example;
  for (let open = expanded.indexOf('[['); open >= 0; open = expanded.indexOf('[[')) {
    const close = expanded.indexOf(']]×', open);
    let end = close + 3;
    while (end < expanded.length && expanded[end] !== undefined && /\d/.test(expanded[end] ?? '')) end++;
    expanded = expanded.slice(0, open) + expanded.slice(open + 2, close).repeat(Number(expanded.slice(close + 3, end))) + expanded.slice(end);
  }
  return expanded
    .replaceAll('⏎', '\n')
    .replaceAll('␠', ' ')
    .replace(/\\u([\dA-Fa-f]{4})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replaceAll('\\r', '\r')
    .replaceAll('\\n', '\n')
    .replaceAll('\\t', '\t');
}

/** The options a code's example is parsed with, as its row says. */
const EXAMPLE_OPTIONS: { readonly [code: string]: ParseArticleOptions } = {
  REPAIR_APPLIED: { repair: 'safe' },
  DOCUMENT_TOO_LARGE: { maxDocumentSize: 20 },
  BOILERPLATE_LINE: { boilerplate: { version: 1, hosts: { 'north-post.example': { documents: 20, lines: { 'follow north post on telegram': 8 } } } } },
  LANGUAGE_HOOK_FAILED: { detectLanguage: () => 'not a tag' },
};

function codesOf(code: string, input: string): string[] {
  const all: readonly Diagnostic[] = code.startsWith('CORPUS_') ? parseCorpus(input).flatMap((r) => r.diagnostics) : parseArticle(input, EXAMPLE_OPTIONS[code]).diagnostics;
  return all.map((d) => d.code);
}

describe('docs/diagnostics.md', () => {
  const table = rows(doc);
  const byCode = new Map(table.map((r) => [r.code, r]));

  it('has one row per code, and no row for a code that does not exist', () => {
    expect(table.map((r) => r.code).sort()).toEqual(Object.keys(diagnosticCodes).sort());
  });

  it.each(Object.keys(diagnosticCodes))('%s: its severity and an example that gives it', (code) => {
    const row = byCode.get(code);
    expect(row, `${code} has no row`).toBeDefined();
    expect(row?.severity).toBe(diagnosticCodes[code as keyof typeof diagnosticCodes].severity);
    const example = row?.example ?? '';
    // No text gives these to the parser: a stage failure (test/parse/stage-failure.test.ts
    // makes one fail) and a bad JSON-lines line of the command (test/dist/cli.test.ts).
    if (code === 'INTERNAL_ERROR' || code === 'INPUT_RECORD_INVALID') return;
    expect(example.startsWith('`') && example.endsWith('`'), `${code}: the example is one code span`).toBe(true);
    expect(codesOf(code, decode(example.slice(1, -1)))).toContain(code);
  });
});
