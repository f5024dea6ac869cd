/**
 * normalizeUrl's untouched-query check reads a query in one pass: counted here as the
 * characters `indexOf` walks, on the shape that made it quadratic (pieces without `=`, whose
 * next `=` was searched for afresh from every `&`). Eight times the query may cost at most
 * twelve times the work.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../src/index.js';

const original = String.prototype.indexOf;
let walked = 0;

/** Runs `fn` while counting the characters every `indexOf` call walks. */
function charactersWalked(fn: () => void): number {
  walked = 0;
  String.prototype.indexOf = function (this: string, search: string, from?: number): number {
    const start = Math.max(0, Math.trunc(from ?? 0));
    const found = original.call(this, search, from);
    walked += (found === -1 ? this.length : found) - start;
    return found;
  };
  try {
    fn();
  } finally {
    String.prototype.indexOf = original;
  }
  return walked;
}

afterEach(() => {
  String.prototype.indexOf = original;
});

describe('the untouched-query check', () => {
  it.each([
    ['pieces without =', (n: number) => 'a&'.repeat(n)],
    ['one = at the end', (n: number) => `${'a&'.repeat(n)}b=1`],
    ['pieces with =', (n: number) => 'a=1&'.repeat(n)],
  ])('%s: 8 times the query costs at most 12 times the work', (_name, query) => {
    const url = (n: number) => `https://ria.ru/20211102/a-1234567.html?${query(n)}`;
    const small = charactersWalked(() => normalizeUrl(url(4_096)));
    const large = charactersWalked(() => normalizeUrl(url(32_768)));
    expect(small).toBeGreaterThan(4_096);
    expect(large / small).toBeLessThanOrEqual(12);
  });
});
