/**
 * The scanning stage: the original input as lines with offsets, and what the input as a
 * whole deviates in (a BOM, CRLF or lone CR line ends, control characters). Every later
 * stage works with offsets into the ORIGINAL input, so positions stay true whatever the
 * line endings, BOM or indentation.
 */
import { isBidiControlCode, isBlankCode, isControlCode, isSpaceCode, isWordCode } from '../internal/chars.js';
import { lineStartsOf } from '../internal/positions.js';
import type { Reporter } from '../internal/report.js';

/** One physical line of the input. */
export interface Line {
  /** Offset of the line's first character (after a leading BOM on line 1). */
  readonly start: number;
  /** Offset just past the line's last character, before its terminator. */
  readonly end: number;
  /** Offset of the next line's first character (past `\n`, `\r\n` or `\r`). */
  readonly next: number;
  /** Offset of the first non-blank character, or `end` when the line is blank. */
  readonly contentStart: number;
  /** Offset just past the last non-blank character, or `end` when the line is blank. */
  readonly contentEnd: number;
}

/** What the scan found. */
export interface Scan {
  /** The lines; empty when the input holds nothing article-like. */
  readonly lines: readonly Line[];
  /** Offsets where each line starts, for line and column numbers. */
  readonly lineStarts: readonly number[];
  /** Whether the input holds any letter or digit. */
  readonly hasWords: boolean;
  /** Whether the input holds anything but blanks and line breaks. */
  readonly hasText: boolean;
}

/** Splits the input into lines; a lone `\r` ends a line as `\n` and `\r\n` do. */
export function scanLines(input: string): Line[] {
  const lines: Line[] = [];
  const n = input.length;
  let start = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Without a CR anywhere, a native search finds each line end.
  const lfOnly = input.indexOf('\r') < 0;
  while (start <= n) {
    let end = lfOnly ? input.indexOf('\n', start) : start;
    if (end < 0) end = n;
    // Stryker disable next-line ConditionalExpression: on the LF-only path `end` is already at a line feed or the end
    while (!lfOnly && end < n) {
      const c = input.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    let next = end;
    if (end < n) next = input.charCodeAt(end) === 0x0d && input.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    // A blank line's content is empty, at its end.
    let contentStart = start;
    // Stryker disable next-line EqualityOperator: the character at `end` is a line break or past the input, never a blank
    while (contentStart < end && isBlankCode(input.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isBlankCode(input.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ start, end, next, contentStart, contentEnd });
    if (end >= n) break;
    start = next;
  }
  return lines;
}

// What the scan reports on, besides text and words: CR, the C0 controls but tab and line
// feed, DEL and C1, and the bidi embeddings, overrides and isolates (as isControlCode,
// isBidiControlCode).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSUAL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/**
 * Scans the input once: its lines, whether it holds text and words, and its input-wide
 * deviations, each reported where it is: the BOM, the first CRLF or lone CR, and every run
 * of control characters.
 */
export function scanInput(input: string, report: Reporter): Scan {
  let hasText = false;
  let hasWords = false;
  let firstBreak = -1;
  let controlRun = -1;
  let formatRun = -1;
  // Fast path: nearly every input holds no CR, control or bidi character, which one native
  // search proves; then only the first word is looked for.
  const plain = !UNUSUAL.test(input);
  // Stryker disable next-line ConditionalExpression: reading on, or reading an input the other loop reads too, finds the same
  for (let i = 0; plain && !hasWords && i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isWordCode(c)) hasWords = hasText = true;
    else if (!isSpaceCode(c)) hasText = true;
  }
  // Stryker disable next-line ConditionalExpression: a plain input holds nothing this loop reports, and its text and words are already known
  for (let i = 0; !plain && i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0d && firstBreak < 0) firstBreak = i;
    if (isControlCode(c)) {
      if (controlRun < 0) controlRun = i;
    } else if (controlRun >= 0) {
      report.add('INPUT_CONTROL_CHARACTERS', 'The input holds control characters.', controlRun, i);
      controlRun = -1;
    }
    if (isBidiControlCode(c)) {
      if (formatRun < 0) formatRun = i;
    } else if (formatRun >= 0) {
      report.add('INPUT_BIDI_CONTROLS', 'The input holds bidi embedding, override or isolate characters.', formatRun, i);
      formatRun = -1;
    }
    // Stryker disable next-line ConditionalExpression: setting a flag that is already set changes nothing
    if (!hasWords && isWordCode(c)) hasWords = hasText = true;
    // Stryker disable next-line ConditionalExpression: as above
    else if (!hasText && !isSpaceCode(c)) hasText = true;
  }
  if (controlRun >= 0) report.add('INPUT_CONTROL_CHARACTERS', 'The input holds control characters.', controlRun, input.length);
  if (formatRun >= 0) report.add('INPUT_BIDI_CONTROLS', 'The input holds bidi embedding, override or isolate characters.', formatRun, input.length);
  if (!hasText) return { lines: [], lineStarts: lineStartsOf(input), hasText, hasWords };
  if (input.charCodeAt(0) === 0xfeff) report.add('INPUT_BOM', 'The input starts with a byte-order mark.', 0, 1);
  if (firstBreak >= 0) report.add('INPUT_LINE_ENDINGS', 'Lines end with CRLF or a lone CR.', firstBreak, firstBreak + (input.charCodeAt(firstBreak + 1) === 0x0a ? 2 : 1));
  const lines = scanLines(input);
  const lineStarts = lines.map((l) => l.start);
  // Line 1 starts at 0 even when a BOM comes first.
  lineStarts[0] = 0;
  return { lines, lineStarts, hasText, hasWords };
}
