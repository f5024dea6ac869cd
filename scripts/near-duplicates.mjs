// The near-duplicate suite of the dedup: generated from our fixtures, deterministic (every
// choice comes from a seeded mix of numbers, no clock, no Math.random), so the same code
// gives the same table.
//
//   node scripts/near-duplicates.mjs [library=../dist/dedup/index.js]   # after `npm run build`: prints the table
//
// Bases are the fixtures' article bodies (fixtures/*.json, the reviewed expected results),
// one per distinct body, in two lengths:
//
// - `fixture`: the body as it is: 12 to 76 words, the length of our fixtures;
// - `long`: the body continued to 300–900 words by words drawn, with their frequencies,
//   from the fixture bodies of its language (a unigram model: it keeps how often words
//   like "the" recur, so two unrelated long bodies share about as few 5-grams as two
//   unrelated articles do; the sentences mean nothing).
//
// Each base gives near duplicates, each with a new URL, judged against the base alone:
//
// - `footer`: a repost with a boilerplate block added at the end;
// - `truncated`: 20 % of the words cut off the end;
// - `edited`: 5 % of the words (at least one) replaced by other words;
// - each again with the title removed (`… without title`): the body signals alone.
//
// Unrelated pairs: two bases that share no word 5-gram (read by the simple tokenizer
// below, not by the code under test), each with the same boilerplate block added: a
// duplicate verdict on the second is a false positive. With `same title`, both also carry
// one headline, the case where the story key must not decide alone.
//
// Importable: `suiteBases`, `nearDuplicates`, `unrelatedPairs`, `runSuite`; see
// near-duplicates.d.mts for the types.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A deterministic 32-bit mix of `n` (the same as scripts/make-dump.mjs uses). */
function mix(n) {
  let x = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A seeded stream of 32-bit values: `next()` gives the next. */
function stream(seed) {
  let n = mix(seed);
  return () => (n = mix(n + 0x6d2b79f5));
}

/** Boilerplate a site repeats under every article, of our own wording. */
export const BOILERPLATE = [
  'Subscribe to our channel to get the most important news of the day first. All rights reserved; any reproduction of this material requires an active link to the source.',
  'Follow us on social networks and share this article with your friends. Comments are moderated and may take up to an hour to appear on the page.',
  'The views of the author may not coincide with those of the editorial board. If you notice a mistake in the text, select it and press Ctrl+Enter to tell us.',
  'Read more news on our website and in the mobile app, available for every phone. Advertising enquiries and press releases go to the address at the bottom of the page.',
];

// The words of a text as the suite's own ground truth sees them: lower-cased runs of
// letters and digits. Deliberately not the fingerprint's normaliser.
const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text) => text.toLowerCase().match(WORD) ?? [];

/** The runs of five words of a body, as strings. */
function fiveWordRuns(body) {
  const words = wordsOf(body);
  const runs = new Set();
  for (let i = 0; i + 5 <= words.length; i++) runs.add(words.slice(i, i + 5).join(' '));
  return runs;
}

/** The fixtures' articles with a body, one per distinct body, in name order. */
function fixtureArticles(dir = FIXTURES) {
  const seen = new Set();
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const expected = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const [k, result] of (Array.isArray(expected) ? expected : [expected]).entries()) {
      const body = result.article?.body ?? null;
      if (body === null || seen.has(body)) continue;
      seen.add(body);
      out.push({ name: Array.isArray(expected) ? `${file.slice(0, -5)}#${k}` : file.slice(0, -5), language: result.article.language, title: result.article.title, body });
    }
  }
  return out;
}

// Long bodies: this many words at least, and up to this many more.
const LONG_MIN_WORDS = 300;
const LONG_SPREAD_WORDS = 600;
// A sentence of the continuation ends after 8 to 20 words.
const SENTENCE_MIN = 8;
const SENTENCE_SPREAD = 13;

/** `body` continued to `target` words by words drawn from `pool` (a list, repeats kept, so frequent words are drawn often). */
function continueBody(body, pool, target, next) {
  let words = wordsOf(body).length;
  const sentences = [];
  while (words < target) {
    const length = SENTENCE_MIN + (next() % SENTENCE_SPREAD);
    const sentence = Array.from({ length }, () => pool[next() % pool.length]);
    sentence[0] = sentence[0].charAt(0).toUpperCase() + sentence[0].slice(1);
    sentences.push(`${sentence.join(' ')}.`);
    words += length;
  }
  // Paragraphs of three sentences, as a body's paragraphs are joined: by a blank line.
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  return [body, ...paragraphs].join('\n\n');
}

/**
 * The bases of the suite: `{ name, title, body, urlKey }` per distinct fixture body.
 * `length: 'long'` continues each body to 300–900 words (see the head of this file).
 */
export function suiteBases({ length = 'fixture', fixtures = FIXTURES } = {}) {
  const articles = fixtureArticles(fixtures);
  const pools = new Map();
  for (const a of articles) pools.set(a.language, [...(pools.get(a.language) ?? []), ...wordsOf(a.body)]);
  return articles.map((a, i) => {
    const next = stream(i + 1);
    const body = length === 'long' ? continueBody(a.body, pools.get(a.language), LONG_MIN_WORDS + (next() % LONG_SPREAD_WORDS), next) : a.body;
    return { name: a.name, title: a.title, body, urlKey: `https://news.example/${i}/${a.name}` };
  });
}

/** The word tokens of `text` and the separators between them: `[sep, word, sep, word, …, sep]`. */
const tokens = (text) => text.split(/(\s+)/);

/** `body` without the last `share` of its words (at least that share: rounded up; one word kept). */
function truncate(body, share) {
  const parts = tokens(body.trim());
  const words = (parts.length + 1) / 2;
  const keep = Math.max(1, Math.floor(words * (1 - share)));
  return parts.slice(0, 2 * keep - 1).join('');
}

/** `body` with `share` of its words (rounded up) replaced by other words of `pool`, at seeded positions. */
function edit(body, share, pool, next) {
  const parts = tokens(body.trim());
  const words = (parts.length + 1) / 2;
  const count = Math.ceil(words * share);
  const chosen = new Set();
  while (chosen.size < Math.min(count, words)) chosen.add(next() % words);
  for (const w of chosen) {
    let other = pool[next() % pool.length];
    while (other.toLowerCase() === parts[2 * w].toLowerCase()) other = pool[next() % pool.length];
    parts[2 * w] = other;
  }
  return parts.join('');
}

/** Replacement words for the edits: invented, so an edit never puts back a word of the text by chance. */
const EDIT_WORDS = ['lantern', 'quarry', 'velvet', 'orchid', 'mosaic', 'harpoon', 'glacier', 'saffron', 'tundra', 'walnut', 'cobalt', 'meadow'];

/**
 * The near duplicates of base `i`: `{ kind, record }` for each kind of the head of this
 * file, each record `{ article: { urlKey, title, body } }` with a new URL.
 */
export function nearDuplicates(base, i) {
  const next = stream(1000 + i);
  const footer = BOILERPLATE[i % BOILERPLATE.length];
  const bodies = {
    footer: `${base.body}\n\n${footer}`,
    truncated: truncate(base.body, 0.2),
    edited: edit(base.body, 0.05, EDIT_WORDS, next),
  };
  const out = [];
  for (const [kind, body] of Object.entries(bodies)) {
    if (base.title !== null) out.push({ kind: `${kind}, title kept`, record: { article: { urlKey: `https://repost.example/${kind}/${i}`, title: base.title, body } } });
    out.push({ kind: `${kind}, no title`, record: { article: { urlKey: `https://repost.example/${kind}/untitled/${i}`, title: null, body } } });
  }
  return out;
}

/** The base as a record. */
export const baseRecord = (base) => ({ article: { urlKey: base.urlKey, title: base.title, body: base.body } });

/**
 * Unrelated pairs `[a, b]` of records: pairs of bases that share no run of five words,
 * each body followed by one boilerplate block (the same for both); with `sameTitle`, both
 * carry the first base's title. Each base is paired with the `partners` bases after it
 * (cyclically), or with every later base when `partners` reaches their number.
 */
export function unrelatedPairs(bases, { sameTitle = false, partners = Infinity } = {}) {
  const runs = bases.map((b) => fiveWordRuns(b.body));
  const unrelated = (i, j) => {
    for (const run of runs[i]) if (runs[j].has(run)) return false;
    return true;
  };
  const pairs = [];
  const all = partners >= bases.length - 1;
  for (let i = 0; i < bases.length; i++) {
    for (let k = 1; k <= (all ? bases.length - 1 - i : partners); k++) {
      const j = (i + k) % bases.length;
      if (!unrelated(i, j)) continue;
      const footer = BOILERPLATE[(i + j) % BOILERPLATE.length];
      const title = sameTitle ? (bases[i].title ?? 'The harbour reopens after repairs') : null;
      const record = (b) => ({ article: { urlKey: b.urlKey, title: sameTitle ? title : b.title, body: `${b.body}\n\n${footer}` } });
      pairs.push([record(bases[i]), record(bases[j])]);
    }
  }
  return pairs;
}

const LONG_PARTNERS = 8;

/**
 * Runs the suite with `createDeduper` (from src/ or the build): each near duplicate and
 * each unrelated pair is judged by a deduper of its own, the base (or the first of the
 * pair) first. Returns rows `{ length, kind, cases, duplicates, rate, by }`: for near
 * duplicates `duplicates` counts those found to duplicate their base (recall), for
 * unrelated pairs those found to be duplicates at all (false positives); `by` counts them
 * by the test that found them.
 */
export function runSuite(createDeduper, { lengths = ['fixture', 'long'], options } = {}) {
  const rows = [];
  for (const length of lengths) {
    // Every pair of short bodies; each long body with the 8 after it (about 950 pairs): the
    // suite stays at seconds, and one false positive is 0.1 %.
    const partners = length === 'long' ? LONG_PARTNERS : Infinity;
    const bases = suiteBases({ length });
    const counts = new Map();
    const count = (kind, verdict) => {
      const c = counts.get(kind) ?? { cases: 0, duplicates: 0, by: {} };
      c.cases++;
      if (verdict !== null) {
        c.duplicates++;
        c.by[verdict] = (c.by[verdict] ?? 0) + 1;
      }
      counts.set(kind, c);
    };
    bases.forEach((base, i) => {
      for (const { kind, record } of nearDuplicates(base, i)) {
        const deduper = createDeduper(options);
        deduper.add(baseRecord(base));
        const verdict = deduper.add(record);
        count(kind, verdict.duplicateOf === 0 ? verdict.reason : null);
      }
    });
    for (const sameTitle of [false, true]) {
      const kind = sameTitle ? 'unrelated, shared boilerplate, same title' : 'unrelated, shared boilerplate';
      for (const [a, b] of unrelatedPairs(bases, { sameTitle, partners })) {
        const deduper = createDeduper(options);
        deduper.add(a);
        count(kind, deduper.add(b).reason);
      }
    }
    for (const [kind, c] of counts) rows.push({ length, kind, ...c, rate: c.duplicates / c.cases });
  }
  return rows;
}

/** The rows as a Markdown table. */
export function formatTable(rows) {
  const lines = ['| bodies | case | cases | found duplicate | rate | by |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const by = ['url', 'simhash', 'minhash', 'story'].filter((k) => r.by[k] !== undefined).map((k) => `${k} ${r.by[k]}`).join(', ');
    lines.push(`| ${r.length} | ${r.kind} | ${r.cases} | ${r.duplicates} | ${(100 * r.rate).toFixed(1)} % | ${by || '–'} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const library = process.argv[2] ?? '../dist/dedup/index.js';
  const { createDeduper } = await import(library.startsWith('.') ? new URL(library, import.meta.url).href : pathToFileURL(library).href);
  console.log(formatTable(runSuite(createDeduper)));
}
