/**
 * The model's runtime parts: the table of diagnostic codes (a severity of three and a
 * summary for each, frozen) and the two error classes (what they carry, and `instanceof`
 * across copies of newsdoc, which recognise each other by a registered symbol).
 */
import { describe, expect, it } from 'vitest';
import { diagnosticCodes, type DiagnosticCode } from '../../src/model/codes.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { ArticleParseError, ArticleStringifyError, isArticleParseError } from '../../src/model/errors.js';

const codes = Object.keys(diagnosticCodes) as DiagnosticCode[];

describe('diagnosticCodes', () => {
  it.each(codes)('%s has a severity and a one-line summary', (code) => {
    const entry = diagnosticCodes[code];
    expect(['error', 'warning', 'info']).toContain(entry.severity);
    expect(entry.summary.trim().length).toBeGreaterThan(10);
    expect(entry.summary).not.toContain('\n');
    expect(Object.keys(entry).sort()).toEqual(['severity', 'summary']);
  });

  it('gives the codes the parser stops or doubts at their severity', () => {
    expect(diagnosticCodes.INPUT_EMPTY.severity).toBe('error');
    expect(diagnosticCodes.INTERNAL_ERROR.severity).toBe('error');
    expect(diagnosticCodes.HEADER_URL_MISSING.severity).toBe('warning');
    expect(diagnosticCodes.TITLE_MISSING.severity).toBe('warning');
    expect(diagnosticCodes.INPUT_BOM.severity).toBe('info');
    expect(diagnosticCodes.LANGUAGE_UNKNOWN.severity).toBe('info');
  });

  it('is frozen, every entry too: no caller changes what later parses read', () => {
    expect(Object.isFrozen(diagnosticCodes)).toBe(true);
    for (const code of codes) expect(Object.isFrozen(diagnosticCodes[code])).toBe(true);
    expect(() => {
      (diagnosticCodes.TITLE_MISSING as { severity: string }).severity = 'error';
    }).toThrow(TypeError);
    expect(diagnosticCodes.TITLE_MISSING.severity).toBe('warning');
  });
});

const at = (line: number, column: number, offset: number) => ({ line, column, offset });
const diagnostic = (code: DiagnosticCode, line: number): Diagnostic => ({
  code,
  severity: diagnosticCodes[code].severity,
  message: 'm',
  start: at(line, 3, 10 * line),
  end: at(line, 5, 10 * line + 2),
});

describe('ArticleParseError', () => {
  it('carries every diagnostic, and its message names the first error and where it is', () => {
    const diagnostics = [diagnostic('INPUT_BOM', 1), diagnostic('HEADER_URL_MISSING', 2), diagnostic('HEADER_DATE_INVALID', 4), diagnostic('HEADER_MISSING', 7)];
    const error = new ArticleParseError(diagnostics);
    expect(error.diagnostics).toBe(diagnostics);
    expect(error.name).toBe('ArticleParseError');
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain('HEADER_DATE_INVALID');
    expect(error.message).toContain('4:3');
    expect(error.message).not.toContain('INPUT_BOM');
    expect(error.message).not.toContain('HEADER_MISSING');
  });

  it('names the first diagnostic when none is an error, and still has a message with none', () => {
    expect(new ArticleParseError([diagnostic('INPUT_BOM', 2), diagnostic('TITLE_MISSING', 3)]).message).toContain('INPUT_BOM');
    const empty = new ArticleParseError([]);
    expect(empty.diagnostics).toEqual([]);
    expect(empty.message.length).toBeGreaterThan(0);
  });

  it('is recognised by instanceof and isArticleParseError, also when another copy made it', () => {
    const error = new ArticleParseError([]);
    expect(error instanceof ArticleParseError).toBe(true);
    expect(isArticleParseError(error)).toBe(true);
    const fromAnotherCopy = Object.assign(new Error('x'), { [Symbol.for('newsdoc.ArticleParseError')]: true });
    expect(fromAnotherCopy instanceof ArticleParseError).toBe(true);
    expect(isArticleParseError(fromAnotherCopy)).toBe(true);
  });

  it('is not anything else', () => {
    for (const value of [new Error('x'), new RangeError('x'), null, undefined, 'ArticleParseError', 1, {}, { [Symbol.for('newsdoc.ArticleParseError')]: 'yes' }, new ArticleStringifyError('NO_HEADER', null, 'm')]) {
      expect(value instanceof ArticleParseError).toBe(false);
      expect(isArticleParseError(value)).toBe(false);
    }
  });
});

describe('ArticleStringifyError', () => {
  it('is a RangeError with its code and field', () => {
    const error = new ArticleStringifyError('READS_BACK_DIFFERENTLY', 'title', 'm');
    expect(error).toBeInstanceOf(RangeError);
    expect(error.name).toBe('ArticleStringifyError');
    expect(error.code).toBe('READS_BACK_DIFFERENTLY');
    expect(error.field).toBe('title');
    expect(new ArticleStringifyError('TOO_LARGE', null, 'm').field).toBeNull();
  });

  it('is recognised by instanceof, also when another copy made it', () => {
    expect(new ArticleStringifyError('NO_HEADER', null, 'm') instanceof ArticleStringifyError).toBe(true);
    const fromAnotherCopy = Object.assign(new RangeError('x'), { [Symbol.for('newsdoc.ArticleStringifyError')]: true });
    expect(fromAnotherCopy instanceof ArticleStringifyError).toBe(true);
  });

  it('is not anything else', () => {
    for (const value of [new RangeError('x'), null, undefined, 'x', 0, {}, { [Symbol.for('newsdoc.ArticleStringifyError')]: 1 }, new ArticleParseError([])]) {
      expect(value instanceof ArticleStringifyError).toBe(false);
    }
  });
});
