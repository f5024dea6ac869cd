// `npm run fuzz`: a long campaign against the BUILT package, not part of `npm test`.
//
// 1. Growth: for each hostile shape, the CPU time of a 2 MB input against a 256 KB one (the
//    least of a few runs each); 8 times the input may take at most 12 times the time. A shape
//    over the limit is measured again before it counts as a failure.
// 2. A random campaign (fast-check): parseArticle, parseCorpus and the normalisers never throw
//    on any string or on mutations of our fixtures, positions stay inside the input and agree
//    with a line count of our own, sections cover the input, normalisers are idempotent.
//
// `npm run fuzz` runs it with `--expose-gc` (each timing starts from a collected heap) and
// `--max-semi-space-size=1`: a young generation of a fixed, small size, so that the garbage of
// both sizes goes the same way. With V8's default, which grows with the allocation rate, the
// short-lived objects of a 256 KB input (a line record per line of a CRLF flood) can die young
// while those of the 2 MB one are copied and promoted, a step in cost of two to three times
// that the ratio would read as growth.
//
//   node scripts/fuzz.mjs [--seed N] [--cases N] [--seconds N] [--shapes-only] [--campaign-only] [--only NAME-PART]
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

console.log(`fuzz: seed ${seed}, node ${process.version} ${process.execArgv.join(' ')}`.trimEnd());

const H = ' date 2021-11-02 https://ria.ru/20211102/a-1234500100.html\n\n';
const T = 'The harbour reopens to small boats after repairs\n\n';
const D = 'MOSCOW, November 2 – RIA Novosti. ';
/** `unit` repeated to about `size` code units. */
const fill = (unit, size) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** `count` lines made by `line(i)`, to about `size` code units (each line measured once). */
const lines = (line, size) => {
  const out = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const l = line(i);
    out.push(l);
    length += l.length;
  }
  return out.join('');
};
const words = ['harbour', 'boats', 'repairs', 'council', 'bridge', 'winter', 'ferry', 'market', 'school', 'river'];
const word = (i) => words[i % words.length];
/** `minutes` after midnight as a 12-hour clock before noon: `12:00`, `1:05`, `11:59`. */
const clock12 = (minutes) => `${Math.floor(minutes / 60) || 12}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Hostile shapes: each builds an input of about `size` code units aimed at one stage (named
 * before the colon where the name alone does not say it). A plain function is timed through
 * parseArticle; `{ make, run }` names what it is timed through.
 */
const corpus = (make) => ({ make, run: (text) => newsdoc.parseCorpus(text) });
const stream = (make, chunk) => ({
  make,
  run: (text) => {
    const parser = newsdoc.createParser(() => undefined);
    for (let at = 0; at < text.length; at += chunk) parser.feed(text.slice(at, at + chunk));
    parser.end();
  },
});
const shapes = {
  'newline flood': (s) => H + T + fill('\n', s), // scan: a line record per line
  'CRLF flood': (s) => H + T + fill('\r\n', s), // scan: the slow path of the line splitter
  'lone CR flood': (s) => H + T + fill('\r', s), // scan
  'one giant line of words': (s) => H + T + D + fill('harbour boats dock ', s), // page and body: one unit of 2 MB
  'one giant word': (s) => H + T + fill('x', s), // page/line-kinds: head and tail windows of the anchored expressions
  'title-case runs': (s) => H + fill('Harbour Boats Dock ', s), // page: headline shape, body: run-in headings
  'title-case line then short lines': (s) => `${H}${fill('Aa', s / 2)} bb cc dd\n${fill('x\n', s / 2)}`, // page: the word count once quadratic (test/parse/linear-work.test.ts)
  'repeated dateline prefixes': (s) => H + T + fill(D, s), // dateline: doubled datelines
  'header atoms on one line': (s) => fill(' date 2021-11-02 ', s), // header
  'endless URL': (s) => ` date 2021-11-02 https://ria.ru/${fill('a', s)}\n\n${T}`, // url, normalize-url
  'endless percent-encoded URL': (s) => `https://ria.ru/${fill('%D0%B0', s)}-1234567.html\n\n${T}`, // normalize-url, source: the slug decoder
  'entity runs': (s) => H + T + D + fill('& lt;', s), // body/checks: entities
  'amp entity chains': (s) => H + T + D + fill('&amp;', s), // body/checks: an entity after a decoded `&`
  '`a .` runs': (s) => H + T + D + fill('a .', s), // body/checks: space before punctuation
  'glued sentences': (s) => H + T + D + fill('ended.Boats ', s), // body/checks: glued sentences and the address test
  'deep metadata block': (s) => H + T + fill('2021-11-21T11: 02\n', s) + D + 'Text.', // page, metadata: the published stamp search
  'tag flood after a timestamp': (s) => `${H}${T}2021-11-21T11:02\n${fill('harbour\n', s)}${D}Text.`, // page: markTags
  'title repeats': (s) => H + fill('The harbour reopens to small boats\n', s), // page: pickHeadline's repeat search
  'suffixed variants': (s) => H + fill('Harbour reopens – RIA Novosti, 11/21/2021\n', s), // page/line-kinds: site suffixes
  'caption suffixes': (s) => H + T + fill('A boat in the harbour - Sputnik International, 1920, 25.11.2021\n', s), // page/line-kinds: credits
  'digit and colon runs': (s) => H + T + fill('1:00 ', s), // normalize-timestamp: a clock at every colon
  'colon chains': (s) => H + T + fill('12:', s), // normalize-timestamp
  'byline stamps': (s) => H + T + fill('Sun 31st May 2020 | 04:30 PM ', s), // normalize-timestamp: dates before times
  'quote runs': (s) => H + T + D + fill('"«»„“”', s), // body/checks, page: closers
  'parenthesis runs': (s) => H + T + fill('MOSCOW (', s), // dateline: readParens
  'dash runs': (s) => H + T + D + fill('—', s), // dateline: DASH, page: separators
  'replacement characters': (s) => H + T + fill('\uFFFD', s), // scan, language
  'Cyrillic run': (s) => H + T + fill('ж', s), // body/checks: the fast path, language
  'blank runs': (s) => `${H}${T}${D}a${fill(' \u00a0\t', s)}b.`, // internal/folded: the folding of blank runs
  'glued page seams on the header line': (s) => ` date 2021-11-02 ${fill('NewsWorld', s)}`, // page/glue
  'address tokens': (s) => H + T + D + fill('ria.ru/a.b ', s), // body/checks: the address test per token
  'control characters': (s) => H + T + fill('\u001b[2J\u0000', s), // scan: control runs, short-field
  'thousands of headers (parseCorpus)': corpus((s) => fill(`${H}${T}${D}Boats.\n`, s)),
  'bare article URLs after blank lines (parseCorpus)': corpus((s) => fill('https://ria.ru/20211102/a-1234567.html\n\n', s)),

  // body: the repeated-paragraph check (a hashed set, body.ts), short and past V8's
  // 16,383-unit string hash, identical and of one length.
  'body: repeated identical paragraphs': (s) => H + T + D + 'Boats.\n\n' + fill('The harbour reopened to small boats on Monday after repairs.\n\n', s),
  'body: repeated identical long paragraphs': (s) => H + T + D + 'Boats.\n\n' + fill(`${fill('harbour boats ', 20_000)}end.\n\n`, s),
  'body: distinct long paragraphs of one length': (s) => H + T + D + 'Boats.\n\n' + lines((i) => `${String(i).padStart(8, '0')} ${fill('harbour boats ', 20_000)}end.\n\n`, s),
  'body: paragraphs that differ in the last word': (s) => H + T + D + 'Boats.\n\n' + lines((i) => `The harbour reopened to small boats on Monday after repairs number ${i}.\n\n`, s),
  // body checks (body/checks.ts): each defect on every few characters.
  'body: glue without punctuation': (s) => H + T + D + fill('UkraineIn the ', s),
  'body: run-in heading candidates': (s) => H + T + D + fill('year. The Situation with Diplomats In recent ', s),
  'body: glued sentences without spaces': (s) => H + T + D + fill('aa.Bb', s),
  'body: www dots in one token': (s) => H + T + D + fill('www.Ab', s),
  'body: numeric entity flood': (s) => H + T + D + fill('&#128512;', s),
  'body: unterminated numeric entities': (s) => H + T + D + fill('&#x12', s),
  'body: ampersand flood': (s) => H + T + D + fill('&', s),
  'body: entity then a full stop': (s) => H + T + D + fill('&nbsp;.Ab ', s),
  'body: spaces before punctuation at the end': (s) => `${H}${T}${D}a${fill(' ', s)}.`,
  'body: alternating case without spaces': (s) => H + T + D + fill('aB', s),
  'body: drop caps on every line': (s) => H + T + D + 'Boats.\n\n' + fill('B.At least the boats came in.\n\n', s),
  // the repairs (body.ts with `repair: 'safe'`, body/checks.ts applyFixes): a fix every few characters
  'repair: entities decoded': { make: (s) => H + T + D + fill('a &mdash; b ', s), run: (text) => newsdoc.parseArticle(text, { repair: 'safe' }) },
  'repair: glued sentences split': { make: (s) => H + T + D + fill('ended.Boats ', s), run: (text) => newsdoc.parseArticle(text, { repair: 'safe' }) },
  'repair: spaces before punctuation removed': { make: (s) => H + T + D + fill('logic .Vladimir ', s), run: (text) => newsdoc.parseArticle(text, { repair: 'safe' }) },
  // a boilerplate profile (boilerplate.ts, page.ts): every line of the page listed, so the
  // layout is read twice (without the profile when it would take all the text)
  'boilerplate: every line listed': {
    make: (s) => H + T + D + 'Boats.\n' + lines((i) => `Follow the north post on ${word(i)} ${i % 50}\n`, s),
    run: (text) => newsdoc.parseArticle(text, { boilerplate: PROFILE }),
  },
  // the writer (write/stringify-article.ts): an article of many paragraphs written and read back
  'stringifyArticle of a long article': {
    make: (s) => H + T + D + fill('The harbour reopened to small boats on Monday after repairs.\n\n', s),
    run: (text) => newsdoc.stringifyArticle(newsdoc.parseArticle(text).article),
  },
  // characters every stage meets: hidden, combining, right-to-left, astral.
  'zero-width characters between letters': (s) => H + fill('H\u200ba\u200br\u200bb\u200bo\u200bu\u200br ', s / 2) + '\n\n' + D + fill('b\u200bo\u200ba\u200bt ', s / 2),
  'zero-width joiners in a title': (s) => `${H}Harbour${fill('\u200d', s)} reopens to boats\n\n${D}Text.`,
  // short fields (internal/short-field.ts): a headline of three words whose letters are
  // split by hidden characters, each run of them cut out and reported.
  'short fields: zero-width characters between the letters of a title': (s) => `${H}${fill('a\u200b', s)} reopens harbour\n\n${D}Text.`,
  'short fields: escape sequences between the letters of a title': (s) => `${H}${fill('a\u001b[1m', s)} reopens harbour\n\n${D}Text.`,
  'short fields: bidi controls between the letters of tags': (s) => `${H}${T}2021-11-21T11:02\n${fill('ha\u202erbour\n', s)}${D}Text.`,
  'combining marks flood': (s) => H + T + D + 'e' + fill('\u0301', s),
  'combining marks on every letter': (s) => H + fill('a\u0301b\u0308 ', s / 2) + '\n\n' + D + fill('e\u0301 ', s / 2),
  'RTL text': (s) => ` date 2021-11-02 https://example.com/ar/2021/11/02/x-1234567\n\n${fill('افتتاح الميناء بعد الإصلاحات ', s / 2)}\n\nعمون | ${fill('وقال المسؤولون إن القوارب عادت. ', s / 2)}`,
  'RTL overrides between words': (s) => H + T + D + fill('\u202eboat\u202c ', s),
  'lone surrogates': (s) => H + T + D + fill('\ud800a', s),
  'astral letters': (s) => H + fill('𝐇𝐚𝐫𝐛𝐨𝐮𝐫 ', s / 2) + '\n\n' + D + fill('😀 ', s / 2),
  'line separators U+2028': (s) => H + T + D + fill('boat\u2028', s),
  'one very long line with no spaces': (s) => H + fill('HarbourReopensToBoats', s),
  'lines of digits': (s) => H + T + fill('1234567890\n', s),
  'one line of digits': (s) => H + T + fill('1234567890', s),
  // header
  'header: URLs repeated on one line': (s) => ` date 2021-11-02 ${fill('https://ria.ru/20211102/a-1234567.html ', s)}\n\n${T}`,
  'header: indented dates': (s) => fill('        date 2021-11-02\n', s),
  'header: clock times after the date': (s) => fill(' date 2021-11-02 12:41 ', s),
  // page stage (page.ts, page/line-kinds.ts)
  'page: near-identical title lines': (s) => H + lines((i) => `The harbour reopens to small ${word(i)} ${i}\n`, s),
  'page: near-identical title lines over prose': (s) => H + lines((i) => `The harbour reopens to small ${word(i)} ${i}\n`, s) + '\n' + D + 'The boats came back to the harbour today after repairs.',
  'page: title lines with site suffixes': (s) => H + lines((i) => `Harbour reopens to ${word(i)} ${i} – RIA Novosti, 11/21/2021\n`, s),
  'page: lead suffix lines': (s) => H + T + lines((i) => `The ${word(i)} reopened after the repairs of the autumn ${i}, RIA Novosti, 21.11.2021\n`, s),
  'page: many tag lines then an XPath': (s) => `${H}${T}2021-11-21T11:02\n${lines((i) => `${word(i)} ${i}\n`, s)}/ html / head / meta\n${D}Text.`,
  'page: tag runs each under a keywords line': (s) => `${H}${T}2021-11-21T11:02\n${lines((i) => `${word(i)}\n${word(i + 1)}\n${word(i)}, ${word(i + 1)}\n`, s)}${D}Text.`,
  'page: keywords lines': (s) => H + T + fill('belarus, europe, poland\n', s),
  'page: many timestamp lines': (s) => H + T + lines((i) => `2021-11-${String((i % 28) + 1).padStart(2, '0')}T11:${String(i % 60).padStart(2, '0')}\n`, s) + D + 'Text.',
  'page: site clocks over Listen Live': (s) => H + T + fill('12:22 GMT04 November 2020\nListen Live\n', s) + D + 'Text.',
  'page: date-only lines without a header date': (s) => ` date https://ria.ru/a\n\n${T}${fill('24.09.2025\n', s)}${D}Text.`,
  'page: XPath lines': (s) => H + fill('/ html / head / meta[@name="og:title"]/ @ content\n', s) + D + 'Text.',
  'page: image URL lines': (s) => H + T + fill('https://cdn.ria.ru/images/1700000001_0:0:1920:1080_1920x0_80_0_0_ab12.jpg\n', s) + D + 'Text.',
  'page: credit lines': (s) => H + T + fill('© AP Photo / Ivan Petrov\n', s) + D + 'Text.',
  'page: chrome lines with URLs inside': (s) => H + T + fill('Read https://ria.ru/a and more\n', s) + D + 'Text.',
  'page: UI phrase lines': (s) => H + T + fill('We use cookies to improve the site\n', s) + D + 'Text.',
  'page: icon tokens on one line': (s) => H + T + fill('icon bookmark-bicon cameraicon ', s),
  'page: kicker headlines': (s) => H + fill('Border crisis. Warsaw closes two crossings\n', s),
  'page: footer lines after the text': (s) => H + T + D + 'Boats came back.\n' + fill('Contacts\n', s),
  'page: prose lines before a late headline': (s) => H + fill('The boats came back to the harbour today after the repairs.\n', s) + 'Harbour reopens to small boats\n',
  'page: short lines only': (s) => H + lines((i) => `${word(i)} ${word(i + 3)}\n`, s),
  'page: a page without a header': (s) => lines((i) => `The harbour reopens to small ${word(i)} ${i}\n\nThe boats came back to the harbour today after repairs.\n`, s),
  // dateline stage (dateline.ts)
  'dateline: one dateline word repeated': (s) => H + T + fill('MOSCOW ', s),
  'dateline: Place, Month D list on one line': (s) => H + T + fill('MOSCOW, November 2, ', s),
  'dateline: Place, Month D lines': (s) => H + T + fill('MOSCOW, November 2\n', s),
  'dateline: a dateline on every line': (s) => H + T + fill(`${D}Boats came back.\n\n`, s),
  'dateline: nested parentheses': (s) => H + T + 'MOSCOW ' + fill('(', s / 2) + fill(')', s / 2),
  'dateline: ( without )': (s) => H + T + 'MOSCOW ' + fill('(Sputnik ', s),
  'dateline: slash agency without its close': (s) => `${H}${T}CAIRO, October 15. /TASS${fill(' boats', s)}.`,
  'dateline: agency names after dashes': (s) => H + T + 'MOSCOW, November 2 ' + fill('– RIA Novosti ', s),
  'dateline: doubled datelines': (s) => H + T + fill('MOSCOW (Sputnik) - ', s),
  // timestamps (normalize-timestamp.ts)
  'timestamp: dated stamps on one line': (s) => H + T + fill('16 Nov, 2021 17:21 ', s),
  'timestamp: yearless stamps without a reference': (s) => ` date https://ria.ru/a\n\n${T}${fill('5 Mar. 14:30 | ', s)}`,
  'timestamp: zone notes without a close': (s) => H + T + fill('14:30 (UTC+3 MSK ', s),
  'timestamp: weekdays before times': (s) => H + T + fill('Sunday, 14:30 ', s),
  // entries stage (entries.ts)
  // Times run in order up to 11:59am and then stay there (equal times are in order too), so
  // that the page is split on every size; the same times out of order are given up on.
  'entries: live-blog time stamps': (s) => H + T + 'Follow our live coverage of the harbour.\n\n' + lines((i) => `${clock12(Math.min(i, 719))}am: Organisers move the ${word(i)} stage\n\nThe boats came back today.\n\n`, s),
  'entries: stamp lines over headings': (s) => H + T + D + 'Boats.\n\n' + fill('09:54 GMT 22.10.2024\n\nHeading of the harbour entry\n\nThe boats came back today.\n\n', s),
  'entries: times out of order': (s) => H + T + D + 'Boats.\n\n' + lines((i) => `${String((i * 7) % 24).padStart(2, '0')}:00 – The ${word(i)} reopened today.\n\n`, s),
  'entries: digest headings': (s) => `${H}Main events of the day\n\n${D}Boats.\n\n${fill('Harbour reopens to small boats\n\nThe boats came back to the harbour today.\n\n', s)}`,
  // language
  'language: alternating scripts': (s) => H + T + D + fill('boat лодка قارب ', s),
  // URLs (normalize-url.ts, source.ts)
  'url: long query string': (s) => ` date 2021-11-02 https://ria.ru/20211102/a-1234567.html?${fill('x=1&', s)}\n\n${T}`,
  // normalize-url.ts `mayHoldListedName`: it once searched for the next `=` from every `&`,
  // so a query without one was read again for every piece (63.8x; now linear, see
  // test/normalize/normalize-url-linear.test.ts).
  'url: query pieces without `=`': (s) => ` date 2021-11-02 https://ria.ru/20211102/a-1234567.html?${fill('a&', s)}\n\n${T}`,
  'url: many dot segments': (s) => ` date 2021-11-02 https://ria.ru/${fill('../a/', s)}\n\n${T}`,
  'url: many empty path segments': (s) => ` date 2021-11-02 https://ria.ru/${fill('/', s)}a-1234567.html\n\n${T}`,
  'url: long host of labels': (s) => ` date 2021-11-02 https://${fill('a.', s)}ru/a\n\n${T}`,
  // the corpus splitter and the stream
  'corpus: dated headers without a URL (parseCorpus)': corpus((s) => fill(' date 2021-11-02\n', s)),
  'corpus: headers with nothing after date (parseCorpus)': corpus((s) => fill(' date\n', s)),
  'corpus: long lines that look like headers (parseCorpus)': corpus((s) => fill(` date 2021-11-02 ${fill('x', 6000)}\n`, s)),
  'corpus: article URLs without blank lines (parseCorpus)': corpus((s) => fill('https://ria.ru/20211102/a-1234567.html\n', s)),
  'corpus: one huge document (parseCorpus)': corpus((s) => H + T + D + fill('The boats came back.\n\n', s)),
  'stream: documents fed 7 code units at a time': stream((s) => fill(`${H}${T}${D}Boats.\n`, s), 7),
  'stream: one document fed 16 code units at a time': stream((s) => H + T + D + fill('The boats came back.\n\n', s), 16),
  'stream: one long line fed 5 code units at a time': stream((s) => H + T + D + fill('boats ', s), 5),
  // fingerprint (fingerprint/*)
  'fingerprint: huge text': { make: (s) => fill('The harbour reopened to small boats on Monday after repairs. ', s), run: (text) => newsdoc.fingerprint(text, { minhash: true }) },
  'fingerprint: one word repeated': { make: (s) => fill('boat ', s), run: (text) => newsdoc.fingerprint(text, { minhash: true }) },
  'fingerprint: one giant word': { make: (s) => fill('b', s), run: (text) => newsdoc.fingerprint(text, { minhash: true }) },
  'fingerprint: distinct words': { make: (s) => lines((i) => `w${i.toString(36)} `, s), run: (text) => newsdoc.fingerprint(text, { minhash: true }) },
  // the public normalisers on one huge string
  'normalizeDate on a huge string': { make: (s) => fill('November 2, 2021 ', s), run: (text) => newsdoc.normalizeDate(text) },
  'findTimestamp on a line of clocks': { make: (s) => fill('12:34 ', s), run: (text) => newsdoc.findTimestamp(text) },
  'parseDateline on a huge string': { make: (s) => fill('MOSCOW, November 2 (', s), run: (text) => newsdoc.parseDateline(text) },
  'detectLanguage on a huge text': { make: (s) => fill('the boats came back лодки ', s), run: (text) => newsdoc.detectLanguage(text) },
};
/** A boilerplate profile that lists fifty lines of the page's host for every word of `words`. */
const PROFILE = {
  version: 1,
  hosts: { 'ria.ru': { documents: 40, lines: Object.fromEntries(words.flatMap((w) => Array.from({ length: 50 }, (_, k) => [`follow the north post on ${w} ${k}`, 30]))) } },
};
const runnerOf = (shape) => (typeof shape === 'function' ? { make: shape, run: (text) => newsdoc.parseArticle(text) } : shape);

function timeOnce(run, text) {
  // Each timing starts from a collected heap, so garbage left by the shape before is not counted.
  globalThis.gc?.();
  // CPU time of this process (every thread, the garbage collector's included), not the
  // wall clock: on a machine shared with other jobs the wall clock counts their time too.
  const start = process.cpuUsage();
  run(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}


/**
 * The small and large times of one shape and their ratio: the least of three runs of each
 * size, after a warm-up of each (noise from other work only ever adds time, so the least
 * run is the one closest to the parser's own cost).
 */
function measure(run, small, large) {
  const warmSmall = timeOnce(run, small);
  const warmLarge = timeOnce(run, large);
  // A shape far over the limit on its first runs (a quadratic one) is not run again: its
  // large input may take minutes.
  const first = warmLarge / Math.max(warmSmall, 1);
  if (first > CLEARLY_OVER * MAX_GROWTH && warmLarge > 1000) return { a: warmSmall, b: warmLarge, ratio: first, once: true };
  const a = Math.min(...[0, 1, 2].map(() => timeOnce(run, small)));
  const b = Math.min(...[0, 1, 2].map(() => timeOnce(run, large)));
  // Below a millisecond the clock, not the parser, decides the ratio.
  return { a, b, ratio: b / Math.max(a, 1), once: false };
}
// How far over the limit a first run must be to count without runs again.
const CLEARLY_OVER = 4;

const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const summary = { shapes: 0, worst: { ratio: 0, name: '' }, failed: 0, cases: 0 };

function growth() {
  let failed = 0;
  const selected = Object.entries(shapes).filter(([name]) => only === null || name.includes(only));
  console.log(`\ngrowth: ${LARGE / 1024} KB against ${SMALL / 1024} KB, at most ${MAX_GROWTH}x the time for 8x the input`);
  for (const [name, shape] of selected) {
    const { make, run } = runnerOf(shape);
    const small = make(SMALL);
    const large = make(LARGE);
    let m = measure(run, small, large);
    // The machine may be shared: a shape over the limit is measured once more, and fails
    // only when it is over the limit again (the second ratio is the one reported).
    let note = '';
    if (m.once) note = ' (one run: clearly over)';
    else if (m.ratio > MAX_GROWTH) {
      const again = measure(run, small, large);
      note = ` (first ${m.ratio.toFixed(1)}x, measured again)`;
      m = again;
    }
    const ok = m.ratio <= MAX_GROWTH;
    if (!ok) failed++;
    if (m.ratio > summary.worst.ratio) summary.worst = { ratio: m.ratio, name };
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(56)} ${m.a.toFixed(1).padStart(8)} ms ${m.b.toFixed(1).padStart(9)} ms  ${m.ratio.toFixed(1)}x${note}`);
  }
  summary.shapes = selected.length;
  summary.failed = failed;
  console.log(`growth: ${selected.length} shapes, worst ${summary.worst.ratio.toFixed(1)}x (${summary.worst.name}), ${failed} over the limit`);
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
    if (runs % 100_000 === 0) console.log(`  ${runs} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
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
  summary.cases = runs;
  if (result.failed) {
    console.log(fc.defaultReportMessage(result));
    return false;
  }
  summary.cases = runs;
  console.log(`campaign: ${runs} cases in ${((Date.now() - started) / 1000).toFixed(0)} s (${rate}/s), no failure; seed ${seed}`);
  return true;
}

const okGrowth = args.includes('--campaign-only') ? true : growth();
const okCampaign = args.includes('--shapes-only') ? true : campaign();
const worst = summary.shapes > 0 ? `worst ${summary.worst.ratio.toFixed(1)}x (${summary.worst.name}), ${summary.failed} over` : 'not timed';
console.log(`fuzz: ${summary.shapes} shapes, ${worst}; ${summary.cases} cases; seed ${seed}; ${okGrowth && okCampaign ? 'ok' : 'FAILED'}`);
process.exitCode = okGrowth && okCampaign ? 0 : 1;
