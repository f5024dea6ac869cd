// Throughput of `parseArticle` on a synthetic corpus of seed-shaped documents, reported
// against a baseline measured in the same run (a JSON round trip of each document), so
// the ratio stays comparable across machines. Not part of `npm test`; timings are never
// asserted. Run after `npm run build`:
//
//   node bench/parse.bench.mjs [documents=2000] [rounds=5]
import { parseArticle } from '../dist/index.js';

const documentCount = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 5);

const places = ['MOSCOW', 'NOVOSIBIRSK', 'KAZAN', 'SOCHI', 'MURMANSK'];
const months = ['January', 'March', 'May', 'July', 'September', 'November'];
const subjects = ['The city council', 'A regional court', 'The port authority', 'Local farmers', 'The weather service'];
const verbs = ['announced', 'postponed', 'approved', 'questioned', 'welcomed'];
const objects = ['a new tram line', 'the harbour repairs', 'a budget for schools', 'the winter timetable', 'a bridge inspection'];

/** Builds the i-th document: header, headline, dateline paragraph and a few body paragraphs. */
function makeDocument(i) {
  const day = (i % 28) + 1;
  const monthIndex = i % months.length;
  const month = String(monthIndex * 2 + 1).padStart(2, '0');
  const date = `2021-${month}-${String(day).padStart(2, '0')}`;
  const id = 1_700_000_000 + i;
  const pick = (list, k) => list[(i + k) % list.length];
  const sentence = (k) => `${pick(subjects, k)} ${pick(verbs, k + 1)} ${pick(objects, k + 2)} on ${pick(months, k)} ${day}.`;
  const paragraphs = Array.from({ length: 3 + (i % 4) }, (_, p) => `${sentence(p)} ${sentence(p + 3)} ${sentence(p + 5)}`);
  return [
    ` date ${date} https://ria.ru/${date.replaceAll('-', '')}/item-${id}.html`,
    '',
    `${pick(subjects, 0)} ${pick(verbs, 1)} ${pick(objects, 2)}`,
    '',
    `${pick(places, 0)}, ${months[monthIndex]} ${day} – RIA Novosti. ${paragraphs[0]}`,
    ...paragraphs.slice(1),
    '',
  ].join('\n');
}

function time(fn, docs) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const doc of docs) sink += fn(doc) ? 1 : 0;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, sink };
}

const docs = Array.from({ length: documentCount }, (_, i) => makeDocument(i));
const megabytes = docs.reduce((n, d) => n + d.length, 0) / 1e6;
const parse = (doc) => parseArticle(doc).article;
const baseline = (doc) => JSON.parse(JSON.stringify(doc));

// Warm up both so the JIT has settled before anything is measured.
time(parse, docs);
time(baseline, docs);

let best = { parse: Infinity, baseline: Infinity };
for (let r = 0; r < rounds; r += 1) {
  best = {
    parse: Math.min(best.parse, time(parse, docs).seconds),
    baseline: Math.min(best.baseline, time(baseline, docs).seconds),
  };
}

const rate = (seconds) => Math.round(documentCount / seconds).toLocaleString('en-US');
console.log(`corpus    ${documentCount} documents, ${megabytes.toFixed(2)} MB, best of ${rounds} rounds`);
console.log(`parse     ${rate(best.parse)} docs/s  (${((megabytes / best.parse) || 0).toFixed(1)} MB/s)`);
console.log(`baseline  ${rate(best.baseline)} docs/s  (JSON round trip per document)`);
console.log(`ratio     parse takes ${(best.parse / best.baseline).toFixed(1)}x the baseline time`);
