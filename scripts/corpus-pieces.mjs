// The pieces of the real corpus (../shared/corpus) that must never be copied into this
// repository: URLs, slugs, ids, headlines, images and body openings of its labels, and the
// opening of every long line of its documents. One definition for the test that walks the
// repository for them (test/corpus-text.test.ts) and for `npm run fixture:add`, which
// refuses a document holding one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the corpus stands beside the repository. */
export const CORPUS_DIR = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

// Template text every page of a site shows, not a piece of one document: the literal
// og:title XPath a scraper left (`/ html / head / meta[…]/ @ content`).
const TEMPLATE_LINE = /^\/\s?html\b/;
// The shortest piece that is worth looking for: shorter strings recur by chance.
const MIN_PIECE = 16;
const MIN_SLUG = 12;
const MIN_ID_DIGITS = 7;
// A document line this long is someone's sentence; its first 60 characters are looked for.
const MIN_LINE = 40;
const LINE_PIECE = 60;

/** Whether the corpus is there to compare with. */
export function hasCorpus(dir = CORPUS_DIR) {
  return existsSync(join(dir, 'labels.jsonl'));
}

/**
 * Every piece of the corpus worth looking for, each with where it comes from
 * (`042.txt line`, `042 title`).
 *
 * @param {string} [dir] - The corpus directory.
 * @returns {Map<string, string>}
 */
export function corpusPieces(dir = CORPUS_DIR) {
  const found = new Map();
  const add = (piece, where, min = MIN_PIECE) => {
    const text = typeof piece === 'string' ? piece.trim() : '';
    if (text.length >= min) found.set(text, where);
  };
  const labels = readFileSync(join(dir, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  for (const l of labels) {
    add(l.url, `${l.file} url`);
    add(/\/([^/]+?)(?:\.s?html?)?\/?$/.exec(l.url ?? '')?.[1], `${l.file} slug`, MIN_SLUG);
    add(l.urlId, `${l.file} id`, MIN_ID_DIGITS);
    add(l.title, `${l.file} title`);
    add(l.image, `${l.file} image`);
    add(l.bodyStart?.slice(l.dateline?.raw.length ?? 0), `${l.file} body`);
  }
  for (const file of readdirSync(join(dir, 'docs'))) {
    for (const line of readFileSync(join(dir, 'docs', file), 'utf8').split(/\r\n|\r|\n/)) {
      const text = line.trim();
      if (text.length >= MIN_LINE && !TEMPLATE_LINE.test(text)) add(text.slice(0, LINE_PIECE), `${file} line`);
    }
  }
  return found;
}

/**
 * The pieces of `pieces` that `text` holds: `where "piece…"` each.
 *
 * @param {string} text
 * @param {Map<string, string>} pieces - From {@link corpusPieces}.
 * @returns {string[]}
 */
export function piecesIn(text, pieces) {
  const hits = [];
  for (const [piece, where] of pieces) if (text.includes(piece)) hits.push(`${where} ${JSON.stringify(piece.slice(0, 40))}`);
  return hits;
}
