/**
 * FoldedRange: the folded text of a range, and the way between its indices and the input
 * offsets, checked against a slow reference that folds character by character.
 */
import { describe, expect, it } from 'vitest';
import { foldedText, isBlankCode } from '../../src/internal/chars.js';
import { FoldedRange } from '../../src/internal/folded.js';

/** The input offset of each folded index, the slow way: one per kept character, the first blank of a run for its space. */
function reference(input: string, from: number, to: number): { text: string; offsets: number[] } {
  while (from < to && isBlankCode(input.charCodeAt(from))) from++;
  while (to > from && isBlankCode(input.charCodeAt(to - 1))) to--;
  let text = '';
  const offsets: number[] = [];
  for (let i = from; i < to; i++) {
    if (!isBlankCode(input.charCodeAt(i))) {
      text += input[i];
      offsets.push(i);
      continue;
    }
    text += ' ';
    offsets.push(i);
    while (i + 1 < to && isBlankCode(input.charCodeAt(i + 1))) i++;
  }
  return { text, offsets };
}

const CASES: readonly (readonly [string, number, number])[] = [
  ['Harbour reopens', 0, 15],
  ['  Harbour  reopens \t after\u00a0repairs  ', 0, 36],
  ['x Harbour\treopens y', 2, 17],
  ['a  b  c', 0, 7],
  ['a\u3000\u3000b c\t\td', 0, 9],
  ['one two\u2028three', 0, 13],
  ['a \u00a0b', 0, 4],
  ['a\u00a0 b', 0, 4],
  ['   ', 0, 3],
  ['', 0, 0],
  ['ab', 1, 2],
  ['a b  ', 0, 5],
];

describe('FoldedRange', () => {
  it.each(CASES)('%j [%i, %i): the folded text, and each folded index back to its input offset', (input, from, to) => {
    const range = new FoldedRange(input, from, to);
    const { text, offsets } = reference(input, from, to);
    expect(range.text).toBe(text);
    expect(range.text).toBe(foldedText(input, from, to));
    expect(offsets.map((_, at) => range.toInput(at))).toEqual(offsets);
    // Past the last character: the end of the trimmed range.
    const end = offsets.length === 0 ? null : (offsets[offsets.length - 1] as number) + 1;
    if (end !== null) expect(range.toInput(text.length)).toBe(end);
  });

  it.each(CASES)('%j [%i, %i): fromInput undoes toInput, and never goes back as the offset grows', (input, from, to) => {
    const range = new FoldedRange(input, from, to);
    for (let at = 0; at <= range.text.length; at++) expect([at, range.fromInput(range.toInput(at))]).toEqual([at, at]);
    const mapped = Array.from({ length: to - from + 1 }, (_, i) => range.fromInput(from + i));
    expect(mapped.every((at, i) => i === 0 || at >= (mapped[i - 1] as number))).toBe(true);
    expect(mapped.every((at) => at <= range.text.length)).toBe(true);
  });

  it('maps the offsets of a folded run the way the body checks read them', () => {
    const input = 'ab \t\t cd  e';
    const range = new FoldedRange(input, 0, input.length);
    expect(range.text).toBe('ab cd e');
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((at) => range.toInput(at))).toEqual([0, 1, 2, 6, 7, 8, 10, 11]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((offset) => range.fromInput(offset))).toEqual([0, 1, 2, 2, 2, 2, 3, 4, 5, 5, 6, 7]);
  });

  it('maps an offset before the range to its start and one past it to the text end', () => {
    const input = 'xx  ab  cd  yy';
    const range = new FoldedRange(input, 2, 12);
    expect(range.text).toBe('ab cd');
    expect(range.fromInput(0)).toBe(0);
    expect(range.fromInput(4)).toBe(0);
    expect(range.fromInput(12)).toBe(5);
    expect(range.fromInput(14)).toBe(5);
    expect(range.toInput(0)).toBe(4);
    expect(range.toInput(5)).toBe(10);
  });

  it('takes a known folded text as it is when nothing was folded, and folds when it was', () => {
    const input = '  Harbour reopens  ';
    const known = new FoldedRange(input, 0, input.length, 'Harbour reopens');
    expect(known.text).toBe('Harbour reopens');
    expect(known.toInput(3)).toBe(5);
    expect(known.fromInput(10)).toBe(8);
    const folded = 'a  b';
    const shorter = new FoldedRange(folded, 0, folded.length, 'a b');
    expect(shorter.text).toBe('a b');
    expect(shorter.toInput(2)).toBe(3);
    expect(shorter.fromInput(3)).toBe(2);
  });
});
