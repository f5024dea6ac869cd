import type { Dateline } from '../model/article.js';
import type { IsoDate } from '../model/brand.js';
import { formatIsoDate, inferYear, isValidDay, parseIsoDate, type Ymd } from '../internal/calendar.js';
import { readDayMonth, wordEnd, type DayMonth } from '../internal/date-words.js';
import { isOutletName } from '../internal/outlets.js';
import { isReferenceDate, readOptions } from '../internal/options.js';
import type { Reporter } from '../internal/report.js';
import { safeShortText, shortField } from '../internal/short-field.js';
import { daysApart } from './date-evidence.js';
import type { Metadata } from './metadata.js';
import type { Layout, Unit } from './page.js';

/** The options {@link parseDateline} knows, each with its check. */
const OPTIONS = { reference: isReferenceDate };
import { BLANK_CLASS, foldedText, isBlankCode, isSpaceCode } from '../internal/chars.js';

/**
 * Options for {@link parseDateline}.
 *
 * @example
 * ```ts
 * parseDateline('KAZAN, 2 Nov – RIA Novosti. Text.', { reference: '2021-11-03' })?.date;
 * //=> '2021-11-02'
 * ```
 */
export interface ParseDatelineOptions {
  /**
   * The document's date (`YYYY-MM-DD` or `YYYY-MM`), which supplies the year of a
   * dateline written without one. Without it such a dateline's `date` is `null`.
   *
   * @default undefined
   * @example
   * ```ts
   * parseDateline('MOSCOW, November 2 – RIA Novosti. Text', { reference: '2021-11-02' })?.date;
   * //=> '2021-11-02'
   * ```
   */
  readonly reference?: string;
}

/** A dateline found at a place in a string, before its date is resolved. @internal */
export interface DatelineMatch {
  /** Index of the dateline's first character. */
  readonly start: number;
  /** Index just past the dateline (its terminator included, trailing space not). */
  readonly end: number;
  readonly place: string | null;
  readonly agency: string | null;
  readonly day: number | null;
  readonly month: number | null;
  readonly year: number | null;
  /** `true` when it names an agency or a date; a bare `PLACE —` or `PLACE:` is weak. */
  readonly strong: boolean;
  /** Index where a second, doubled dateline starts, or -1. */
  readonly doubledAt: number;
  /**
   * `true` when the dateline is a name in a script without capitals before a bare separator
   * (`موسكو |`): it may be a place or an outlet, so neither `place` nor `agency` is filled.
   */
  readonly unclearName: boolean;
}

// An upper-case place of one to four words, two places joined by a slash:
// `MOSCOW`, `NIZHNY NOVGOROD`, `ST. PETERSBURG`, `PETROPAVLOVSK-KAMCHATSKIY`, `MINSK/WARSAW`, `МОСКВА`.
const UPPER_PLACE = /^\p{Lu}[\p{Lu}\p{M}'’-]+\.?(?:[ /]\p{Lu}[\p{Lu}\p{M}'’-]+\.?){0,3}/u;
// A capitalised place of one to three words, after an abbreviated `St.`, `Mt.` or `Ft.`, two
// places joined by a slash: `Moscow`, `New Delhi`, `Roma`, `St. Petersburg`, `Berlin/Potsdam`.
const MIXED_PLACE = /^(?:(?:St|Ste|Mt|Ft)\. )?\p{Lu}\p{Ll}+(?:[ /-]\p{Lu}\p{Ll}+){0,2}/u;
// A name of one to three words in a script without capitals: `موسكو`, an Arabic site's name.
const UNCASED_NAME = /^\p{Lo}[\p{Lo}\p{M}]*(?: \p{Lo}[\p{Lo}\p{M}]*){0,2}/u;
// A bare separator after a place, with the blank before it: ` –`, ` -`, ` --`, ` —`, ` |`, ` •`.
// (Built in a pure function, here and below, so that a bundler can drop it when unused:
// docs/performance.md, "Tree-shaking".)
const BARE_SEPARATOR = /* @__PURE__ */ (() => new RegExp(`^${BLANK_CLASS}+(?:[-–—]{1,2}|[|•])`))();
// A dash between dateline parts, with its spaces: ` – `, ` - `, ` -- `, `—`.
const DASH = /* @__PURE__ */ (() => new RegExp(`^${BLANK_CLASS}*[-–—]{1,2}${BLANK_CLASS}*`))();
// An agency name after a dash, up to its period: `RIA Novosti`, `РИА Новости`, `BLiTZ`.
const AGENCY_NAME = /^\p{Lu}[\p{L}\p{N}&'’/-]*(?: [\p{L}\p{N}&'’/-]+){0,3}/u;
// A correspondent's name of two or three capitalised words: `Kirill Rogov`, `Мария Иванова`.
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}/u;
// An agency written as its site after a date: `INTERFAX.RU`.
const SITE_AGENCY = /^\p{Lu}[\p{Lu}\p{N}-]*(?:\.\p{Lu}{2,})?/u;
// An all-capitals agency after a comma: `ARMENPRESS`.
const CAPS_AGENCY = /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}/u;

/** Words that stand in dateline position in headlines and kickers but are not places. @internal */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'LIVE', 'BREAKING', 'UPDATE', 'UPDATED', 'UPD', 'WATCH', 'VIDEO', 'PHOTO', 'PHOTOS', 'EXCLUSIVE',
  'OPINION', 'ANALYSIS', 'EDITORIAL', 'COMMENT', 'NOTE', 'READ', 'ALSO', 'MORE', 'FACTBOX', 'EXPLAINER',
  'INTERVIEW', 'NEWS', 'WARNING', 'ALERT', 'URGENT', 'ВИДЕО', 'ФОТО', 'ОНЛАЙН', 'МНЕНИЕ',
  // Organisations open sentences in the same place: `NATO: Russia must …`.
  'NATO', 'OSCE', 'IAEA', 'OPEC', 'CSTO', 'BRICS', 'ASEAN', 'UNESCO', 'UNICEF', 'FIFA', 'UEFA', 'NASA',
  'ОДКБ', 'ОБСЕ', 'НАТО', 'МАГАТЭ', 'ОПЕК', 'ЕАЭС', 'ШОС',
]);

// The fewest letters a place needs to stand alone before `:` or a bare separator (`RIGA:`);
// `US:` and `EU –` open sentences, not datelines. A known outlet may be shorter (`AP —`).
const MIN_WEAK_PLACE = 3;

/** How a place is written, which decides the separators it may stand before. */
type PlaceCase = 'upper' | 'mixed' | 'uncased';

/** The place readers, tried in this order. */
const PLACE_READERS: ReadonlyArray<readonly [RegExp, PlaceCase]> = [
  [UPPER_PLACE, 'upper'],
  [MIXED_PLACE, 'mixed'],
  [UNCASED_NAME, 'uncased'],
];

// How far one anchored read may look: the longest dateline part is well under this.
const READ_WINDOW = 160;

/** Matches an anchored expression at `at` (on a slice, so no regex keeps state between calls). */
function stickyAt(re: RegExp, s: string, at: number): string | null {
  const m = re.exec(s.slice(at, at + READ_WINDOW));
  return m ? m[0] : null;
}

/** Whether a dateline may end at `at`: end of text, a space before the article text, or after a colon. */
function endsCleanly(s: string, at: number): boolean {
  return at >= s.length || isBlankCode(s.charCodeAt(at)) || s.charCodeAt(at - 1) === 0x3a;
}

/** Whether a weak (agency- and date-less) dateline at `at` is followed by a capitalised word. */
function capitalFollows(s: string, at: number): boolean {
  const i = afterBlanks(s, at);
  if (i === at) return false;
  // Past the end, charAt gives '', which is no capital.
  const ch = s.charAt(i);
  return ch !== ch.toLowerCase() || ch === '“' || ch === '"' || ch === '«';
}

/**
 * Whether a letter of any script follows the blanks at `at` (text without capitals, `… | افتتح`).
 * Only read after a bare separator, which ends at a blank.
 */
function letterFollows(s: string, at: number): boolean {
  return /\p{L}/u.test(s.charAt(afterBlanks(s, at)));
}

/** The index of the first character from `at` that is not a blank (`s.length` when none is). */
function afterBlanks(s: string, at: number): number {
  let i = at;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end charCodeAt gives NaN, which is no blank; the bound only says so.
  while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
  return i;
}

/**
 * Index past a bare separator at `at` (blanks, then a dash, a pipe or a bullet, then a
 * blank), or -1. Text without capitals uses dashes inside its sentences; there only a pipe
 * or a bullet sets a name off (`عمون | …`).
 */
function bareSeparatorEnd(s: string, at: number, placeCase: PlaceCase): number {
  const mark = stickyAt(BARE_SEPARATOR, s, at);
  if (mark === null) return -1;
  const end = at + mark.length;
  if (!isBlankCode(s.charCodeAt(end))) return -1;
  const last = s.charCodeAt(end - 1);
  if (placeCase === 'uncased' && last !== 0x7c && last !== 0x2022) return -1;
  return end;
}

/** Reads ` (…)` at `at`: a blank, then the parentheses of {@link readParens}. */
function readParensAfterBlank(s: string, at: number): { inside: string; end: number } | null {
  return isBlankCode(s.charCodeAt(at)) ? readParens(s, at + 1) : null;
}

/** Reads `(…)` at `at`: the inside and the index past `)`. At most 80 characters, no line break. */
function readParens(s: string, at: number): { inside: string; end: number } | null {
  if (s.charCodeAt(at) !== 0x28) return null;
  const limit = Math.min(s.length, at + 82);
  for (let i = at + 1; i < limit; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x29) {
      const inside = s.slice(at + 1, i).trim();
      return inside.length > 0 ? { inside, end: i + 1 } : null;
    }
    if (c === 0x28 || c === 0x0a || c === 0x0d) return null;
  }
  return null;
}

interface Tail {
  /** Where the place ends when it runs on past the first word group (`KYIV, Ukraine`). */
  placeEnd?: number;
  agency: string | null;
  day: number | null;
  month: number | null;
  year: number | null;
  end: number;
  /** Whether only a bare separator follows the place (`KAZAN •`, `Torino -`). */
  bare?: boolean;
}

/** `(UrduPoint News / Sputnik - 01st November, 2021)`: an agency with a date inside the parentheses. */
function splitAgencyDate(inside: string): { agency: string; day: number; month: number; year: number | null } | null {
  const dash = inside.lastIndexOf(' - ');
  // Stryker disable next-line EqualityOperator: the inside is trimmed, so ' - ' is never at 0.
  if (dash <= 0) return null;
  const datePart = inside.slice(dash + 3).trim();
  const date = readDayMonth(datePart, 0);
  if (!date || date.end !== datePart.length) return null;
  return { agency: inside.slice(0, dash).trim(), day: date.day, month: date.month, year: date.year };
}

/** After `(AGENCY)`: an optional dash or colon. Returns the index past it, `at` when neither is there. */
function afterParens(s: string, at: number): number {
  if (s.charCodeAt(at) === 0x3a) return at + 1;
  // UrduPoint's Pakistani pages: `ISLAMABAD, (UrduPoint / Pakistan Point News - 01st Nov, 2021) :Text`.
  if (isBlankCode(s.charCodeAt(at)) && s.charCodeAt(at + 1) === 0x3a) return at + 2;
  const dash = stickyAt(DASH, s, at);
  if (dash !== null && endsCleanly(s, at + dash.trimEnd().length)) return at + dash.trimEnd().length;
  return at;
}

/** `– RIA Novosti.` after a date: the agency up to its period. */
function readDashAgency(s: string, at: number): { agency: string; end: number } | null {
  const dash = stickyAt(DASH, s, at);
  if (dash === null) return null;
  const from = at + dash.length;
  const name = stickyAt(AGENCY_NAME, s, from);
  if (name === null) return null;
  let stop = from + name.length;
  // RIA names the correspondent after the agency: `– RIA Novosti, Kirill Rogov.`
  if (s.charCodeAt(stop) === 0x2c && isBlankCode(s.charCodeAt(stop + 1))) {
    const author = stickyAt(PERSON_NAME, s, stop + 2);
    if (author !== null && s.charCodeAt(stop + 2 + author.length) === 0x2e) stop += 2 + author.length;
  }
  if (s.charCodeAt(stop) !== 0x2e && s.charCodeAt(stop) !== 0x3a) return null;
  return { agency: name, end: stop + 1 };
}

/** `. /TASS/.` or `. / TASS /.` after a date. */
function readSlashAgency(s: string, at: number): { agency: string; end: number } | null {
  let i = at;
  if (s.charCodeAt(i) === 0x2e) i++;
  i = afterBlanks(s, i);
  if (s.charCodeAt(i) !== 0x2f) return null;
  const close = s.indexOf('/', i + 1);
  // Stryker disable next-line EqualityOperator: indexOf from i + 1 gives -1 or more than i, never 0.
  if (close < 0) return null;
  if (close - i > 40) return null;
  const agency = s.slice(i + 1, close).trim();
  if (agency.length === 0 || agency.includes('\n')) return null;
  let end = close + 1;
  if (s.charCodeAt(end) === 0x2e) end++;
  return { agency, end };
}

/** What may follow `PLACE, DATE`, the date ending at `date.end`. */
function readAfterDate(s: string, date: DayMonth): Tail | null {
  const { day, month, year, end: at } = date;
  const dashAgency = readDashAgency(s, at);
  if (dashAgency && endsCleanly(s, dashAgency.end)) return { agency: dashAgency.agency, day, month, year, end: dashAgency.end };
  const slash = readSlashAgency(s, at);
  if (slash && endsCleanly(s, slash.end)) return { agency: slash.agency, day, month, year, end: slash.end };
  if (s.charCodeAt(at) === 0x2c && isBlankCode(s.charCodeAt(at + 1))) {
    const caps = stickyAt(CAPS_AGENCY, s, at + 2);
    const stop = at + 2 + (caps?.length ?? 0);
    if (caps !== null && s.charCodeAt(stop) === 0x2e && endsCleanly(s, stop + 1)) return { agency: caps, day, month, year, end: stop + 1 };
  }
  // `BEIJING, Aug. 25 (Xinhua) --`, `TEHRAN, Dec. 29 (MNA) –`, `Pune, Nov 2 (PTI)`: the agency in parentheses after the date.
  const parens = readParensAfterBlank(s, at);
  if (parens) {
    const end = afterParens(s, parens.end);
    if (endsCleanly(s, end)) return { agency: parens.inside, day, month, year, end };
  }
  const dash = stickyAt(DASH, s, at);
  if (dash !== null) {
    const end = at + dash.trimEnd().length;
    if (capitalFollows(s, end)) return { agency: null, day, month, year, end };
  }
  return null;
}

/** The dateline parts after a place ending at `at`. */
function readAfterPlace(s: string, at: number, placeCase: PlaceCase, place: string): Tail | null {
  if (placeCase === 'uncased') return readBare(s, at, placeCase, place);
  const upper = placeCase === 'upper';
  const c = s.charCodeAt(at);
  // `MOSCOW, November 2 – RIA Novosti.` and its TASS, ARMENPRESS and PTI relatives.
  if (c === 0x2c && isBlankCode(s.charCodeAt(at + 1)) && s.charCodeAt(at + 2) !== 0x28) {
    const date = readDayMonth(s, at + 2);
    if (!date) return upper ? readRegionAgency(s, at) : null;
    return readAfterDate(s, date);
  }
  // `MOSCOW. Sept 19 (Interfax) -` and `Москва. 2 ноября. INTERFAX.RU -`
  if (c === 0x2e && isBlankCode(s.charCodeAt(at + 1))) {
    const date = readDayMonth(s, at + 2);
    if (!date) return null;
    if (s.charCodeAt(date.end) === 0x2e && isBlankCode(s.charCodeAt(date.end + 1))) {
      const agency = stickyAt(SITE_AGENCY, s, date.end + 2);
      const dash = agency === null ? null : stickyAt(DASH, s, date.end + 2 + agency.length);
      if (agency === null || agency.length < 2 || dash === null) return null;
      const end = date.end + 2 + agency.length + dash.trimEnd().length;
      return endsCleanly(s, end) ? { agency, day: date.day, month: date.month, year: date.year, end } : null;
    }
    const parens = readParensAfterBlank(s, date.end);
    if (!parens) return null;
    const end = afterParens(s, parens.end);
    if (end === parens.end || !endsCleanly(s, end)) return null;
    return { agency: parens.inside, day: date.day, month: date.month, year: date.year, end };
  }
  // `MOSCOW (Sputnik) -`, `MOSCOW (RIA Novosti):`, `MOSCOW (UrduPoint News / Sputnik - 01st November, 2021)`,
  // and with a comma: `ISLAMABAD, (UrduPoint / Pakistan Point News - 01st Nov, 2021) :`
  // (A comma and a blank before anything but a parenthesis went to the date above.)
  const parenAt = isBlankCode(c) && s.charCodeAt(at + 1) === 0x28 ? at + 1 : c === 0x2c && isBlankCode(s.charCodeAt(at + 1)) ? at + 2 : -1;
  if (parenAt !== -1) {
    const parens = readParens(s, parenAt);
    if (!parens) return null;
    const dated = splitAgencyDate(parens.inside);
    const end = afterParens(s, parens.end);
    // A mixed-case place needs a dash or a colon after its agency, unless a date is inside.
    if (end === parens.end && dated === null && !upper) return null;
    if (!endsCleanly(s, end)) return null;
    if (dated === null && end === parens.end && !capitalFollows(s, end)) return null;
    return dated
      ? { agency: dated.agency, day: dated.day, month: dated.month, year: dated.year, end }
      : { agency: parens.inside, day: null, month: null, year: null, end };
  }
  // `RIGA: US Secretary …`; a capitalised word before a colon opens a sentence (`Putin: …`).
  if (c === 0x3a) {
    const end = at + 1;
    return upper && place.length >= MIN_WEAK_PLACE && capitalFollows(s, end) ? { agency: null, day: null, month: null, year: null, end } : null;
  }
  return readBare(s, at, placeCase, place);
}

/**
 * A place and a bare separator, no agency, no date: `MOSCOW — Russia confirmed …`,
 * `KAZAN • …`, `Torino - …`, `Berlin/Potsdam | …`, and a name in a script without
 * capitals before a pipe (`عمون | …`).
 */
function readBare(s: string, at: number, placeCase: PlaceCase, place: string): Tail | null {
  if (place.length < MIN_WEAK_PLACE && !isOutletName(place)) return null;
  // Kicker words stand there in any case: `Live – …`, `Update | …`.
  if (NOT_PLACES.has(place.toUpperCase())) return null;
  const end = bareSeparatorEnd(s, at, placeCase);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: -1 is "no separator", and at -1 neither check below finds a letter; the line says what -1 means.
  if (end < 0) return null;
  const follows = placeCase === 'uncased' ? letterFollows(s, end) : capitalFollows(s, end);
  if (!follows || labelFollows(s, end)) return null;
  return { agency: null, day: null, month: null, year: null, end, bare: true };
}

/** Whether the word after the blanks at `at` is a label (`Reuters | Updated: …` is a byline). */
function labelFollows(s: string, at: number): boolean {
  const i = afterBlanks(s, at);
  const end = wordEnd(s, i);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only read where a capital or a letter follows, so a word is always there.
  return end > i && s.charCodeAt(end) === 0x3a;
}

/**
 * AP's `KYIV, Ukraine (AP) —`: a region after the place, then the agency. The region is
 * returned as part of the place (`KYIV, Ukraine`), as the dateline names the location.
 */
function readRegionAgency(s: string, at: number): Tail | null {
  const region = stickyAt(MIXED_PLACE, s, at + 2);
  if (region === null) return null;
  const after = at + 2 + region.length;
  const parens = readParensAfterBlank(s, after);
  if (!parens) return null;
  const end = afterParens(s, parens.end);
  if (end === parens.end || !endsCleanly(s, end)) return null;
  return { agency: parens.inside, day: null, month: null, year: null, end, placeEnd: after };
}

/** A dateline with no place: `March 16 - BLiTZ.`, `(RFE/RL) --`. */
function readPlaceless(s: string, at: number): Tail | null {
  if (s.charCodeAt(at) === 0x28) {
    const parens = readParens(s, at);
    if (!parens) return null;
    const end = afterParens(s, parens.end);
    return end !== parens.end && endsCleanly(s, end) ? { agency: parens.inside, day: null, month: null, year: null, end } : null;
  }
  const date = readDayMonth(s, at);
  if (!date) return null;
  const agency = readDashAgency(s, date.end);
  if (!agency || !endsCleanly(s, agency.end)) return null;
  return { agency: agency.agency, day: date.day, month: date.month, year: date.year, end: agency.end };
}

function matchOne(s: string, at: number): DatelineMatch | null {
  for (const [re, placeCase] of PLACE_READERS) {
    let place = stickyAt(re, s, at);
    if (place === null) continue;
    if (place.endsWith('.')) place = place.slice(0, -1);
    // (The list is in capitals: a mixed-case place is looked up in readBare, in any case.)
    if (NOT_PLACES.has(place)) return null;
    const tail = readAfterPlace(s, at + place.length, placeCase, place);
    if (!tail) continue;
    if (tail.placeEnd !== undefined) place = s.slice(at, tail.placeEnd);
    if (tail.bare === true) {
      // An outlet's name alone before the separator is the agency (`Reuters –`, an Arabic
      // site's name and a pipe). Without capitals, any other name may be a place or an
      // outlet: both stay null. A bare dateline is weak either way: only running text opens with it.
      const outlet = isOutletName(place);
      const unclear = !outlet && placeCase === 'uncased';
      return { start: at, end: tail.end, place: outlet || unclear ? null : place, agency: outlet ? place : null, day: null, month: null, year: null, strong: false, doubledAt: -1, unclearName: unclear };
    }
    const strong = tail.agency !== null || tail.day !== null;
    return { start: at, end: tail.end, place, agency: tail.agency, day: tail.day, month: tail.month, year: tail.year, strong, doubledAt: -1, unclearName: false };
  }
  const tail = readPlaceless(s, at);
  if (!tail) return null;
  return { start: at, end: tail.end, place: null, agency: tail.agency, day: tail.day, month: tail.month, year: tail.year, strong: true, doubledAt: -1, unclearName: false };
}

/**
 * Finds a dateline starting exactly at `at` in `s`, and a doubled one right after it
 * (`… (UrduPoint News / Sputnik - 31st May, 2020) KAMCHATSKIY, May 31 (Sputnik) -`).
 * Linear in the length of the dateline: every step is an anchored read.
 *
 * @internal
 */
export function matchDateline(s: string, at: number): DatelineMatch | null {
  const first = matchOne(s, at);
  if (!first) return null;
  const next = afterBlanks(s, first.end);
  const second = next > first.end ? matchOne(s, next) : null;
  if (!second || !second.strong) return first;
  const { start, place, agency, day, month, year, strong, unclearName } = first;
  return { start, end: second.end, place, agency, day, month, year, strong, doubledAt: next, unclearName };
}

/** The dateline's day as a full date, and whether its year was inferred. */
export function resolveDatelineDate(
  match: Pick<DatelineMatch, 'day' | 'month' | 'year'>,
  reference: Ymd | null,
): { date: IsoDate | null; yearInferred: boolean } {
  const { day, month, year } = match;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a dateline reads its day and month together, both or neither; this says so to the types.
  if (day === null || month === null) return { date: null, yearInferred: false };
  if (year !== null) return { date: isValidDay(year, month, day) ? formatIsoDate(year, month, day) : null, yearInferred: false };
  if (reference === null) return { date: null, yearInferred: false };
  const inferred = inferYear(month, day, reference);
  return inferred === null ? { date: null, yearInferred: false } : { date: formatIsoDate(inferred, month, day), yearInferred: true };
}


/**
 * Reads the dateline at the start of a paragraph.
 *
 * Recognises the styles news pages use: `MOSCOW, November 2 – RIA Novosti.`, day first
 * `NOVOSIBIRSK, 25 Nov – RIA Novosti.`, Russian `МОСКВА, 27 фев - РИА Новости.`,
 * `MOSCOW (RIA Novosti):`, `MOSCOW (Sputnik) -`, `MOSCOW (UrduPoint News / Sputnik - 23rd
 * October, 2021)`, TASS `CAIRO, October 15. /TASS/.`, Interfax `MOSCOW. Sept 19 (Interfax) -`,
 * `YEREVAN, NOVEMBER 16, ARMENPRESS.`, `New Delhi, Nov 26 (PTI)`, wire `LONDON (Reuters) -`,
 * `MOSCOW —`, `RIGA:`, and `March 16 - BLiTZ.` without a place.
 *
 * A day written without a year takes it from `options.reference`: the year in which the
 * day is not more than one day after the reference (`December 31` under `2022-01-01` is
 * `2021-12-31`).
 *
 * @param text - Text that starts with the dateline (leading blanks are skipped).
 * @param options - The reference date.
 * @returns The dateline, or `null` when the text does not start with one.
 * @throws TypeError when `text` is not a string, an option is unknown or `reference` not a string.
 * @throws RangeError when `reference` is not a real `YYYY-MM-DD` or `YYYY-MM` date.
 * @example
 * ```ts
 * parseDateline('NOVOSIBIRSK, 25 Nov – RIA Novosti. In the mine…', { reference: '2021-11-25' });
 * //=> { raw: 'NOVOSIBIRSK, 25 Nov – RIA Novosti.', place: 'NOVOSIBIRSK',
 * //     agency: 'RIA Novosti', date: '2021-11-25', yearInferred: true }
 * parseDateline('MOSCOW (Sputnik) - Russia said …');
 * //=> { raw: 'MOSCOW (Sputnik) -', place: 'MOSCOW', agency: 'Sputnik', date: null, yearInferred: false }
 * ```
 */
export function parseDateline(text: string, options?: ParseDatelineOptions): Dateline | null {
  if (typeof text !== 'string') throw new TypeError(`parseDateline expects a string, got ${typeof text}`);
  const reference = readReference(options);
  let at = 0;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  const match = matchDateline(text, at);
  if (!match) return null;
  return toDateline(text, match, reference);
}

/** The checked `reference` of {@link parseDateline}'s options, or `null` without one. */
function readReference(options: unknown): Ymd | null {
  return fullDayReference(options) ?? readOptions('parseDateline', options, OPTIONS).reference ?? null;
}

/**
 * Fast path of {@link readReference} for the common call, `{ reference: 'YYYY-MM-DD' }`
 * naming a real day: read by character codes, where the general option check runs a
 * regular expression and copies the options (a sixth of a dateline's time). `null` for
 * anything else (another key, an array, a month-only or malformed or unreal date), which
 * the general check then accepts or throws on exactly as before. Where this path answers,
 * the general one gives the same day: `readOptions` sees the same one own key, and
 * `isReferenceDate` reads the same four-two-two ASCII digits and checks the same day.
 */
export function fullDayReference(options: unknown): Ymd | null {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return null;
  const keys = Object.keys(options);
  if (keys.length !== 1 || keys[0] !== 'reference') return null;
  const value: unknown = (options as ParseDatelineOptions).reference;
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return null;
  const year = asciiNumber(value, 0, 4);
  const month = asciiNumber(value, 5, 7);
  const day = asciiNumber(value, 8, 10);
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** The number the ASCII digits in `[from, to)` of `text` spell, or -1 when another character is there. */
function asciiNumber(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Builds the public {@link Dateline} of a match. @internal */
export function toDateline(text: string, match: DatelineMatch, reference: Ymd | null): Dateline {
  const { date, yearInferred } = resolveDatelineDate(match, reference);
  return {
    raw: foldedText(text, match.start, match.end),
    place: match.place,
    agency: match.agency,
    date,
    yearInferred,
  };
}

/**
 * The dateline stage: the dateline the page layout found at the start of the article,
 * with its date resolved against the document's date (the header's, else the URL's), and
 * what is wrong with it reported.
 */
export function readDateline(
  input: string,
  layout: Layout,
  units: readonly Unit[],
  header: IsoDate | null,
  url: IsoDate | null,
  page: Pick<Metadata, 'published' | 'publishedSpan' | 'pageDate'>,
  report: Reporter,
): Dateline | null {
  const referenceIso = header ?? url;
  const match = layout.dateline;
  const yearSource = referenceIso === null && match !== null && match.day !== null && match.year === null ? pageYearSource(page) : null;
  const reference = referenceIso === null ? (yearSource?.date ?? null) : parseIsoDate(referenceIso);
  if (match === null) {
    if (layout.bodyStart) {
      const u = units[layout.bodyStart.unit] as Unit;
      // Stryker disable next-line ArithmeticOperator: without a dateline the body opens at its unit's start, `at` 0.
      report.add('DATELINE_MISSING', 'The article text opens without a dateline.', u.start + layout.bodyStart.at);
    }
    return null;
  }
  const read = toDateline(input, match, reference);
  // A dateline is a short field: no control, escape, bidi or zero-width character and no
  // URL of another scheme than http(s) in it. One with nothing else is none.
  const raw = shortField(input, match.start, match.end, read.raw, report);
  if (raw === null) return null;
  const dateline: Dateline = raw === read.raw ? read : { ...read, raw, place: read.place && safeShortText(read.place), agency: read.agency && safeShortText(read.agency) };
  // Stryker disable next-line EqualityOperator: doubledAt is -1 or past the first dateline, never 0.
  if (match.doubledAt >= 0) report.add('DATELINE_DOUBLED', 'A second dateline follows the first.', match.doubledAt, match.end);
  if (match.unclearName) report.add('DATELINE_NAME_UNCLEAR', 'The dateline names a place or an outlet; the text does not say which.', match.start, match.end);
  // (A dateline reads its day and month together.)
  if (match.day !== null && dateline.date === null) {
    // (A day written with its year is always a real one: readDayMonth refuses any other.)
    if (reference === null) report.add('DATELINE_NO_YEAR', 'Neither header, URL, published stamp nor a date line gives the dateline a year.', match.start, match.end);
    else report.add('DATELINE_DATE_INVALID', 'The dateline names a day that does not exist.', match.start, match.end);
  }
  if (yearSource !== null && dateline.date !== null) {
    report.add('DATELINE_YEAR_FROM_PAGE', `The dateline's year was taken from the page's ${yearSource.what}.`, yearSource.start, yearSource.end);
  }
  // Far means far from every date the document gives: a dateline on the URL's day under a
  // late header is a late crawl, which DATES_DISAGREE already reports.
  const day = dateline.date ? parseIsoDate(dateline.date) : null;
  const given = [header, url].filter((d): d is IsoDate => d !== null);
  // Stryker disable next-line MethodExpression,ConditionalExpression: an IsoDate always parses; the filter is for the types.
  const known = given.map((d) => parseIsoDate(d)).filter((d): d is Ymd => d !== null);
  if (day && known.length > 0) {
    const nearest = Math.min(...known.map((d) => daysApart(day, d)));
    if (nearest > MAX_DATELINE_DAYS) report.add('DATELINE_DATE_FAR', `The dateline day is ${nearest} days from the document's dates.`, match.start, match.end);
  }
  return dateline;
}

/**
 * Where a dateline's year comes from when the file has neither a header date nor a URL
 * date: the published stamp, else the first date-only line of the page metadata (the
 * corpus README's rule; never a body sentence, a caption or a trailer).
 */
function pageYearSource(page: Pick<Metadata, 'published' | 'publishedSpan' | 'pageDate'>): { date: Ymd; start: number; end: number; what: string } | null {
  const published = page.published === null ? null : parseIsoDate(page.published.slice(0, 10));
  // Stryker disable next-line StringLiteral: `what` is only the wording of the message.
  if (published !== null && page.publishedSpan !== null) return { date: published, start: page.publishedSpan[0], end: page.publishedSpan[1], what: 'published stamp' };
  const line = page.pageDate;
  // Stryker disable next-line StringLiteral: `what` is only the wording of the message.
  return line === null ? null : { date: line.date, start: line.start, end: line.end, what: 'date line' };
}

/** A dateline within this many days of the document's date is a repost or a late crawl (corpus 002, 027). */
const MAX_DATELINE_DAYS = 2;
