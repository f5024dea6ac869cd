/**
 * The deduper past its first sixteen groups (src/dedup/dedup.ts): the fingerprints of the
 * first record of each group are kept in one array that grows as groups come; a mutation
 * run (issue 13) found no test with more groups than its first size holds.
 */
import { describe, expect, it } from 'vitest';
import { createDeduper } from '../../src/dedup/index.js';

/** A body of 60 invented words of its own: `n` picks them, no two bodies sharing one. */
const body = (n: number): string => Array.from({ length: 60 }, (_, i) => `q${n}x${i}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? '')).join(' ');

describe('createDeduper', () => {
  it('keeps every group as groups grow past the first sixteen', () => {
    const deduper = createDeduper();
    const firsts = Array.from({ length: 40 }, (_, n) => deduper.add({ article: { urlKey: `u${n}`, title: null, body: body(n) } }).duplicateOf);
    expect(firsts).toEqual(Array.from({ length: 40 }, () => null));
    // A copy of each body under a URL of its own is the duplicate of the first with it.
    const copies = [0, 15, 16, 17, 39].map((n) => deduper.add({ article: { urlKey: `copy${n}`, title: null, body: body(n) } }));
    expect(copies.map((v) => [v.duplicateOf, v.reason])).toEqual([
      [0, 'simhash'],
      [15, 'simhash'],
      [16, 'simhash'],
      [17, 'simhash'],
      [39, 'simhash'],
    ]);
  });
});
