/**
 * The scanning stage's behaviours a mutation run (issue 13) found untested: the offsets
 * of each line under every line ending and a BOM, the blank-trimmed content of a line,
 * whether an input holds text and words, and where each input-wide deviation is reported.
 */
import { describe, expect, it } from 'vitest';
import { scanInput, scanLines } from '../../src/parse/scan.js';
import { Reporter } from '../../src/internal/report.js';

const lines = (input: string): number[][] => scanLines(input).map((l) => [l.start, l.end, l.next, l.contentStart, l.contentEnd]);

function scan(input: string): { hasText: boolean; hasWords: boolean; lineStarts: readonly number[]; count: number; found: [string, number, number][] } {
  const report = new Reporter();
  const s = scanInput(input, report);
  const found = report.finish(s.lineStarts).map((d): [string, number, number] => [d.code, d.start.offset, d.end.offset]);
  return { hasText: s.hasText, hasWords: s.hasWords, lineStarts: s.lineStarts, count: s.lines.length, found };
}

describe('scanLines', () => {
  it.each([
    ['LF', 'ab\n cd \n\nef', [[0, 2, 3, 0, 2], [3, 7, 8, 4, 6], [8, 8, 9, 8, 8], [9, 11, 11, 9, 11]]],
    ['CRLF', 'ab\r\n cd \r\n\r\nef', [[0, 2, 4, 0, 2], [4, 8, 10, 5, 7], [10, 10, 12, 10, 10], [12, 14, 14, 12, 14]]],
    ['a lone CR', 'ab\r cd \r\ref', [[0, 2, 3, 0, 2], [3, 7, 8, 4, 6], [8, 8, 9, 8, 8], [9, 11, 11, 9, 11]]],
    ['mixed', 'ab\r\n\rcd\n', [[0, 2, 4, 0, 2], [4, 4, 5, 4, 4], [5, 7, 8, 5, 7], [8, 8, 8, 8, 8]]],
  ])('gives start, end, next and the content of each line, %s', (_, input, expected) => {
    expect(lines(input)).toEqual(expected);
  });

  it('reads a line end that begins the input', () => {
    expect(lines('\nab')).toEqual([
      [0, 0, 1, 0, 0],
      [1, 3, 3, 1, 3],
    ]);
  });

  it('reads a CR that begins the input as a line end', () => {
    expect(lines('\rab')).toEqual([
      [0, 0, 1, 0, 0],
      [1, 3, 3, 1, 3],
    ]);
  });

  it('starts line 1 after a BOM', () => {
    expect(lines('\ufeffab\ncd')).toEqual([
      [1, 3, 4, 1, 3],
      [4, 6, 6, 4, 6],
    ]);
    expect(lines('\ufeffab\r\ncd')).toEqual([
      [1, 3, 5, 1, 3],
      [5, 7, 7, 5, 7],
    ]);
  });

  it('gives a line of blanks its end as content start and end', () => {
    expect(lines(' \t \nx')).toEqual([
      [0, 3, 4, 3, 3],
      [4, 5, 5, 4, 5],
    ]);
    expect(lines('x\r \t ')).toEqual([
      [0, 1, 2, 0, 1],
      [2, 5, 5, 5, 5],
    ]);
  });

  it('gives one empty line for an empty input, and a last empty line after a final break', () => {
    expect(lines('')).toEqual([[0, 0, 0, 0, 0]]);
    expect(lines('a\r')).toEqual([
      [0, 1, 2, 0, 1],
      [2, 2, 2, 2, 2],
    ]);
    expect(lines('a\r\n')).toEqual([
      [0, 1, 3, 0, 1],
      [3, 3, 3, 3, 3],
    ]);
  });
});

describe('scanInput', () => {
  it.each([
    ['', false, false],
    [' \n\t \r\n', false, false],
    ['— …', true, false],
    ['  x', true, true],
    ['\r\n— 7', true, true],
    ['\u0001', true, false],
    ['\u0001 — é', true, true],
    ['\u202a\u202c', true, false],
    ['  \n\t ', false, false],
    ['—', true, false],
  ])('tells whether %j holds text (%s) and words (%s)', (input, hasText, hasWords) => {
    const s = scan(input);
    expect([s.hasText, s.hasWords]).toEqual([hasText, hasWords]);
  });

  it('gives no lines for an input without text, but its line starts', () => {
    const s = scan(' \n\r\n \r');
    expect(s.count).toBe(0);
    expect(s.lineStarts).toEqual([0, 2, 4, 6]);
    expect(s.found).toEqual([]);
  });

  it('starts line 1 at 0 even after a BOM, and reports the BOM', () => {
    const s = scan('\ufeffab\ncd');
    expect(s.lineStarts).toEqual([0, 4]);
    expect(s.found).toEqual([['INPUT_BOM', 0, 1]]);
  });

  it('reports the first CRLF or lone CR only, with its width', () => {
    expect(scan('ab\ncd\r\nef\rgh').found).toEqual([['INPUT_LINE_ENDINGS', 5, 7]]);
    expect(scan('ab\ncd\ref\r\ngh').found).toEqual([['INPUT_LINE_ENDINGS', 5, 6]]);
    expect(scan('ab\r').found).toEqual([['INPUT_LINE_ENDINGS', 2, 3]]);
  });

  it('reports each run of control characters, one ending the input included', () => {
    expect(scan('a\u0001\u0002b\u007fc\u0085').found).toEqual([
      ['INPUT_CONTROL_CHARACTERS', 1, 3],
      ['INPUT_CONTROL_CHARACTERS', 4, 5],
      ['INPUT_CONTROL_CHARACTERS', 6, 7],
    ]);
  });

  it('reports each run of bidi controls, one ending the input included', () => {
    expect(scan('a\u202e\u2066b c\u2069').found).toEqual([
      ['INPUT_BIDI_CONTROLS', 1, 3],
      ['INPUT_BIDI_CONTROLS', 6, 7],
    ]);
  });

  it.each([
    ['\u0000', 'INPUT_CONTROL_CHARACTERS'],
    ['\u0008', 'INPUT_CONTROL_CHARACTERS'],
    ['\u000b', 'INPUT_CONTROL_CHARACTERS'],
    ['\u001f', 'INPUT_CONTROL_CHARACTERS'],
    ['\u007f', 'INPUT_CONTROL_CHARACTERS'],
    ['\u009f', 'INPUT_CONTROL_CHARACTERS'],
    ['\u202a', 'INPUT_BIDI_CONTROLS'],
    ['\u202e', 'INPUT_BIDI_CONTROLS'],
    ['\u2066', 'INPUT_BIDI_CONTROLS'],
    ['\u2069', 'INPUT_BIDI_CONTROLS'],
  ])('reports %j, at either end of its range, as %s', (ch, code) => {
    expect(scan(`ab${ch}cd`).found).toEqual([[code, 2, 3]]);
  });

  it.each([['\u0009'], ['\u00a0'], ['\u00a1'], ['\u007e'], ['\u2029'], ['\u202f'], ['\u2065'], ['\u206a']])('reports nothing for %j, just outside a range', (ch) => {
    expect(scan(`ab${ch}cd`).found).toEqual([]);
  });

  it('reports runs that start the input, and one that is the whole input', () => {
    expect(scan('\u0001\u0002ab').found).toEqual([['INPUT_CONTROL_CHARACTERS', 0, 2]]);
    expect(scan('\u202e\u202eab').found).toEqual([['INPUT_BIDI_CONTROLS', 0, 2]]);
    expect(scan('\u202eab').found).toEqual([['INPUT_BIDI_CONTROLS', 0, 1]]);
    expect(scan('\u0001').found).toEqual([['INPUT_CONTROL_CHARACTERS', 0, 1]]);
    expect(scan('\u202e').found).toEqual([['INPUT_BIDI_CONTROLS', 0, 1]]);
    expect(scan('\rab\r\n').found).toEqual([['INPUT_LINE_ENDINGS', 0, 1]]);
  });

  it('reports no control run for tabs and line ends, nor for a CR', () => {
    expect(scan('a\tb\nc').found).toEqual([]);
    expect(scan('a\tb\r\nc').found.map(([code]) => code)).toEqual(['INPUT_LINE_ENDINGS']);
  });

  it('reports control characters in an input with no text otherwise', () => {
    const s = scan('\u0001\n');
    expect(s.found).toEqual([['INPUT_CONTROL_CHARACTERS', 0, 1]]);
    expect(s.count).toBe(2);
  });

  it('reads words and text past the first CR or control character', () => {
    expect(scan('\r\n\u0001 x').hasWords).toBe(true);
    expect(scan('\u202a x').hasWords).toBe(true);
    expect(scan('\r\n  —').hasText).toBe(true);
  });
});
