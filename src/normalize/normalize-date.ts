import type { IsoDate } from '../model/brand.js';
import { formatIsoDate, inferYear, isValidDay, weekdayOf } from '../internal/calendar.js';
import { trimSpace } from '../internal/chars.js';
import { isReferenceDate, oneOf, readOptions } from '../internal/options.js';
import {
  readDayMonth,
  readMonthYear,
  readNumericDate,
  readWeekday,
  skipYearWord,
  type SlashOrder,
} from '../internal/date-words.js';

/**
 * Options for {@link normalizeDate}.
 *
 * @example
 * ```ts
 * const options: NormalizeDateOptions = { reference: '2021-11-02', slashOrder: 'dmy' };
 * ```
 */
export interface NormalizeDateOptions {
  /**
   * Date (`YYYY-MM-DD` or `YYYY-MM`) that supplies the year of a date written without
   * one: the latest year in which that day is not more than one day after the reference.
   * A month-only reference counts as its last day. A string of another form throws a `RangeError`, another type a `TypeError`.
   *
   * @default undefined (a date without a year gives `null`)
   * @example
   * ```ts
   * normalizeDate('December 31', { reference: '2022-01-01' });
   * //=> '2021-12-31'
   * ```
   */
  readonly reference?: string;
  /**
   * Order of the first two numbers of a slash date such as `11/02/2021`. When that order
   * would make the month greater than 12, the other order is used (`21/11/2021` is
   * 21 November under `'mdy'` too).
   *
   * @default 'mdy'
   * @example
   * ```ts
   * normalizeDate('11/02/2021', { slashOrder: 'dmy' });
   * //=> '2021-02-11'
   * ```
   */
  readonly slashOrder?: 'mdy' | 'dmy';
}

// Year and month only, e.g. `2021-11`.
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
// Basic ISO 8601 calendar date, e.g. `20211102`.
const BASIC_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** The options {@link normalizeDate} knows, each with its check. */
const OPTIONS = { reference: isReferenceDate, slashOrder: /* @__PURE__ */ oneOf('mdy', 'dmy') };

/**
 * Normalises one date string to ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` when only the month
 * is written. Reads ISO (`2021-11-02`, `2021-11`, `20211102`), day-first numeric dates
 * (`02.11.2021`, `23-10-2021`), slash dates (`11/21/2021`, see `slashOrder`) and worded
 * dates in English, Russian, Italian, French, Spanish and German, with an optional
 * weekday in front (`Sunday, 31 May 2020`, `01st November, 2021`, `2 ноября 2021 г.`,
 * `5 de enero de 2022`, `November 2021`). A date without a year (`Nov. 2`, `27 фев`)
 * takes its year from `options.reference`, else gives `null`.
 *
 * The whole string (surrounding blanks aside) must be the date: this normalises a date,
 * it does not search text. Impossible dates (`2021-02-30`, `31.04.2021`) give `null`.
 * Calendar arithmetic is done on integers, never through `Date`, so the result does not
 * depend on the time zone. Normalising an output again returns it unchanged.
 *
 * @param raw - The date as written.
 * @param options - See {@link NormalizeDateOptions}.
 * @returns The ISO date, or `null` when `raw` is not a date this function reads.
 * @throws TypeError when `raw` is not a string, an option is unknown or of the wrong type.
 * @throws RangeError when `reference` is not a real date or `slashOrder` not `'mdy'` or `'dmy'`.
 * @example
 * ```ts
 * normalizeDate('November 2, 2021');
 * //=> '2021-11-02'
 * normalizeDate('02.11.2021');
 * //=> '2021-11-02'
 * normalizeDate('ноябрь 2021');
 * //=> '2021-11'
 * normalizeDate('25 Nov', { reference: '2021-11-26' });
 * //=> '2021-11-25'
 * normalizeDate('2021-02-30');
 * //=> null
 * ```
 */
export function normalizeDate(raw: string, options?: NormalizeDateOptions): IsoDate | null {
  if (typeof raw !== 'string') throw new TypeError(`normalizeDate: expected a string, got ${typeof raw}`);
  const checked = readOptions('normalizeDate', options, OPTIONS);
  const reference = checked.reference ?? null;
  // Stryker disable next-line StringLiteral: any order but 'dmy' reads month first, so '' is 'mdy' too.
  const slashOrder: SlashOrder = checked.slashOrder ?? 'mdy';
  const text = trimSpace(raw);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; every reader below gives null for ''.
  if (text === '') return null;

  const isoMonth = ISO_MONTH.exec(text);
  if (isoMonth !== null) {
    const year = Number(isoMonth[1]);
    const month = Number(isoMonth[2]);
    return isValidDay(year, month, 1) ? formatIsoDate(year, month) : null;
  }
  const basic = BASIC_DATE.exec(text);
  if (basic !== null) {
    const [year, month, day] = [Number(basic[1]), Number(basic[2]), Number(basic[3])];
    return isValidDay(year, month, day) ? formatIsoDate(year, month, day) : null;
  }

  const weekday = readWeekday(text, 0);
  const at = weekday?.end ?? 0;
  // A weekday that contradicts the date makes the date doubtful: no answer is better than a guess.
  const day = (year: number, month: number, date: number): IsoDate | null =>
    weekday === null || weekdayOf(year, month, date) === weekday.weekday ? formatIsoDate(year, month, date) : null;
  const numeric = readNumericDate(text, at, slashOrder);
  if (numeric !== null) {
    return numeric.end === text.length ? day(numeric.year, numeric.month, numeric.day) : null;
  }
  const worded = readDayMonth(text, at);
  if (worded !== null) {
    if (worded.year !== null) {
      return skipYearWord(text, worded.end) === text.length ? day(worded.year, worded.month, worded.day) : null;
    }
    if (worded.end !== text.length || reference === null) return null;
    const year = inferYear(worded.month, worded.day, reference);
    return year === null ? null : day(year, worded.month, worded.day);
  }
  const monthOnly = readMonthYear(text, at);
  if (monthOnly !== null && skipYearWord(text, monthOnly.end) === text.length) {
    return formatIsoDate(monthOnly.year, monthOnly.month);
  }
  return null;
}
