import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import type { Article, Diagnostic } from '../src/index.js';
import { parseArticle } from '../src/index.js';

/**
 * Layout noise must not change what is read: CRLF, lone CR, a BOM, NBSP indentation and
 * trailing spaces change no field but `sections` and the offsets of `entries`, and
 * diagnostics still point into the text as given.
 */

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Fixtures written with LF line endings and no BOM, the base of every variant. */
const baseCases = ['seed', 'ria-full-metadata-block', 'header-with-title', 'live-blog'] as const;

/** Line breaks of the LF base text. */
const lineFeed = /\n/g;
/**
 * The start of each non-empty line after the header, where indentation goes:
 * `\u00A0\u00A0BARNAUL, 25 Nov`. (The header's own leading space must be one space; an NBSP
 * there is `HEADER_SPACING`.)
 */
const lineStart = /(?<=\n)(?=[^\n])/g;
/** The end of each line, where trailing spaces go: `…said.` before `\n` or the end. */
const lineEnd = /$/gm;

const variants: Readonly<Record<string, (lf: string) => string>> = {
  crlf: (lf) => lf.replace(lineFeed, '\r\n'),
  'lone cr': (lf) => lf.replace(lineFeed, '\r'),
  bom: (lf) => `\uFEFF${lf}`,
  'nbsp indentation': (lf) => lf.replace(lineStart, '\u00A0\u00A0'),
  'trailing spaces': (lf) => lf.replace(lineEnd, '  '),
  'bom + crlf + trailing spaces': (lf) => `\uFEFF${lf.replace(lineEnd, ' \u00A0').replace(lineFeed, '\r\n')}`,
};

function readBase(name: string): string {
  return readFileSync(join(fixturesDir, `${name}.txt`), 'utf8');
}

/** The fields that count no input offsets: all but `sections`, and the entries without their span. */
function withoutSections(article: Article | null): unknown {
  if (article === null) return null;
  const { sections, ...rest } = article;
  void sections;
  return { ...rest, entries: rest.entries.map(({ time, title, body }) => ({ time, title, body })) };
}

/** Diagnostics about the encoding of the input itself are expected to differ between variants. */
function contentDiagnostics(diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  return diagnostics.filter((d) => !d.code.startsWith('INPUT_'));
}

describe.each(baseCases)('%s', (name) => {
  const lf = readBase(name);
  const base = parseArticle(lf);

  it('is LF text without a BOM and parses to an article (the base of the comparisons)', () => {
    // A base that already had CR or a BOM would make the variants moot.
    expect(lf).not.toMatch(/[\r\uFEFF]/);
    expect(base.article).not.toBeNull();
  });

  it.each(Object.entries(variants))('%s changes no field but sections; positions stay in the text', (_, make) => {
    const text = make(lf);
    expect(text).not.toBe(lf);
    const result = parseArticle(text);
    expect(withoutSections(result.article)).toEqual(withoutSections(base.article));
    for (const d of result.diagnostics) {
      expect(d.start.offset, d.code).toBeGreaterThanOrEqual(0);
      expect(d.end.offset, d.code).toBeLessThanOrEqual(text.length);
      expect(d.start.offset, d.code).toBeLessThanOrEqual(d.end.offset);
    }
    expect(contentDiagnostics(result.diagnostics).map((d) => d.code)).toEqual(
      contentDiagnostics(base.diagnostics).map((d) => d.code),
    );
  });

  it('CRLF diagnostics cover the same text as the LF ones', () => {
    const crlf = lf.replace(lineFeed, '\r\n');
    const lfDiagnostics = contentDiagnostics(base.diagnostics);
    const crlfDiagnostics = contentDiagnostics(parseArticle(crlf).diagnostics);
    expect(crlfDiagnostics.map((d) => d.code)).toEqual(lfDiagnostics.map((d) => d.code));
    crlfDiagnostics.forEach((d, i) => {
      const original = lfDiagnostics[i];
      if (original === undefined) throw new Error('diagnostic counts differ');
      expect(crlf.slice(d.start.offset, d.end.offset).replaceAll('\r', ''), d.code).toBe(
        lf.slice(original.start.offset, original.end.offset),
      );
      expect({ line: d.start.line, column: d.start.column }, d.code).toEqual({
        line: original.start.line,
        column: original.start.column,
      });
    });
  });
});
