/**
 * One definition of each kind of character the stages ask about, by UTF-16 code unit.
 * Every stage uses these and nothing else: two notions of "blank" or "digit" drift apart
 * (a line of U+2028 read as text by one stage and as blank by the next hid a header).
 */

/**
 * Blank characters: what separates words on a line and what a blank line holds. ASCII
 * space and tab, VT, FF, NBSP, NEL, the Unicode space separators (U+1680, U+2000–U+200A,
 * U+202F, U+205F, U+3000), the line and paragraph separators U+2028/U+2029 (they end no
 * line here: positions count `\n`, `\r\n` and `\r` only), the zero-width space U+200B and
 * the BOM U+FEFF. Line feed and carriage return are not blank: they end lines.
 */
export function isBlankCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c;
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The characters of {@link isBlankCode} as a regular-expression class, for expressions that must agree with it. */
export const BLANK_CLASS = '[\\t\\v\\f \\u0085\\u00a0\\u1680\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';

// A blank other than the space: folding turns it into one.
const NON_SPACE_BLANK = /[\t\v\f\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Whether folding changes a trimmed text: it holds a blank other than the space, or two
 * spaces in a row (a space before any other blank is caught by the first test). Fast path
 * for {@link foldedText} and FoldedRange: two native searches, and most lines hold single
 * spaces only.
 */
export function needsFolding(text: string): boolean {
  return text.includes('  ') || NON_SPACE_BLANK.test(text);
}

/** `\n` or `\r`: the characters that end a line. */
export function isLineBreakCode(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/** Blank or a line break: what may stand between two documents or fill a blank line. */
export function isSpaceCode(code: number): boolean {
  return isLineBreakCode(code) || isBlankCode(code);
}

/** An ASCII digit `0`–`9`. */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** An ASCII letter. */
export function isAsciiLetterCode(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

// One letter or combining mark outside ASCII, e.g. `é` or `я`.
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

/** A letter (or combining mark) in any script. */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return isAsciiLetterCode(code);
  if (code >= 0x400 && code <= 0x44f) return true;
  if (code < 0xaa || isCaselessSymbol(code)) return false;
  return NON_ASCII_LETTER.test(String.fromCharCode(code));
}

/**
 * Whether a code unit lies in a block with no letters, digits or case at all (general
 * punctuation, arrows and technical signs, box drawing and shapes, surrogates and private
 * use): the fast answer for the dashes, quotes and replacement runs of scraped text.
 */
function isCaselessSymbol(code: number): boolean {
  return (code >= 0x2000 && code <= 0x206f) || (code >= 0x2190 && code <= 0x23ff) || (code >= 0x2500 && code <= 0x2775) || (code >= 0xd800 && code <= 0xf8ff) || code === 0xfffd;
}

/**
 * An upper-case letter in any cased script (`A`, `É`, `Ł`, `Д`, `Ω`). ASCII, Latin-1 and
 * basic Cyrillic are answered by their code; other letters by whether lower-casing changes
 * them. (A test compares the answer with the case mappings for every code unit.)
 */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code < 0xc0) return false;
  if (code <= 0xff) return code <= 0xde && code !== 0xd7;
  if (code >= 0x400 && code <= 0x44f) return code <= 0x42f;
  if (isCaselessSymbol(code)) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A lower-case letter in any cased script (`a`, `é`, `ł`, `д`, `ω`). */
export function isLowerCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  if (code >= 0xdf && code <= 0xff) return code !== 0xf7;
  if (code >= 0x400 && code <= 0x44f) return code >= 0x430;
  if (code < 0xb5 || isCaselessSymbol(code)) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A letter or a digit in any script: the least a text needs to hold something article-like. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return isDigitCode(code) || isAsciiLetterCode(code);
  return isLetterCode(code) || (!isCaselessSymbol(code) && NUMBER.test(String.fromCharCode(code)));
}

// A number character outside ASCII: `²`, `٣`, `Ⅳ`.
const NUMBER = /\p{N}/u;

/**
 * A control character that has no place in text: C0 other than tab, LF and CR; DEL; C1
 * (U+0080–U+009F, NEL and CSI among them). Terminal escape sequences start with one.
 */
export function isControlCode(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  return code >= 0x7f && code <= 0x9f;
}

/**
 * An invisible formatting character that can disguise text: bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F, U+061C), the
 * zero-width joiners and word joiner (U+200C, U+200D, U+2060), and the Mongolian vowel
 * separator U+180E (a blank until Unicode 6.3, zero-width since). They never belong in a
 * short field such as a title or a tag. (The zero-width space U+200B and the BOM U+FEFF
 * are blanks, {@link isBlankCode}: a field reads them as a space.)
 */
export function isFormatCode(code: number): boolean {
  return (
    code === 0x180e ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c ||
    (code >= 0x202a && code <= 0x202e) ||
    code === 0x2060 ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * A bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): the characters
 * that reorder the text around them and can make a line read other than it is.
 */
export function isBidiControlCode(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** `[from, to)` narrowed past blank characters at both ends. */
export function trimBlanks(text: string, from: number, to: number): [number, number] {
  while (from < to && isBlankCode(text.charCodeAt(from))) from++;
  while (to > from && isBlankCode(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** `text` without blanks and line breaks at either end. */
export function trimSpace(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

/** Whether `text` holds only blanks and line breaks (or nothing). */
export function isAllSpace(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The text of `[from, to)` with every run of blank characters folded to one space and
 * the ends trimmed: the form every field value takes, so NBSP, tabs and layout
 * indentation change no field. A range with no blank run to fold is its own slice.
 */
export function foldedText(input: string, from: number, to: number): string {
  [from, to] = trimBlanks(input, from, to);
  const slice = input.slice(from, to);
  if (!needsFolding(slice)) return slice;
  const parts: string[] = [];
  let runStart = from;
  for (let i = from; i < to; i++) {
    if (!isBlankCode(input.charCodeAt(i))) continue;
    if (runStart < i) parts.push(input.slice(runStart, i));
    runStart = i + 1;
  }
  if (runStart < to) parts.push(input.slice(runStart, to));
  return parts.join(' ');
}
