/**
 * The seams of a page flattened onto one line (src/parse/page/glue.ts), behaviours a
 * mutation run (issue 13) found untested: where the search starts and stops, each kind of
 * seam and the names that are none, and how many seams, how near the start, make a page glued.
 */
import { describe, expect, it } from 'vitest';
import { glueSeams, looksGlued } from '../../src/parse/page/glue.js';

const seams = (text: string): number[] => glueSeams(text, 0, text.length);

describe('glueSeams', () => {
  it.each([
    ['a word into a capitalised word', 'RussiaBlast hits', [6]],
    ['a word into a one-letter word', 'commentsA fire', [8]],
    ['a word into a number', 'World16 dead', [5]],
    ['a closing parenthesis into a capitalised word', '(Independent)Sixteen', [13]],
    ['two seams in a row of fields', 'NewsWorldFire destroys', [4, 9]],
  ])('finds %s', (_, text, want) => {
    expect(seams(text)).toEqual(want);
  });

  it.each([
    ['a capital and a lower-case letter before a capital', 'McDonald LaPresse'],
    ['a capital into capitals', 'worldUSA'],
    ['a capital into a digit', 'worldA1'],
    ['a parenthesis into capitals', '(AP)AFP'],
    ['a parenthesis into a lower-case word', '(ap)said'],
    ['a parenthesis into a one-letter word', '(AP)A fire'],
    ['a capital after a blank', 'the World'],
    ['a digit after a blank', 'the 16'],
    ['a digit after one letter', 'a16'],
  ])('finds no seam at %s', (_, text) => {
    expect(seams(text)).toEqual([]);
  });

  it('reads only the range: no seam in its first two characters or its last one', () => {
    // The letters before `from` do not make `xaBcd` a seam at `B`.
    expect(glueSeams('xaBcd', 1, 5)).toEqual([]);
    expect(glueSeams('xaBcd', 0, 5)).toEqual([2]);
    // The character after `to` is not `next`: `abcDe` cut before `e` has no seam at `D`.
    expect(glueSeams('abcDe', 0, 4)).toEqual([]);
    expect(glueSeams('abcDe', 0, 5)).toEqual([3]);
    // A digit as the last character of the range is not read.
    expect(glueSeams('abc1', 0, 4)).toEqual([]);
    expect(glueSeams('abc12', 0, 5)).toEqual([3]);
    // A parenthesis seam just after `from` is before the range's third character.
    expect(glueSeams('x)Abc', 1, 5)).toEqual([]);
    expect(glueSeams('xx)Abc', 1, 6)).toEqual([3]);
  });

  it('gives offsets into the whole input', () => {
    expect(glueSeams('###RussiaBlast', 3, 14)).toEqual([9]);
  });
});

describe('looksGlued', () => {
  it('needs three seams', () => {
    expect(looksGlued('NewsWorldFireBlast hits', 0, 23)).toBe(true);
    expect(looksGlued('NewsWorldFire hits', 0, 18)).toBe(false);
  });

  it('counts only the seams in the first 400 characters', () => {
    const text = `NewsWorldFire${'x'.repeat(390)}Blast hits`;
    // The third seam, at 403, is past the window.
    expect(glueSeams(text, 0, text.length)).toEqual([4, 9, 403]);
    expect(looksGlued(text, 0, text.length)).toBe(false);
    const near = `NewsWorldFire${'x'.repeat(380)}Blast hits`;
    expect(looksGlued(near, 0, near.length)).toBe(true);
  });

  it('counts from `from` and stops at `to`', () => {
    const text = `${'ab '.repeat(200)}NewsWorldFireBlast hits`;
    expect(looksGlued(text, 600, text.length)).toBe(true);
    expect(looksGlued(text, 0, text.length)).toBe(false);
    expect(looksGlued('NewsWorldFireBlast hits', 0, 14)).toBe(false);
  });
});
