import type { Source } from '../model/article.js';
import type { IsoDate } from '../model/brand.js';
import { agencyOfHost, withoutWww } from '../internal/hosts.js';
import { formatIsoDate, isValidDay } from '../internal/calendar.js';
import { isDigitCode, isSpaceCode } from '../internal/chars.js';
import { hasNonHttpUrl, isHiddenCode } from '../internal/short-field.js';
import { normalizeUrl } from './normalize-url.js';

/** A date path segment (`20211102`). */
const COMPACT_DATE_SEGMENT = /^\d{8}$/;

/** A dashed date path segment (`2021-11-02`). */
const DASHED_DATE_SEGMENT = /^\d{4}-\d{2}-\d{2}$/;

/** The year segment of a `/YYYY/MM/DD/` path (`2021`). */
const YEAR_SEGMENT = /^\d{4}$/;

/** The month or day segment of a `/YYYY/MM/DD/` path (`11`). */
const MONTH_OR_DAY_SEGMENT = /^\d{2}$/;

/** Page extensions that are not part of the slug (`html`, `shtml`, `php`). */
const PAGE_EXTENSION = /^(?:s?html?|php|aspx?|jsp)$/i;

/** Fewer digits than this are a number in the slug (`covid-19`), not an article id. */
const MIN_ID_DIGITS = 6;

/**
 * Outside these years, eight digits are a number that only looks like a date: a long id
 * can start `1457…` or `1000…`, while no news URL carries a day before 1900.
 */
const MIN_URL_YEAR = 1900;
const MAX_URL_YEAR = 2099;

/** The day that `YYYYMMDD` digits name, or `null` when they name none. */
function compactDate(digits: string): IsoDate | null {
  return dayFrom(digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8));
}

function dayFrom(yearText: string, monthText: string, dayText: string): IsoDate | null {
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < MIN_URL_YEAR || year > MAX_URL_YEAR || !isValidDay(year, month, day)) return null;
  return formatIsoDate(year, month, day);
}

function isDigitAt(text: string, at: number): boolean {
  return isDigitCode(text.charCodeAt(at));
}

/**
 * A path segment with its percent escapes decoded, except those that would put a control,
 * escape, bidi or zero-width character, a line break, a blank or a `/` into the slug:
 * `x%1B%5B31mred%0Aline` reads `x%1B[31mred%0Aline`, `a%2Fb` stays `a%2Fb`.
 */
function decodeSegment(segment: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; a parsed path holds no blank, control, `\` or non-ASCII character unescaped, so without `%` decoding changes nothing
  if (!segment.includes('%')) return segment;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return segment;
  }
  let safe = '';
  for (const ch of decoded) {
    const code = ch.charCodeAt(0);
    safe += isHiddenCode(code) || isSpaceCode(code) || ch === '/' || ch === '\\' || ch === '%' ? encodeURIComponent(ch) : ch;
  }
  return safe;
}

function withoutPageExtension(segment: string): string {
  const dot = segment.lastIndexOf('.');
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a segment that is all extension (`html`, `.html`) holds no id or slug either way
  return dot > 0 && PAGE_EXTENSION.test(segment.slice(dot + 1)) ? segment.slice(0, dot) : segment;
}

/** Trims the hyphens and underscores that join a slug to its id (`victory-parade--`). */
function trimJoiners(text: string): string {
  let start = 0;
  let end = text.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end text[start] is undefined, which is no joiner
  while (start < end && (text[start] === '-' || text[start] === '_')) start++;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only a text of joiners alone reaches start, and slice gives '' for it either way
  while (end > start && (text[end - 1] === '-' || text[end - 1] === '_')) end--;
  return text.slice(start, end);
}

/**
 * The date a path spells in its own segments: `/20211102/`, `/2021-11-02/` or
 * `/2021/11/02/`. The first date-shaped segment decides; when it names no real day
 * (`/20211332/`), there is no date.
 */
function dateInSegments(segments: readonly string[]): IsoDate | null | undefined {
  // Stryker disable next-line EqualityOperator: segments[length] is undefined, read as '', which is no date
  for (let i = 0; i < segments.length; i++) {
    // Stryker disable next-line StringLiteral: i is inside the list
    const segment = segments[i] ?? '';
    // Eight digits that name no day give no date; when they are the last segment, they are
    // read as the article id (readPageName).
    if (COMPACT_DATE_SEGMENT.test(segment)) {
      return compactDate(segment);
    } else if (DASHED_DATE_SEGMENT.test(segment)) {
      return dayFrom(segment.slice(0, 4), segment.slice(5, 7), segment.slice(8, 10));
    } else if (
      YEAR_SEGMENT.test(segment) &&
      // Stryker disable next-line StringLiteral: past the end, any text that is no two digits reads the same
      MONTH_OR_DAY_SEGMENT.test(segments[i + 1] ?? '') &&
      // Stryker disable next-line StringLiteral: past the end, any text that is no two digits reads the same
      MONTH_OR_DAY_SEGMENT.test(segments[i + 2] ?? '')
    ) {
      // Stryker disable next-line StringLiteral: both segments were just tested to be there
      return dayFrom(segment, segments[i + 1] ?? '', segments[i + 2] ?? '');
    }
  }
  return undefined;
}

interface PageName {
  readonly articleId: string | null;
  readonly slug: string | null;
  /** A date glued to the front of the id, as in old Sputnik URLs. */
  readonly gluedDate: IsoDate | null;
}

const NO_PAGE_NAME: PageName = { articleId: null, slug: null, gluedDate: null };

/**
 * Reads the id and slug of the last path segment: `talks-1234500100` (id last, as RIA and
 * current Sputnik write it), `1234500100`, or `202011041080990001-new-tram-…` (id
 * first with the day glued to its front, as Sputnik wrote it until 2021; corpus 161).
 */
function readPageName(segment: string): PageName {
  let tail = segment.length;
  while (isDigitAt(segment, tail - 1)) tail--;
  const trailing = segment.slice(tail);
  if (trailing.length === segment.length) {
    if (trailing.length === 8 && compactDate(trailing) !== null) return NO_PAGE_NAME;
    return idAndGluedDate(trailing, null);
  }
  const joiner = segment[tail - 1];
  if (trailing.length >= MIN_ID_DIGITS && (joiner === '-' || joiner === '_')) {
    const slug = trimJoiners(segment.slice(0, tail));
    return { articleId: trailing, slug: slug === '' ? null : slug, gluedDate: null };
  }

  let head = 0;
  while (isDigitAt(segment, head)) head++;
  if (head >= MIN_ID_DIGITS && segment[head] === '-') {
    const slug = trimJoiners(segment.slice(head));
    return idAndGluedDate(segment.slice(0, head), slug === '' ? null : slug);
  }
  return NO_PAGE_NAME;
}

function idAndGluedDate(digits: string, slug: string | null): PageName {
  if (digits.length >= 8 + MIN_ID_DIGITS) {
    const gluedDate = compactDate(digits);
    if (gluedDate !== null) return { articleId: digits.slice(8), slug, gluedDate };
  }
  if (digits.length < MIN_ID_DIGITS) return NO_PAGE_NAME;
  return { articleId: digits, slug, gluedDate: null };
}

/**
 * Reads what a news URL says about its article, by position: the host and its agency
 * (from a small table of known news hosts, subdomains included), the date in the path
 * (`/20211102/`, `/2021/11/02/`, `/2021-11-02/`, or glued to the front of an old Sputnik
 * id), and the numeric article id with the slug written next to it in the last path
 * segment. An id has at least six digits; a slug is only read next to an id.
 *
 * @param url - The URL as written; it is checked with {@link normalizeUrl}.
 * @returns The source, with `null` for every part the URL does not show; `null` itself
 *   when `url` is not an absolute http(s) URL.
 * @throws TypeError when `url` is not a string.
 *
 * @example
 * ```ts
 * sourceFromUrl('https://ria.ru/20211102/talks-1234500100.html');
 * //=> { host: 'ria.ru', agency: 'RIA Novosti', articleId: '1234500100',
 * //     urlDate: '2021-11-02', slug: 'talks' }
 * sourceFromUrl('https://www.tass.com/politics/1357285');
 * //=> { host: 'tass.com', agency: 'TASS', articleId: '1357285', urlDate: null, slug: null }
 * sourceFromUrl('https://example.com/');
 * //=> { host: 'example.com', agency: null, articleId: null, urlDate: null, slug: null }
 * sourceFromUrl('mailto:desk@ria.ru');
 * //=> null
 * ```
 */
export function sourceFromUrl(url: string): Source | null {
  // Stryker disable next-line ConditionalExpression,BlockStatement: normalizeUrl throws the same TypeError; this one names sourceFromUrl
  if (typeof url !== 'string') {
    throw new TypeError(`sourceFromUrl expects a string, got ${typeof url}`);
  }
  return readSource(url).source;
}

/** What {@link readSource} read. @internal */
export interface ReadSource {
  readonly source: Source | null;
  /** Whether the slug was left out because it holds a URL of another scheme than http(s). */
  readonly slugRefused: boolean;
}

/**
 * {@link sourceFromUrl}, saying whether a slug was left out: a slug is a short field, and
 * one that holds a URL of another scheme (`/javascript:alert(1)-1234567.html`) is none.
 * @internal
 */
export function readSource(url: string): ReadSource {
  const source = readSourceParts(url);
  if (source === null || source.slug === null || !hasNonHttpUrl(source.slug)) return { source, slugRefused: false };
  return { source: { ...source, slug: null }, slugRefused: true };
}

function readSourceParts(url: string): Source | null {
  const normalized = normalizeUrl(url);
  // Stryker disable next-line ConditionalExpression: new URL(null) throws, and the catch below gives the same null
  if (normalized === null) return null;
  let parsed: URL;
  // (A comment inside the try block would not reach the catch clause: the directive is a block.)
  // Stryker disable BlockStatement: a URL normalizeUrl gave always parses, so the catch never runs; kept so that a parser difference cannot throw
  try {
    parsed = new URL(normalized);
  } catch {
    return null;
  }
  // Stryker restore BlockStatement

  const host = withoutWww(parsed.hostname);
  const segments = parsed.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment);
  const last = segments.at(-1);
  const page = last === undefined ? NO_PAGE_NAME : readPageName(withoutPageExtension(last));
  const pathDate = dateInSegments(segments);

  return {
    host,
    agency: agencyOfHost(host),
    articleId: page.articleId,
    urlDate: pathDate === undefined ? page.gluedDate : pathDate,
    slug: page.slug,
  };
}
