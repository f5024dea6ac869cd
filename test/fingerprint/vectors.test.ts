/**
 * The published test vectors (docs/fingerprint-vectors.json, tabled in docs/fingerprints.md)
 * are what the code gives, and the page shows the file: a change of any value is a change
 * of the published algorithm, made on purpose with the file regenerated
 * (`node scripts/fingerprint-vectors.mjs > docs/fingerprint-vectors.json` after a build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/index.js';
import { fmix32 } from '../../src/internal/hash.js';
import { shingleHashes } from '../../src/fingerprint/shingles.js';
import { wordHashes } from '../../src/fingerprint/words.js';
import { VECTOR_INPUTS, vectors } from '../../scripts/fingerprint-vectors.mjs';

const docs = join(import.meta.dirname, '..', '..', 'docs');
const file = JSON.parse(readFileSync(join(docs, 'fingerprint-vectors.json'), 'utf8')) as ReturnType<typeof vectors>;
const page = readFileSync(join(docs, 'fingerprints.md'), 'utf8');

const hex = (v: number): string => `0x${(v >>> 0).toString(16).padStart(8, '0')}`;

describe('published fingerprint vectors', () => {
  it('are what fingerprint gives for each input', () => {
    expect(file.map((v) => v.text)).toEqual(VECTOR_INPUTS.map((v) => v.text));
    expect(vectors(fingerprint)).toEqual(file);
  });

  it('are the table of docs/fingerprints.md', () => {
    const table = page
      .slice(page.indexOf('<!-- vectors:start -->'), page.indexOf('<!-- vectors:end -->'))
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| input') && !l.startsWith('| ---'));
    expect(table).toHaveLength(file.length);
    table.forEach((row, i) => {
      const v = file[i] as (typeof file)[number];
      const cells = row.split(' | ');
      expect(cells.at(-3)).toBe(String(v.words));
      expect(cells.at(-2)).toBe(v.simhash === null ? 'null' : `\`${v.simhash}\``);
      expect(cells.at(-1)).toBe(v.minhash === null ? 'null |' : `${v.minhash.slice(0, 3).join(', ')} |`);
      // The input as JSON, a no-break space written as its escape so that it shows.
      expect(cells[0]).toBe(`| \`${JSON.stringify(v.text).replaceAll('\u00a0', '\\u00a0')}\``);
    });
  });

  it('hold the pairs the table says read alike', () => {
    for (const [a, b] of [[5, 6], [7, 8], [9, 10], [4, 16]] as const) {
      expect(file[a]?.simhash).toBe(file[b]?.simhash);
      expect(file[a]?.minhash).toEqual(file[b]?.minhash);
    }
  });

  it('match the worked example of the page, step by step', () => {
    const text = 'The harbour reopened on Friday, 2 days early.';
    const words = wordHashes(text);
    const shingles = [...shingleHashes(words)];
    const f = fingerprint(text, { minhash: true });
    expect(page).toContain(`| word hashes | \`${words.map(hex).join(' ')}\` |`);
    expect(page).toContain(`| shingle hashes (4) | \`${shingles.map(hex).join(' ')}\` |`);
    expect(page).toContain(`| their \`fmix32\` (high halves) | \`${shingles.map((s) => hex(fmix32(s))).join(' ')}\` |`);
    expect(page).toContain(`| SimHash | \`${f.simhash}\` |`);
    expect(page).toContain(`| MinHash, first three values | ${f.minhash?.slice(0, 3).join(', ')} |`);
    expect(page).toContain(`//=> { simhash: '${f.simhash}', minhash: null, words: ${f.words} }`);
    expect(page).toContain(`//=> [${f.minhash?.slice(0, 3).join(', ')}]`);
    expect(page).toContain(`\`seed_0\` is\n\`${hex(fmix32(1))}\`, \`seed_1\` \`${hex(fmix32(2))}\`, \`seed_2\` \`${hex(fmix32(3))}\``);
  });
});
