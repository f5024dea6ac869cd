/**
 * The fingerprint stages (`src/fingerprint/`): the story key of a headline (which part of
 * it counts, how short is too short), the word scan's edges (a leading number, the last
 * digit, ASCII marks between letters, the last BMP code unit), and that the MinHash leaves
 * its argument as it was and `fingerprint` takes only a string or an object.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/index.js';
import { fnv1a32 } from '../../src/internal/hash.js';
import { minhash } from '../../src/fingerprint/minhash.js';
import { storyKey } from '../../src/fingerprint/story-key.js';
import { wordHashes } from '../../src/fingerprint/words.js';

const HEADLINE = 'Harbour reopens to small boats';

describe('storyKey', () => {
  it('is a 32-bit number from three words on, null below', () => {
    expect(storyKey('')).toBeNull();
    expect(storyKey('Weather')).toBeNull();
    expect(storyKey('Live updates')).toBeNull();
    const three = storyKey('Harbour reopens today');
    expect(three).not.toBeNull();
    expect(Number.isInteger(three) && (three as number) >= 0 && (three as number) <= 0xffffffff).toBe(true);
    expect(storyKey(HEADLINE)).not.toBeNull();
    expect(storyKey(HEADLINE)).not.toBe(three);
  });

  it('counts words as the fingerprints do: case, punctuation and number values do not matter', () => {
    const key = storyKey(HEADLINE);
    expect(storyKey('HARBOUR reopens, to small boats!')).toBe(key);
    expect(storyKey('«Harbour»   reopens to small\u00a0boats…')).toBe(key);
    expect(storyKey('Harbour reopens to smaller boats')).not.toBe(key);
    expect(storyKey('Storm kills 3 in the north')).toBe(storyKey('Storm kills 12 in the north'));
  });

  it('reads the part with the most words: a kicker or a site name keeps the key', () => {
    const key = storyKey(HEADLINE);
    for (const title of [
      `EXCLUSIVE: ${HEADLINE}`,
      `${HEADLINE} | Daily Post`,
      `${HEADLINE} - City News`,
      `Live / ${HEADLINE}`,
      `${HEADLINE} • Portside`,
      `${HEADLINE} · Portside`,
      `${HEADLINE} – Portside`,
      `${HEADLINE} — Portside`,
      `Video: ${HEADLINE} | Daily Post`,
    ]) {
      expect(storyKey(title), title).toBe(key);
    }
    // The kicker is a word of the key when it is not split off.
    expect(storyKey(`Exclusive ${HEADLINE}`)).not.toBe(key);
  });

  it('splits only at a mark with a blank on each side, or at a colon before a blank', () => {
    // Joined words stay in their part: the key is that of the whole title, read as words.
    expect(storyKey('Harbour-side cafes reopen')).toBe(storyKey('Harbour side cafes reopen'));
    expect(storyKey('Harbour/side cafes reopen')).toBe(storyKey('Harbour side cafes reopen'));
    expect(storyKey('Final ends 3:2 after extra time')).toBe(storyKey('Final ends 3 2 after extra time'));
    expect(storyKey('Harbour -side cafes reopen')).toBe(storyKey('Harbour side cafes reopen'));
    // With blanks round the dash, the longer part alone is the key.
    expect(storyKey('Harbour - side cafes reopen')).toBe(storyKey('side cafes reopen'));
  });

  it('takes the first of two parts with as many words', () => {
    const first = storyKey('Harbour reopens after repairs');
    const second = storyKey('Storm closes mountain pass');
    expect(first).not.toBe(second);
    expect(storyKey('Harbour reopens after repairs | Storm closes mountain pass')).toBe(first);
    expect(storyKey('Storm closes mountain pass: Harbour reopens after repairs')).toBe(second);
    // A longer later part still wins.
    expect(storyKey('Harbour reopens | Storm closes mountain pass')).toBe(second);
  });

  it('is null when every part is short, however many words the whole title has', () => {
    expect(storyKey('Live | Weather | Traffic | Sport')).toBeNull();
    expect(storyKey('Harbour reopens: Daily Post')).toBeNull();
  });
});

describe('the word scan', () => {
  it('reads a number at the very start as the word `0`, like one anywhere else', () => {
    const zero = fnv1a32('0');
    expect(wordHashes('2021 harbour')).toEqual([zero, fnv1a32('harbour')]);
    expect(wordHashes('7')).toEqual([zero]);
    expect(wordHashes('harbour 2021')).toEqual([fnv1a32('harbour'), zero]);
  });

  it('reads every ASCII digit, 9 included, as a digit', () => {
    const zero = fnv1a32('0');
    for (const digit of '0123456789') expect(wordHashes(`pier${digit}`), digit).toEqual([fnv1a32('pier0')]);
    expect(wordHashes('1999')).toEqual([zero]);
    expect(wordHashes('9 boats')).toEqual(wordHashes('1 boats'));
  });

  it('splits words at the ASCII marks next to the letters in the code table', () => {
    // `[ \ ] ^ _` sit just after `Z`, `{ | } ~` and DEL just after `z`: each is a break.
    const two = [fnv1a32('harbour'), fnv1a32('reopens')];
    for (const mark of ['[', '\\', ']', '^', '_', '`', '{', '|', '}', '~', '\u007f', '@']) {
      expect(wordHashes(`harbour${mark}reopens`), JSON.stringify(mark)).toEqual(two);
      expect(wordHashes(`HARBOUR${mark}REOPENS`), JSON.stringify(mark)).toEqual(two);
    }
    expect(wordHashes('harbour_reopens')).toHaveLength(2);
  });

  it('reads U+FFFF, the last BMP code unit, as one character that breaks a word', () => {
    expect(wordHashes('\uffffharbour')).toEqual([fnv1a32('harbour')]);
    expect(wordHashes('port\uffffharbour')).toEqual([fnv1a32('port'), fnv1a32('harbour')]);
    // A supplementary character is two code units, read as one: `𝐡` is `h`.
    expect(wordHashes('\u{1d421}arbour')).toEqual([fnv1a32('harbour')]);
  });
});

describe('minhash', () => {
  it('leaves the shingles it is given in their order', () => {
    const shingles = Uint32Array.of(30, 10, 20, 10);
    const { distinct } = minhash(shingles);
    expect(distinct).toBe(3);
    expect([...shingles]).toEqual([30, 10, 20, 10]);
  });

  it('gives a set the same signature whatever the order and repeats of its shingles', () => {
    expect([...minhash(Uint32Array.of(30, 10, 20, 10)).values]).toEqual([...minhash(Uint32Array.of(10, 20, 30)).values]);
  });
});

describe('fingerprint input', () => {
  it('is a string or an object: a function with a `body` is refused', () => {
    const fn = Object.assign(() => 'text', { body: HEADLINE });
    expect(() => fingerprint(fn as never)).toThrow(TypeError);
    expect(fingerprint({ body: HEADLINE })).toEqual(fingerprint(HEADLINE));
  });
});
