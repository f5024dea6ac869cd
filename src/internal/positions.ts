/** Line and column numbers of offsets: 1-based, a line ending at `\n`, `\r\n` or a lone `\r`. */

/** The index of the last value of an ascending list that is at most `value` (0 when none is). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The 1-based line and column of `offset`, from the sorted offsets where lines start. */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; column: number; offset: number } {
  const line = lastAtOrBefore(lineStarts, offset);
  return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1, offset };
}

/** Offsets where each line of `input` starts (`\n`, `\r\n` and a lone `\r` end a line). */
export function lineStartsOf(input: string): number[] {
  const starts = [0];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0d) {
      if (input.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (c === 0x0a) {
      starts.push(i + 1);
    }
  }
  return starts;
}
