/**
 * Calendar arithmetic on plain integers. Nothing here goes through `Date`, so no result
 * can depend on the machine's time zone.
 */
import type { IsoDate } from '../model/brand.js';

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether year, month and day name a real day (years 1000–9999). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** A number below 100 as two digits: `7` → `07`. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Formats `YYYY-MM-DD`, or `YYYY-MM` when `day` is omitted. Assumes valid input. */
export function formatIsoDate(year: number, month: number, day?: number): IsoDate {
  return (day === undefined ? `${year}-${pad2(month)}` : `${year}-${pad2(month)}-${pad2(day)}`) as IsoDate;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (may be negative). */
export function dayNumber(year: number, month: number, day: number): number {
  // Shift the year to start in March so that the leap day is the year's last day.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A date as numbers. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  /** `null` for a month-only date. */
  readonly day: number | null;
}

/** Reads `YYYY-MM-DD` or `YYYY-MM` (already valid) into numbers. */
export function parseIsoDate(iso: string): Ymd | null {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = iso.length >= 10 ? Number(iso.slice(8, 10)) : null;
  if (!Number.isInteger(year) || !Number.isInteger(month)) return null;
  if (day !== null && !isValidDay(year, month, day)) return null;
  return { year, month, day };
}

/**
 * The year for a day and month written without one, given the date of the document
 * that names it: the latest year in which that day is not more than one day after the
 * reference. So `December 31` under 2022-01-01 is 2021-12-31, and `January 1` under
 * 2021-12-31 is 2022-01-01. A month-only reference counts as its last day.
 * Returns `null` when the day exists in none of the candidate years (29 February).
 */
export function inferYear(month: number, day: number, reference: Ymd): number | null {
  const refDay = dayNumber(
    reference.year,
    reference.month,
    reference.day ?? daysInMonth(reference.year, reference.month),
  );
  for (const year of [reference.year + 1, reference.year, reference.year - 1]) {
    if (!isValidDay(year, month, day)) continue;
    if (dayNumber(year, month, day) <= refDay + 1) return year;
  }
  return null;
}

/** The weekday of a date, 0 Monday … 6 Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 3) % 7) + 7) % 7;
}
