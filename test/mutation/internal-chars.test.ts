/**
 * The character helpers, each against the definition its TSDoc gives, on every UTF-16
 * code unit; and the range helpers (trim, fold, all-space) at their edges: a range that
 * is all blank, a range inside a longer text whose neighbours are blank, a range of one.
 */
import { describe, expect, it } from 'vitest';
import {
  foldedText,
  isAllSpace,
  isAsciiLetterCode,
  isBidiControlCode,
  isControlCode,
  isDigitCode,
  isFormatCode,
  isLineBreakCode,
  isSpaceCode,
  isBlankCode,
  isUpperCode,
  isLowerCode,
  isLetterCode,
  isWordCode,
  needsFolding,
  trimBlanks,
  trimSpace,
} from '../../src/internal/chars.js';

const all = Array.from({ length: 0x10000 }, (_, code) => code);
const ch = (code: number): string => String.fromCharCode(code);
/** The code units where `actual` and `expected` disagree (none, when they agree). */
const disagreements = (actual: (code: number) => boolean, expected: (code: number) => boolean): number[] => all.filter((c) => actual(c) !== expected(c));
const inRange = (c: number, from: number, to: number): boolean => c >= from && c <= to;

describe('character classes, on all 65,536 code units', () => {
  it('isLineBreakCode is LF and CR', () => {
    expect(disagreements(isLineBreakCode, (c) => c === 10 || c === 13)).toEqual([]);
  });

  it('isSpaceCode is a blank or a line break', () => {
    expect(disagreements(isSpaceCode, (c) => isBlankCode(c) || c === 10 || c === 13)).toEqual([]);
    expect(disagreements(isSpaceCode, (c) => (/\s/.test(ch(c)) || c === 0x85 || c === 0x200b))).toEqual([]);
  });

  it('isDigitCode is 0-9 only', () => {
    expect(disagreements(isDigitCode, (c) => /^\d$/.test(ch(c)))).toEqual([]);
  });

  it('isAsciiLetterCode is A-Z and a-z only', () => {
    expect(disagreements(isAsciiLetterCode, (c) => /^[A-Z]$/i.test(ch(c)))).toEqual([]);
  });

  it('isControlCode is C0 but tab, LF and CR; DEL; C1', () => {
    expect(disagreements(isControlCode, (c) => /\p{Cc}/u.test(ch(c)) && c !== 9 && c !== 10 && c !== 13)).toEqual([]);
  });

  it('isBidiControlCode is the embeddings, overrides and isolates', () => {
    expect(disagreements(isBidiControlCode, (c) => inRange(c, 0x202a, 0x202e) || inRange(c, 0x2066, 0x2069))).toEqual([]);
  });

  it('isFormatCode is the bidi controls, the marks, the joiners and U+180E', () => {
    const marks = [0x180e, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0x2060];
    expect(disagreements(isFormatCode, (c) => isBidiControlCode(c) || marks.includes(c))).toEqual([]);
  });

  it('the case and letter classes agree with Unicode at the edges of their fast paths', () => {
    for (const c of [0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0x7f, 0x80, 0xa9, 0xaa, 0xb4, 0xb5, 0xbf, 0xc0, 0xd6, 0xd7, 0xd8, 0xde, 0xdf, 0xf6, 0xf7, 0xf8, 0xff, 0x100, 0x3ff, 0x400, 0x42f, 0x430, 0x44f, 0x450, 0x1fff, 0x2000, 0x206f, 0x2070, 0x2071, 0x218f, 0x2190, 0x23ff, 0x2400, 0x24b6, 0x24d0, 0x24ff, 0x2500, 0x2775, 0x2776, 0x2c00, 0xd7ff, 0xd800, 0xf8ff, 0xf900, 0xfffc, 0xfffd, 0xff21]) {
      const s = ch(c);
      expect([c, isUpperCode(c)]).toEqual([c, s !== s.toLowerCase() && s === s.toUpperCase()]);
      expect([c, isLowerCode(c)]).toEqual([c, s !== s.toUpperCase() && s === s.toLowerCase()]);
      expect([c, isLetterCode(c)]).toEqual([c, /[\p{L}\p{M}]/u.test(s)]);
      expect([c, isWordCode(c)]).toEqual([c, /[\p{L}\p{M}\p{N}]/u.test(s)]);
    }
  });
});

describe('needsFolding', () => {
  it.each([
    ['', false],
    ['a b c', false],
    ['a  b', true],
    ['a\tb', true],
    ['a\u00a0b', true],
    ['a\u2028b', true],
    ['a\u200bb', true],
    ['a\ufeff', true],
    ['a\u3000b', true],
    ['a\u2009b', true],
    ['a\u0085b', true],
    ['a\vb', true],
    ['a\fb', true],
    ['a\u1680b', true],
    ['a\u202fb', true],
    ['a\u205fb', true],
    ['a\u2029b', true],
    ['a\u200cb', false],
    ['a-b', false],
  ])('%j → %s', (text, expected) => {
    expect(needsFolding(text)).toBe(expected);
  });

  it('holds for every blank but the space, and for no other character', () => {
    expect(all.filter((c) => needsFolding(`a${ch(c)}b`) !== (isBlankCode(c) && c !== 0x20))).toEqual([]);
  });
});

describe('trimBlanks', () => {
  it.each([
    ['  ab  ', 0, 6, [2, 4]],
    ['  ab  ', 1, 5, [2, 4]],
    ['ab', 0, 2, [0, 2]],
    [' \u00a0a\u3000 ', 0, 5, [2, 3]],
    ['a   b', 1, 4, [4, 4]],
    ['   ', 1, 3, [3, 3]],
    ['   ', 0, 2, [2, 2]],
    [' a ', 1, 2, [1, 2]],
    ['a\nb', 0, 3, [0, 3]],
    ['\n a \n', 0, 5, [0, 5]],
    [' a b ', 2, 2, [2, 2]],
  ] as const)('%j [%i, %i) → %j', (text, from, to, expected) => {
    expect(trimBlanks(text, from, to)).toEqual(expected);
  });
});

describe('trimSpace', () => {
  it.each([
    ['', ''],
    ['abc', 'abc'],
    ['  abc', 'abc'],
    ['abc \n', 'abc'],
    ['\r\n\t a b \u00a0\n', 'a b'],
    [' \n ', ''],
    ['\n', ''],
    ['a', 'a'],
    [' a', 'a'],
    ['a ', 'a'],
  ])('%j → %j', (text, expected) => {
    expect(trimSpace(text)).toBe(expected);
  });
});

describe('isAllSpace', () => {
  it('asks about the whole text by default', () => {
    expect(isAllSpace('')).toBe(true);
    expect(isAllSpace(' \t\n\r\u00a0\u2028')).toBe(true);
    expect(isAllSpace(' x ')).toBe(false);
    expect(isAllSpace('x  ')).toBe(false);
    expect(isAllSpace('  x')).toBe(false);
  });

  it('asks about the range only', () => {
    expect(isAllSpace('x  y', 1, 3)).toBe(true);
    expect(isAllSpace('x  y', 0, 3)).toBe(false);
    expect(isAllSpace('x  y', 1, 4)).toBe(false);
    expect(isAllSpace('x  y', 1)).toBe(false);
    expect(isAllSpace('xy', 1, 1)).toBe(true);
    expect(isAllSpace('x y', 1, 2)).toBe(true);
  });
});

describe('foldedText', () => {
  it.each([
    ['', 0, 0, ''],
    ['abc', 0, 3, 'abc'],
    ['  a b  ', 0, 7, 'a b'],
    ['a  b', 0, 4, 'a b'],
    ['a \t\u00a0 b\u3000\u3000c', 0, 11, 'a b c'],
    ['x a\tb y', 1, 6, 'a b'],
    ['xa\tb y', 1, 4, 'a b'],
    ['a\tb', 0, 3, 'a b'],
    ['a\t', 0, 2, 'a'],
    ['\u00a0a', 0, 2, 'a'],
    ['\t\t', 0, 2, ''],
    ['one\u2028two  three', 0, 14, 'one two three'],
    ['p\tq r', 0, 5, 'p q r'],
  ] as const)('%j [%i, %i) → %j', (text, from, to, expected) => {
    expect(foldedText(text, from, to)).toBe(expected);
  });
});
