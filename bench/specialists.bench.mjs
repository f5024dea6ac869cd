// Two of our normalisers against the specialist library that does the same job, measured
// as ratios in the same process so that they stay comparable across machines:
//
// - `normalizeUrl` against normalize-url, each with its own defaults, on the same URLs;
// - `parseDateline` with a reference date against chrono-node with the same reference
//   (`chrono.parseDate`, and the language parser of each dateline, `chrono.ru`, …), on
//   the dated datelines where both give the same date.
//
// Rounds are interleaved (ours, theirs, ours, theirs, …) after a warm-up; each ratio is the
// median over the rounds, printed with its spread (min–max). Not part of `npm test`;
// timings are never asserted. Run after `npm run build`:
//
//   node bench/specialists.bench.mjs [rounds=9] [library=../dist/index.js]
//
// Inputs are built from our fixtures, generated variants of them, and the shared corpus
// (`../shared/corpus/docs`) when it is there; corpus text is read, never copied.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import theirNormalizeUrl from 'normalize-url';


const rounds = Number(process.argv[2] ?? 9);
// Where the library under test is: the build by default, another bundle to compare builds.
const library = process.argv[3] ?? '../dist/index.js';
const { normalizeUrl, parseArticle, parseDateline } = await import(library);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, '..', 'shared', 'corpus', 'docs');

/** The `.txt` files of a folder, as `[name, text]`. */
function readTexts(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
}

const fixtures = readTexts(join(root, 'fixtures'));
const corpus = readTexts(corpusDir);

// ---------------------------------------------------------------------------------------
// Timing

/**
 * Runs `fn` over every input `repeat` times; returns nanoseconds of CPU time per call.
 * CPU time rather than wall time: on a machine shared with other work, a round in which the
 * process waits for a core would otherwise count the wait.
 */
function timeOne(fn, inputs, repeat) {
  let sink = 0;
  const start = process.cpuUsage();
  for (let r = 0; r < repeat; r++) {
    for (let i = 0; i < inputs.length; i++) if (fn(inputs[i]) !== null) sink++;
  }
  const used = process.cpuUsage(start);
  const ns = (used.user + used.system) * 1000;
  if (sink < 0) console.log(sink); // keeps the calls observable
  return ns / (repeat * inputs.length);
}

/**
 * Interleaved rounds of ours and theirs after a warm-up of both. Each round runs each side
 * for about `roundMs`; the ratio of a round is theirs ÷ ours (how many times faster we are).
 */
function compare(ours, theirs, inputs, roundMs = 400) {
  for (let w = 0; w < 3; w++) {
    timeOne(ours, inputs, 1);
    timeOne(theirs, inputs, 1);
  }
  const calibrate = (fn) => Math.max(1, Math.round((roundMs * 1e6) / (timeOne(fn, inputs, 1) * inputs.length)));
  const oursRepeat = calibrate(ours);
  const theirsRepeat = calibrate(theirs);
  const ratios = [];
  const oursNs = [];
  const theirsNs = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which side goes first, so that neither always runs on the heap the other left.
    let oursTime;
    let theirsTime;
    if (r % 2 === 0) {
      oursTime = timeOne(ours, inputs, oursRepeat);
      theirsTime = timeOne(theirs, inputs, theirsRepeat);
    } else {
      theirsTime = timeOne(theirs, inputs, theirsRepeat);
      oursTime = timeOne(ours, inputs, oursRepeat);
    }
    oursNs.push(oursTime);
    theirsNs.push(theirsTime);
    ratios.push(theirsTime / oursTime);
  }
  return { ratio: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), ours: median(oursNs), theirs: median(theirsNs) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (x, digits = 1) => x.toFixed(digits);
const count = (n) => n.toLocaleString('en-US');

// ---------------------------------------------------------------------------------------
// URLs

/** A URL in text, up to a blank or a quote (`https://ria.ru/…`). */
const URL_IN_TEXT = /https?:\/\/[^\s"<>]+/g;

/** Every distinct http(s) URL written in the texts, in order of first appearance. */
function urlsIn(texts) {
  const seen = new Set();
  for (const [, text] of texts) for (const m of text.matchAll(URL_IN_TEXT)) seen.add(m[0]);
  return [...seen];
}

/**
 * Spellings that crawled pages give one URL, each a function of a base URL that is a
 * valid http(s) URL. Their names are the composition the bench prints.
 */
const URL_VARIANTS = {
  'as written': (u) => u.href,
  'utm trackers': (u) => withQuery(u, 'utm_source=twitter&utm_medium=social&utm_campaign=share'),
  'fbclid / yclid': (u) => withQuery(u, 'fbclid=IwAR3x9kLq0&ysclid=lq2a7b'),
  'content query': (u) => withQuery(u, 'page=2&id=17'),
  'content query + tracker': (u) => withQuery(u, 'id=17&utm_source=rss&from=main'),
  'www.': (u) => (u.hostname.startsWith('www.') ? u.href : u.href.replace('//', '//www.')),
  'upper-case scheme and host': (u) => `${u.protocol.toUpperCase()}//${u.host.toUpperCase()}${u.pathname}${u.search}`,
  'default port': (u) => `${u.protocol}//${u.hostname}:${u.protocol === 'https:' ? 443 : 80}${u.pathname}${u.search}`,
  'other port': (u) => `${u.protocol}//${u.hostname}:8080${u.pathname}${u.search}`,
  fragment: (u) => `${u.href}#comments`,
  'lower-case percent escapes': (u) => `${u.protocol}//${u.host}/%d0%bf%d1%83%d1%82%d1%8c${u.pathname}`,
  'unicode path': (u) => `${u.protocol}//${u.host}/новости${u.pathname}`,
  'AMP page': (u) => `${u.protocol}//${u.host}/amp${u.pathname}${u.search === '' ? '?amp=1' : `${u.search}&amp=1`}`,
  'http:': (u) => u.href.replace(/^https:/, 'http:'),
  'trailing slash': (u) => (u.pathname.endsWith('/') ? u.href : `${u.protocol}//${u.host}${u.pathname}/${u.search}`),
  'dot segments': (u) => `${u.protocol}//${u.host}/a/../${u.pathname.slice(1)}`,
  credentials: (u) => `${u.protocol}//user:pass@${u.host}${u.pathname}`,
  'surrounding blanks': (u) => ` ${u.href}\n`,
};

function withQuery(u, query) {
  return `${u.protocol}//${u.host}${u.pathname}${u.search === '' ? '?' : `${u.search}&`}${query}`;
}

function buildUrls() {
  const bases = urlsIn([...fixtures, ...corpus])
    .map((text) => {
      try {
        return new URL(text);
      } catch {
        return null;
      }
    })
    .filter((u) => u !== null && (u.protocol === 'http:' || u.protocol === 'https:'));
  const shapes = {};
  const urls = [];
  const asWritten = [];
  for (const [shape, make] of Object.entries(URL_VARIANTS)) {
    shapes[shape] = 0;
    for (const base of bases) {
      urls.push(make(base));
      if (shape === 'as written') asWritten.push(make(base));
      shapes[shape]++;
    }
  }
  return { bases: bases.length, urls, shapes, asWritten };
}

function benchUrls() {
  const { bases, urls, shapes, asWritten } = buildUrls();
  const ours = (u) => normalizeUrl(u);
  const theirs = (u) => {
    try {
      return theirNormalizeUrl(u);
    } catch {
      return null;
    }
  };
  const accepted = urls.filter((u) => ours(u) !== null && theirs(u) !== null);
  console.log(`\n## normalizeUrl vs normalize-url (both with their defaults)`);
  console.log(`input     ${count(urls.length)} URLs: ${bases} distinct URLs from ${fixtures.length} fixtures and ${corpus.length} corpus documents × ${Object.keys(shapes).length} spellings`);
  console.log(`          ${Object.entries(shapes).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  console.log(`          timed: the ${count(accepted.length)} that both accept`);
  const r = compare(ours, theirs, accepted);
  console.log(`time      ours ${fmt(r.ours / 1000, 2)} µs/URL, normalize-url ${fmt(r.theirs / 1000, 2)} µs/URL`);
  console.log(`ratio     normalizeUrl is ${fmt(r.ratio)}× faster (median of ${rounds} rounds, spread ${fmt(r.min)}–${fmt(r.max)}×)`);
  // For orientation: the URLs as the fixtures and the corpus write them, nearly all canonical.
  const w = compare(ours, theirs, asWritten);
  console.log(`          on the ${asWritten.length} URLs as written alone: ${fmt(w.ratio)}× (spread ${fmt(w.min)}–${fmt(w.max)}×)`);
  return r;
}

// ---------------------------------------------------------------------------------------
// Datelines

/** chrono-node's parser for a language, when it has one. */
const CHRONO_BY_LANGUAGE = { en: chrono.en, ru: chrono.ru, it: chrono.it, de: chrono.de, fr: chrono.fr, es: chrono.es, uk: chrono.uk };

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const RUSSIAN_SHORT = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const RUSSIAN_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const ITALIAN_SHORT = ['gen.', 'feb.', 'mar.', 'apr.', 'mag.', 'giu.', 'lug.', 'ago.', 'set.', 'ott.', 'nov.', 'dic.'];

/**
 * Dateline shapes of our fixtures and the corpus, written for any day: `[language, make]`,
 * `make(day, month)` returning the dateline. The year, when there is one, is 2021.
 */
const DATELINE_SHAPES = {
  'RIA, month first': ['en', (d, m) => `MOSCOW, ${ENGLISH_MONTHS[m - 1]} ${d} – RIA Novosti.`],
  'RIA, day first': ['en', (d, m) => `NOVOSIBIRSK, ${d} ${ENGLISH_MONTHS[m - 1].slice(0, 3)} – RIA Novosti.`],
  'RIA, Russian': ['ru', (d, m) => `МОСКВА, ${d} ${RUSSIAN_SHORT[m - 1]} - РИА Новости.`],
  'Interfax, Russian': ['ru', (d, m) => `Москва. ${d} ${RUSSIAN_GENITIVE[m - 1]}. INTERFAX.RU -`],
  TASS: ['en', (d, m) => `CAIRO, ${ENGLISH_MONTHS[m - 1]} ${d}. /TASS/.`],
  ARMENPRESS: ['en', (d, m) => `YEREVAN, ${ENGLISH_MONTHS[m - 1].toUpperCase()} ${d}, ARMENPRESS.`],
  Xinhua: ['en', (d, m) => `BEIJING, ${ENGLISH_SHORT[m - 1]} ${d} (Xinhua) --`],
  PTI: ['en', (d, m) => `New Delhi, ${ENGLISH_MONTHS[m - 1].slice(0, 3)} ${d} (PTI)`],
  LaPresse: ['it', (d, m) => `Roma, ${d} ${ITALIAN_SHORT[m - 1]} (LaPresse) –`],
  'UrduPoint, with year': ['en', (d, m) => `MOSCOW (UrduPoint News / Sputnik - ${ordinal(d)} ${ENGLISH_MONTHS[m - 1]}, 2021)`],
  'no place': ['en', (d, m) => `${ENGLISH_MONTHS[m - 1]} ${d} - BLiTZ.`],
};

function ordinal(d) {
  const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return `${String(d).padStart(2, '0')}${suffix}`;
}

const pad = (n) => String(n).padStart(2, '0');
const isoOf = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;

/** The date chrono-node reads in `text` under `reference` (`YYYY-MM-DD`), as `YYYY-MM-DD`, or null. */
function chronoDate(parser, text, reference) {
  const date = parser.parseDate(text, referenceDate(reference));
  return date === null ? null : isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A reference as chrono-node takes it: noon, local time, of the day. */
function referenceDate(iso) {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 12);
}

/**
 * The datelines of the fixtures and the corpus with the document's own date as the
 * reference, and each generated shape on every month (days 1, 9, 17, 28), referenced to
 * the same day, the next day, and across a year end.
 */
function buildDatelines() {
  const items = [];
  for (const [name, text] of [...fixtures, ...corpus]) {
    const article = parseArticle(text).article;
    const dateline = article?.dateline;
    if (!dateline || dateline.date === null) continue;
    const reference = article.date !== null && article.date.length === 10 ? article.date : dateline.date;
    items.push({ source: name.length === 7 ? 'corpus' : 'fixtures', shape: 'as found', language: article.language ?? 'en', text: dateline.raw, reference });
  }
  for (const [shape, [language, make]] of Object.entries(DATELINE_SHAPES)) {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 17, 28]) {
        const next = day === 28 ? isoOf(2021, month, day) : isoOf(2021, month, day + 1);
        for (const reference of [isoOf(2021, month, day), next]) items.push({ source: 'generated', shape, language, text: make(day, month), reference });
      }
    }
    // A December dateline under a January reference, and the reverse: the year comes from the reference.
    items.push({ source: 'generated', shape, language, text: make(31, 12), reference: '2022-01-01' });
    items.push({ source: 'generated', shape, language, text: make(1, 1), reference: '2021-12-31' });
  }
  return items;
}

function benchDatelines() {
  const items = buildDatelines().map((item) => {
    const ours = parseDateline(item.text, { reference: item.reference })?.date ?? null;
    const languageParser = CHRONO_BY_LANGUAGE[item.language] ?? chrono.en;
    return { ...item, ours, casual: chronoDate(chrono, item.text, item.reference), native: chronoDate(languageParser, item.text, item.reference), languageParser };
  });
  const dated = items.filter((i) => i.ours !== null);
  const withCasual = dated.filter((i) => i.casual === i.ours);
  const withNative = dated.filter((i) => i.native === i.ours);

  const byKey = (list, key) => {
    const counts = new Map();
    for (const i of list) counts.set(i[key], (counts.get(i[key]) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  console.log(`\n## Dateline dates: parseDateline with a reference vs chrono-node with a reference date`);
  console.log(`input     ${count(items.length)} datelines, ${count(dated.length)} with a date we resolve`);
  console.log(`          by source: ${byKey(items, 'source')}`);
  console.log(`          by language: ${byKey(items, 'language')}`);
  console.log(`          by shape: ${byKey(items, 'shape')}`);
  console.log(`agree     chrono.parseDate gives our date on ${withCasual.length} of ${dated.length} (${byKey(withCasual, 'language')}); its language parsers on ${withNative.length} (${byKey(withNative, 'language')})`);
  const disagree = dated.filter((i) => i.native !== i.ours);
  for (const i of disagree.slice(0, 5)) console.log(`          differs: ${JSON.stringify(i.text)} under ${i.reference}: ours ${i.ours}, chrono.${i.language} ${i.native}`);

  const ours = (i) => parseDateline(i.text, { reference: i.reference })?.date ?? null;
  // chrono-node takes a Date; building it is part of the call, as turning our string into a day is part of ours.
  const casual = (i) => chrono.parseDate(i.text, referenceDate(i.reference));
  const native = (i) => i.languageParser.parseDate(i.text, referenceDate(i.reference));

  const a = compare(ours, casual, withCasual);
  console.log(`time      ours ${fmt(a.ours / 1000, 2)} µs/dateline, chrono.parseDate ${fmt(a.theirs / 1000, 2)} µs/dateline (on the ${withCasual.length} where they agree)`);
  console.log(`ratio     parseDateline is ${fmt(a.ratio)}× faster than chrono.parseDate (median of ${rounds} rounds, spread ${fmt(a.min)}–${fmt(a.max)}×)`);
  const b = compare(ours, native, withNative);
  console.log(`time      ours ${fmt(b.ours / 1000, 2)} µs/dateline, chrono language parsers ${fmt(b.theirs / 1000, 2)} µs/dateline (on the ${withNative.length} where they agree)`);
  console.log(`ratio     parseDateline is ${fmt(b.ratio)}× faster than chrono's language parsers (median of ${rounds} rounds, spread ${fmt(b.min)}–${fmt(b.max)}×)`);
}

// ---------------------------------------------------------------------------------------

const cpu = cpus();
console.log(`machine   ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, Node ${process.version}, ${rounds} rounds`);
benchUrls();
benchDatelines();
