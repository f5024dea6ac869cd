/**
 * The header stage: reads the first line of a document, ` date YYYY-MM-DD URL`, and
 * every deviation of it seen in real stores (see docs/format.md).
 */
import type { IsoDate } from '../model/brand.js';
import { formatIsoDate, isValidDay } from '../internal/calendar.js';
import type { Reporter } from '../internal/report.js';
import { isBlankChar, type Line } from '../internal/text.js';

/** What the header line gave. @internal */
export interface Header {
  /** Index of the header line in the line list, or -1 when there is no header. */
  readonly lineIndex: number;
  readonly dateRaw: string | null;
  readonly date: IsoDate | null;
  readonly time: string | null;
  readonly urlRaw: string | null;
  /** `[start, end)` of the URL token, when there is one. */
  readonly urlStart: number;
  /** Offset where the header's own tokens end (the date, time and URL); page text may follow. */
  readonly end: number;
  /** `[start, end)` of page text on the header line after the header tokens, or null. */
  readonly tail: readonly [number, number] | null;
}

// ` date` keyword with its following blanks: `date `.
const DATE_KEYWORD = /^date[ \t\u00a0]+/i;
// The header date token: `2021-11-02` or `2021-12`, as written (validated separately).
const DATE_TOKEN = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d-])/;
// A clock time right after the header date: `12:41`.
const TIME_TOKEN = /^[ \t\u00a0]+([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/;
// An absolute URL token of any scheme at the read position: `https://ria.ru/…`, `javascript:…`.
const SCHEME_TOKEN = /^[a-z][a-z\d+.-]{0,15}:\S+/i;
// An http(s) URL token: `https://ria.ru/20211102/ssha-1757436556.html`.
const HTTP_TOKEN = /^https?:\/\/\S+/i;

// The opening of a header line after its leading blanks: `date 2021-11`.
const HEADER_OPENING = /^date[ \t\u00a0]+\d{4}-\d{2}/i;

/**
 * Whether the line starting at `at` opens a ` date YYYY-MM…` header (leading blanks
 * allowed): where {@link parseCorpus} splits one document from the next.
 */
export function startsHeader(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isBlankChar(text.charCodeAt(i)) && i - at < 8) i++;
  return HEADER_OPENING.test(text.slice(i, i + 24));
}

/** Matches an anchored expression at `at`, within the line that ends at `to`. */
function sticky(re: RegExp, s: string, at: number, to: number): RegExpExecArray | null {
  return re.exec(s.slice(at, to));
}

function skipBlanks(s: string, at: number, to: number): number {
  while (at < to && isBlankChar(s.charCodeAt(at))) at++;
  return at;
}

const NO_HEADER: Header = { lineIndex: -1, dateRaw: null, date: null, time: null, urlRaw: null, urlStart: -1, end: 0, tail: null };

/**
 * Reads the header from the first non-blank line and reports its deviations.
 * Returns a header with `lineIndex` -1 when the first line is not a header.
 */
export function readHeader(input: string, lines: readonly Line[], report: Reporter): Header {
  const lineIndex = lines.findIndex((l) => l.contentStart < l.contentEnd);
  if (lineIndex < 0) return NO_HEADER;
  const line = lines[lineIndex] as Line;
  if (lineIndex > 0) report.add('HEADER_NOT_FIRST', 'Blank lines stand before the header line.', (lines[0] as Line).start, line.start);
  const from = line.contentStart;
  const to = line.contentEnd;

  // URL-only header: no ` date`, just the canonical URL.
  const bare = sticky(HTTP_TOKEN, input, from, to);
  if (bare) {
    const urlEnd = from + bare[0].length;
    report.add('HEADER_URL_ONLY', 'The header is a bare URL: the document has no header date.', from, urlEnd);
    const tailStart = skipBlanks(input, urlEnd, to);
    return { lineIndex, dateRaw: null, date: null, time: null, urlRaw: bare[0], urlStart: from, end: urlEnd, tail: tailStart < to ? [tailStart, to] : null };
  }

  const keyword = sticky(DATE_KEYWORD, input, from, to);
  if (!keyword) {
    report.add('HEADER_MISSING', 'The first line is not a ` date YYYY-MM-DD URL` header.', from, to);
    return NO_HEADER;
  }
  if (from !== line.start + 1 || !isBlankChar(input.charCodeAt(line.start))) {
    report.add('HEADER_SPACING', 'The header should start with exactly one space before `date`.', line.start, from);
  }
  let at = from + keyword[0].length;
  const dateMatch = sticky(DATE_TOKEN, input, at, to);
  if (!dateMatch) {
    report.add('HEADER_DATE_MISSING', 'The header has `date` but no YYYY-MM-DD date after it.', from, at);
    return readUrlAndTail(input, line, lineIndex, at, { dateRaw: null, date: null, time: null }, report);
  }
  const dateRaw = dateMatch[0];
  const year = Number(dateMatch[1]);
  const month = Number(dateMatch[2]);
  const day = dateMatch[3] === undefined ? null : Number(dateMatch[3]);
  let date: IsoDate | null = null;
  const canonical = /^\d{4}-\d{2}(?:-\d{2})?$/.test(dateRaw);
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
  const timeMatch = sticky(TIME_TOKEN, input, at, to);
  if (timeMatch) {
    time = `${(timeMatch[1] ?? '').padStart(2, '0')}:${timeMatch[2] ?? ''}`;
    const timeStart = at + timeMatch[0].length - timeMatch[0].trimStart().length;
    report.add('HEADER_TIME', 'A clock time follows the header date.', timeStart, at + timeMatch[0].length);
    at += timeMatch[0].length;
  }
  return readUrlAndTail(input, line, lineIndex, at, { dateRaw, date, time }, report);
}

function readUrlAndTail(
  input: string,
  line: Line,
  lineIndex: number,
  after: number,
  dated: Pick<Header, 'dateRaw' | 'date' | 'time'>,
  report: Reporter,
): Header {
  const to = line.contentEnd;
  const at = skipBlanks(input, after, to);
  if (at >= to) {
    report.add('HEADER_URL_MISSING', 'The header carries no URL.', to);
    return { lineIndex, ...dated, urlRaw: null, urlStart: -1, end: to, tail: null };
  }
  const http = sticky(HTTP_TOKEN, input, at, to);
  const scheme = http ?? sticky(SCHEME_TOKEN, input, at, to);
  // A token with a scheme that is not http(s) (`javascript:…`) sits where the URL belongs.
  if (scheme) {
    const urlEnd = at + scheme[0].length;
    const tailStart = skipBlanks(input, urlEnd, to);
    return { lineIndex, ...dated, urlRaw: scheme[0], urlStart: at, end: urlEnd, tail: tailStart < to ? [tailStart, to] : null };
  }
  report.add('HEADER_URL_MISSING', 'The header carries page text instead of a URL.', at);
  return { lineIndex, ...dated, urlRaw: null, urlStart: -1, end: after, tail: [at, to] };
}
