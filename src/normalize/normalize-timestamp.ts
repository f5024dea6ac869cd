import type { IsoDate, IsoTimestamp } from '../model/brand.js';
import { formatIsoDate, weekdayOf } from '../internal/calendar.js';
import { isBlankCode, isDigitCode, isLetterCode, trimSpace } from '../internal/chars.js';
import {
  readDayMonth,
  readNumericDate,
  skipBlanks,
  readWeekday,
  skipYearWord,
  wordEnd,
  type FullDate,
} from '../internal/date-words.js';

/**
 * A timestamp found in a line of text by {@link findTimestamp}.
 *
 * @example
 * ```ts
 * findTimestamp('15:39 27.02.2026');
 * //=> { value: '2026-02-27T15:39', date: '2026-02-27', start: 0, end: 16, repaired: false, weekdayMismatch: false }
 * ```
 */
export interface TimestampMatch {
  /** The timestamp in ISO 8601, as precise as written; an offset only when the text gives one. */
  readonly value: IsoTimestamp;
  /** The date part of {@link TimestampMatch.value}. */
  readonly date: IsoDate;
  /** UTF-16 index in the searched text where the timestamp starts (its weekday, when one is written). */
  readonly start: number;
  /** UTF-16 index just past the timestamp (past its time zone, when one is written). */
  readonly end: number;
  /** Whether a broken form was accepted: `2021-11-21T11: 02`, with a space after the colon. */
  readonly repaired: boolean;
  /** Whether a weekday is written with the date and names another day (`Wed 4 Nov 2021`, a Thursday). */
  readonly weekdayMismatch: boolean;
}

// Offsets of the zone abbreviations seen on news pages. Upper case only: `est` is a French word.
const ZONE_OFFSETS: ReadonlyMap<string, string> = new Map([
  ['Z', '+00:00'],
  ['GMT', '+00:00'],
  ['UTC', '+00:00'],
  ['UT', '+00:00'],
  ['WET', '+00:00'],
  ['WEST', '+01:00'],
  ['BST', '+01:00'],
  ['CET', '+01:00'],
  ['CEST', '+02:00'],
  ['EET', '+02:00'],
  ['EEST', '+03:00'],
  ['MSK', '+03:00'],
  ['МСК', '+03:00'],
  ['IST', '+05:30'],
  ['EST', '-05:00'],
  ['EDT', '-04:00'],
  ['PST', '-08:00'],
  ['PDT', '-07:00'],
]);

// Longest date we look back for before a time: `Wednesday, 22 septiembre de 2021, `.
const DATE_WINDOW = 40;
// Longest separator between a date and its time: `  |  `.
const MAX_SEPARATOR = 12;

interface Clock {
  readonly start: number;
  readonly end: number;
  /** `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` in 24-hour form. */
  readonly time: string;
  readonly offset: string | null;
  readonly repaired: boolean;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Reads two digits at `at` not followed by a third; else -1. */
function twoDigits(text: string, at: number): number {
  if (!isDigitCode(text.charCodeAt(at)) || !isDigitCode(text.charCodeAt(at + 1))) return -1;
  if (isDigitCode(text.charCodeAt(at + 2))) return -1;
  return Number(text.slice(at, at + 2));
}

/**
 * Reads a signed offset at `at`: `+03:00`, `+0300`, `+03`, and with `short` also `+3`,
 * `+5:30` (the `GMT+3` style). Returns the offset as `±HH:MM` and its end.
 */
function readSignedOffset(text: string, at: number, short: boolean): { offset: string; end: number } | null {
  const sign = text.charCodeAt(at);
  if (sign !== 0x2b /* + */ && sign !== 0x2d /* - */ && sign !== 0x2212 /* − */) return null;
  let i = at + 1;
  const hoursStart = i;
  while (i < text.length && i - hoursStart < 5 && isDigitCode(text.charCodeAt(i))) i++;
  const digits = text.slice(hoursStart, i);
  let hours: number;
  let minutes = 0;
  if (digits.length === 4) {
    hours = Number(digits.slice(0, 2));
    minutes = Number(digits.slice(2));
  } else if (digits.length === 2 || (short && digits.length === 1)) {
    hours = Number(digits);
    if (text.charCodeAt(i) === 0x3a /* : */) {
      const m = twoDigits(text, i + 1);
      if (m < 0) return null;
      minutes = m;
      i += 3;
    }
  } else {
    return null;
  }
  if (hours > 14 || minutes > 59) return null;
  return { offset: `${sign === 0x2b ? '+' : '-'}${pad2(hours)}:${pad2(minutes)}`, end: i };
}

/** Reads `am`, `pm`, `a.m.` or `p.m.` (any case) at `at`; else `null`. */
function readMeridiem(text: string, at: number): { pm: boolean; end: number } | null {
  const first = text.charCodeAt(at) | 0x20;
  if (first !== 0x61 /* a */ && first !== 0x70 /* p */) return null;
  let i = at + 1;
  const dotted = text.charCodeAt(i) === 0x2e;
  if (dotted) i++;
  if ((text.charCodeAt(i) | 0x20) !== 0x6d /* m */) return null;
  i++;
  if (dotted) {
    if (text.charCodeAt(i) !== 0x2e) return null;
    i++;
  }
  if (isLetterCode(text.charCodeAt(i)) || isDigitCode(text.charCodeAt(i))) return null;
  return { pm: first === 0x70, end: i };
}

/**
 * Reads the clock time whose colon is at `colon`, with seconds, AM/PM and a time zone
 * when written. `iso` is true after `YYYY-MM-DDT`, where a space after the colon is
 * repaired and attached offsets (`+0000`, `Z`) are read. Returns `null` when the colon
 * does not belong to a valid time, and also for a zone glued to a number
 * (`12:22 GMT04 November 2020`, a site clock widget).
 */
function readClock(text: string, colon: number, hoursStart: number, iso: boolean): Clock | null {
  const hour = Number(text.slice(hoursStart, colon));
  let minutesAt = colon + 1;
  let repaired = false;
  if (iso && text.charCodeAt(minutesAt) === 0x20) {
    minutesAt++;
    repaired = true;
  }
  const minute = twoDigits(text, minutesAt);
  if (minute < 0 || minute > 59) return null;
  let i = minutesAt + 2;
  let seconds = '';
  if (text.charCodeAt(i) === 0x3a) {
    const second = twoDigits(text, i + 1);
    // `17:21:9` is no time; `10:34: headline` is one followed by a colon.
    if (second < 0 && isDigitCode(text.charCodeAt(i + 1))) return null;
    if (second >= 0) {
      if (second > 59) return null;
      seconds = `:${pad2(second)}`;
      i += 3;
      if (iso && text.charCodeAt(i) === 0x2e && isDigitCode(text.charCodeAt(i + 1))) {
        const fractionStart = i;
        i++;
        while (i < text.length && i - fractionStart <= 9 && isDigitCode(text.charCodeAt(i))) i++;
        if (isDigitCode(text.charCodeAt(i))) return null;
        seconds += text.slice(fractionStart, i);
      }
    }
  }
  let hour24 = hour;
  let offset: string | null = null;
  let end = i;
  if (iso) {
    const next = text.charCodeAt(i);
    if (next === 0x5a /* Z */ && !isLetterCode(text.charCodeAt(i + 1)) && !isDigitCode(text.charCodeAt(i + 1))) {
      offset = '+00:00';
      end = i + 1;
    } else if ((next === 0x2b || next === 0x2d) && isDigitCode(text.charCodeAt(i + 1))) {
      const attached = readSignedOffset(text, i, false);
      // A broken offset is not dropped silently: the timestamp would claim a precision it lacks.
      if (attached === null) return null;
      offset = attached.offset;
      end = attached.end;
    }
  }
  if (offset === null) {
    let at = skipBlanks(text, i);
    const meridiem = readMeridiem(text, at);
    if (meridiem !== null) {
      if (hour < 1 || hour > 12) return null;
      hour24 = (hour % 12) + (meridiem.pm ? 12 : 0);
      end = meridiem.end;
      at = skipBlanks(text, end);
    }
    const zoneEnd = wordEnd(text, at);
    const word = text.slice(at, zoneEnd);
    const zone = word === 'Z' || zoneEnd - at > 4 ? undefined : ZONE_OFFSETS.get(word);
    if (zone !== undefined) {
      const explicit = word === 'GMT' || word === 'UTC' || word === 'UT' ? readSignedOffset(text, zoneEnd, true) : null;
      const sign = text.charCodeAt(zoneEnd);
      if (explicit === null && (sign === 0x2b || sign === 0x2d) && isDigitCode(text.charCodeAt(zoneEnd + 1))) return null;
      const zoneStop = explicit?.end ?? zoneEnd;
      // `GMT04 November 2020`: a zone glued to the day is the old Sputnik clock widget.
      if (isDigitCode(text.charCodeAt(zoneStop))) return null;
      offset = explicit?.offset ?? zone;
      end = zoneStop;
    }
    // Letters glued to the minutes (`09:25comments`) make it something other than a time.
    if (end === i && isLetterCode(text.charCodeAt(i))) return null;
  }
  if (hour24 > 23) return null;
  return { start: hoursStart, end, time: `${pad2(hour24)}:${pad2(minute)}${seconds}`, offset, repaired };
}

/** Reads a date with its year at `at`: numeric, or worded with an optional Russian year word. */
function readDatedDay(text: string, at: number): FullDate | null {
  const numeric = readNumericDate(text, at, 'mdy');
  if (numeric !== null) return numeric;
  const worded = readDayMonth(text, at);
  if (worded === null || worded.year === null) return null;
  return { year: worded.year, month: worded.month, day: worded.day, end: skipYearWord(text, worded.end) };
}

function isSeparatorPunctuation(code: number): boolean {
  return (
    code === 0x2c /* , */ ||
    code === 0x7c /* | */ ||
    code === 0x2d /* - */ ||
    code === 0x2013 /* – */ ||
    code === 0x2014 /* — */ ||
    code === 0x2022 /* • */ ||
    code === 0xb7 /* · */
  );
}

/** Whether `[from, to)` separates a date and a time: blanks with at most one punctuation mark. */
function isSeparator(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_SEPARATOR) return false;
  let punctuation = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isBlankCode(code)) continue;
    if (!isSeparatorPunctuation(code) || ++punctuation > 1) return false;
  }
  return true;
}

/** Index past a separator starting at `at` (see {@link isSeparator}), or -1 when there is none. */
function skipSeparator(text: string, at: number): number {
  let i = skipBlanks(text, at);
  if (isSeparatorPunctuation(text.charCodeAt(i))) i = skipBlanks(text, i + 1);
  return i > at && isSeparator(text, at, i) ? i : -1;
}

/** Moves `start` back over a weekday written right before the date (`Sunday, `, `Fri `, `Wed., `), and says which. */
function includeWeekday(text: string, start: number): { start: number; weekday: number | null } {
  let i = start;
  while (i > 0 && start - i < 3 && isBlankCode(text.charCodeAt(i - 1))) i--;
  if (i === start) return { start, weekday: null };
  if (text.charCodeAt(i - 1) === 0x2c) i--;
  if (text.charCodeAt(i - 1) === 0x2e) i--;
  const end = i;
  while (i > 0 && end - i <= 12 && isLetterCode(text.charCodeAt(i - 1))) i--;
  if (i === end || (i > 0 && isLetterCode(text.charCodeAt(i - 1)))) return { start, weekday: null };
  const weekday = readWeekday(text, i);
  return weekday !== null && weekday.end === start ? { start: i, weekday: weekday.weekday } : { start, weekday: null };
}

function isTokenStart(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (at === 0) return isDigitCode(code) || isLetterCode(code);
  const before = text.charCodeAt(at - 1);
  if (isDigitCode(code)) return !isDigitCode(before) && before !== 0x2e && before !== 0x2f && before !== 0x2d;
  return isLetterCode(code) && !isLetterCode(before);
}

/** Whether a Russian year word (`года`, `г`, `г.`) ends at `end`. */
function endsWithYearWord(text: string, end: number): boolean {
  const tail = text.slice(Math.max(0, end - 4), end).toLowerCase();
  return tail.endsWith('года') || tail.endsWith('г') || tail.endsWith('г.');
}

/** The date written before the time that starts at `timeStart`, ending just before a separator. */
function dateBefore(text: string, timeStart: number): { date: FullDate; start: number; weekday: number | null } | null {
  // A date with its year ends in a digit or a Russian year word; anything else cannot be one.
  let p = timeStart;
  while (p > 0 && timeStart - p < MAX_SEPARATOR && (isBlankCode(text.charCodeAt(p - 1)) || isSeparatorPunctuation(text.charCodeAt(p - 1)))) p--;
  if (p === timeStart || p === 0) return null;
  if (!isDigitCode(text.charCodeAt(p - 1)) && !endsWithYearWord(text, p)) return null;
  for (let s = Math.max(0, p - DATE_WINDOW); s < p; s++) {
    if (!isTokenStart(text, s)) continue;
    const date = readDatedDay(text, s);
    if (date !== null && isSeparator(text, date.end, timeStart)) return { date, ...includeWeekday(text, s) };
  }
  return null;
}

/** The date written after a time that ends at `timeEnd` (`17:12 GMT 25.11.2021`). */
function dateAfter(text: string, timeEnd: number): { date: FullDate; weekday: number | null } | null {
  const at = skipSeparator(text, timeEnd);
  if (at < 0) return null;
  const weekday = readWeekday(text, at);
  const date = readDatedDay(text, weekday?.end ?? at);
  return date === null ? null : { date, weekday: weekday?.weekday ?? null };
}

/** The hours before the colon at `colon`: one or two digits; -1 when there are none or more. */
function hoursStartBefore(text: string, colon: number): number {
  let i = colon;
  while (i > 0 && colon - i < 3 && isDigitCode(text.charCodeAt(i - 1))) i--;
  const length = colon - i;
  return length === 1 || length === 2 ? i : -1;
}

/** The ISO date that ends with the `T` at `t` (`2021-11-21T`), or `null`. */
function isoDateBefore(text: string, t: number): FullDate | null {
  const start = t - 10;
  if (start < 0 || (start > 0 && isDigitCode(text.charCodeAt(start - 1)))) return null;
  if (text.charCodeAt(start + 4) !== 0x2d) return null;
  const date = readNumericDate(text, start, 'mdy');
  return date !== null && date.end === t ? date : null;
}

function makeMatch(date: FullDate, clock: Clock, start: number, end: number, weekday: number | null): TimestampMatch {
  const isoDate = formatIsoDate(date.year, date.month, date.day);
  return {
    value: `${isoDate}T${clock.time}${clock.offset ?? ''}` as IsoTimestamp,
    date: isoDate,
    start,
    end,
    repaired: clock.repaired,
    weekdayMismatch: weekday !== null && weekday !== weekdayOf(date.year, date.month, date.day),
  };
}

/**
 * Finds the first clock time in one line of text that is written together with its own
 * date, and returns it as an ISO 8601 timestamp, as precise as written: seconds only when
 * written, an offset only when the text gives one (`+0000`, `Z`, `GMT`, `UTC` → `+00:00`,
 * `IST` → `+05:30`, `MSK` → `+03:00`, `GMT+3` → `+03:00`); 12-hour times become 24-hour.
 *
 * Reads the date before the time (`2021-10-27T13:02+0000`, `16 Nov, 2021 17:21`,
 * `October 27, 2021, 22:00`, `Sun 31st May 2020 | 04:30 PM`, `23-10-2021 19:24 IST`) or
 * after it (`17:12 GMT 25.11.2021`, `15:39 27.02.2026`), separated by blanks and at most
 * one of `,` `|` `-` `–` `—` `•` `·`. A bare date, a time without a date, a date without
 * a year and a site clock widget with its zone glued to the day (`12:22 GMT04 November 2020`)
 * are not timestamps. The search is linear in the length of the line.
 *
 * @param text - One line of page text.
 * @returns The first timestamp with its position, or `null` when there is none.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * findTimestamp('Agency | Updated: 12-03-2022 08:47 IST | Created: 12-03-2022 08:10 IST');
 * //=> { value: '2022-03-12T08:47+05:30', date: '2022-03-12', start: 18, end: 38, repaired: false,
 * //     weekdayMismatch: false }
 * findTimestamp('2021-11-21T11: 02');
 * //=> { value: '2021-11-21T11:02', date: '2021-11-21', start: 0, end: 17, repaired: true, weekdayMismatch: false }
 * findTimestamp('Nov 16, 2021  •  38 minutes ago');
 * //=> null
 * ```
 */
export function findTimestamp(text: string): TimestampMatch | null {
  if (typeof text !== 'string') throw new TypeError(`findTimestamp: expected a string, got ${typeof text}`);
  let colon = text.indexOf(':');
  while (colon >= 0) {
    const match = timestampAt(text, colon);
    if (match !== null) return match;
    colon = text.indexOf(':', colon + 1);
  }
  return null;
}

function timestampAt(text: string, colon: number): TimestampMatch | null {
  const hoursStart = hoursStartBefore(text, colon);
  if (hoursStart < 0) return null;
  const before = hoursStart > 0 ? text.charCodeAt(hoursStart - 1) : -1;
  const isoDate = before === 0x54 /* T */ ? isoDateBefore(text, hoursStart - 1) : null;
  if (isoDate === null && (before === 0x3a || isLetterCode(before))) return null;
  const clock = readClock(text, colon, hoursStart, isoDate !== null);
  if (clock === null) return null;
  if (isoDate !== null) return makeMatch(isoDate, clock, hoursStart - 11, clock.end, null);
  const earlier = dateBefore(text, hoursStart);
  if (earlier !== null) return makeMatch(earlier.date, clock, earlier.start, clock.end, earlier.weekday);
  const later = dateAfter(text, clock.end);
  if (later !== null) return makeMatch(later.date, clock, clock.start, later.date.end, later.weekday);
  return null;
}

/**
 * Normalises a whole string that is one timestamp (surrounding blanks aside) to ISO 8601,
 * with the shapes and rules of {@link findTimestamp}; any other text in the string gives
 * `null`. Normalising an output again returns it unchanged.
 *
 * @param raw - The timestamp as written.
 * @returns The ISO timestamp, or `null` when `raw` is not exactly one timestamp.
 * @throws TypeError when `raw` is not a string.
 * @example
 * ```ts
 * normalizeTimestamp('2021-10-27T13:02+0000');
 * //=> '2021-10-27T13:02+00:00'
 * normalizeTimestamp('16 Nov, 2021 17:21');
 * //=> '2021-11-16T17:21'
 * normalizeTimestamp('Updated: 16 Nov, 2021 17:21');
 * //=> null
 * ```
 */
export function normalizeTimestamp(raw: string): IsoTimestamp | null {
  if (typeof raw !== 'string') throw new TypeError(`normalizeTimestamp: expected a string, got ${typeof raw}`);
  const text = trimSpace(raw);
  const match = findTimestamp(text);
  return match !== null && match.start === 0 && match.end === text.length && !match.weekdayMismatch ? match.value : null;
}
