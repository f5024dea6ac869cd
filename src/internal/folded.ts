/**
 * A range of the input in its folded form (blank runs as one space, ends trimmed: the form
 * of every field), with the way back from each folded index to its input offset. The body
 * checks read the folded text, so they see exactly what the body shows, and report
 * positions in the input.
 */
import { isBlankCode, trimBlanks } from './chars.js';
import { lastAtOrBefore } from './positions.js';

export class FoldedRange {
  /** The folded text. */
  readonly text: string;
  /** Folded index where each run of non-blank characters starts, and its input offset. */
  readonly #runAt: number[] = [];
  readonly #runInput: number[] = [];

  constructor(input: string, from: number, to: number) {
    [from, to] = trimBlanks(input, from, to);
    const parts: string[] = [];
    let length = 0;
    let i = from;
    while (i < to) {
      const start = i;
      while (i < to && !isBlankCode(input.charCodeAt(i))) i++;
      if (length > 0) length++;
      this.#runAt.push(length);
      this.#runInput.push(start);
      parts.push(input.slice(start, i));
      length += i - start;
      while (i < to && isBlankCode(input.charCodeAt(i))) i++;
    }
    this.text = parts.length === 1 ? (parts[0] as string) : parts.join(' ');
    if (this.#runAt.length === 0) {
      this.#runAt.push(0);
      this.#runInput.push(from);
    }
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
