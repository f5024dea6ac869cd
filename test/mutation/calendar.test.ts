/**
 * The calendar helpers (src/internal/calendar.ts) against the definitions they stand for:
 * the Gregorian leap rule, the month lengths, the day count since 1970 and the weekday,
 * checked against `Date.UTC` over whole centuries (UTC only, so no machine zone enters),
 * and the year a day written without one takes from a reference (issue 13's mutation run).
 */
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  daysInMonth,
  formatIsoDate,
  inferYear,
  isLeapYear,
  isValidDay,
  pad2,
  parseIsoDate,
  weekdayOf,
} from '../../src/internal/calendar.js';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 by the built-in calendar, for any year (`Date.UTC` maps 0–99 to 1900–1999). */
function utcDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

describe('isLeapYear and daysInMonth', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
    [1996, true],
    [1, false],
    [4, true],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it('gives every month its length, in a common and a leap year', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2023, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2024, i + 1))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('agrees with the built-in calendar for every month of four centuries', () => {
    const wrong: string[] = [];
    for (let year = 1600; year < 2000; year++) {
      for (let month = 1; month <= 12; month++) {
        const length = utcDayNumber(year, month + 1, 1) - utcDayNumber(year, month, 1);
        if (daysInMonth(year, month) !== length) wrong.push(`${year}-${month}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('isValidDay', () => {
  it.each([
    [2021, 11, 2],
    [1000, 1, 1],
    [9999, 12, 31],
    [2024, 2, 29],
    [2021, 1, 31],
    [2021, 4, 30],
  ])('%i-%i-%i is a real day', (year, month, day) => {
    expect(isValidDay(year, month, day)).toBe(true);
  });

  it.each([
    [999, 12, 31],
    [10000, 1, 1],
    [2021, 0, 1],
    [2021, 13, 1],
    [2021, 1, 0],
    [2021, 1, 32],
    [2021, 4, 31],
    [2023, 2, 29],
    [2021.5, 1, 1],
    [2021, 1.5, 1],
    [2021, 1, 1.5],
    [Number.NaN, 1, 1],
  ])('%d-%d-%d is not', (year, month, day) => {
    expect(isValidDay(year, month, day)).toBe(false);
  });
});

describe('pad2 and formatIsoDate', () => {
  it.each([
    [0, '00'],
    [7, '07'],
    [9, '09'],
    [10, '10'],
    [59, '59'],
  ])('pad2(%i) is %s', (n, padded) => {
    expect(pad2(n)).toBe(padded);
  });

  it('writes a day or a month', () => {
    expect(formatIsoDate(2021, 11, 2)).toBe('2021-11-02');
    expect(formatIsoDate(2021, 3, 30)).toBe('2021-03-30');
    expect(formatIsoDate(2021, 3)).toBe('2021-03');
  });
});

describe('dayNumber and weekdayOf', () => {
  it.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [1970, 3, 1, 59],
    [2000, 2, 29, 11_016],
    [2000, 3, 1, 11_017],
  ])('%i-%i-%i is day %i', (year, month, day, n) => {
    expect(dayNumber(year, month, day)).toBe(n);
  });

  it('agrees with the built-in calendar on every day from 1590 to 2410, and the weekday with getUTCDay', () => {
    const wrongDay: string[] = [];
    const wrongWeekday: string[] = [];
    for (let year = 1590; year <= 2410; year += year > 1610 && year < 2390 ? 7 : 1) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const expected = utcDayNumber(year, month, day);
          if (dayNumber(year, month, day) !== expected) wrongDay.push(`${year}-${month}-${day}`);
          // getUTCDay counts from Sunday; weekdayOf from Monday.
          const weekday = (new Date(expected * MS_PER_DAY).getUTCDay() + 6) % 7;
          if (weekdayOf(year, month, day) !== weekday) wrongWeekday.push(`${year}-${month}-${day}`);
        }
      }
    }
    expect(wrongDay).toEqual([]);
    expect(wrongWeekday).toEqual([]);
  });

  it('counts years before 400 too, where the 400-year era is negative', () => {
    for (const [year, month, day] of [
      [1, 1, 1],
      [1, 3, 1],
      [399, 12, 31],
      [400, 2, 29],
      [0, 2, 29],
    ] as const) {
      expect(dayNumber(year, month, day)).toBe(utcDayNumber(year, month, day));
    }
  });

  it('names weekdays Monday 0 to Sunday 6, before and after 1970', () => {
    expect(weekdayOf(2021, 11, 1)).toBe(0);
    expect(weekdayOf(2021, 11, 7)).toBe(6);
    expect(weekdayOf(1970, 1, 1)).toBe(3);
    expect(weekdayOf(1969, 12, 29)).toBe(0);
    expect(weekdayOf(1969, 12, 28)).toBe(6);
  });
});

describe('parseIsoDate', () => {
  it.each([
    ['2021-11-02', { year: 2021, month: 11, day: 2 }],
    ['2021-11', { year: 2021, month: 11, day: null }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
  ])('reads %s', (iso, ymd) => {
    expect(parseIsoDate(iso)).toEqual(ymd);
  });

  it.each([['2021-02-29'], ['2021-11-31'], ['20x1-11-02'], ['2021-1x'], ['2021-xx-02']])('gives null for %s', (iso) => {
    expect(parseIsoDate(iso)).toBeNull();
  });
});

describe('inferYear', () => {
  const ref = (iso: string) => parseIsoDate(iso) ?? { year: 0, month: 0, day: null };
  it.each([
    // no more than one day after the reference
    [12, 31, '2022-01-01', 2021],
    [1, 1, '2021-12-31', 2022],
    [1, 2, '2021-12-31', 2021],
    [11, 5, '2021-11-04', 2021],
    [11, 6, '2021-11-04', 2020],
    [11, 4, '2021-11-04', 2021],
    // a month-only reference counts as its last day
    [2, 29, '2024-02', 2024],
    [3, 1, '2024-02', 2024],
    [3, 2, '2024-02', 2023],
    [12, 1, '2021-11', 2021],
    [12, 2, '2021-11', 2020],
    // 29 February takes the nearest leap year among the candidates
    [2, 29, '2025-01-10', 2024],
    [2, 29, '2024-03-10', 2024],
  ])('%i/%i under %s is %i', (month, day, reference, year) => {
    expect(inferYear(month, day, ref(reference))).toBe(year);
  });

  it('gives null for a day that none of the candidate years has', () => {
    expect(inferYear(2, 29, ref('2022-06-15'))).toBeNull();
    expect(inferYear(2, 29, ref('2023-03-10'))).toBeNull();
    expect(inferYear(2, 30, ref('2024-02-10'))).toBeNull();
    expect(inferYear(4, 31, ref('2024-02-10'))).toBeNull();
  });
});
