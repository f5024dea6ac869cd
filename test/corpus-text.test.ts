/**
 * The real corpus stays in ../shared/corpus: no URL, id, headline, opening or line of it
 * is copied into this repository (fixtures and examples are written by us, modelled on
 * its shapes). This walks the repository for pieces of every corpus document.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const corpusDir = join(root, '..', 'shared', 'corpus');
const hasCorpus = existsSync(join(corpusDir, 'labels.jsonl'));
const required = process.env['NEWSDOC_CORPUS'] === 'required';

interface Label {
  file: string;
  url: string | null;
  urlId: string | null;
  title: string | null;
  image: string | null;
  bodyStart: string | null;
  dateline: { raw: string } | null;
}

// Template text every page of a site shows, not a piece of one document: the literal
// og:title XPath a scraper left (`/ html / head / meta[…]/ @ content`).
const TEMPLATE_LINE = /^\/\s?html\b/;
// The shortest piece that is worth looking for: shorter strings recur by chance.
const MIN_PIECE = 16;
const MIN_ID_DIGITS = 7;

function needles(): Map<string, string> {
  const found = new Map<string, string>();
  const add = (piece: string | null | undefined, where: string, min = MIN_PIECE): void => {
    const text = piece?.trim();
    if (text && text.length >= min) found.set(text, where);
  };
  const labels = readFileSync(join(corpusDir, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Label);
  for (const l of labels) {
    add(l.url, `${l.file} url`);
    add(/\/([^/]+?)(?:\.s?html?)?\/?$/.exec(l.url ?? '')?.[1], `${l.file} slug`, 12);
    add(l.urlId, `${l.file} id`, MIN_ID_DIGITS);
    add(l.title, `${l.file} title`);
    add(l.image, `${l.file} image`);
    add(l.bodyStart?.slice(l.dateline?.raw.length ?? 0), `${l.file} body`);
  }
  for (const file of readdirSync(join(corpusDir, 'docs'))) {
    for (const line of readFileSync(join(corpusDir, 'docs', file), 'utf8').split(/\r\n|\r|\n/)) {
      const text = line.trim();
      if (text.length >= 40 && !TEMPLATE_LINE.test(text)) add(text.slice(0, 60), `${file} line`);
    }
  }
  return found;
}

function repositoryFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'dist', '.git', 'api', 'coverage'].includes(name) || name === 'package-lock.json') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) repositoryFiles(path, out);
    else out.push(path);
  }
  return out;
}

describe.runIf(hasCorpus || required)('the repository', () => {
  it('holds no piece of a real corpus document', () => {
    const pieces = needles();
    expect(pieces.size).toBeGreaterThan(500);
    const hits: string[] = [];
    for (const file of repositoryFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const [piece, where] of pieces) if (text.includes(piece)) hits.push(`${relative(root, file)}: ${where} ${JSON.stringify(piece.slice(0, 40))}`);
    }
    expect(hits).toEqual([]);
  });
});
