/**
 * The dedup's typed-array multimap files and finds what a Map of arrays would, through
 * every growth of its table and its entries, for any 32-bit keys (signed or not).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlotIndex } from '../../src/dedup/slot-index.js';

const slotsOf = (index: SlotIndex, key: number): number[] => {
  const out: number[] = [];
  index.forEach(key, (slot) => out.push(slot));
  return out;
};

describe('SlotIndex', () => {
  it('gives the slots of a key, the latest first, and none for a key never filed', () => {
    const index = new SlotIndex();
    index.add(7, 0);
    index.add(0xffffffff, 1);
    index.add(7, 2);
    expect(slotsOf(index, 7)).toEqual([2, 0]);
    // An unsigned key and its signed twin are one key.
    expect(slotsOf(index, 0xffffffff)).toEqual([1]);
    expect(slotsOf(index, -1)).toEqual([1]);
    expect(slotsOf(index, 8)).toEqual([]);
  });

  it('keeps every key through the growth of its table', () => {
    const index = new SlotIndex();
    for (let i = 0; i < 5000; i++) index.add(Math.imul(i, 0x9e3779b9), i);
    for (let i = 0; i < 5000; i++) expect(slotsOf(index, Math.imul(i, 0x9e3779b9))).toEqual([i]);
  });

  it('agrees with a Map of arrays for any sequence of adds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 1023 }).map((k) => k << 16)), fc.nat()), { minLength: 50, maxLength: 600 }), (adds) => {
        const index = new SlotIndex();
        const reference = new Map<number, number[]>();
        for (const [key, slot] of adds) {
          index.add(key, slot);
          reference.set(key | 0, [slot, ...(reference.get(key | 0) ?? [])]);
        }
        for (const [key, slots] of reference) expect(slotsOf(index, key)).toEqual(slots);
      }),
      { numRuns: 200 },
    );
  });
});
