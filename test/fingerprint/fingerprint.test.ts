/**
 * `fingerprint` and the hashes under it: the published algorithms give their published
 * values, the normalisation ignores what docs/fingerprints.md says it ignores (and nothing
 * else), short and empty texts behave as documented, misuse throws.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/index.js';
import { fmix32, fnv1a32, murmur3Words } from '../../src/internal/hash.js';
import { minhash } from '../../src/fingerprint/minhash.js';
import { shingleHashes } from '../../src/fingerprint/shingles.js';
import { popcount } from '../../src/fingerprint/simhash.js';
import { wordHashes } from '../../src/fingerprint/words.js';

const SENTENCE = 'The city harbour reopened to small boats on Friday after two months of repairs, the port authority said.';

/** Bits in which two 16-hex-digit SimHashes differ. */
function hamming(a: string | null, b: string | null): number {
  if (a === null || b === null) throw new Error('no simhash');
  return popcount(Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16)) + popcount(Number.parseInt(a.slice(8), 16) ^ Number.parseInt(b.slice(8), 16));
}

describe('the hashes are the published algorithms', () => {
  it('MurmurHash3_x86_32 gives the values of its published verification list', () => {
    // Inputs as 32-bit little-endian blocks: 0x64636261 is the bytes "abcd".
    expect(murmur3Words([], 0, 0, 0)).toBe(0);
    expect(murmur3Words([], 0, 0, 1)).toBe(0x514e28b7);
    expect(murmur3Words([0], 0, 1, 0)).toBe(0x2362f9de);
    expect(murmur3Words([0x87654321], 0, 1, 0)).toBe(0xf55b516b);
    expect(murmur3Words([0x87654321], 0, 1, 0x5082edee)).toBe(0x2362f9de);
    expect(murmur3Words([0xffffffff], 0, 1, 0)).toBe(0x76293b50);
    expect(murmur3Words([0x61616161], 0, 1, 0x9747b28c)).toBe(0x5a97808a);
    expect(murmur3Words([0x64636261], 0, 1, 0x9747b28c)).toBe(0xf0478627);
  });

  it('reads `count` values from `from`', () => {
    expect(murmur3Words([7, 0x87654321, 9], 1, 1, 0)).toBe(0xf55b516b);
  });

  it('FNV-1a gives its published values', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('fmix32 is a bijection with 0 as a fixed point', () => {
    expect(fmix32(0)).toBe(0);
    const seen = new Set(Array.from({ length: 4096 }, (_, i) => fmix32(i * 0x9e3779b9)));
    expect(seen.size).toBe(4096);
  });
});

describe('the normalisation', () => {
  const same = (a: string, b: string): void => {
    expect(wordHashes(a)).toEqual(wordHashes(b));
    expect(fingerprint(a)).toEqual(fingerprint(b));
  };

  it('ignores case, punctuation, blanks and line breaks', () => {
    same(SENTENCE, 'THE CITY HARBOUR REOPENED TO SMALL BOATS -- ON FRIDAY, AFTER TWO MONTHS OF REPAIRS; THE PORT AUTHORITY SAID');
    same('harbour reopens', '  Harbour\n\n\t«reopens»\u00a0…');
  });

  it('reads each digit run as one 0, in any script', () => {
    same('In 2021 the port handled 1,250 ships', 'In 1999 the port handled 7,003 ships');
    same('after 2 years', 'after ٢٠ years');
    same('covid19 cases', 'covid2 cases');
    expect(fingerprint('In 2021 the port handled 1250 ships').simhash).not.toBe(fingerprint('In 2021 the port handled 1,250 ships').simhash);
  });

  it('drops accents and reads compatibility forms as their letters (NFKD)', () => {
    same('Le café crème coûte finalement à Noël', 'le cafe creme coute ﬁnalement a noel');
    same('ＴＨＥ 𝐡𝐚𝐫𝐛𝐨𝐮𝐫 reopened', 'the harbour reopened');
    same('Ёлка и йогурт', 'елка и иогурт');
    same('İstanbul', 'istanbul');
  });

  it('reads final sigma as sigma, so that a word reads the same wherever it stands', () => {
    same('ΔΗΜΟΣ', 'δημος');
    same('δημοσ', 'δημος');
  });

  it('counts the words it says: letters and digit runs, split at everything else', () => {
    expect(wordHashes('Harbour reopens after repairs')).toHaveLength(4);
    // the · port · s · 0 · 0 · metre · quay
    expect(wordHashes("the port's 3.5-metre quay")).toHaveLength(7);
    // Emoji and other symbols outside the BMP split words; astral letters belong to them.
    expect(wordHashes('harbour😀reopens')).toEqual(wordHashes('harbour reopens'));
    expect(wordHashes('𝐡𝐚𝐫𝐛𝐨𝐮𝐫')).toHaveLength(1);
    // Unspaced scripts: each kana and ideograph is a word.
    expect(wordHashes('東京都は')).toHaveLength(4);
    expect(wordHashes('')).toEqual([]);
  });

  it('gives the ASCII fast path and the general path the same words', () => {
    // A non-ASCII blank between two ASCII texts sends each through the general path.
    const ascii = 'The Port Authority said on Friday: 12 boats, 3 ferries.';
    const words = wordHashes(ascii);
    expect(wordHashes(`${ascii}\u00a0${ascii}`)).toEqual([...words, ...words]);
    expect(wordHashes(`é ${ascii}`).slice(1)).toEqual(words);
  });

  it('keeps what is text: different words, or words in another order, differ', () => {
    expect(wordHashes('harbour reopens')).not.toEqual(wordHashes('harbor reopens'));
    expect(fingerprint('the harbour reopened on friday').simhash).not.toBe(fingerprint('on friday the harbour reopened').simhash);
  });
});

describe('short and empty texts', () => {
  it('give no fingerprint without a word', () => {
    const none = { simhash: null, minhash: null, words: 0 };
    expect(fingerprint('')).toEqual(none);
    expect(fingerprint(' – ... ;', { minhash: true })).toEqual(none);
    expect(fingerprint({ body: null }, { minhash: true })).toEqual(none);
  });

  it('make one shingle of one to four words, equal only for the same words', () => {
    for (const text of ['Harbour', 'Harbour reopens', 'Harbour reopens after repairs']) {
      const f = fingerprint(text, { minhash: true });
      expect(f.words).toBe(text.split(' ').length);
      expect(f.simhash).toMatch(/^[0-9a-f]{16}$/);
      expect(shingleHashes(wordHashes(text))).toHaveLength(1);
      // One shingle: each MinHash value is that shingle's hash, so the signature is that of a one-element set.
      expect(new Set(f.minhash).size).toBeGreaterThan(100);
    }
    expect(fingerprint('Harbour reopens').simhash).not.toBe(fingerprint('Harbour closes').simhash);
    expect(fingerprint('Harbour reopens').simhash).toBe(fingerprint('HARBOUR, reopens!').simhash);
  });

  it('have words − 4 shingles from five words on', () => {
    expect(shingleHashes(wordHashes('one two three four five'))).toHaveLength(1);
    expect(shingleHashes(wordHashes(SENTENCE))).toHaveLength(18 - 4);
  });
});

describe('the SimHash', () => {
  it('is 16 hex digits and moves little for a small change, much for another text', () => {
    const base = `${SENTENCE} ${SENTENCE.replace('Friday', 'Monday').replace('small', 'fishing')} The ferries will follow next week, once the new pier is ready.`;
    const a = fingerprint(base).simhash;
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(hamming(a, fingerprint(`${base} Subscribe.`).simhash)).toBeLessThanOrEqual(6);
    const other = fingerprint('Delegates at the climate summit agreed on a forest protection plan after two weeks of talks, the hosts said on Saturday.').simhash;
    expect(hamming(a, other)).toBeGreaterThan(12);
  });

  it("of one shingle is that shingle's 64-bit hash: fmix32(s), then s", () => {
    const words = wordHashes('Harbour reopens after repairs');
    const s = murmur3Words(words, 0, words.length, 0);
    const hex = (v: number): string => v.toString(16).padStart(8, '0');
    expect(fingerprint('Harbour reopens after repairs').simhash).toBe(hex(fmix32(s)) + hex(s));
  });

  it('sets a bit only on a strict majority', () => {
    // Two shingles: a bit is set only where both have it, the AND of the two hashes.
    const words = wordHashes('one two three four five six');
    const [s0, s1] = [murmur3Words(words, 0, 5, 0), murmur3Words(words, 1, 5, 0)];
    const hex = (v: number): string => (v >>> 0).toString(16).padStart(8, '0');
    expect(fingerprint('one two three four five six').simhash).toBe(hex(fmix32(s0) & fmix32(s1)) + hex(s0 & s1));
  });
});

describe('the MinHash signature', () => {
  it('is 112 unsigned 32-bit integers, only when asked for', () => {
    expect(fingerprint(SENTENCE).minhash).toBeNull();
    const values = fingerprint(SENTENCE, { minhash: true }).minhash ?? [];
    expect(values).toHaveLength(112);
    for (const v of values) expect(Number.isInteger(v) && v >= 0 && v <= 0xffffffff).toBe(true);
  });

  it('estimates the Jaccard similarity of the shingle sets', () => {
    // Two texts of distinct invented words, 200 each, overlapping in 150: of their 196
    // shingles each, 146 are shared, J = 146 / 246 ≈ 0.59.
    const word = (i: number): string => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
    const text = (from: number): string => Array.from({ length: 200 }, (_, i) => word(from + i)).join(' ');
    const a = minhash(shingleHashes(wordHashes(text(0))));
    const b = minhash(shingleHashes(wordHashes(text(50))));
    expect(a.distinct).toBe(196);
    const same = a.values.filter((v, i) => v === b.values[i]).length;
    // Three standard deviations of the estimate: sqrt(0.59 × 0.41 / 112) ≈ 0.046.
    expect(Math.abs(same / 112 - 146 / 246)).toBeLessThan(0.14);
    // Disjoint texts agree on (almost) no value.
    const c = minhash(shingleHashes(wordHashes(text(400))));
    expect(a.values.filter((v, i) => v === c.values[i]).length).toBeLessThanOrEqual(2);
  });

  it('counts each distinct shingle once', () => {
    const twice = minhash(shingleHashes(wordHashes(`${SENTENCE} ${SENTENCE}`)));
    const once = minhash(shingleHashes(wordHashes(SENTENCE)));
    // The text twice has the shingles of once and the four that span the seam.
    expect(twice.distinct).toBe(once.distinct + 4);
  });
});

describe('fingerprint of an article', () => {
  it('reads its body', () => {
    expect(fingerprint({ body: SENTENCE })).toEqual(fingerprint(SENTENCE));
  });
});

describe('misuse throws', () => {
  it('TypeError for an input that is neither a string nor an article with a body', () => {
    for (const input of [42, null, undefined, {}, { body: 3 }, ['text']]) expect(() => fingerprint(input as never)).toThrow(TypeError);
  });

  it('TypeError for options that are not an object, an unknown key or a non-boolean minhash', () => {
    for (const options of [1, 'minhash', [], { minHash: true }, { minhash: 'yes' }, { minhash: 1 }]) {
      expect(() => fingerprint(SENTENCE, options as never)).toThrow(TypeError);
    }
    // An option set to undefined is not given (as for every function of the package).
    expect(fingerprint(SENTENCE, { minhash: undefined } as never).minhash).toBeNull();
  });
});
