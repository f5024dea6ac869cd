/**
 * What a short field may hold: hidden runs (controls, whole escape sequences, bidi and
 * zero-width characters) and URLs of other schemes than http(s) are removed, and each
 * removal is reported where it stands in the input.
 */
import { describe, expect, it } from 'vitest';
import { isControlCode, isFormatCode } from '../../src/internal/chars.js';
import { lineStartsOf } from '../../src/internal/positions.js';
import { Reporter } from '../../src/internal/report.js';
import { hasNonHttpUrl, hiddenRuns, isHiddenCode, safeShortText, shortField, withoutHidden } from '../../src/internal/short-field.js';

const ESC = '\u001b';

describe('isHiddenCode', () => {
  it('is a control or a format character, on every code unit', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => c);
    expect(all.filter((c) => isHiddenCode(c) !== (isControlCode(c) || isFormatCode(c)))).toEqual([]);
  });
});

describe('hiddenRuns', () => {
  it.each([
    ['plain text', []],
    ['a\u0000\u0001b', [[1, 3]]],
    ['a\u0000b\u0007c', [[1, 2], [3, 4]]],
    ['\u202eabc\u202c', [[0, 1], [4, 5]]],
    ['a\u200cb\u2060', [[1, 2], [3, 4]]],
    ['a\u200bb', []],
    [`a${ESC}[2Jb`, [[1, 5]]],
    [`a${ESC}[?25lb`, [[1, 7]]],
    [`${ESC}[1;2@x`, [[0, 6]]],
    [`${ESC}[5~x`, [[0, 4]]],
    [`${ESC}[5}x`, [[0, 4]]],
    [`${ESC}[5 Ax`, [[0, 5]]],
    [`${ESC}[`, [[0, 2]]],
    [`${ESC}]0;title\u0007rest`, [[0, 10]]],
    [`${ESC}]0;t${ESC}\\rest`, [[0, 7]]],
    [`${ESC}]0;a${ESC}xb\u0007c`, [[0, 9]]],
    [`${ESC}]0;ab`, [[0, 6]]],
    [`${ESC}cd`, [[0, 2]]],
    [`a${ESC}`, [[1, 2]]],
    [`${ESC}${ESC}x`, [[0, 2]]],
    [`${ESC}[2J\u0000${ESC}[0mx`, [[0, 9]]],
  ] as const)('%j → %j', (text, runs) => {
    expect(hiddenRuns(text, 0, text.length)).toEqual(runs);
  });

  it('cuts a runaway CSI or OSC sequence after 64 code units', () => {
    const csi = `${ESC}[${'1'.repeat(100)}m`;
    expect(hiddenRuns(csi, 0, csi.length)).toEqual([[0, 64]]);
    const osc = `${ESC}]${'t'.repeat(100)}\u0007`;
    expect(hiddenRuns(osc, 0, osc.length)).toEqual([[0, 64], [102, 103]]);
    const short = `${ESC}[${'1'.repeat(61)}m`;
    expect(hiddenRuns(short, 0, short.length)).toEqual([[0, 64]]);
  });

  it('reads only the range: a sequence ends at its end', () => {
    const text = `ab${ESC}[12Jcd\u0000`;
    expect(hiddenRuns(text, 2, 5)).toEqual([[2, 5]]);
    expect(hiddenRuns(text, 3, 9)).toEqual([]);
    const osc = `${ESC}]0;title\u0007`;
    expect(hiddenRuns(osc, 0, 5)).toEqual([[0, 5]]);
    expect(hiddenRuns(`x${ESC}y`, 0, 2)).toEqual([[1, 2]]);
    expect(hiddenRuns('\u0000\u0000\u0000', 1, 2)).toEqual([[1, 2]]);
  });
});

describe('withoutHidden', () => {
  it.each([
    ['Harbour reopens', 'Harbour reopens'],
    [`Harbour ${ESC}[2J reopens`, 'Harbour reopens'],
    [`Harbour${ESC}[2Jreopens`, 'Harbour reopens'],
    ['\u202eHarbour\u202c', 'Harbour'],
    [`${ESC}[2J`, null],
    ['\u0000 \u0001', null],
    ['', null],
    ['a\u0000', 'a'],
  ])('%j → %j', (text, expected) => {
    expect(withoutHidden(text)).toBe(expected);
  });
});

describe('hasNonHttpUrl', () => {
  it.each([
    'javascript:alert(1)',
    'see javascript:alert(1)',
    'JavaScript:void(0)',
    'VBScript:x',
    'livescript:x',
    'data:text/html,<b>',
    'file:/etc/passwd',
    'blob:https://a.example/x',
    'filesystem:x',
    'view-source:x',
    'ftp://host/a',
    'chrome://settings',
    'httpx://a',
    'git+ssh://host/repo',
    '(javascript:x)',
    'a,ftp://h',
    'a-ftp://h',
  ])('%j holds one', (text) => {
    expect(hasNonHttpUrl(text)).toBe(true);
  });

  it.each([
    '',
    'Harbour reopens',
    'http://a.example/x',
    'https://a.example/x',
    'HTTPS://a.example/x',
    'Note:this',
    '10:30',
    'javascript:',
    'javascript: x',
    'xjavascript:alert(1)',
    'a.javascript:x',
    '1ftp://h',
    'ftp:/h',
    'ftp//h',
    '://h',
  ])('%j holds none', (text) => {
    expect(hasNonHttpUrl(text)).toBe(false);
  });
});

describe('safeShortText', () => {
  it.each([
    ['Harbour reopens', 'Harbour reopens'],
    ['Harbour javascript:alert(1) reopens', 'Harbour reopens'],
    [`Harbour${ESC}[2Jjavascript:x reopens`, 'Harbour reopens'],
    ['javascript:alert(1)', null],
    [`${ESC}[2J`, null],
    ['ftp://a b ftp://c', 'b'],
  ])('%j → %j', (text, expected) => {
    expect(safeShortText(text)).toBe(expected);
  });
});

/** The short field of `input` from `from` to its end (text as given), with the diagnostics it reported. */
function field(input: string, from: number, text: string | null = input.slice(from), to = input.length): [string | null, [string, number, number][]] {
  const report = new Reporter();
  const value = shortField(input, from, to, text, report);
  return [value, report.finish(lineStartsOf(input)).map((d) => [d.code, d.start.offset, d.end.offset])];
}

describe('shortField', () => {
  it('is null for no text or an empty one, and the text itself when nothing is hidden', () => {
    expect(field('Tag: x', 5, null)).toEqual([null, []]);
    expect(field('Tag: ', 5, '')).toEqual([null, []]);
    expect(field('Tag: Harbour', 5)).toEqual(['Harbour', []]);
  });

  it('removes hidden runs and reports each where the input has it', () => {
    const input = `Title: Harbour ${ESC}[2J reopens \u202eagain`;
    expect(field(input, 7)).toEqual(['Harbour reopens again', [['FIELD_CHARACTERS_REMOVED', 15, 19], ['FIELD_CHARACTERS_REMOVED', 28, 29]]]);
  });

  it('reports hidden runs of the range only, and null when nothing else is left', () => {
    const input = `\u0000Tag: \u0001\u0002`;
    expect(field(input, 6)).toEqual([null, [['FIELD_CHARACTERS_REMOVED', 6, 8]]]);
  });

  it('removes URLs of other schemes and reports each where it stands, a repeated one at each place', () => {
    const input = 'Tag: ftp://a.example/x news ftp://a.example/x';
    expect(field(input, 5)).toEqual(['news', [['FIELD_URL_REMOVED', 5, 22], ['FIELD_URL_REMOVED', 28, 45]]]);
  });

  it('finds a URL after a hidden run it was cut from', () => {
    const input = `Tag: a\u0000javascript:x b`;
    expect(field(input, 5, input.slice(5))).toEqual(['a b', [['FIELD_CHARACTERS_REMOVED', 6, 7], ['FIELD_URL_REMOVED', 7, 19]]]);
  });

  it('reports the whole range for a URL the input does not hold there', () => {
    // The text was folded from elsewhere: the URL is nowhere in the range, or only past its end.
    expect(field('Tag: news', 5, 'javascript:x news')).toEqual(['news', [['FIELD_URL_REMOVED', 5, 9]]]);
    expect(field('Tag: news javascript:x', 5, 'javascript:x news', 9)).toEqual(['news', [['FIELD_URL_REMOVED', 5, 9]]]);
  });

  it('is null when the field was only a URL', () => {
    expect(field('Tag: data:text/html,x', 5)).toEqual([null, [['FIELD_URL_REMOVED', 5, 21]]]);
  });
});
