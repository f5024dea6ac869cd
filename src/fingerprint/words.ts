/**
 * The words a fingerprint is made of: a text normalised so that what a repost changes
 * without changing the story (case, accents, punctuation and spacing, numbers that count
 * views or shift a date) changes nothing, each word given as a 32-bit hash. The steps are
 * those of docs/fingerprints.md, which other implementations follow.
 */
import { FNV1A_SEED, fnv1aStep } from '../internal/hash.js';

// Combining marks, which NFKD splits off letters: the accent of `é`, the breve of `й`.
const MARK = /\p{M}/u;
// A decimal digit in any script (`7`, `٧`): digit runs read as one `0`.
const DIGIT = /\p{Nd}/u;
// A letter in any script.
const LETTER = /\p{L}/u;
// A character of Hiragana, Katakana or a CJK ideograph block (`東`, `か`): scripts written
// without spaces, so each is a word of its own. Ranges, not script properties, so that every
// language can name the same set.
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

// What a character outside ASCII reads as, in the code units the scan reads: its letters,
// `0` for a digit, a space where a word breaks; nothing for a mark.
const BREAK = ' ';
const FINAL_SIGMA = 'ς';

/**
 * The reading of one character outside ASCII: decomposed (NFKD) and lower-cased on its
 * own, marks dropped, a digit as `0`, a letter as itself (`ς` as `σ`, so that the reading
 * needs no context), anything else a break; a character of an unspaced script is a word
 * alone, a break on each side.
 */
function readChar(char: string): string {
  if (UNSPACED.test(char)) return BREAK + char + BREAK;
  let out = '';
  for (const c of char.normalize('NFKD').toLowerCase()) {
    if (MARK.test(c)) continue;
    out += DIGIT.test(c) ? '0' : c === FINAL_SIGMA ? 'σ' : LETTER.test(c) ? c : BREAK;
  }
  return out;
}

/**
 * The hash of each word of `text`, in order: FNV-1a over the UTF-16 code units of the word
 * as read, its digit runs each read as one `0`.
 *
 * One scan: ASCII letters are lower-cased by their code, ASCII digits and other ASCII
 * characters read directly; a character outside ASCII is read by {@link readChar}, once
 * per distinct character of the text (a text uses a few dozen).
 */
export function wordHashes(text: string): number[] {
  const words: number[] = [];
  const readings = new Map<number, string>();
  let hash = FNV1A_SEED;
  let inWord = false;
  let inNumber = false;
  /** Reads one code unit: a letter's, a digit's (`0x30`) or a break's (`0x20`). */
  const read = (code: number): void => {
    if (code === 0x30) {
      if (!inNumber) hash = fnv1aStep(hash, 0x30);
      inWord = inNumber = true;
      return;
    }
    inNumber = false;
    if (code !== 0x20) {
      hash = fnv1aStep(hash, code);
      inWord = true;
    } else if (inWord) {
      words.push(hash >>> 0);
      hash = FNV1A_SEED;
      inWord = false;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a fast path; readChar reads an ASCII character (and U+0080) the same way
    if (code < 0x80) {
      // ASCII: a letter lower-cased, a digit as 0, anything else a break.
      const lower = code | 0x20;
      read(code >= 0x30 && code <= 0x39 ? 0x30 : lower >= 0x61 && lower <= 0x7a ? lower : 0x20);
      continue;
    }
    const point = text.codePointAt(i) as number;
    if (point > 0xffff) i++;
    let reading = readings.get(point);
    // Stryker disable next-line ConditionalExpression: the cache only saves work; a character reads the same each time
    if (reading === undefined) readings.set(point, (reading = readChar(String.fromCodePoint(point))));
    for (let k = 0; k < reading.length; k++) read(reading.charCodeAt(k));
  }
  read(0x20);
  return words;
}
