// `npm run fuzz`: a long campaign against the BUILT package, not part of `npm test`.
//
// 1. Growth: for each hostile shape, the time of a 2 MB input against a 256 KB one (median of
//    a few runs each); 8 times the input may take at most 12 times the time.
// 2. A random campaign (fast-check): parseArticle, parseCorpus and the normalisers never throw
//    on any string or on mutations of our fixtures, positions stay inside the input and agree
//    with a line count of our own, sections cover the input, normalisers are idempotent.
//
//   node scripts/fuzz.mjs [--seed N] [--cases N] [--seconds N] [--shapes-only] [--campaign-only]
//
// The seed is printed first; rerun with `--seed` to replay a failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as newsdoc from '../dist/index.js';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const seed = flag('seed', Date.now() % 2 ** 31);
const cases = flag('cases', 1_000_000);
const seconds = flag('seconds', 300);
const MAX_GROWTH = 12;
const SMALL = 256 * 1024;
const LARGE = 8 * SMALL;

console.log(`fuzz: seed ${seed}, node ${process.version}`);

const H = ' date 2021-11-02 https://ria.ru/20211102/a-1234500100.html\n\n';
const T = 'The harbour reopens to small boats after repairs\n\n';
const D = 'MOSCOW, November 2 – RIA Novosti. ';
/** `unit` repeated to about `size` code units. */
const fill = (unit, size) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** Hostile shapes: each builds an input of about `size` code units aimed at one stage. */
const shapes = {
  'newline flood': (s) => H + T + fill('\n', s),
  'CRLF flood': (s) => H + T + fill('\r\n', s),
  'lone CR flood': (s) => H + T + fill('\r', s),
  'one giant line of words': (s) => H + T + D + fill('harbour boats dock ', s),
  'one giant word': (s) => H + T + fill('x', s),
  'title-case runs': (s) => H + fill('Harbour Boats Dock ', s),
  'title-case line then short lines': (s) => `${H}${fill('Aa', s / 2)} bb cc dd\n${fill('x\n', s / 2)}`,
  'repeated dateline prefixes': (s) => H + T + fill(D, s),
  'header atoms on one line': (s) => fill(' date 2021-11-02 ', s),
  'endless URL': (s) => ` date 2021-11-02 https://ria.ru/${fill('a', s)}\n\n${T}`,
  'endless percent-encoded URL': (s) => `https://ria.ru/${fill('%D0%B0', s)}-1234567.html\n\n${T}`,
  'entity runs': (s) => H + T + D + fill('& lt;', s),
  'amp entity chains': (s) => H + T + D + fill('&amp;', s),
  '`a .` runs': (s) => H + T + D + fill('a .', s),
  'glued sentences': (s) => H + T + D + fill('ended.Boats ', s),
  'deep metadata block': (s) => H + T + fill('2021-11-21T11: 02\n', s) + D + 'Text.',
  'tag flood after a timestamp': (s) => `${H}${T}2021-11-21T11:02\n${fill('harbour\n', s)}${D}Text.`,
  'title repeats': (s) => H + fill('The harbour reopens to small boats\n', s),
  'suffixed variants': (s) => H + fill('Harbour reopens – RIA Novosti, 11/21/2021\n', s),
  'caption suffixes': (s) => H + T + fill('A boat in the harbour - Sputnik International, 1920, 25.11.2021\n', s),
  'digit and colon runs': (s) => H + T + fill('1:00 ', s),
  'colon chains': (s) => H + T + fill('12:', s),
  'byline stamps': (s) => H + T + fill('Sun 31st May 2020 | 04:30 PM ', s),
  'quote runs': (s) => H + T + D + fill('"«»„“”', s),
  'parenthesis runs': (s) => H + T + fill('MOSCOW (', s),
  'dash runs': (s) => H + T + D + fill('—', s),
  'replacement characters': (s) => H + T + fill('\uFFFD', s),
  'Cyrillic run': (s) => H + T + fill('ж', s),
  'blank runs': (s) => `${H}${T}${D}a${fill(' \u00a0\t', s)}b.`,
  'glued page seams on the header line': (s) => ` date 2021-11-02 ${fill('NewsWorld', s)}`,
  'address tokens': (s) => H + T + D + fill('ria.ru/a.b ', s),
  'control characters': (s) => H + T + fill('\u001b[2J\u0000', s),
  'thousands of headers (parseCorpus)': (s) => fill(`${H}${T}${D}Boats.\n`, s),
  'bare article URLs after blank lines (parseCorpus)': (s) => fill('https://ria.ru/20211102/a-1234567.html\n\n', s),
};
const corpusShape = (name) => name.includes('parseCorpus');

function timeOnce(name, text) {
  // Each timing starts from a collected heap, so garbage left by the shape before is not counted.
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  if (corpusShape(name)) newsdoc.parseCorpus(text);
  else newsdoc.parseArticle(text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function growth() {
  let worst = { ratio: 0, name: '' };
  let failed = 0;
  console.log(`\ngrowth: ${LARGE / 1024} KB against ${SMALL / 1024} KB, at most ${MAX_GROWTH}x the time for 8x the input`);
  for (const [name, make] of Object.entries(shapes)) {
    const small = make(SMALL);
    const large = make(LARGE);
    timeOnce(name, small);
    const a = median([0, 1, 2].map(() => timeOnce(name, small)));
    const b = median([0, 1, 2].map(() => timeOnce(name, large)));
    // Below a millisecond the clock, not the parser, decides the ratio.
    const ratio = b / Math.max(a, 1);
    const ok = ratio <= MAX_GROWTH;
    if (!ok) failed++;
    if (ratio > worst.ratio) worst = { ratio, name };
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(50)} ${a.toFixed(1).padStart(8)} ms ${b.toFixed(1).padStart(9)} ms  ${ratio.toFixed(1)}x`);
  }
  console.log(`growth: ${Object.keys(shapes).length} shapes, worst ${worst.ratio.toFixed(1)}x (${worst.name}), ${failed} over the limit`);
  return failed === 0;
}

/** Line and column of an offset, counted by walking the text (not the parser's own table). */
function position(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function checkResult(text, result, from, to) {
  for (const d of result.diagnostics) {
    if (!(d.start.offset >= from && d.end.offset <= to && d.start.offset <= d.end.offset)) throw new Error(`${d.code} at ${d.start.offset}-${d.end.offset} outside ${from}-${to}`);
    const p = position(text, d.start.offset);
    if (p.line !== d.start.line || p.column !== d.start.column) throw new Error(`${d.code} at ${d.start.offset}: line/column ${d.start.line}:${d.start.column}, counted ${p.line}:${p.column}`);
    if (d.code === 'INTERNAL_ERROR') throw new Error(`INTERNAL_ERROR: ${d.message}`);
  }
  if (result.article === null) return;
  let at = from;
  for (const s of result.article.sections) {
    if (s.start !== at || s.end <= s.start || s.text !== text.slice(s.start, s.end)) throw new Error(`section ${s.kind} ${s.start}-${s.end} breaks the cover at ${at}`);
    at = s.end;
  }
  if (at !== to) throw new Error(`sections end at ${at}, not ${to}`);
  const json = JSON.stringify(result);
  if (JSON.stringify(JSON.parse(json)) !== json) throw new Error('result is not JSON-round-trippable');
}

function campaign() {
  const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
  const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixturesDir, f), 'utf8'));
  const atoms = [' date 2021-11-02 ', 'https://ria.ru/20211102/a-1234567.html', D, 'MOSCOW (Sputnik) - ', '\n', '\r\n', '\r', '\n\n', '\uFEFF', '\u00A0', '\u2028', '\u0000', '\u001b[2J', '\u202e', '\uD800', '\u0301', '2021-11-21T11: 02', 'Sun 31st May 2020 | 04:30 PM', 'harbour\nports\n', 'Title words here', '.', '& lt;', 'ж', 'مرحبا'];
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.constantFrom(...atoms), { maxLength: 40 }).map((parts) => parts.join('')),
  );
  const mutated = fc
    .tuple(fc.nat(fixtures.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(60), fc.constantFrom(...atoms, '')), { maxLength: 5 }), fc.boolean())
    .map(([pick, edits, swap]) => {
      let text = fixtures[pick];
      for (const [where, cut, insert] of edits) {
        const at = where % (text.length + 1);
        text = text.slice(0, at) + insert + text.slice(at + cut);
      }
      if (swap) {
        const lines = text.split('\n');
        if (lines.length > 2) [lines[1], lines[lines.length - 1]] = [lines[lines.length - 1], lines[1]];
        text = lines.join('\n');
      }
      return text;
    });
  const input = fc.oneof(anyText, mutated);
  const started = Date.now();
  let runs = 0;
  const property = fc.property(input, (text) => {
    runs++;
    checkResult(text, newsdoc.parseArticle(text), 0, text.length);
    const records = newsdoc.parseCorpus(text);
    let at = 0;
    for (const r of records) {
      if (r.start !== at) throw new Error(`record ${r.index} starts at ${r.start}, not ${at}`);
      checkResult(text, r, r.start, r.end);
      at = r.end;
    }
    if (at !== text.length) throw new Error(`records end at ${at}`);
    for (const [fn, again] of [
      [newsdoc.normalizeUrl, newsdoc.normalizeUrl],
      [newsdoc.urlKey, newsdoc.urlKey],
      [newsdoc.normalizeDate, newsdoc.normalizeDate],
      [newsdoc.normalizeTimestamp, newsdoc.normalizeTimestamp],
    ]) {
      const once = fn(text);
      if (once !== null && again(once) !== once) throw new Error(`${fn.name} is not idempotent on ${JSON.stringify(text)}`);
    }
  });
  console.log(`\ncampaign: up to ${cases} cases or ${seconds} s`);
  const result = fc.check(property, { seed, numRuns: cases, interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false });
  const rate = Math.round(runs / ((Date.now() - started) / 1000));
  if (result.failed) {
    console.log(fc.defaultReportMessage(result));
    return false;
  }
  console.log(`campaign: ${runs} cases in ${((Date.now() - started) / 1000).toFixed(0)} s (${rate}/s), no failure; seed ${seed}`);
  return true;
}

const okGrowth = args.includes('--campaign-only') ? true : growth();
const okCampaign = args.includes('--shapes-only') ? true : campaign();
process.exitCode = okGrowth && okCampaign ? 0 : 1;
