/** The character helpers agree with the definitions they stand for, on every UTF-16 code unit. */
import { describe, expect, it } from 'vitest';
import { BLANK_CLASS, isBlankCode, isLetterCode, isLowerCode, isUpperCode, isWordCode } from '../../src/internal/chars.js';

const all = Array.from({ length: 0x10000 }, (_, code) => code);
const ch = (code: number): string => String.fromCharCode(code);

describe('character helpers, on all 65,536 code units', () => {
  it('isUpperCode and isLowerCode are the case mappings', () => {
    expect(all.filter((c) => isUpperCode(c) !== (ch(c) !== ch(c).toLowerCase() && ch(c) === ch(c).toUpperCase()))).toEqual([]);
    expect(all.filter((c) => isLowerCode(c) !== (ch(c) !== ch(c).toUpperCase() && ch(c) === ch(c).toLowerCase()))).toEqual([]);
  });

  it('isLetterCode is \\p{L} or \\p{M}, isWordCode adds \\p{N}', () => {
    expect(all.filter((c) => isLetterCode(c) !== /[\p{L}\p{M}]/u.test(ch(c)))).toEqual([]);
    expect(all.filter((c) => isWordCode(c) !== /[\p{L}\p{M}\p{N}]/u.test(ch(c)))).toEqual([]);
  });

  it('BLANK_CLASS matches exactly what isBlankCode calls blank', () => {
    const re = new RegExp(`^${BLANK_CLASS}$`);
    expect(all.filter((c) => isBlankCode(c) !== re.test(ch(c)))).toEqual([]);
  });

  it('blank is JS white space without the line breaks, plus NEL and the zero-width space', () => {
    const js = (c: number): boolean => /\s/.test(ch(c)) && c !== 0x0a && c !== 0x0d;
    expect(all.filter((c) => isBlankCode(c) !== (js(c) || c === 0x85 || c === 0x200b))).toEqual([]);
  });
});
