/**
 * The reference outputs: a SHA-256 of the whole result (messages included) of every fixture
 * and of every document of `../shared/corpus`, so that work on speed can prove it changed no
 * byte of output (`test/reference.test.ts`). Only hashes are kept: the corpus text never
 * enters this repository.
 *
 * Usage: `npm run reference:update` rewrites `test/reference/outputs.json`. Run it only for a
 * deliberate change of behaviour, and say so in the commit.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as newsdoc from '../src/index.js';
import { parseFixture } from './fixture-mode.cjs';
import { makeDump } from './make-dump.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const referencePath = join(root, 'test', 'reference', 'outputs.json');
export const corpusDocs = join(root, '..', 'shared', 'corpus', 'docs');

/** The SHA-256 of a result's JSON, in hex. */
export function outputHash(result: unknown): string {
  return createHash('sha256').update(JSON.stringify(result)).digest('hex');
}

/** Hashes of every fixture's result, by case name. */
export function fixtureHashes(): Record<string, string> {
  const dir = join(root, 'fixtures');
  const out: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = basename(file, '.txt');
    out[name] = outputHash(parseFixture(newsdoc, name, readFileSync(join(dir, file), 'utf8')));
  }
  return out;
}

/** The hash of `parseCorpus` over a dump of full-length documents made from the fixtures (long paragraphs take other paths). */
export function dumpHash(): string {
  return outputHash(newsdoc.parseCorpus(makeDump({ documents: 300, full: true })));
}

/** Hashes of every corpus document's `parseArticle` result, and of `parseCorpus` over all of them joined; `null` without the corpus. */
export function corpusHashes(): Record<string, string> | null {
  if (!existsSync(corpusDocs)) return null;
  const out: Record<string, string> = {};
  const texts: string[] = [];
  for (const file of readdirSync(corpusDocs).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(corpusDocs, file), 'utf8');
    texts.push(text);
    out[file] = outputHash(newsdoc.parseArticle(text));
  }
  out['(all joined)'] = outputHash(newsdoc.parseCorpus(texts.join('\n\n')));
  return out;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const corpus = corpusHashes();
  if (corpus === null) {
    console.error(`${corpusDocs} not found: the reference needs the shared corpus.`);
    process.exit(1);
  }
  writeFileSync(referencePath, `${JSON.stringify({ fixtures: fixtureHashes(), dump: dumpHash(), corpus }, null, 2)}\n`);
  console.log(`wrote ${referencePath}`);
}
