// How long `parseArticle` takes against the cheapest thing that yields the same data: a
// `JSON.parse` of the article's own JSON, timed in the same process, so the ratio is
// comparable across machines. Two inputs: full-length documents (2–6 KB bodies, every shape
// of our fixtures, from scripts/make-dump.mjs --full) and the short real documents of
// ../shared/corpus when it is there. Rounds interleave the two sides; the figure is the
// median ratio, with the spread (lowest–highest ratio of a round). Not part of `npm test`;
// timings are never asserted. Run after `npm run build`:
//
//   node bench/parse.bench.mjs [documents=2000] [rounds=7]
import { Buffer } from 'node:buffer';
import { cpus } from 'node:os';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle, parseCorpus } from '../dist/index.js';
import { makeDump } from '../scripts/make-dump.mjs';

const documentCount = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 7);
const corpusDocs = fileURLToPath(new URL('../../shared/corpus/docs/', import.meta.url));

/** A string of its own, not a slice of a larger one: documents arrive so from a reader. */
const own = (text) => Buffer.from(text, 'utf8').toString('utf8');

/** The full-length documents of a generated dump, one string each. */
function fullLength() {
  const dump = makeDump({ documents: documentCount, full: true });
  return parseCorpus(dump).map((record) => own(dump.slice(record.start, record.end)));
}

/** The documents of the shared corpus, or none. */
function corpus() {
  if (!existsSync(corpusDocs)) return [];
  return readdirSync(corpusDocs)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(corpusDocs, name), 'utf8'));
}

/** Seconds to run `fn` over every item. */
function time(fn, items) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const item of items) sink += fn(item) === null ? 0 : 1;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink < 0) console.log(sink);
  return seconds;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median ratio of parse to baseline time over interleaved rounds, with its spread. */
function measure(docs) {
  const json = docs.map((doc) => JSON.stringify(parseArticle(doc).article));
  const parse = (doc) => parseArticle(doc).article;
  const baseline = (text) => JSON.parse(text);
  // Warm-up, so the JIT has settled before anything is measured.
  time(parse, docs);
  time(baseline, json);
  const ratios = [];
  const parseTimes = [];
  for (let r = 0; r < rounds; r += 1) {
    const p = time(parse, docs);
    const b = time(baseline, json);
    ratios.push(p / b);
    parseTimes.push(p);
  }
  const chars = docs.reduce((n, d) => n + d.length, 0);
  const languages = new Map();
  for (const doc of docs) {
    const language = parseArticle(doc).article?.language ?? 'none';
    languages.set(language, (languages.get(language) ?? 0) + 1);
  }
  return {
    documents: docs.length,
    averageChars: Math.round(chars / docs.length),
    languages: [...languages].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', '),
    ratio: median(ratios),
    spread: [Math.min(...ratios), Math.max(...ratios)],
    microsPerDoc: (median(parseTimes) / docs.length) * 1e6,
  };
}

function report(name, m, target) {
  console.log(`${name}`);
  console.log(`  input     ${m.documents} documents, ${m.averageChars} characters on average; languages: ${m.languages}`);
  console.log(`  parse     ${m.microsPerDoc.toFixed(0)} µs/doc (median round)`);
  console.log(`  ratio     parseArticle ÷ JSON.parse of its article's JSON = ${m.ratio.toFixed(1)}× (rounds ${m.spread[0].toFixed(1)}–${m.spread[1].toFixed(1)}×; target ≤ ${target}×)`);
}

const cpu = cpus();
console.log(`machine   ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, Node ${process.version}, ${rounds} interleaved rounds`);
report('full-length documents (make-dump --full)', measure(fullLength()), 4);
const real = corpus();
if (real.length > 0) report('the short documents of ../shared/corpus', measure(real), 5);
else console.log('../shared/corpus not found: its row is skipped');
