import type { IsoDate, IsoTimestamp } from '../model/brand.js';
import { formatIsoDate, inferYear, pad2, weekdayOf, type Ymd } from '../internal/calendar.js';
import { isBlankCode, isDigitCode, isLetterCode, trimSpace } from '../internal/chars.js';
import { isReferenceDate, readOptions } from '../internal/options.js';
import {
  readDayMonth,
  readNumericDate,
  skipBlanks,
  readWeekday,
  skipYearWord,
  wordEnd,
  type FullDate,
} from '../internal/date-words.js';

/** The options {@link findTimestamp} knows, each with its check. */
const OPTIONS = { reference: isReferenceDate };

/**
 * Options for {@link findTimestamp}.
 *
 * @example
 * ```ts
 * findTimestamp('5 Mar. 14:30 (UTC+3 MSK)', { reference: '2024-03-05' })?.value;
 * //=> '2024-03-05T14:30+03:00'
 * ```
 */
export interface FindTimestampOptions {
  /**
   * The document's date (`YYYY-MM-DD` or `YYYY-MM`), which supplies the year of a stamp
   * written without one (`5 Mar. 14:30`), as for a dateline: the year that puts the stamp
   * no more than one day after the reference. Without it such a stamp is not returned.
   *
   * @default undefined
   * @example
   * ```ts
   * findTimestamp('Dec 31 23:50', { reference: '2022-01-01' })?.value;
   * //=> '2021-12-31T23:50'
   * ```
   */
  readonly reference?: string;
}

/**
 * A stamp with a day, month and clock time but no year, where nothing gives it one: it is
 * a stamp, but it has no value. @internal
 */
export interface UnresolvedTimestamp {
  readonly value: null;
  readonly start: number;
  readonly end: number;
}

/**
 * A timestamp found in a line of text by {@link findTimestamp}.
 *
 * @example
 * ```ts
 * findTimestamp('15:39 27.02.2026');
 * //=> { value: '2026-02-27T15:39', date: '2026-02-27', start: 0, end: 16, repaired: false,
 * //     weekdayMismatch: false, yearInferred: false }
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
  /** Whether the date was written without a year, which came from `options.reference`. */
  readonly yearInferred: boolean;
}

// Offsets of the zone abbreviations seen on news pages. Upper case only: `est` is a French word.
// `Z` is no word of its own: it is read only glued to an ISO time (readClock).
const ZONE_OFFSETS: ReadonlyMap<string, string> = new Map([
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
// Longest separator between a date and its time: `  |  `, ` à `.
const MAX_SEPARATOR = 12;
// Longest zone note in parentheses after a time: `(UTC+03:00 MSK)`.
const MAX_ZONE_NOTE = 24;

// The loops below that read characters one by one need no check of the text's ends: past
// either end `charCodeAt` gives NaN, which no character test (digit, letter, blank, mark)
// accepts.

// Words that join a date and its time, as one separator: French `14/03/2022 à 09:12`
// (a France 24 byline, corpus 243), German `um`, Italian `alle`, Portuguese `às`, Russian
// `в`, Ukrainian `о`. English `at` is left out: `on October 27, 2021 at 22:00` is how English
// sentences write it, and the bylines of English pages use a comma or a bullet.
const DATE_TIME_WORDS: ReadonlySet<string> = new Set(['à', 'um', 'alle', 'às', 'в', 'о']);

interface Clock {
  readonly start: number;
  readonly end: number;
  /** `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` in 24-hour form. */
  readonly time: string;
  readonly offset: string | null;
  readonly repaired: boolean;
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
  // Stryker disable next-line EqualityOperator: a bound on the work; five digits or more are no offset, however many are read.
  while (i - hoursStart < 5 && isDigitCode(text.charCodeAt(i))) i++;
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
        while (i - fractionStart <= 9 && isDigitCode(text.charCodeAt(i))) i++;
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
  // Stryker disable next-line ConditionalExpression: after an ISO offset the reads below start at it (`+`, `Z`) and find no meridiem, note or zone word.
  if (offset === null) {
    let at = skipBlanks(text, i);
    const meridiem = readMeridiem(text, at);
    if (meridiem !== null) {
      if (hour < 1 || hour > 12) return null;
      hour24 = (hour % 12) + (meridiem.pm ? 12 : 0);
      end = meridiem.end;
      at = skipBlanks(text, end);
    }
    if (text.charCodeAt(at) === 0x28 /* ( */) {
      const note = readZoneNote(text, at);
      // Zones that name different offsets are read like a broken offset: the stamp would
      // claim a zone it may not have.
      if (note === 'conflict') return null;
      if (note !== null) {
        offset = note.offset;
        end = note.end;
      }
    }
    // Stryker disable next-line ConditionalExpression: after a note `at` is its `(`, where no word starts.
    const zoneEnd = offset === null ? wordEnd(text, at) : at;
    const word = text.slice(at, zoneEnd);
    const zone = ZONE_OFFSETS.get(word);
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

/** The offset of one zone word at `at` (`MSK`, `GMT`, `UTC+3`, `GMT+05:30`) and its end; else `null`. */
function readZoneWord(text: string, at: number): { offset: string; end: number } | null {
  const zoneEnd = wordEnd(text, at);
  const word = text.slice(at, zoneEnd);
  const zone = ZONE_OFFSETS.get(word);
  if (zone === undefined) return null;
  const explicit = word === 'GMT' || word === 'UTC' || word === 'UT' ? readSignedOffset(text, zoneEnd, true) : null;
  return explicit ?? { offset: zone, end: zoneEnd };
}

/**
 * Reads a zone note in parentheses after a time: `(UTC+3 MSK)`, `(MSK)`, `(GMT+3)`. Every
 * word in it must be a zone, and all must name one offset; a note with other words
 * (`(Moscow time)`) gives `null` and no offset is invented; zones that disagree
 * (`(UTC+2 MSK)`) give `'conflict'`.
 */
function readZoneNote(text: string, open: number): { offset: string; end: number } | 'conflict' | null {
  let offset: string | null = null;
  let i = open + 1;
  while (i - open <= MAX_ZONE_NOTE) {
    const code = text.charCodeAt(i);
    if (isBlankCode(code)) {
      i++;
      continue;
    }
    if (code === 0x29 /* ) */) return offset === null ? null : { offset, end: i + 1 };
    const zone = readZoneWord(text, i);
    if (zone === null) return null;
    if (offset !== null && offset !== zone.offset) return 'conflict';
    offset = zone.offset;
    i = zone.end;
  }
  return null;
}

/** Reads a date with its year at `at`: numeric, or worded with an optional Russian year word. */
function readDatedDay(text: string, at: number): FullDate | null {
  // Stryker disable next-line StringLiteral: any order but 'dmy' reads month first, so '' is 'mdy' too.
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

/**
 * Whether `[from, to)` separates a date and a time: blanks with at most one punctuation
 * mark, or one joining word between blanks (` à `, ` um `).
 */
function isSeparator(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_SEPARATOR) return false;
  let marks = 0;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isBlankCode(code)) {
      i++;
      continue;
    }
    if (++marks > 1) return false;
    if (isSeparatorPunctuation(code)) {
      i++;
      continue;
    }
    const end = joiningWordEnd(text, i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: i at -1 would read NaN, counted as a second mark: false all the same.
    if (end < 0) return false;
    i = end;
  }
  return true;
}

/** Index past a joining word at `at` that has blanks on both sides (` à `), or -1. */
function joiningWordEnd(text: string, at: number): number {
  if (!isBlankCode(text.charCodeAt(at - 1))) return -1;
  const end = wordEnd(text, at);
  if (!isBlankCode(text.charCodeAt(end)) || !DATE_TIME_WORDS.has(text.slice(at, end).toLowerCase())) return -1;
  return end;
}

/** Index of the start of a joining word that ends at `end` (`… 2022 à| 09:12`), or -1. */
function joiningWordStart(text: string, end: number): number {
  let i = end;
  // Stryker disable next-line EqualityOperator: a bound on the work; no joining word is longer than four letters.
  while (end - i < 4 && isLetterCode(text.charCodeAt(i - 1))) i--;
  return joiningWordEnd(text, i) === end ? i : -1;
}

/** Index past a separator starting at `at` (see {@link isSeparator}), or -1 when there is none. */
function skipSeparator(text: string, at: number): number {
  let i = skipBlanks(text, at);
  if (isSeparatorPunctuation(text.charCodeAt(i))) i = skipBlanks(text, i + 1);
  return isSeparator(text, at, i) ? i : -1;
}

/** Moves `start` back over a weekday written right before the date (`Sunday, `, `Fri `, `Wed., `), and says which. */
function includeWeekday(text: string, start: number): { start: number; weekday: number | null } {
  let i = start;
  while (start - i < 3 && isBlankCode(text.charCodeAt(i - 1))) i--;
  if (i === start) return { start, weekday: null };
  if (text.charCodeAt(i - 1) === 0x2c) i--;
  if (text.charCodeAt(i - 1) === 0x2e) i--;
  const end = i;
  // Stryker disable next-line EqualityOperator: a bound on the work; readWeekday reads the whole word, and no weekday is twelve letters long.
  while (end - i <= 12 && isLetterCode(text.charCodeAt(i - 1))) i--;
  const weekday = readWeekday(text, i);
  return weekday !== null && weekday.end === start ? { start: i, weekday: weekday.weekday } : { start, weekday: null };
}

function isTokenStart(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  if (isDigitCode(code)) return !isDigitCode(before) && before !== 0x2e && before !== 0x2f && before !== 0x2d;
  return isLetterCode(code) && !isLetterCode(before);
}

/** Whether a Russian year word (`года`, `г`, `г.`) ends at `end`. */
function endsWithYearWord(text: string, end: number): boolean {
  // Stryker disable next-line MethodExpression: the slice is kept short for speed; its end is what is read.
  const tail = text.slice(Math.max(0, end - 4), end).toLowerCase();
  // Stryker disable next-line ConditionalExpression,StringLiteral: only dateBefore's fast path reads it (see there).
  return tail.endsWith('года') || tail.endsWith('г') || tail.endsWith('г.');
}

/** The date written before the time that starts at `timeStart`, ending just before a separator. */
function dateBefore(text: string, timeStart: number): { date: FullDate; start: number; weekday: number | null } | null {
  // A date with its year ends in a digit or a Russian year word; anything else cannot be one.
  const p = separatorStartBefore(text, timeStart);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; with p at -1 the window below is empty.
  if (p < 0) return null;
  // Stryker disable next-line ConditionalExpression: a fast path; the window below finds no date that ends elsewhere.
  if (!isDigitCode(text.charCodeAt(p - 1)) && !endsWithYearWord(text, p)) return null;
  // Stryker disable next-line EqualityOperator: p is a blank or a mark, where no date starts.
  for (let s = Math.max(0, p - DATE_WINDOW); s < p; s++) {
    if (!isTokenStart(text, s)) continue;
    const date = readDatedDay(text, s);
    if (date !== null && isSeparator(text, date.end, timeStart)) return { date, ...includeWeekday(text, s) };
  }
  return null;
}

/** Where the separator before a time starting at `timeStart` begins (blanks, a mark or a joining word); -1 when there is none. */
function separatorStartBefore(text: string, timeStart: number): number {
  let p = timeStart;
  while (timeStart - p < MAX_SEPARATOR && (isBlankCode(text.charCodeAt(p - 1)) || isSeparatorPunctuation(text.charCodeAt(p - 1)))) p--;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: a fast path; with no blank or mark before the time no date is separated from it, whatever word is.
  const word = p < timeStart ? joiningWordStart(text, p) : -1;
  // Stryker disable next-line EqualityOperator: a joining word never starts at 0, it needs a blank before it.
  if (word >= 0) {
    p = word;
    while (timeStart - p < MAX_SEPARATOR && isBlankCode(text.charCodeAt(p - 1))) p--;
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator,UnaryOperator: a fast path; with no separator, or nothing before it, the callers find no date either way.
  return p === timeStart || p === 0 ? -1 : p;
}

/**
 * The day and month written without a year before the time that starts at `timeStart`
 * (`5 Mar. 14:30`, `Mar 5, 14:30`), ending just before a separator mark or blanks. Such a
 * stamp is weaker evidence than one with a year, so it must stand where stamps stand: at
 * the start of the line or after a mark (`|`, `•`, `—`, `:`), never inside a sentence
 * (`… on 17 October at 7:35 a.m. …`).
 */
function dayMonthBefore(text: string, timeStart: number): { day: number; month: number; start: number; weekday: number | null } | null {
  const p = separatorStartBefore(text, timeStart);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; with p at -1 the window below is empty.
  if (p < 0) return null;
  // Stryker disable next-line EqualityOperator: p is a blank or a mark, where no date starts.
  for (let s = Math.max(0, p - DATE_WINDOW); s < p; s++) {
    // Stryker disable next-line ConditionalExpression: standsAlone below refuses a start with no blank or line start before it, which is every start but a token's.
    if (!isTokenStart(text, s)) continue;
    const date = readDayMonth(text, s);
    if (date === null || date.year !== null || !isSeparator(text, date.end, timeStart) || hasLetter(text, date.end, timeStart)) continue;
    const found = includeWeekday(text, s);
    return standsAlone(text, found.start) ? { day: date.day, month: date.month, start: found.start, weekday: found.weekday } : null;
  }
  return null;
}

/** Whether `[from, to)` holds a letter (a joining word). */
function hasLetter(text: string, from: number, to: number): boolean {
  // Stryker disable next-line EqualityOperator: `to` is the time's first digit.
  for (let i = from; i < to; i++) if (isLetterCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether a stamp starting at `start` opens the line or follows a mark (`Updated: `, `Agency | `). */
function standsAlone(text: string, start: number): boolean {
  let i = start;
  while (start - i < MAX_SEPARATOR && isBlankCode(text.charCodeAt(i - 1))) i--;
  if (i === 0) return true;
  const code = text.charCodeAt(i - 1);
  return i < start && (code === 0x3a /* : */ || code === 0x28 /* ( */ || isSeparatorPunctuation(code));
}

/** The date written after a time that ends at `timeEnd` (`17:12 GMT 25.11.2021`). */
function dateAfter(text: string, timeEnd: number): { date: FullDate; weekday: number | null } | null {
  const at = skipSeparator(text, timeEnd);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; at -1 the readers below find nothing.
  if (at < 0) return null;
  const weekday = readWeekday(text, at);
  const date = readDatedDay(text, weekday?.end ?? at);
  return date === null ? null : { date, weekday: weekday?.weekday ?? null };
}

/** The hours before the colon at `colon`: one or two digits; -1 when there are none or more. */
function hoursStartBefore(text: string, colon: number): number {
  let i = colon;
  // Stryker disable next-line EqualityOperator: a bound on the work; three digits or more are no hours, however many are read.
  while (colon - i < 3 && isDigitCode(text.charCodeAt(i - 1))) i--;
  const length = colon - i;
  return length === 1 || length === 2 ? i : -1;
}

/** The ISO date that ends with the `T` at `t` (`2021-11-21T`), or `null`. */
function isoDateBefore(text: string, t: number): FullDate | null {
  const start = t - 10;
  // Before the text's start there is no digit, and no date starts there.
  if (isDigitCode(text.charCodeAt(start - 1))) return null;
  if (text.charCodeAt(start + 4) !== 0x2d) return null;
  // Stryker disable next-line StringLiteral: any order but 'dmy' reads month first, so '' is 'mdy' too (and an ISO date has no slashes).
  const date = readNumericDate(text, start, 'mdy');
  return date !== null && date.end === t ? date : null;
}

function makeMatch(date: Omit<FullDate, 'end'>, clock: Clock, start: number, end: number, weekday: number | null, yearInferred = false): TimestampMatch {
  const isoDate = formatIsoDate(date.year, date.month, date.day);
  return {
    value: `${isoDate}T${clock.time}${clock.offset ?? ''}` as IsoTimestamp,
    date: isoDate,
    start,
    end,
    repaired: clock.repaired,
    weekdayMismatch: weekday !== null && weekday !== weekdayOf(date.year, date.month, date.day),
    yearInferred,
  };
}

/**
 * Finds the first clock time in one line of text that is written together with its own
 * date, and returns it as an ISO 8601 timestamp, as precise as written: seconds only when
 * written, an offset only when the text gives one (`+0000`, `Z`, `GMT`, `UTC` → `+00:00`,
 * `IST` → `+05:30`, `MSK` → `+03:00`, `GMT+3` → `+03:00`, and the same in parentheses:
 * `(UTC+3 MSK)` → `+03:00`); 12-hour times become 24-hour.
 *
 * Reads the date before the time (`2021-10-27T13:02+0000`, `16 Nov, 2021 17:21`,
 * `October 27, 2021, 22:00`, `Sun 31st May 2020 | 04:30 PM`, `23-10-2021 19:24 IST`) or
 * after it (`17:12 GMT 25.11.2021`, `15:39 27.02.2026`), separated by blanks and at most
 * one of `,` `|` `-` `–` `—` `•` `·`, or by one joining word (`14/03/2022 à 09:12`,
 * `um`, `alle`, `às`, `в`, `о`). A day and month without a year before the time
 * (`5 Mar. 14:30`) take the year from `options.reference`, as a dateline does; without a
 * reference they are not returned. A bare date, a time without a date and a site clock
 * widget with its zone glued to the day (`12:22 GMT04 November 2020`) are not timestamps,
 * nor is a time whose zones disagree (`10:00 (UTC+2 MSK)`). The search is linear in the
 * length of the line.
 *
 * @param text - One line of page text.
 * @param options - The reference date for stamps written without a year.
 * @returns The first timestamp with its position, or `null` when there is none.
 * @throws TypeError when `text` is not a string, an option is unknown or `reference` not a string.
 * @throws RangeError when `reference` is not a real `YYYY-MM-DD` or `YYYY-MM` date.
 * @example
 * ```ts
 * findTimestamp('Agency | Updated: 12-03-2022 08:47 IST | Created: 12-03-2022 08:10 IST');
 * //=> { value: '2022-03-12T08:47+05:30', date: '2022-03-12', start: 18, end: 38, repaired: false,
 * //     weekdayMismatch: false, yearInferred: false }
 * findTimestamp('2021-11-21T11: 02');
 * //=> { value: '2021-11-21T11:02', date: '2021-11-21', start: 0, end: 17, repaired: true,
 * //     weekdayMismatch: false, yearInferred: false }
 * findTimestamp('5 Mar. 14:30 (UTC+3 MSK)', { reference: '2024-03-05' });
 * //=> { value: '2024-03-05T14:30+03:00', date: '2024-03-05', start: 0, end: 24, repaired: false,
 * //     weekdayMismatch: false, yearInferred: true }
 * findTimestamp('Nov 16, 2021  •  38 minutes ago');
 * //=> null
 * ```
 */
export function findTimestamp(text: string, options?: FindTimestampOptions): TimestampMatch | null {
  if (typeof text !== 'string') throw new TypeError(`findTimestamp: expected a string, got ${typeof text}`);
  const reference = readOptions('findTimestamp', options, OPTIONS).reference ?? null;
  // Stryker disable next-line StringLiteral: indexOf('') is 0, and a colon at 0 has no hours before it: the same stamps are found.
  let colon = text.indexOf(':');
  while (colon >= 0) {
    const match = timestampAt(text, colon, reference);
    if (match !== null && match.value !== null) return match;
    colon = text.indexOf(':', colon + 1);
  }
  return null;
}

/**
 * The first stamp in a line, as {@link findTimestamp} reads it, or the first stamp written
 * without a year when `reference` cannot give it one (its value is then `null`).
 *
 * @internal
 */
export function scanTimestamp(text: string, reference: Ymd | null): TimestampMatch | UnresolvedTimestamp | null {
  // Stryker disable next-line StringLiteral: indexOf('') is 0, and a colon at 0 has no hours before it: the same stamps are found.
  let colon = text.indexOf(':');
  while (colon >= 0) {
    const match = timestampAt(text, colon, reference);
    if (match !== null) return match;
    colon = text.indexOf(':', colon + 1);
  }
  return null;
}

function timestampAt(text: string, colon: number, reference: Ymd | null): TimestampMatch | UnresolvedTimestamp | null {
  const hoursStart = hoursStartBefore(text, colon);
  if (hoursStart < 0) return null;
  const before = text.charCodeAt(hoursStart - 1);
  const isoDate = before === 0x54 /* T */ ? isoDateBefore(text, hoursStart - 1) : null;
  if (isoDate === null && (before === 0x3a || isLetterCode(before))) return null;
  const clock = readClock(text, colon, hoursStart, isoDate !== null);
  if (clock === null) return null;
  if (isoDate !== null) return makeMatch(isoDate, clock, hoursStart - 11, clock.end, null);
  const earlier = dateBefore(text, hoursStart);
  if (earlier !== null) return makeMatch(earlier.date, clock, earlier.start, clock.end, earlier.weekday);
  const later = dateAfter(text, clock.end);
  if (later !== null) return makeMatch(later.date, clock, clock.start, later.date.end, later.weekday);
  // `5 Mar. 14:30 (UTC+3 MSK)`: a stamp without a year takes it as a dateline does.
  const yearless = dayMonthBefore(text, hoursStart);
  if (yearless === null) return null;
  if (reference === null) return { value: null, start: yearless.start, end: clock.end };
  const year = inferYear(yearless.month, yearless.day, reference);
  // A day that exists in none of the candidate years (`30 Feb`) is no stamp.
  if (year === null) return null;
  return makeMatch({ year, month: yearless.month, day: yearless.day }, clock, yearless.start, clock.end, yearless.weekday, true);
}

/** A clock time that opens a line, with the date and zone written after it. @internal */
export interface LeadingClock {
  /** `HH:MM` or `HH:MM:SS`, 24-hour. */
  readonly time: string;
  /** `±HH:MM` when a zone is written (`GMT`, `MSK`, `(UTC+3)`), else `null`. */
  readonly offset: string | null;
  /** The date written after the time (`09:54 GMT 22.10.2024`), else `null`. */
  readonly date: IsoDate | null;
  /** Index just past the time, its zone and its date. */
  readonly end: number;
}

/**
 * The clock time that opens `text` (`10:34am`, `12:54`, `09:54 GMT 22.10.2024`), read as
 * {@link findTimestamp} reads the time of a stamp, with the date written after it when
 * there is one; `null` when `text` does not open with a time. The time marker of a live
 * page's entries (src/parse/entries.ts). @internal
 */
export function leadingClock(text: string): LeadingClock | null {
  const colon = text.charCodeAt(1) === 0x3a ? 1 : text.charCodeAt(2) === 0x3a ? 2 : -1;
  if (hoursStartBefore(text, colon) !== 0) return null;
  const clock = readClock(text, colon, 0, false);
  if (clock === null) return null;
  const later = dateAfter(text, clock.end);
  const date = later === null ? null : formatIsoDate(later.date.year, later.date.month, later.date.day);
  return { time: clock.time, offset: clock.offset, date, end: later?.date.end ?? clock.end };
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
  // Stryker disable next-line ConditionalExpression: findTimestamp below throws the same TypeError; only the message would name it.
  if (typeof raw !== 'string') throw new TypeError(`normalizeTimestamp: expected a string, got ${typeof raw}`);
  const text = trimSpace(raw);
  const match = findTimestamp(text);
  return match !== null && match.start === 0 && match.end === text.length && !match.weekdayMismatch ? match.value : null;
}
