/**
 * A 64-bit SimHash (Charikar): each bit is the majority vote of that bit over the
 * shingles' 64-bit hashes, so texts that share most shingles differ in few bits. Counted
 * exactly in 32-bit integers: no floating point, so every engine gives the same bits.
 */
import { fmix32 } from '../internal/hash.js';

/**
 * Adds the bits of `word` into bit-sliced counters: `planes[p]` holds bit `p` of the count
 * of each of the 32 positions, so one add is a ripple of carries (about two steps on
 * average) instead of 32 separate counts.
 */
function addBits(planes: number[], word: number): void {
  for (let p = 0; word !== 0; p++) {
    const plane = planes[p] ?? 0;
    planes[p] = plane ^ word;
    word &= plane;
  }
}

/** Which of the 32 positions counted in `planes` are set in more than half of `total` words. */
function majority(planes: readonly number[], total: number): number {
  let bits = 0;
  // Stryker disable next-line EqualityOperator: shifts count mod 32, so a bit 32 would read and set bit 0 again, with its vote
  for (let bit = 0; bit < 32; bit++) {
    let count = 0;
    // Stryker disable next-line EqualityOperator: planes[length] is undefined, which adds no bit
    for (let p = 0; p < planes.length; p++) count |= (((planes[p] as number) >>> bit) & 1) << p;
    if (2 * count > total) bits |= 1 << bit;
  }
  return bits >>> 0;
}

/**
 * The SimHash of `shingles` as its two 32-bit halves `[high, low]`: a shingle's 64-bit
 * hash is `fmix32(s)` (high half) and `s` (low half); a bit is set when strictly more than
 * half of the shingles (counted with repeats) have it set.
 */
export function simhash(shingles: Uint32Array): [number, number] {
  // Stryker disable next-line ArrayDeclaration: a first plane that is no number reads as 0 in the bit operations
  const high: number[] = [];
  // Stryker disable next-line ArrayDeclaration: as above
  const low: number[] = [];
  // Stryker disable next-line EqualityOperator: shingles[length] is undefined, which reads as a zero hash and adds no bit
  for (let i = 0; i < shingles.length; i++) {
    const s = shingles[i] as number;
    addBits(high, fmix32(s));
    addBits(low, s);
  }
  return [majority(high, shingles.length), majority(low, shingles.length)];
}

/** Bits set in a 32-bit value (SWAR popcount). */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
