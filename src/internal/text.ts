/**
 * The scanning stage: the original input as lines with offsets, and helpers that fold
 * layout whitespace. Every later stage works with offsets into the ORIGINAL input, so
 * positions stay true whatever the line endings, BOM or indentation.
 */

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

/** Blank characters: space, tab, NBSP and the other Unicode spaces, BOM, zero-width space. */
export function isBlankChar(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Splits the input into lines; a lone `\r` ends a line as `\n` and `\r\n` do. */
export function scanLines(input: string): Line[] {
  const lines: Line[] = [];
  const n = input.length;
  let start = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = input.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    let next = end;
    if (end < n) next = input.charCodeAt(end) === 0x0d && input.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    let contentStart = start;
    while (contentStart < end && isBlankChar(input.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isBlankChar(input.charCodeAt(contentEnd - 1))) contentEnd--;
    if (contentStart === contentEnd) contentStart = contentEnd = end;
    lines.push({ start, end, next, contentStart, contentEnd });
    if (end >= n) break;
    start = next;
  }
  return lines;
}

/** Returns `[from, to)` narrowed past blank characters at both ends. */
export function trimRange(input: string, from: number, to: number): [number, number] {
  while (from < to && isBlankChar(input.charCodeAt(from))) from++;
  while (to > from && isBlankChar(input.charCodeAt(to - 1))) to--;
  return [from, to];
}

/**
 * The text of `[from, to)` with every run of blank characters folded to one space and
 * the ends trimmed: the form every field value takes, so NBSP, tabs and layout
 * indentation change no field.
 */
export function foldedText(input: string, from: number, to: number): string {
  let out = '';
  let runStart = from;
  let pendingSpace = false;
  let i = from;
  for (; i < to; i++) {
    if (isBlankChar(input.charCodeAt(i))) {
      if (runStart < i) {
        out += (pendingSpace && out.length > 0 ? ' ' : '') + input.slice(runStart, i);
      }
      if (runStart < i || out.length > 0) pendingSpace = true;
      runStart = i + 1;
    }
  }
  if (runStart < to) out += (pendingSpace && out.length > 0 ? ' ' : '') + input.slice(runStart, to);
  return out;
}

/** Maps offsets of the original input to 1-based line and column, computed on demand. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(input: string) {
    const n = input.length;
    for (let i = 0; i < n; i++) {
      const c = input.charCodeAt(i);
      if (c === 0x0d) {
        if (input.charCodeAt(i + 1) === 0x0a) i++;
        this.#starts.push(i + 1);
      } else if (c === 0x0a) {
        this.#starts.push(i + 1);
      }
    }
  }

  /** The position of `offset`, clamped into the input. */
  position(offset: number): { line: number; column: number; offset: number } {
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset };
  }
}
