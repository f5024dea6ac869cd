/**
 * A range of the input in its folded form (blank runs as one space, ends trimmed: the form
 * of every field), with the way back from each folded index to its input offset. The body
 * checks read the folded text, so they see exactly what the body shows, and report
 * positions in the input.
 */
import { isBlankCode, needsFolding, trimBlanks } from './chars.js';
import { lastAtOrBefore } from './positions.js';

export class FoldedRange {
  /** The folded text. */
  readonly text: string;
  /**
   * Folded index where each segment starts, and its input offset. A segment is a stretch the
   * folding leaves as it is (words and single spaces), so a paragraph without double blanks
   * or line breaks is one segment and its folded text is a slice of the input.
   */
  readonly #runAt: number[] = [];
  readonly #runInput: number[] = [];

  /**
   * @param known - The folded text of `[from, to)` when the caller has it already (a page
   *   unit's text); when it is as long as the trimmed range, nothing was folded, and the
   *   range is one segment without another search.
   */
  constructor(input: string, from: number, to: number, known?: string) {
    [from, to] = trimBlanks(input, from, to);
    this.#runAt.push(0);
    this.#runInput.push(from);
    if (known !== undefined && known.length === to - from) {
      this.text = known;
      return;
    }
    const slice = input.slice(from, to);
    if (!needsFolding(slice)) {
      this.text = slice;
      return;
    }
    const parts: string[] = [];
    let length = 0;
    let start = from;
    for (let i = from; i < to; i++) {
      if (!isBlankCode(input.charCodeAt(i))) continue;
      // One plain space stays as it is; any other blank run folds to one space and starts a segment.
      if (input.charCodeAt(i) === 0x20 && !isBlankCode(input.charCodeAt(i + 1))) continue;
      parts.push(input.slice(start, i));
      length += i - start + 1;
      while (i < to && isBlankCode(input.charCodeAt(i))) i++;
      start = i;
      this.#runAt.push(length);
      this.#runInput.push(start);
      i--;
    }
    parts.push(input.slice(start, to));
    this.text = parts.length === 1 ? (parts[0] as string) : parts.join(' ');
  }

  /** The input offset of folded index `at` (`text.length` maps past the last character). */
  toInput(at: number): number {
    const run = lastAtOrBefore(this.#runAt, at);
    return (this.#runInput[run] ?? 0) + at - (this.#runAt[run] ?? 0);
  }

  /** The folded index of input offset `offset` (the first folded index at or after it). */
  fromInput(offset: number): number {
    const lo = lastAtOrBefore(this.#runInput, offset);
    const runStart = this.#runInput[lo] ?? 0;
    const at = (this.#runAt[lo] ?? 0) + Math.max(0, offset - runStart);
    const runEnd = (this.#runAt[lo + 1] ?? this.text.length + 1) - 1;
    return Math.min(at, runEnd, this.text.length);
  }
}
