/**
 * The real corpus stays in ../shared/corpus: no URL, id, headline, opening or line of it
 * is copied into this repository (fixtures and examples are written by us, modelled on
 * its shapes). This walks the repository for pieces of every corpus document.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPieces, hasCorpus, piecesIn } from '../scripts/corpus-pieces.mjs';

const root = join(import.meta.dirname, '..');
const corpusDir = join(root, '..', 'shared', 'corpus');
const required = process.env['NEWSDOC_CORPUS'] === 'required';

// .stryker-tmp holds Stryker's sandboxes and a link to ../shared, reports/ its output: neither is the repository.
function repositoryFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'dist', '.git', 'api', 'coverage', '.stryker-tmp', 'reports'].includes(name) || name === 'package-lock.json') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) repositoryFiles(path, out);
    else out.push(path);
  }
  return out;
}

describe.runIf(hasCorpus(corpusDir) || required)('the repository', () => {
  it('holds no piece of a real corpus document', () => {
    const pieces = corpusPieces(corpusDir);
    expect(pieces.size).toBeGreaterThan(500);
    const hits: string[] = [];
    for (const file of repositoryFiles(root)) {
      for (const hit of piecesIn(readFileSync(file, 'utf8'), pieces)) hits.push(`${relative(root, file)}: ${hit}`);
    }
    expect(hits).toEqual([]);
  });
});
