/**
 * The header stage: reads the first line of a document, ` date YYYY-MM-DD URL`, and
 * every deviation of it seen in real stores (see docs/format.md). {@link headerShapeAt}
 * is the one definition of "this line opens a document": this stage reads a header only
 * where it says so, and the corpus splitter splits only where it says so.
 */
import type { IsoDate } from '../model/brand.js';
import { BLANK_CLASS, isBlankCode } from '../internal/chars.js';
import { formatIsoDate, isValidDay } from '../internal/calendar.js';
import type { Reporter } from '../internal/report.js';
import type { Line } from './scan.js';

/** What the header line gave. @internal */
export interface Header {
  /** Index of the header line in the line list, or -1 when there is no header. */
  readonly lineIndex: number;
  readonly dateRaw: string | null;
  readonly date: IsoDate | null;
  readonly time: string | null;
  /** Offset of the time token, or -1 when there is none. */
  readonly timeStart: number;
  readonly urlRaw: string | null;
  /** Offset of the URL token, or -1 when there is none. */
  readonly urlStart: number;
  /** `[start, end)` of the header's own tokens (the keyword, date, time and URL), or null. */
  readonly span: readonly [number, number] | null;
  /** `[start, end)` of page text on the header line after the header tokens, or null. */
  readonly tail: readonly [number, number] | null;
  /** `[start, end)` of the header line's content (its blanks excluded), or null. */
  readonly lineSpan: readonly [number, number] | null;
}

/**
 * How a line opens a document:
 * - `canonical`: one space, `date`, one space, a `YYYY-MM-DD` or `YYYY-MM` date;
 * - `loose`: a ` date` header with other spacing, a one-digit month or day, or no date
 *   before its URL (` date https://…`);
 * - `url`: a bare http(s) URL at the start of the line (corpus 008, 019, 055, 155).
 */
export type HeaderShapeKind = 'canonical' | 'loose' | 'url';

/** A line that opens a document, with the offsets its reader needs. @internal */
export interface HeaderShape {
  readonly kind: HeaderShapeKind;
  /** Offset of the first non-blank character: `date`, or the URL. */
  readonly start: number;
  /** Offset just past `date` and its blanks (the date or URL token starts here); `start` for a URL. */
  readonly afterKeyword: number;
}

// The most blanks a header line may start with; corpus 016 indents its page by four.
const MAX_HEADER_INDENT = 8;
// `date` and the blanks after it, at the start of the line's content: `date `. Lower case,
// as every store writes it: a sentence that starts `Date 2021-11 was chosen…` is text.
// (Built in a pure function, here and below, so that a bundler can drop it when unused:
// docs/performance.md, "Tree-shaking".)
const DATE_KEYWORD = /* @__PURE__ */ (() => new RegExp(`^date${BLANK_CLASS}+`))();
// The header date token as written: `2021-11-02`, `2021-12`, `2021-1-05` (validated separately).
const DATE_TOKEN = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d-])/;
// The canonical spelling of a header date: `2021-11-02` or `2021-11`.
const CANONICAL_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;
// A clock time right after the header date: `12:41`, `9:05`.
const TIME_TOKEN = /* @__PURE__ */ (() => new RegExp(`^${BLANK_CLASS}+([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])`))();
// An absolute URL token of any scheme at the read position: `https://ria.ru/…`, `javascript:…`.
const SCHEME_TOKEN = /^[a-z][a-z\d+.-]{0,15}:\S+/i;
// An http(s) URL token: `https://ria.ru/20211102/harbour-1234567890.html`.
const HTTP_TOKEN = /^https?:\/\/\S+/i;
// The longest stretch of a line any header expression needs to see.
const HEADER_WINDOW = 64;

/**
 * Whether the line `[from, to)` of `text` opens a document, and how: at most eight
 * blanks, then `date`, blanks and a date token or a URL; or an http(s) URL.
 *
 * @internal
 */
export function headerShapeAt(text: string, from: number, to: number): HeaderShape | null {
  let start = from;
  while (start < to && isBlankCode(text.charCodeAt(start))) start++;
  if (start - from > MAX_HEADER_INDENT || start >= to) return null;
  const head = text.slice(start, Math.min(to, start + HEADER_WINDOW));
  if (HTTP_TOKEN.test(head)) return { kind: 'url', start, afterKeyword: start };
  const keyword = DATE_KEYWORD.exec(head);
  if (!keyword) return null;
  const rest = head.slice(keyword[0].length);
  const date = DATE_TOKEN.exec(rest);
  if (date === null && !SCHEME_TOKEN.test(rest)) return null;
  const canonical =
    date !== null && start === from + 1 && text.charCodeAt(from) === 0x20 && keyword[0] === 'date ' && CANONICAL_DATE.test(date[0]);
  return { kind: canonical ? 'canonical' : 'loose', start, afterKeyword: start + keyword[0].length };
}

/** Matches an anchored expression at `at`, within the line that ends at `to`. */
function readAt(re: RegExp, s: string, at: number, to: number): RegExpExecArray | null {
  return re.exec(s.slice(at, to));
}

function skipBlanks(s: string, at: number, to: number): number {
  while (at < to && isBlankCode(s.charCodeAt(at))) at++;
  return at;
}

/** What a document without a header line has. @internal */
export const NO_HEADER: Header = { lineIndex: -1, dateRaw: null, date: null, time: null, timeStart: -1, urlRaw: null, urlStart: -1, span: null, tail: null, lineSpan: null };

/** Reports blanks other than one space between the header's tokens, `[from, to)` being one gap. */
function checkGap(input: string, from: number, to: number, report: Reporter): void {
  if (to - from !== 1 || input.charCodeAt(from) !== 0x20) report.add('HEADER_SPACING', 'Header tokens should be separated by one space.', from, to);
}

/**
 * Reads the header from the first non-blank line and reports its deviations.
 * Returns a header with `lineIndex` -1 when that line does not open a document.
 */
export function readHeader(input: string, lines: readonly Line[], report: Reporter): Header {
  const header = readHeaderLine(input, lines, report);
  if (header.lineIndex < 0) return header;
  const line = lines[header.lineIndex] as Line;
  const next = lines[header.lineIndex + 1];
  if (next && next.contentStart < next.contentEnd) report.add('HEADER_NO_BLANK_LINE', 'A single newline follows the header.', line.end, next.start);
  return header;
}

function readHeaderLine(input: string, lines: readonly Line[], report: Reporter): Header {
  const lineIndex = lines.findIndex((l) => l.contentStart < l.contentEnd);
  if (lineIndex < 0) return NO_HEADER;
  const line = lines[lineIndex] as Line;
  const shape = headerShapeAt(input, line.start, line.end);
  if (shape === null) {
    report.add('HEADER_MISSING', 'The first line is not a ` date YYYY-MM-DD URL` header.', line.contentStart, line.contentEnd);
    return NO_HEADER;
  }
  if (lineIndex > 0) report.add('HEADER_NOT_FIRST', 'Blank lines stand before the header line.', (lines[0] as Line).start, line.start);
  const from = shape.start;
  const to = line.contentEnd;

  // URL-only header: no ` date`, just the canonical URL.
  if (shape.kind === 'url') {
    const bare = readAt(HTTP_TOKEN, input, from, to) as RegExpExecArray;
    const urlEnd = from + bare[0].length;
    report.add('HEADER_URL_ONLY', 'The header is a bare URL: the document has no header date.', from, urlEnd);
    const tailStart = skipBlanks(input, urlEnd, to);
    return { lineIndex, dateRaw: null, date: null, time: null, timeStart: -1, urlRaw: bare[0], urlStart: from, span: [from, urlEnd], tail: tailStart < to ? [tailStart, to] : null, lineSpan: [from, to] };
  }

  if (from !== line.start + 1 || input.charCodeAt(line.start) !== 0x20) {
    report.add('HEADER_SPACING', 'The header should start with exactly one space before `date`.', line.start, from);
  }
  let at = shape.afterKeyword;
  checkGap(input, from + 4, at, report);
  const dateMatch = readAt(DATE_TOKEN, input, at, to);
  if (!dateMatch) {
    report.add('HEADER_DATE_MISSING', 'The header has `date` but no YYYY-MM-DD date after it.', from, at);
    return readUrlAndTail(input, line, lineIndex, from, at, { dateRaw: null, date: null, time: null, timeStart: -1 }, false, report);
  }
  const dateRaw = dateMatch[0];
  const year = Number(dateMatch[1]);
  const month = Number(dateMatch[2]);
  const day = dateMatch[3] === undefined ? null : Number(dateMatch[3]);
  let date: IsoDate | null = null;
  const canonical = CANONICAL_DATE.test(dateRaw);
  if (day === null) {
    if (isValidDay(year, month, 1) && canonical) {
      date = formatIsoDate(year, month);
      report.add('HEADER_DATE_MONTH_ONLY', 'The header gives only the year and month.', at, at + dateRaw.length);
    } else {
      report.add('HEADER_DATE_INVALID', `The header date ${dateRaw} is not a real month.`, at, at + dateRaw.length);
    }
  } else if (isValidDay(year, month, day) && canonical) {
    date = formatIsoDate(year, month, day);
  } else {
    report.add('HEADER_DATE_INVALID', `The header date ${dateRaw} is not a real calendar date.`, at, at + dateRaw.length);
  }
  at += dateRaw.length;
  let time: string | null = null;
  let timeStart = -1;
  const timeMatch = readAt(TIME_TOKEN, input, at, to);
  if (timeMatch) {
    // Stryker disable next-line StringLiteral: both groups of TIME_TOKEN take part in every match; the fallbacks are for the types
    time = `${(timeMatch[1] ?? '').padStart(2, '0')}:${timeMatch[2] ?? ''}`;
    timeStart = skipBlanks(input, at, to);
    checkGap(input, at, timeStart, report);
    report.add('HEADER_TIME', 'A clock time follows the header date.', timeStart, at + timeMatch[0].length);
    at += timeMatch[0].length;
  }
  return readUrlAndTail(input, line, lineIndex, from, at, { dateRaw, date, time, timeStart }, true, report);
}

function readUrlAndTail(
  input: string,
  line: Line,
  lineIndex: number,
  from: number,
  after: number,
  dated: Pick<Header, 'dateRaw' | 'date' | 'time' | 'timeStart'>,
  afterToken: boolean,
  report: Reporter,
): Header {
  const to = line.contentEnd;
  const at = skipBlanks(input, after, to);
  const lineSpan = [line.contentStart, to] as const;
  if (at >= to) return { lineIndex, ...dated, urlRaw: null, urlStart: -1, span: [from, to], tail: null, lineSpan };
  const http = readAt(HTTP_TOKEN, input, at, to);
  const scheme = http ?? readAt(SCHEME_TOKEN, input, at, to);
  // A token with a scheme that is not http(s) (`javascript:…`) sits where the URL belongs.
  if (scheme) {
    // After the keyword alone (no date), its blanks were checked already.
    if (afterToken) checkGap(input, after, at, report);
    const urlEnd = at + scheme[0].length;
    const tailStart = skipBlanks(input, urlEnd, to);
    return { lineIndex, ...dated, urlRaw: scheme[0], urlStart: at, span: [from, urlEnd], tail: tailStart < to ? [tailStart, to] : null, lineSpan };
  }
  return { lineIndex, ...dated, urlRaw: null, urlStart: -1, span: [from, after], tail: [at, to], lineSpan };
}
