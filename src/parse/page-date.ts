/**
 * The page's own date line: the first date-only line of the page metadata. A file stored
 * without a header date or a URL date has no other source for the year of its dateline
 * and of a stamp written without one (the corpus README's rule; corpus 203 has a bare
 * `DD.MM.YYYY` line above the dateline, fixtures/undated-page-date-line.txt is ours).
 */
import type { Ymd } from '../internal/calendar.js';
import { isDigitCode, isLetterCode } from '../internal/chars.js';
import { readDayMonth, readNumericDate, skipYearWord } from '../internal/date-words.js';
import type { SectionKind } from '../model/article.js';
import type { Unit } from './page.js';

/** A date-only line of the page metadata: the date it gives and its span in the input. */
export interface PageDate {
  readonly date: Ymd;
  readonly start: number;
  readonly end: number;
}

// A date-only byline names its source or a label in a word or a few before the date:
// `Sputnik 18.11.2022`, `Published November 16,2022`, `Reuters 01 Dec 2021`. A headline
// or a sentence that ends in a date is longer.
const MAX_BYLINE_WORDS = 3;
// The longest date read at the end of a line: `Wednesday, 22 septiembre de 2021`.
const DATE_WINDOW = 40;

/**
 * Kinds of line whose dates never give the page's year: the headline and body text
 * (sentences), captions and credits, trailers, and lines of the template that are no text.
 */
const NOT_DATE_LINES: ReadonlySet<SectionKind> = new Set(['title', 'body', 'credit', 'footer', 'xpath', 'image', 'link']);

/** Whether a word starts at `at`: a letter or digit with neither before it. */
function isWordStart(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (!isDigitCode(code) && !isLetterCode(code)) return false;
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  return !isDigitCode(before) && !isLetterCode(before);
}

/** A full date (day, month and year) that ends `text`, with where it starts; else `null`. */
function dateAtEnd(text: string): { date: Ymd; start: number; numeric: boolean } | null {
  for (let s = Math.max(0, text.length - DATE_WINDOW); s < text.length; s++) {
    if (!isWordStart(text, s)) continue;
    const numeric = readNumericDate(text, s, 'mdy');
    if (numeric !== null) {
      if (numeric.end === text.length) return { date: { year: numeric.year, month: numeric.month, day: numeric.day }, start: s, numeric: true };
      continue;
    }
    const worded = readDayMonth(text, s);
    if (worded !== null && worded.year !== null && skipYearWord(text, worded.end) === text.length) {
      return { date: { year: worded.year, month: worded.month, day: worded.day }, start: s, numeric: false };
    }
  }
  return null;
}

// What may stand before the date of a byline: a name or label, no sentence in it.
const SENTENCE_MARK = /[.!?…;]\s|[.!?…]$/u;

/**
 * Whether a line is date-only: a bare date (`24.09.2025`, `2022-02-21`), a date-only
 * byline (`Sputnik 18.11.2022`), or text ending in `, DD.MM.YYYY` (a RIA lead or title
 * variant `… – RIA Novosti, 24.09.2025`). Returns the date, or `null`.
 */
export function dateOnlyLine(text: string): Ymd | null {
  const found = dateAtEnd(text);
  if (found === null) return null;
  const before = text.slice(0, found.start).trimEnd();
  if (before === '') return found.date;
  if (before.endsWith(',') && found.numeric) return found.date;
  const words = before.split(/\s+/u).length;
  return words <= MAX_BYLINE_WORDS && !SENTENCE_MARK.test(before) ? found.date : null;
}

/**
 * The first date-only line among the units of the page metadata, in page order; lines of
 * the kinds in {@link NOT_DATE_LINES} are passed over.
 */
export function findPageDate(units: readonly Unit[], kinds: readonly SectionKind[], metadata: readonly number[]): PageDate | null {
  for (const i of metadata) {
    const kind = kinds[i];
    if (kind !== undefined && NOT_DATE_LINES.has(kind)) continue;
    const u = units[i] as Unit;
    const date = dateOnlyLine(u.text);
    if (date !== null) return { date, start: u.start, end: u.end };
  }
  return null;
}
