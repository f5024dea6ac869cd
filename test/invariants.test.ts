/** Each invariant check of test/invariants.ts fails on the mistake it is there to catch. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Section } from '../src/index.js';
import { checkDiagnostics, checkEntries, checkNoEmptyValues, checkSections, walkPosition } from './invariants.js';

const text = 'ab\r\ncd\ref\ngh';
const section = (kind: Section['kind'], start: number, end: number): Section => ({ kind, start, end, text: text.slice(start, end) });
const diagnostic = (start: number, end: number, line = walkPosition(text, start).line): Diagnostic => ({
  code: 'TITLE_MISSING',
  severity: 'warning',
  message: 'm',
  start: { ...walkPosition(text, start), line },
  end: walkPosition(text, end),
});

describe('the invariant checks', () => {
  it('count lines as the format does: CRLF once, a lone CR, LF', () => {
    expect([0, 4, 7, 10].map((o) => walkPosition(text, o).line)).toEqual([1, 2, 3, 4]);
    expect(walkPosition(text, 11)).toEqual({ line: 4, column: 2, offset: 11 });
  });

  it('accept a good section list and fail on a gap, an overlap, a short cover or text in whitespace', () => {
    expect(() => checkSections(text, [section('title', 0, 2), section('whitespace', 2, 4), section('body', 4, 12)], 0, 12)).not.toThrow();
    expect(() => checkSections(text, [section('title', 0, 2), section('body', 4, 12)], 0, 12)).toThrow(/starts where/);
    expect(() => checkSections(text, [section('title', 0, 3), section('body', 2, 12)], 0, 12)).toThrow(/starts where/);
    expect(() => checkSections(text, [section('title', 0, 2)], 0, 12)).toThrow(/end where/);
    expect(() => checkSections(text, [section('whitespace', 0, 12)], 0, 12)).toThrow(/holds only whitespace/);
    expect(() => checkSections(text, [{ ...section('title', 0, 2), text: 'zz' }, section('body', 2, 12)], 0, 12)).toThrow();
  });

  it('fail on a diagnostic outside the span, out of order, or with a wrong line', () => {
    expect(() => checkDiagnostics(text, [diagnostic(0, 2), diagnostic(4, 6)], 0, 12)).not.toThrow();
    expect(() => checkDiagnostics(text, [diagnostic(4, 13)], 0, 12)).toThrow();
    expect(() => checkDiagnostics(text, [diagnostic(4, 6), diagnostic(0, 2)], 0, 12)).toThrow(/input order/);
    expect(() => checkDiagnostics(text, [diagnostic(4, 6, 1)], 0, 12)).toThrow();
    expect(() => checkDiagnostics(text, [diagnostic(0, 2)], 1, 12)).toThrow();
  });

  it('fail on undefined, NaN and the empty string anywhere', () => {
    expect(() => checkNoEmptyValues({ a: [null, 1, 'x', { b: false }] })).not.toThrow();
    expect(() => checkNoEmptyValues({ a: { b: undefined } })).toThrow(/a\.b is undefined/);
    expect(() => checkNoEmptyValues({ a: [1, Number.NaN] })).toThrow(/a\[1\] is NaN/);
    expect(() => checkNoEmptyValues({ lead: '' })).toThrow(/lead is ""/);
  });

  it('fail on an entry out of order, outside the input, with text from elsewhere or another time', () => {
    const page = '10:34am: Wind delays the start\n\nThe race starts late.\n\n10:12am: Crowds gather\n\nPeople lined the pier.';
    const paragraphs = ['10:34am: Wind delays the start', 'The race starts late.', '10:12am: Crowds gather', 'People lined the pier.'];
    const first = { time: '2022-03-10T10:34', title: 'Wind delays the start', body: 'The race starts late.', start: 0, end: 53 };
    const second = { time: '2022-03-10T10:12', title: 'Crowds gather', body: 'People lined the pier.', start: 55, end: 101 };
    expect(() => checkEntries(page, { paragraphs, entries: [first, second] }, 0, page.length)).not.toThrow();
    expect(() => checkEntries(page, { paragraphs, entries: [second, first] }, 0, page.length)).toThrow(/starts after/);
    expect(() => checkEntries(page, { paragraphs, entries: [first, { ...second, end: 140 }] }, 0, page.length)).toThrow(/lies in the input/);
    expect(() => checkEntries(page, { paragraphs, entries: [{ ...first, title: 'Crowds gather' }] }, 0, page.length)).toThrow(/title is in its span/);
    expect(() => checkEntries(page, { paragraphs, entries: [{ ...first, body: 'The race starts at noon.' }] }, 0, page.length)).toThrow(/text is in its span/);
    expect(() => checkEntries(page, { paragraphs: paragraphs.slice(0, 1), entries: [first] }, 0, page.length)).toThrow(/text is body text/);
    expect(() => checkEntries(page, { paragraphs, entries: [{ ...first, time: '2022-03-10T22:34' }] }, 0, page.length)).toThrow(/time is the one/);
    // A title is a short field: a control character in its span is a space in the title.
    const hidden = page.replace('Wind delays', 'Wind\u0000delays');
    expect(() => checkEntries(hidden, { paragraphs, entries: [first] }, 0, hidden.length)).not.toThrow();
    expect(() => checkEntries(hidden, { paragraphs, entries: [{ ...first, title: 'Winddelays the start' }] }, 0, hidden.length)).toThrow(/title is in its span/);
  });
});
