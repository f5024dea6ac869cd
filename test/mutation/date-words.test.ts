/**
 * The date readers of src/internal/date-words.ts, one behaviour at a time: where each date
 * ends, the limits (eight blanks between the parts, two-digit days, four-digit years, no
 * digit glued on), the ordinals and the Spanish `de`, the slash orders and the Russian year
 * words (issue 13's mutation run).
 */
import { describe, expect, it } from 'vitest';
import {
  readDayMonth,
  readMonthYear,
  readNumericDate,
  readWeekday,
  skipBlanks,
  skipWeekday,
  skipYearWord,
  wordEnd,
} from '../../src/internal/date-words.js';

describe('wordEnd and skipBlanks', () => {
  it('wordEnd reads the whole run of letters', () => {
    expect(wordEnd('Nov 2', 0)).toBe(3);
    expect(wordEnd('Nov', 0)).toBe(3);
    expect(wordEnd('2 Nov', 0)).toBe(0);
    expect(wordEnd('x ноября', 2)).toBe(8);
  });

  it('skipBlanks skips at most eight blanks', () => {
    expect(skipBlanks('a  b', 1)).toBe(3);
    expect(skipBlanks(`a${' '.repeat(8)}b`, 1)).toBe(9);
    expect(skipBlanks(`a${' '.repeat(9)}b`, 1)).toBe(9);
    expect(skipBlanks('a\t\u00a0b', 1)).toBe(3);
    expect(skipBlanks('ab', 1)).toBe(1);
    expect(skipBlanks('a  ', 1)).toBe(3);
  });
});

describe('readDayMonth: day first', () => {
  it.each([
    ['25 Nov', { day: 25, month: 11, year: null, end: 6 }],
    ['2 ноября 2021', { day: 2, month: 11, year: 2021, end: 13 }],
    ['01st November, 2021', { day: 1, month: 11, year: 2021, end: 19 }],
    ['2nd Nov', { day: 2, month: 11, year: null, end: 7 }],
    ['3rd Nov', { day: 3, month: 11, year: null, end: 7 }],
    ['4th Nov', { day: 4, month: 11, year: null, end: 7 }],
    ['1er novembre', { day: 1, month: 11, year: null, end: 12 }],
    ['1ST NOV', { day: 1, month: 11, year: null, end: 7 }],
    ['2. November 2021', { day: 2, month: 11, year: 2021, end: 16 }],
    ['5 de enero de 2022', { day: 5, month: 1, year: 2022, end: 18 }],
    ['5 DE enero', { day: 5, month: 1, year: null, end: 10 }],
    ['23 nov. (LaPresse)', { day: 23, month: 11, year: null, end: 7 }],
    ['25 November.', { day: 25, month: 11, year: null, end: 11 }],
    ['31 November', { day: 31, month: 11, year: null, end: 11 }],
    ['1 November', { day: 1, month: 11, year: null, end: 10 }],
    ['2 November2021', { day: 2, month: 11, year: null, end: 10 }],
    ['2 November,2021', { day: 2, month: 11, year: 2021, end: 15 }],
    ['2 November de2022', { day: 2, month: 11, year: null, end: 10 }],
    ['2 November dex 2022', { day: 2, month: 11, year: null, end: 10 }],
    ['2 November 20211', { day: 2, month: 11, year: null, end: 10 }],
    ['2 November 202', { day: 2, month: 11, year: null, end: 10 }],
    [`2${' '.repeat(8)}November`, { day: 2, month: 11, year: null, end: 17 }],
    [`2 November,${' '.repeat(8)}2021`, { day: 2, month: 11, year: 2021, end: 23 }],
  ])('%j', (text, expected) => {
    expect(readDayMonth(text, 0)).toEqual(expected);
  });

  it.each([
    ['32 November'],
    ['0 November'],
    ['123 November'],
    ['1xy November'],
    ['1stNovember'],
    ['2.November'],
    ['2November'],
    ['5 de'],
    ['5 deenero'],
    ['5 de  '],
    ['31 November 2021'],
    ['29 February 2023'],
    ['2 Novembx'],
    [`2${' '.repeat(9)}November`],
    ['2 '],
    ['2'],
  ])('%j is no day and month', (text) => {
    expect(readDayMonth(text, 0)).toBeNull();
  });

  it('reads from the index it is given, and nowhere outside the text', () => {
    expect(readDayMonth('on 25 Nov', 3)).toEqual({ day: 25, month: 11, year: null, end: 9 });
    expect(readDayMonth('25 Nov', -1)).toBeNull();
    expect(readDayMonth('25 Nov', 6)).toBeNull();
    expect(readDayMonth('', 0)).toBeNull();
  });
});

describe('readDayMonth: month first', () => {
  it.each([
    ['November 2', { day: 2, month: 11, year: null, end: 10 }],
    ['Nov. 26', { day: 26, month: 11, year: null, end: 7 }],
    ['Nov.26', { day: 26, month: 11, year: null, end: 6 }],
    ['Sept 19', { day: 19, month: 9, year: null, end: 7 }],
    ['Nov 26th, 2021', { day: 26, month: 11, year: 2021, end: 14 }],
    ['November 16. /TASS/.', { day: 16, month: 11, year: null, end: 11 }],
    ['October 27, 2021, 22:00', { day: 27, month: 10, year: 2021, end: 16 }],
    [`Nov${' '.repeat(8)}2`, { day: 2, month: 11, year: null, end: 12 }],
  ])('%j', (text, expected) => {
    expect(readDayMonth(text, 0)).toEqual(expected);
  });

  it.each([['November2'], ['Nov 26x'], ['Nov 123'], ['Nov x'], ['Nov'], ['November 32'], ['November 0'], [`Nov${' '.repeat(9)}2`]])(
    '%j is no day and month',
    (text) => {
      expect(readDayMonth(text, 0)).toBeNull();
    },
  );
});

describe('readMonthYear', () => {
  it.each([
    ['November 2021', { year: 2021, month: 11, end: 13 }],
    ['Nov. 2021', { year: 2021, month: 11, end: 9 }],
    ['ноябрь 2021', { year: 2021, month: 11, end: 11 }],
    ['November, 2021', { year: 2021, month: 11, end: 14 }],
    ['enero de 2022', { year: 2022, month: 1, end: 13 }],
  ])('%j', (text, expected) => {
    expect(readMonthYear(text, 0)).toEqual(expected);
  });

  it.each([['November 0999'], ['Foo 2021'], ['November'], ['November 21'], ['2021']])('%j is none', (text) => {
    expect(readMonthYear(text, 0)).toBeNull();
  });
});

describe('readNumericDate', () => {
  it.each([
    ['2021-11-02', 'mdy', { year: 2021, month: 11, day: 2, end: 10 }],
    ['2021/11/02', 'mdy', { year: 2021, month: 11, day: 2, end: 10 }],
    ['2021.11.02', 'dmy', { year: 2021, month: 11, day: 2, end: 10 }],
    ['2021-1-2', 'mdy', { year: 2021, month: 1, day: 2, end: 8 }],
    ['02.11.2021', 'mdy', { year: 2021, month: 11, day: 2, end: 10 }],
    ['23-10-2021', 'mdy', { year: 2021, month: 10, day: 23, end: 10 }],
    ['2.1.2021', 'mdy', { year: 2021, month: 1, day: 2, end: 8 }],
    ['11/02/2021', 'mdy', { year: 2021, month: 11, day: 2, end: 10 }],
    ['21/11/2021', 'mdy', { year: 2021, month: 11, day: 21, end: 10 }],
    ['12/11/2021', 'mdy', { year: 2021, month: 12, day: 11, end: 10 }],
    ['02/11/2021', 'dmy', { year: 2021, month: 11, day: 2, end: 10 }],
    ['11/21/2021', 'dmy', { year: 2021, month: 11, day: 21, end: 10 }],
    ['12/11/2021', 'dmy', { year: 2021, month: 11, day: 12, end: 10 }],
    ['11/12/2021', 'dmy', { year: 2021, month: 12, day: 11, end: 10 }],
    ['13/12/2021', 'mdy', { year: 2021, month: 12, day: 13, end: 10 }],
    ['1.2.2021.', 'mdy', { year: 2021, month: 2, day: 1, end: 8 }],
    ['1.2.2021-5', 'mdy', { year: 2021, month: 2, day: 1, end: 8 }],
    ['2021-11-02 10:00', 'mdy', { year: 2021, month: 11, day: 2, end: 10 }],
  ] as const)('%j (%s)', (text, order, expected) => {
    expect(readNumericDate(text, 0, order)).toEqual(expected);
  });

  it.each([
    ['202.11.02'],
    ['20211.11.02'],
    ['2021-11.02'],
    ['2021.11-02'],
    ['2021 11 02'],
    ['2021-11'],
    ['2021-11-'],
    ['2021-111-02'],
    ['2021-11-022'],
    ['2021-13-02'],
    ['2021-02-29'],
    ['02.11.21'],
    ['02.11.20211'],
    ['02.11.202'],
    ['1.2.2021.5'],
    ['2021-11-02-5'],
    ['13/13/2021'],
    ['11/31/2021'],
    ['x2021-11-02'],
    ['02.11.0999'],
  ])('%j is no date', (text) => {
    expect(readNumericDate(text, 0, 'mdy')).toBeNull();
  });

  it('reads from the index it is given', () => {
    expect(readNumericDate('on 02.11.2021', 3, 'mdy')).toEqual({ year: 2021, month: 11, day: 2, end: 13 });
  });
});

describe('skipYearWord', () => {
  it.each([
    ['2021 года', 4, 9],
    ['2021 ГОДА,', 4, 9],
    ['2021 г.', 4, 7],
    ['2021 г', 4, 6],
    ['2021г.', 4, 6],
    ['2021 г,', 4, 6],
    ['2021 год', 4, 4],
    ['2021 годах', 4, 4],
    ['2021 гг.', 4, 4],
    ['2021 and', 4, 4],
    ['2021', 4, 4],
    ['2021   ', 4, 4],
  ])('%j at %i ends at %i', (text, at, end) => {
    expect(skipYearWord(text, at)).toBe(end);
  });
});

describe('readWeekday and skipWeekday', () => {
  it.each([
    ['Sunday, 2 May', { weekday: 6, end: 8 }],
    ['Sun 2 May', { weekday: 6, end: 4 }],
    ['Wed. 3 Nov', { weekday: 2, end: 5 }],
    ['Wed., 3 Nov', { weekday: 2, end: 6 }],
    ['Monday,3 Nov', { weekday: 0, end: 7 }],
    ['Monday.3 Nov', { weekday: 0, end: 7 }],
    [`Monday${' '.repeat(8)}3`, { weekday: 0, end: 14 }],
    ['понедельник, 1 ноября', { weekday: 0, end: 13 }],
  ])('%j', (text, expected) => {
    expect(readWeekday(text, 0)).toEqual(expected);
    expect(skipWeekday(text, 0)).toBe(expected.end);
  });

  it.each([['Sunday'], ['Sunday2 May'], ['Sundays 2 May'], ['Someday, 2 May'], [', 2 May'], ['2 May']])('%j has none', (text) => {
    expect(readWeekday(text, 0)).toBeNull();
    expect(skipWeekday(text, 0)).toBe(0);
  });
});
