/**
 * Readers for dates written in page text: worded (`November 2`, `25 Nov`, `2 ноября 2021`)
 * and numeric (`02.11.2021`, `2021-11-02`, `11/21/2021`). Each reader starts exactly at
 * a given index, reads forward by hand (no backtracking, a bounded number of characters
 * per token) and reports where the date ends, so that the dateline parser,
 * {@link normalizeDate} and {@link findTimestamp} share one implementation.
 */
import { isValidDay } from './calendar.js';
import { isMonthAbbreviation, monthFromName, weekdayFromName } from './months.js';
import { isBlankCode, isDigitCode, isLetterCode } from './chars.js';

/** A day and month read from text, with the year when one was written. */
export interface DayMonth {
  readonly day: number;
  readonly month: number;
  /** `null` when no year follows the day and month. */
  readonly year: number | null;
  /** Index just past the date (past the year when there is one). */
  readonly end: number;
}

/** A full date read from text. */
export interface FullDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly end: number;
}

/** A month and year read from text (`November 2021`, `ноябрь 2021`). */
export interface MonthYear {
  readonly year: number;
  readonly month: number;
  readonly end: number;
}

/** Order of the first two numbers of a slash date such as `11/02/2021`. */
export type SlashOrder = 'mdy' | 'dmy';

// Longest word worth looking up: `сентябрь`, `septiembre`, `понедельник`, `воскресенье`.
const MAX_WORD = 12;
// The largest day number of any month.
const MAX_DAY = 31;
// Longest run of blanks allowed between the parts of one date.
const MAX_GAP = 8;

// The loops below need no check of the text's end: past it `charCodeAt` gives NaN, which
// no character test (letter, digit, blank) accepts.

/** Index past the run of letters starting at `at` (`at` itself when there is none). */
export function wordEnd(text: string, at: number): number {
  let i = at;
  // The run is read in full so that a long word can never look like a short one.
  while (isLetterCode(text.charCodeAt(i))) i++;
  return i;
}

/** Index past the run of digits starting at `at`, reading at most `max + 1` digits. */
function digitsEnd(text: string, at: number, max: number): number {
  let i = at;
  while (i - at <= max && isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

/** Index past at most `MAX_GAP` blanks starting at `at`. */
export function skipBlanks(text: string, at: number): number {
  let i = at;
  while (i - at < MAX_GAP && isBlankCode(text.charCodeAt(i))) i++;
  return i;
}

/** Reads a number of `min`–`max` digits at `at` that is not followed by another digit. */
function readNumber(text: string, at: number, min: number, max: number): { value: number; end: number } | null {
  const end = digitsEnd(text, at, max);
  const length = end - at;
  if (length < min || length > max) return null;
  return { value: Number(text.slice(at, end)), end };
}

/** Index past an ordinal suffix (`st`, `nd`, `rd`, `th`, French `er`) at `at`, else `at`; -1 when other letters are glued to the number. */
function skipOrdinal(text: string, at: number): number {
  const end = wordEnd(text, at);
  if (end === at) return at;
  const suffix = text.slice(at, end).toLowerCase();
  return suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th' || suffix === 'er' ? end : -1;
}

/** Whether the word in `[at, end)` is `de` (Spanish/Portuguese `5 de enero de 2022`). */
function isDe(text: string, at: number, end: number): boolean {
  return text.slice(at, end).toLowerCase() === 'de';
}

/**
 * Reads a year after a date part: `, 2021`, ` 2021`, `,2021` or ` de 2022`, four digits
 * not followed by another digit. `null` when none follows.
 */
function readYearAfter(text: string, at: number): { year: number; end: number } | null {
  let i = at;
  if (text.charCodeAt(i) === 0x2c /* , */) i++;
  i = skipBlanks(text, i);
  if (i === at) return null;
  const deEnd = wordEnd(text, i);
  if (deEnd > i) {
    if (!isDe(text, i, deEnd)) return null;
    const afterDe = skipBlanks(text, deEnd);
    if (afterDe === deEnd) return null;
    i = afterDe;
  }
  const year = readNumber(text, i, 4, 4);
  return year === null ? null : { year: year.value, end: year.end };
}

/** Reads a month name at `at`, and its abbreviation period when it has one. */
function readMonthWord(text: string, at: number): { month: number; end: number } | null {
  const end = wordEnd(text, at);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a fast path; no month name is empty or longer than MAX_WORD.
  if (end === at || end - at > MAX_WORD) return null;
  const word = text.slice(at, end);
  const month = monthFromName(word);
  if (month === null) return null;
  // Only an abbreviation owns its period: `23 nov. (LaPresse)`, but `on 25 November.` ends a sentence.
  const withPeriod = text.charCodeAt(end) === 0x2e /* . */ && isMonthAbbreviation(word);
  return { month, end: withPeriod ? end + 1 : end };
}

function finish(day: number, month: number, afterDate: number, text: string): DayMonth | null {
  const year = readYearAfter(text, afterDate);
  if (year !== null) {
    return isValidDay(year.year, month, day) ? { day, month, year: year.year, end: year.end } : null;
  }
  // Without a year the reader takes any day up to 31: whether it exists is for the caller
  // to say, with the year it infers (a dateline `February 30` is DATELINE_DATE_INVALID).
  return day >= 1 && day <= MAX_DAY ? { day, month, year: null, end: afterDate } : null;
}

/**
 * Reads a worded day and month starting exactly at `at`: day first (`25 Nov`, `23 nov.`,
 * `2 ноября`, `01st November`, `5 de enero`) or month first (`November 2`, `Nov. 26`,
 * `Sept 19`). A year written after it (`, 2021`, ` 2021`, ` de 2022`) is read too and
 * included in `end`. Trailing punctuation is never consumed, except the period of an
 * abbreviated month: in `November 16. /TASS/.` the date ends before the `.`.
 * The caller decides what may precede `at`.
 *
 * @param text - Text to read from.
 * @param at - Index where the date must start.
 * @returns The day (1–31, possible in that month), month, year or `null`, and the end index; else `null`.
 * @example
 * ```ts
 * readDayMonth('MOSCOW, November 16. /TASS/.', 8);
 * //=> { day: 16, month: 11, year: null, end: 19 }
 * readDayMonth('(Sputnik - 01st November, 2021)', 11);
 * //=> { day: 1, month: 11, year: 2021, end: 30 }
 * ```
 */
export function readDayMonth(text: string, at: number): DayMonth | null {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a fast path; outside the text charCodeAt is NaN, no digit and no letter, and the readers below give null.
  if (at < 0 || at >= text.length) return null;
  const first = text.charCodeAt(at);
  if (isDigitCode(first)) {
    const day = readNumber(text, at, 1, 2);
    if (day === null) return null;
    // German writes the day as an ordinal with a dot: `2. November 2021`.
    const afterOrdinal = text.charCodeAt(day.end) === 0x2e /* . */ && isBlankCode(text.charCodeAt(day.end + 1)) ? day.end + 1 : skipOrdinal(text, day.end);
    if (afterOrdinal < 0) return null;
    let i = skipBlanks(text, afterOrdinal);
    if (i === afterOrdinal) return null;
    const maybeDe = wordEnd(text, i);
    if (isDe(text, i, maybeDe)) {
      const afterDe = skipBlanks(text, maybeDe);
      if (afterDe === maybeDe) return null;
      i = afterDe;
    }
    const month = readMonthWord(text, i);
    if (month === null) return null;
    return finish(day.value, month.month, month.end, text);
  }
  const month = readMonthWord(text, at);
  if (month === null) return null;
  const dayAt = skipBlanks(text, month.end);
  if (dayAt === month.end && text.charCodeAt(month.end - 1) !== 0x2e /* . */) return null;
  const day = readNumber(text, dayAt, 1, 2);
  if (day === null) return null;
  const afterOrdinal = skipOrdinal(text, day.end);
  if (afterOrdinal < 0) return null;
  return finish(day.value, month.month, afterOrdinal, text);
}

/**
 * Reads a month name and a year starting exactly at `at`: `November 2021`, `Nov. 2021`,
 * `ноябрь 2021`, `November, 2021`, `enero de 2022`.
 */
export function readMonthYear(text: string, at: number): MonthYear | null {
  const month = readMonthWord(text, at);
  if (month === null) return null;
  const year = readYearAfter(text, month.end);
  if (year === null || !isValidDay(year.year, month.month, 1)) return null;
  return { year: year.year, month: month.month, end: year.end };
}

/**
 * Reads a numeric date starting exactly at `at`: year first (`2021-11-02`, `2021/11/02`,
 * `2021.11.02`), day first with dots or dashes and a four-digit year last (`02.11.2021`,
 * `23-10-2021`), or with slashes in `slashOrder` (`11/21/2021`). A slash date whose
 * month would be over 12 is read in the other order. The date must not be followed by
 * another digit, nor by its separator and a digit.
 */
export function readNumericDate(text: string, at: number, slashOrder: SlashOrder): FullDate | null {
  const first = readNumber(text, at, 1, 4);
  if (first === null || first.end - at === 3) return null;
  const separator = text.charCodeAt(first.end);
  if (separator !== 0x2d /* - */ && separator !== 0x2e /* . */ && separator !== 0x2f /* / */) return null;
  const second = readNumber(text, first.end + 1, 1, 2);
  if (second === null || text.charCodeAt(second.end) !== separator) return null;
  const yearFirst = first.end - at === 4;
  const third = readNumber(text, second.end + 1, yearFirst ? 1 : 4, yearFirst ? 2 : 4);
  if (third === null) return null;
  // `1.2.2021.5` is a version or an address, not a date.
  if (text.charCodeAt(third.end) === separator && isDigitCode(text.charCodeAt(third.end + 1))) return null;
  let year: number;
  let month: number;
  let day: number;
  if (yearFirst) {
    [year, month, day] = [first.value, second.value, third.value];
  } else if (separator !== 0x2f) {
    [day, month, year] = [first.value, second.value, third.value];
  } else {
    const dayFirst = slashOrder === 'dmy' ? second.value <= 12 : first.value > 12;
    year = third.value;
    [day, month] = dayFirst ? [first.value, second.value] : [second.value, first.value];
  }
  return isValidDay(year, month, day) ? { year, month, day, end: third.end } : null;
}

/**
 * Index past a Russian year word after a year (`2021 года`, `2021 г.`, `2021г.`), else `at`.
 */
export function skipYearWord(text: string, at: number): number {
  const start = skipBlanks(text, at);
  const end = wordEnd(text, start);
  const word = text.slice(start, end).toLowerCase();
  if (word === 'года') return end;
  if (word === 'г') return text.charCodeAt(end) === 0x2e /* . */ ? end + 1 : end;
  return at;
}

/** A weekday read before a date: which day it names, and where the date may start. */
export interface WeekdayPrefix {
  /** 0 Monday … 6 Sunday. */
  readonly weekday: number;
  /** Index past the weekday and what separates it from the date. */
  readonly end: number;
}

/**
 * Reads a weekday name at `at` and what separates it from a date (`Sunday, `, `Sun `,
 * `Wed. `, AP's `Wed., `); `null` when there is none.
 */
export function readWeekday(text: string, at: number): WeekdayPrefix | null {
  const end = wordEnd(text, at);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a fast path; no weekday name is empty or longer than MAX_WORD.
  if (end === at || end - at > MAX_WORD) return null;
  const weekday = weekdayFromName(text.slice(at, end));
  if (weekday === null) return null;
  let i = end;
  if (text.charCodeAt(i) === 0x2e /* . */) i++;
  if (text.charCodeAt(i) === 0x2c /* , */) i++;
  const afterBlanks = skipBlanks(text, i);
  return afterBlanks > end ? { weekday, end: afterBlanks } : null;
}

/** Index past a weekday name at `at` and what separates it from a date, else `at`. */
export function skipWeekday(text: string, at: number): number {
  return readWeekday(text, at)?.end ?? at;
}
