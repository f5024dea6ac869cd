/**
 * What a short field (title, lead, tag, dateline, slug) may hold: never a control
 * character, a terminal escape sequence, a bidi override or a zero-width character. Those
 * come from binary junk or hostile pages, and a title that clears a terminal
 * (`Harbour \u001b[2J reopens`) or reverses the text around it must not reach a dataset.
 * They are removed, and every run removed is reported where it stands in the input.
 */
import { foldedText, isControlCode, isFormatCode } from './chars.js';
import type { Reporter } from './report.js';

/** Whether a code unit is hidden: a control or an invisible formatting character. */
export function isHiddenCode(code: number): boolean {
  return isControlCode(code) || isFormatCode(code);
}

/** Index past a terminal escape sequence starting with ESC at `at`: CSI `ESC [ … final`, OSC `ESC ] … BEL` or `ESC ] … ESC \`, else ESC and one character. */
function escapeEnd(text: string, at: number, to: number): number {
  const kind = text.charCodeAt(at + 1);
  if (kind === 0x5b /* [ */) {
    let i = at + 2;
    while (i < to && i - at < MAX_ESCAPE) {
      const c = text.charCodeAt(i);
      i++;
      if (c >= 0x40 && c <= 0x7e) return i;
    }
    return i;
  }
  if (kind === 0x5d /* ] */) {
    let i = at + 2;
    while (i < to && i - at < MAX_ESCAPE) {
      const c = text.charCodeAt(i);
      if (c === 0x07) return i + 1;
      if (c === 0x1b && text.charCodeAt(i + 1) === 0x5c) return i + 2;
      i++;
    }
    return i;
  }
  return Math.min(to, at + 2);
}

// The longest escape sequence read as one: real ones are a few characters; a runaway one is cut here.
const MAX_ESCAPE = 64;

/** The runs of hidden characters in `[from, to)` of `text`, escape sequences whole. */
export function hiddenRuns(text: string, from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isHiddenCode(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isHiddenCode(text.charCodeAt(i))) i = text.charCodeAt(i) === 0x1b ? escapeEnd(text, i, to) : i + 1;
    runs.push([start, i]);
  }
  return runs;
}

/** `text` without its hidden runs, blanks folded again; `null` when nothing is left. */
export function withoutHidden(text: string): string | null {
  const runs = hiddenRuns(text, 0, text.length);
  if (runs.length === 0) return text.length > 0 ? text : null;
  let out = '';
  let at = 0;
  for (const [start, end] of runs) {
    out += `${text.slice(at, start)} `;
    at = end;
  }
  out += text.slice(at);
  const folded = foldedText(out, 0, out.length);
  return folded.length > 0 ? folded : null;
}

/**
 * A short field read from `[from, to)` of the input, with its hidden characters removed,
 * each removed run reported as `FIELD_CHARACTERS_REMOVED`; `null` when nothing is left.
 */
export function shortField(input: string, from: number, to: number, text: string | null, report: Reporter): string | null {
  if (text === null) return null;
  if (hiddenRuns(text, 0, text.length).length === 0) return text.length > 0 ? text : null;
  for (const [start, end] of hiddenRuns(input, from, to)) {
    report.add('FIELD_CHARACTERS_REMOVED', 'Control, escape, bidi or zero-width characters were removed from a short field.', start, end);
  }
  return withoutHidden(text);
}
