/**
 * What a short field (title, lead, tag, dateline, slug) may hold: never a control
 * character, a terminal escape sequence, a bidi override or a zero-width character, and
 * never a URL of a scheme other than http(s). Those come from binary junk or hostile
 * pages: a title that clears a terminal (`Harbour \u001b[2J reopens`) or reverses the text
 * around it, or a tag that is a `javascript:` link, must not reach a dataset or a page.
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
 * A URL of a scheme other than http(s), standing as a token of its own (at the start, or
 * after a character that cannot be part of a scheme): one of the schemes that run script
 * or read local or inline data in a browser (`javascript:alert(1)`, `VBScript:x`,
 * `data:text/html,…`, `file:/etc/passwd`), or any other scheme written with `//`
 * (`ftp://host/a`, `chrome://settings`). A scheme is ASCII, matched in any case; blanks end
 * the token, as they end a URL. `Note:this` and `10:30` are not URLs.
 */
const NON_HTTP_URL = /(?<![\w+.-])(?:(?:javascript|vbscript|livescript|data|file|blob|filesystem|view-source):|(?!https?:)[a-z][\w+.-]*:\/\/)\S+/gi;

/** Whether `text` holds a URL of a scheme other than http(s) ({@link NON_HTTP_URL}). */
export function hasNonHttpUrl(text: string): boolean {
  return text.includes(':') && text.search(NON_HTTP_URL) !== -1;
}

/** `text` without the URLs of other schemes than http(s), blanks folded again; `null` when nothing is left. */
function withoutNonHttpUrls(text: string): string | null {
  if (!hasNonHttpUrl(text)) return text;
  const out = text.replace(NON_HTTP_URL, ' ');
  const folded = foldedText(out, 0, out.length);
  return folded.length > 0 ? folded : null;
}

/**
 * `text` as a short field may hold it: without hidden runs ({@link withoutHidden}) and
 * without URLs of other schemes than http(s); `null` when nothing is left. For a field
 * whose removals {@link shortField} has reported already (the parts of a dateline).
 */
export function safeShortText(text: string): string | null {
  const visible = withoutHidden(text);
  return visible === null ? null : withoutNonHttpUrls(visible);
}

/**
 * A short field read from `[from, to)` of the input, with its hidden characters removed,
 * each removed run reported as `FIELD_CHARACTERS_REMOVED`, and its URLs of other schemes
 * than http(s) removed, each reported as `FIELD_URL_REMOVED`; `null` when nothing is left.
 */
export function shortField(input: string, from: number, to: number, text: string | null, report: Reporter): string | null {
  if (text === null) return null;
  let value: string | null = text.length > 0 ? text : null;
  if (hiddenRuns(text, 0, text.length).length > 0) {
    for (const [start, end] of hiddenRuns(input, from, to)) {
      report.add('FIELD_CHARACTERS_REMOVED', 'Control, escape, bidi or zero-width characters were removed from a short field.', start, end);
    }
    value = withoutHidden(text);
  }
  if (value === null || !hasNonHttpUrl(value)) return value;
  // A URL token holds no blank and no hidden run (each became a blank), so it stands in
  // the input as written: each is found there after the one before.
  let cursor = from;
  for (const [url] of value.matchAll(NON_HTTP_URL)) {
    const at = input.indexOf(url, cursor);
    const found = at !== -1 && at + url.length <= to;
    report.add('FIELD_URL_REMOVED', 'A URL of a scheme other than http(s) was removed from a short field.', found ? at : from, found ? at + url.length : to);
    if (found) cursor = at + url.length;
  }
  return withoutNonHttpUrls(value);
}
