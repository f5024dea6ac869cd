/**
 * Pages flattened onto one line glue their fields together without a space:
 * `NewsWorldFire destroys a warehouseBlast reported …Jane DoeFriday 22 October 2021 09:25`.
 * This finds the seams, so the page stage can read the pieces as it reads lines.
 */
import { isDigitCode, isLowerCode, isUpperCode } from '../../internal/chars.js';

/**
 * Offsets in `[from, to)` where a glued field starts: a word of two or more lower-case
 * letters runs straight into a capitalised word (`RussiaBlast`, `commentsA fire`) or a number (`World16`),
 * or a closing parenthesis into a capitalised word (`(Independent)Sixteen`). One capital
 * and one lower-case letter before the seam (`McDonald`, `LaPresse`) is a name, not a seam.
 */
export function glueSeams(input: string, from: number, to: number): number[] {
  const seams: number[] = [];
  for (let i = from + 2; i < to - 1; i++) {
    const prev = input.charCodeAt(i - 1);
    const ch = input.charCodeAt(i);
    const next = input.charCodeAt(i + 1);
    if (prev === 0x29 /* ) */ && isUpperCode(ch) && isLowerCode(next)) {
      seams.push(i);
      continue;
    }
    if (!isLowerCode(prev) || !isLowerCode(input.charCodeAt(i - 2))) continue;
    // A capital starts a word (`Find`) or is one (`A fire`).
    if ((isUpperCode(ch) && (isLowerCode(next) || next === 0x20)) || isDigitCode(ch)) seams.push(i);
  }
  return seams;
}

// Seams needed near the start of a one-line page before it is read as glued fields, and how
// near: a breadcrumb, a headline, a standfirst and a byline give several in a few words.
const MIN_SEAMS = 3;
const SEAM_WINDOW = 400;

/** Whether a one-line page looks glued: several seams in its opening characters. */
export function looksGlued(input: string, from: number, to: number): boolean {
  return glueSeams(input, from, Math.min(to, from + SEAM_WINDOW)).length >= MIN_SEAMS;
}
