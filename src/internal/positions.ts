/** Line and column numbers of offsets: 1-based, a line ending at `\n`, `\r\n` or a lone `\r`. */

/** The 1-based line and column of `offset`, from the sorted offsets where lines start. */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; column: number; offset: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1, offset };
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
