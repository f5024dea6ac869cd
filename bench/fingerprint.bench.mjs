// What a fingerprint costs against `parseArticle` of the same document, in the same
// process: the SimHash alone, and with the MinHash signature, each as a share of the
// parse time (targets: SimHash ≤ 25 %, MinHash ≤ 60 %), and the dedup of a record (both
// fingerprints, the index look-ups and the insert) beside them. Full-length documents
// (2–6 KB bodies, every shape of our fixtures, scripts/make-dump.mjs --full), and the
// short real documents of ../shared/corpus when it is there.
//
// Rounds interleave the measures (parse, simhash, minhash, dedup, then the next round in
// another order) after a warm-up; each figure is the median over the rounds of (measure ÷
// parse of the same round), with the spread. CPU time, so that a round in which the process
// waits for a core does not count the wait. Not part of `npm test`; timings are never
// asserted. Ends with the memory the dedup keeps per group (with --expose-gc). Run after
// `npm run build`:
//
//   node --expose-gc bench/fingerprint.bench.mjs [documents=1000] [rounds=9] [library=../dist/index.js]
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDump } from '../scripts/make-dump.mjs';

const documentCount = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 9);
const library = process.argv[4] ?? '../dist/index.js';
const { fingerprint, parseArticle, parseCorpus } = await import(library);
const { createDeduper } = await import(library.replace(/index\.js$/, 'dedup/index.js'));
const corpusDocs = fileURLToPath(new URL('../../shared/corpus/docs/', import.meta.url));

/** The full-length documents of a generated dump, each a string of its own (not a slice of the dump), as a reader gives them. */
function fullLength() {
  const dump = makeDump({ documents: documentCount, full: true });
  return parseCorpus(dump).map((record) => Buffer.from(dump.slice(record.start, record.end), 'utf8').toString('utf8'));
}

/** The documents of the shared corpus, or none. */
function corpus() {
  if (!existsSync(corpusDocs)) return [];
  return readdirSync(corpusDocs)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(corpusDocs, name), 'utf8'));
}

/** Nanoseconds of CPU time per item to run `fn` over `items`, `repeat` times. */
function cpuTime(fn, items, repeat) {
  let sink = 0;
  const start = process.cpuUsage();
  for (let r = 0; r < repeat; r++) for (let i = 0; i < items.length; i++) if (fn(items[i], i) !== null) sink++;
  const used = process.cpuUsage(start);
  if (sink < 0) console.log(sink);
  return ((used.user + used.system) * 1000) / (repeat * items.length);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function measure(docs) {
  const articles = docs.map((doc) => parseArticle(doc).article);
  const bodies = articles.map((a) => a?.body ?? null).map((body) => ({ body }));
  // Each dedup round judges the documents against one deduper of its own, so that the
  // index grows as it does over a corpus; the deduper is made outside the timed loop.
  let deduper = createDeduper();
  const measures = {
    parse: [(doc) => parseArticle(doc).article, docs],
    simhash: [(article) => fingerprint(article).simhash, bodies],
    minhash: [(article) => fingerprint(article, { minhash: true }).minhash, bodies],
    dedup: [(article) => deduper.add({ article }).reason, articles],
  };
  const names = Object.keys(measures);
  // Each measure runs for about a second per round.
  for (let w = 0; w < 2; w++) for (const name of names) cpuTime(...measures[name], 1);
  const repeat = Object.fromEntries(names.map((name) => [name, Math.max(1, Math.round(1e9 / (cpuTime(...measures[name], 1) * docs.length)))]));
  repeat.dedup = 1;
  const ns = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      deduper = createDeduper();
      ns[name].push(cpuTime(...measures[name], repeat[name]));
    }
  }
  const ratios = (name) => ns[name].map((t, r) => t / ns.parse[r]);
  const out = { documents: docs.length, averageChars: Math.round(docs.reduce((n, d) => n + d.length, 0) / docs.length), parseMicros: median(ns.parse) / 1000 };
  for (const name of names.slice(1)) {
    const rs = ratios(name);
    out[name] = { share: median(rs), min: Math.min(...rs), max: Math.max(...rs), micros: median(ns[name]) / 1000 };
  }
  return out;
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;

function report(name, m) {
  console.log(name);
  console.log(`  input     ${m.documents} documents, ${m.averageChars} characters on average; parseArticle ${m.parseMicros.toFixed(0)} µs/doc (median round)`);
  const targets = { simhash: 'target ≤ 25 %', minhash: 'target ≤ 60 %', dedup: 'both fingerprints, look-ups and insert' };
  for (const key of ['simhash', 'minhash', 'dedup']) {
    const r = m[key];
    console.log(`  ${key.padEnd(9)} ${pct(r.share)} of parseArticle (rounds ${pct(r.min)}–${pct(r.max)}; ${r.micros.toFixed(0)} µs/doc; ${targets[key]})`);
  }
}

/**
 * Memory the dedup keeps per group: the heap and array buffers a deduper holds after
 * taking `count` records that duplicate nothing (invented 80-word bodies, each with a URL
 * key), after a full collection, divided by `count`. Needs `--expose-gc`.
 */
function bytesPerGroup(count = 20000) {
  if (typeof globalThis.gc !== 'function') return null;
  const word = (n) => `w${(n >>> 0).toString(36)}`;
  const records = [];
  let x = 1;
  for (let i = 0; i < count; i++) {
    const words = [];
    for (let w = 0; w < 80; w++) words.push(word((x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + i)));
    records.push({ article: { urlKey: `https://news.example/${i}`, title: null, body: words.join(' ') } });
  }
  const used = () => {
    globalThis.gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  const deduper = createDeduper();
  let groups = 0;
  for (const r of records) if (deduper.add(r).duplicateOf === null) groups++;
  const after = used();
  // A use after the measure, so that the deduper is still reachable during it.
  deduper.add({ article: null });
  return { groups, bytes: (after - before) / groups };
}

const cpu = cpus();
console.log(`machine   ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, Node ${process.version}, ${rounds} interleaved rounds, CPU time`);
report('full-length documents (make-dump --full)', measure(fullLength()));
const real = corpus();
if (real.length > 0) report('the short documents of ../shared/corpus', measure(real));
else console.log('../shared/corpus not found: its row is skipped');
const memory = bytesPerGroup();
if (memory === null) console.log('memory: run with node --expose-gc for the bytes per group');
else console.log(`dedup memory: ${Math.round(memory.bytes)} bytes per group (${memory.groups} groups; the records' texts are not kept)`);
