/**
 * Output never changes by accident: every fixture's and every corpus document's whole result
 * (messages included) hashes to the reference kept in `test/reference/outputs.json`. Work
 * on speed must leave it as it is; a deliberate change of behaviour regenerates it with
 * `npm run reference:update`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusHashes, dumpHash, fixtureHashes, referencePath } from '../scripts/reference-outputs.js';

const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as { fixtures: Record<string, string>; dump: string; corpus: Record<string, string> };
const required = process.env['NEWSDOC_CORPUS'] === 'required';

describe('the reference outputs', () => {
  it('match every fixture, byte for byte', () => {
    expect(fixtureHashes()).toEqual(reference.fixtures);
  });

  it('match a dump of full-length documents, byte for byte', () => {
    expect(dumpHash()).toBe(reference.dump);
  });

  it('match every corpus document and the corpus joined, byte for byte', () => {
    const corpus = corpusHashes();
    if (corpus === null && !required) return;
    expect(corpus).toEqual(reference.corpus);
  });
});
