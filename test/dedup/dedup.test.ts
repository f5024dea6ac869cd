/**
 * newsdoc/dedup: each test of the dedup decides what it says it decides, in the order it
 * says, against the first record of each group; records without an article or a body take
 * part only as far as they can; misuse throws.
 */
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/index.js';
import * as entry from '../../src/dedup/index.js';
import { createDeduper, dedup, type DedupRecord } from '../../src/dedup/index.js';

/** `n` distinct invented words from `from`, as a text: `wab wac …`, no two texts sharing a word unless their ranges overlap. */
const words = (from: number, n: number): string =>
  Array.from({ length: n }, (_, i) => `w${String.fromCharCode(97 + ((from + i) % 26))}${String.fromCharCode(97 + Math.floor((from + i) / 26) % 26)}${Math.floor((from + i) / 676) === 0 ? '' : String.fromCharCode(97 + Math.floor((from + i) / 676))}`).join(' ');

const record = (urlKey: string | null, title: string | null, body: string | null): DedupRecord => ({ article: { urlKey, title, body } });

/** The verdicts of a fresh deduper over `records`, as `[duplicateOf, reason]`. */
const verdicts = (records: readonly DedupRecord[], options?: Parameters<typeof createDeduper>[0]): [number | null, string | null][] => {
  const deduper = createDeduper(options);
  return records.map((r) => {
    const v = deduper.add(r);
    return [v.duplicateOf, v.reason];
  });
};

const LONG = words(0, 400);
const SHORT = 'The city harbour reopened to small boats on Friday after two months of repairs, the port authority said.';
const FOOTER = 'Subscribe to our channel to get the most important news of the day first. All rights reserved; any reproduction of this material requires an active link to the source.';

describe('the entry', () => {
  it('exports exactly these runtime values', () => {
    expect(Object.keys(entry).sort()).toEqual(['createDeduper', 'dedup']);
  });
});

describe('url', () => {
  it('makes a record with the URL key of an earlier one its duplicate, whatever the text', () => {
    expect(verdicts([record('https://a.example/1', 'Harbour reopens', SHORT), record('https://a.example/1', null, 'Something else entirely.'), record('https://a.example/1', null, null)])).toEqual([
      [null, null],
      [0, 'url'],
      [0, 'url'],
    ]);
  });

  it('points the URL key of a duplicate at the first record of its group', () => {
    expect(verdicts([record('https://a.example/1', null, LONG), record('https://b.example/2', null, LONG), record('https://b.example/2', null, 'Other text.')])).toEqual([
      [null, null],
      [0, 'simhash'],
      [0, 'url'],
    ]);
  });

  it('needs a URL key: records without one are compared by their text only', () => {
    expect(verdicts([record(null, null, 'First text here.'), record(null, null, 'Second text there.')])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

describe('simhash', () => {
  it('finds a copy with a small change', () => {
    expect(verdicts([record('https://a.example/1', null, LONG), record('https://b.example/1', null, `${LONG} Subscribe.`)])).toEqual([
      [null, null],
      [0, 'simhash'],
    ]);
  });

  it('with maxHamming 0 finds only identical SimHashes', () => {
    const changed = `${LONG.slice(0, -40)} changed words at the very end here`;
    expect(verdicts([record(null, null, LONG), record(null, null, changed)])[1]).toEqual([0, 'simhash']);
    expect(verdicts([record(null, null, LONG), record(null, null, changed)], { maxHamming: 0 })[1]).not.toEqual([0, 'simhash']);
    expect(verdicts([record(null, null, LONG), record(null, null, LONG.toUpperCase())], { maxHamming: 0 })[1]).toEqual([0, 'simhash']);
  });
});

describe('minhash', () => {
  it('finds a body with a tenth cut off the end, which SimHash misses', () => {
    const cut = words(0, 360);
    expect(verdicts([record(null, null, LONG), record(null, null, cut)])).toEqual([
      [null, null],
      [0, 'minhash'],
    ]);
    // The same pair is not a duplicate when the Jaccard estimate must be above what it is (0.87).
    expect(verdicts([record(null, null, LONG), record(null, null, cut)], { minJaccard: 0.95 })[1]).toEqual([null, null]);
  });

  it('does not join texts that share little', () => {
    expect(verdicts([record(null, null, LONG), record(null, null, words(200, 400))])[1]).toEqual([null, null]);
  });
});

describe('story', () => {
  it('finds a short repost with a footer when the titles agree', () => {
    expect(verdicts([record('https://a.example/1', 'Harbour reopens to small boats', SHORT), record('https://b.example/1', 'Harbour reopens to small boats | Daily Post', `${SHORT}\n\n${FOOTER}`)])).toEqual([
      [null, null],
      [0, 'story'],
    ]);
  });

  it('never decides on the title alone', () => {
    expect(verdicts([record(null, 'Harbour reopens to small boats', SHORT), record(null, 'Harbour reopens to small boats', `${words(0, 30)}`)])[1]).toEqual([null, null]);
  });

  it('is off with story: false, and needs a title of three words', () => {
    const pair = (title: string): DedupRecord[] => [record(null, title, SHORT), record(null, title, `${SHORT}\n\n${FOOTER}`)];
    expect(verdicts(pair('Harbour reopens to small boats'), { story: false })[1]).toEqual([null, null]);
    expect(verdicts(pair('Harbour reopens'))[1]).toEqual([null, null]);
    expect(verdicts(pair('EXCLUSIVE: harbour reopens to small boats'))[1]).toEqual([0, 'story']);
  });

  it('reads the longest part of the title, so a kicker or a site name keeps the key', () => {
    const v = verdicts([record(null, 'Harbour reopens to small boats', SHORT), record(null, 'EXCLUSIVE: Harbour reopens to small boats - City News', `${SHORT}\n\n${FOOTER}`)]);
    expect(v[1]).toEqual([0, 'story']);
  });
});

describe('groups', () => {
  it('point at the first record of the group, by input order', () => {
    expect(verdicts([record(null, null, LONG), record(null, null, `${LONG} one`), record(null, null, `${LONG} two`), record(null, null, words(1000, 300))])).toEqual([
      [null, null],
      [0, 'simhash'],
      [0, 'simhash'],
      [null, null],
    ]);
  });

  it('choose the earliest of the groups a record matches', () => {
    // A and C are two groups (Jaccard 0.66: C is not A's duplicate); B, between them, is
    // close to both (0.82) and joins the earlier.
    const [a, b, c] = [words(0, 400), words(40, 400), words(80, 400)];
    expect(verdicts([record(null, null, a), record(null, null, c), record(null, null, b)])).toEqual([
      [null, null],
      [null, null],
      [0, 'minhash'],
    ]);
    expect(verdicts([record(null, null, c), record(null, null, a), record(null, null, b)])[2]).toEqual([0, 'minhash']);
  });

  it('try the tests in order: url before simhash before minhash', () => {
    expect(verdicts([record('https://a.example/1', null, LONG), record('https://a.example/1', null, LONG)])[1]).toEqual([0, 'url']);
    expect(verdicts([record(null, 'Harbour reopens to small boats', LONG), record(null, 'Harbour reopens to small boats', LONG)])[1]).toEqual([0, 'simhash']);
  });

  it('compare with the first record of each group only: a duplicate is not a group', () => {
    // Windows of 400 words, each 40 on from the last: B is close to A (Jaccard 0.82) and C
    // to B (0.82), but C is not close to A (0.66), so C starts a group of its own.
    const [a, b, c] = [words(0, 400), words(40, 400), words(80, 400)];
    expect(verdicts([record(null, null, a), record(null, null, b), record(null, null, c)])).toEqual([
      [null, null],
      [0, 'minhash'],
      [null, null],
    ]);
    expect(verdicts([record(null, null, b), record(null, null, c)])[1]).toEqual([0, 'minhash']);
  });

  it('skip error records and records without a body, which start no group', () => {
    expect(verdicts([{ article: null }, record(null, 'Harbour reopens to small boats', null), record(null, null, LONG), record(null, null, LONG)])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [2, 'simhash'],
    ]);
  });
});

describe('dedup', () => {
  it('yields each record with its verdict and input position, lazily', () => {
    function* endless(): Generator<DedupRecord> {
      for (let i = 0; ; i++) yield record(`https://a.example/${i % 3}`, null, null);
    }
    const out: [number, number | null][] = [];
    for (const r of dedup(endless())) {
      out.push([r.index, r.duplicateOf]);
      if (out.length === 5) break;
    }
    expect(out).toEqual([
      [0, null],
      [1, null],
      [2, null],
      [3, 0],
      [4, 1],
    ]);
  });

  it('takes parseCorpus records', () => {
    const records = parseCorpus(
      [
        ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html\n\nHarbour reopens to small boats\n\nThe city harbour reopened on Friday.',
        ' date 2021-11-03 http://www.ria.ru/20211102/harbour-1234567890.html?utm_source=x\n\nHarbour reopens\n\nThe harbour reopened.',
      ].join('\n\n'),
    );
    const results = [...dedup(records)];
    expect(results.map((r) => [r.index, r.duplicateOf, r.reason])).toEqual([
      [0, null, null],
      [1, 0, 'url'],
    ]);
    expect(results[1]?.record).toBe(records[1]);
  });
});

describe('misuse throws', () => {
  it('TypeError for a record that is not an object with an article object or null', () => {
    const deduper = createDeduper();
    for (const bad of [null, undefined, 42, {}, { article: 'text' }, { article: undefined }]) expect(() => deduper.add(bad as never)).toThrow(TypeError);
    // A bad record is not counted: the next good one still has position 0.
    deduper.add(record('https://a.example/1', null, null));
    expect(deduper.add(record('https://a.example/1', null, null))).toEqual({ duplicateOf: 0, reason: 'url' });
  });

  it('TypeError for bad options, RangeError for values out of range', () => {
    expect(() => createDeduper(1 as never)).toThrow(TypeError);
    expect(() => createDeduper({ maxhamming: 2 } as never)).toThrow(TypeError);
    expect(() => createDeduper({ maxHamming: '2' } as never)).toThrow(TypeError);
    expect(() => createDeduper({ story: 'yes' } as never)).toThrow(TypeError);
    for (const options of [{ maxHamming: 4 }, { maxHamming: -1 }, { maxHamming: 1.5 }, { minJaccard: 1.1 }, { minJaccard: -0.1 }]) expect(() => createDeduper(options)).toThrow(RangeError);
    expect(() => createDeduper({ maxHamming: 0, minJaccard: 1, story: false })).not.toThrow();
  });

  it('dedup throws at once for a non-iterable or bad options, before any record is read', () => {
    expect(() => dedup(42 as never)).toThrow(TypeError);
    expect(() => dedup([], { minJaccard: 2 })).toThrow(RangeError);
  });
});
