// A large dump in the newsdoc format, for the warehouse test and for benchmarks: every
// shape of our fixtures (fixtures/*.txt), document after document, with ids, years and
// body sizes varied by the document's number so no two documents are the same. The same
// options give the same bytes: no clock, no random source, no machine setting goes in.
//
//   node scripts/make-dump.mjs --documents 100000 --out dump.txt
//   node scripts/make-dump.mjs --bytes 50000000 --full > dump.txt
//   node scripts/make-dump.mjs --documents 100000 --full-dates-first 30000 --out dump.txt --records dump.ndjson
//   node scripts/make-dump.mjs --documents 50000 --start 50000 --out part-2.txt
//
// --documents N          exactly N documents, as parseCorpus counts them (default 1000)
// --bytes N              instead: stop at the first document that brings the dump to N bytes
// --full                 full-length bodies of 2–6 KB (default: the fixture's body, plus 0–2 paragraphs)
// --full-dates-first N   at least N full header dates before the first month-only one (default 0)
// --start N              number the documents' variations from N, so that the parts of a dump
//                        made in parallel differ (default 0; only the part from 0 has the preamble)
// --out FILE             write the dump there (default: standard output)
// --records FILE         also write the NDJSON records of the dump there, parsed with src/
//
// Nothing is printed on standard output but the dump itself; usage errors go to standard
// error with exit code 2.
//
// Importable: `makeDump(options)`, `dumpPieces(options)` and `writeRecords(api, …)`; see
// make-dump.d.mts for the types.
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

// A fixture whose expected result has one of these codes cannot be a document of a dump of
// its own: an empty input is no document at all, and a page without a header cannot be told
// from body text, so in a dump it is part of the document before it (docs/format.md).
const EMPTY_CODE = 'INPUT_EMPTY';
const NO_HEADER_CODE = 'HEADER_MISSING';
// One page without a header follows every this many documents.
const TAIL_EVERY = 97;
// Full-length bodies (`--full`): 2–6 KB of article text.
const FULL_BODY_MIN = 2048;
const FULL_BODY_SPREAD = 4096;
// Years are shifted by at most this much, the same shift for every year in the document, so
// the header, URL, dateline and published dates keep agreeing, and only to a year with the
// same calendar, so a weekday written next to a date stays true (`Friday 22 October 2021`,
// fixtures/one-line-document.txt; `Wed., 4 Nov 2021`, fixtures/timestamp-weekday-mismatch.txt).
const MAX_YEAR_SHIFT = 11;

// A year of this century on its own (`2021`, `2021-11-02`, `21.11.2021`) or at the start of
// a URL's date run (`/20211102/`, `/202011041080991234-`); not part of a longer number.
const YEAR = /(?<!\d)20[0-3]\d(?=\d{4}|(?!\d))/g;
// An article id in a URL: a run of 7 or more digits after a dash (`harbour-1234567890.html`).
const ARTICLE_ID = /-(\d{7,})(?!\d)/g;

/** A deterministic 32-bit mix of `n` (for choices that must look unordered but repeat exactly). */
function mix(n) {
  let x = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Which calendar a year uses: leap or not, and the weekday of 1 January. */
function calendarOf(year) {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return `${leap}-${new Date(Date.UTC(year, 0, 1)).getUTCDay()}`;
}

/** The shifts (0 first) that move every year in `text` to a year with the same calendar. */
function yearShifts(text) {
  const years = [...new Set(text.match(YEAR) ?? [])].map(Number);
  const shifts = [0];
  for (let shift = -MAX_YEAR_SHIFT; shift <= MAX_YEAR_SHIFT; shift += 1) {
    if (shift !== 0 && years.every((y) => calendarOf(y) === calendarOf(y + shift))) shifts.push(shift);
  }
  return shifts;
}

/** The line ending a text uses: CRLF, a lone CR, or LF. */
function lineEnding(text) {
  if (text.includes('\r\n')) return '\r\n';
  if (text.includes('\r')) return '\r';
  return '\n';
}

function diagnosticCodes(result) {
  return result.diagnostics.map((d) => d.code);
}

/** Which sentences grow a template's body: its language's, in its script and spelling. */
function fillerOf(language, text) {
  if (language === 'sr' && /[\u0400-\u04ff]/u.test(text)) return 'sr-Cyrl';
  if (language === 'uk' && !/[іїєґ]/iu.test(text)) return 'uk-dropped';
  return language;
}

/**
 * The fixtures as templates: their text, what they contribute to a dump, and from their
 * reviewed `.json` the facts the variations need (how many documents, which header dates,
 * where the body ends, its language).
 */
export function loadTemplates(dir = FIXTURES) {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return names.map((file) => {
    const name = file.slice(0, -'.txt'.length);
    const text = readFileSync(join(dir, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    const results = Array.isArray(expected) ? expected : [expected];
    const codes = results.flatMap(diagnosticCodes);
    const dates = results.map((r) => r.article?.date ?? null);
    let role = 'document';
    if (codes.includes(EMPTY_CODE)) role = 'skip';
    else if (codes.includes(NO_HEADER_CODE)) role = 'tail';
    else if (results.every((r) => r.article === null)) role = 'preamble';
    const single = results.length === 1 ? results[0].article : null;
    const bodySections = single?.sections.filter((s) => s.kind === 'body') ?? [];
    // A page on one line stays on one line: its fields are glued (fixtures/one-line-document.txt).
    const oneLine = !/[\n\r]/.test(text.trimEnd());
    // Paragraphs are added only in a language we have sentences for, and not between the
    // text and a headline that comes after it (fixtures/headline-after-body.txt).
    const titleAfterBody = single?.sections.some((s) => s.kind === 'title' && bodySections.length > 0 && s.start > bodySections[0].start) ?? false;
    const filler = fillerOf(single?.language ?? null, text);
    const grows = bodySections.length > 0 && !oneLine && !titleAfterBody && filler !== null && Object.hasOwn(FILLER, filler);
    return {
      name,
      text,
      role,
      documents: results.length,
      fullDates: dates.filter((d) => d !== null && d.length === 10).length,
      monthOnly: dates.some((d) => d !== null && d.length === 7),
      bodyEnd: grows ? bodySections[bodySections.length - 1].end : null,
      bodyLength: single?.body?.length ?? 0,
      language: single?.language ?? null,
      // Serbian is written in two scripts; a grown body keeps the template's.
      filler,
      yearShifts: yearShifts(text),
    };
  });
}

// Invented sentences in the fixtures' languages, to grow a body without changing its
// language or shape. Each takes (subject, object, number).
const FILLER = {
  en: {
    subjects: ['The city council', 'The regional government', 'A local company', 'The port authority', 'The university'],
    objects: ['the river embankment', 'the old tram depot', 'a network of cycle lanes', 'the public library', 'the water supply'],
    sentences: [
      (s, o, n) => `${s} said that it would rebuild ${o} over the next ${n} months.`,
      (s, o, n) => `${s} has agreed to pay for ${o}, which serves about ${n} thousand people.`,
      (s, o, n) => `According to ${s.toLowerCase()}, the work on ${o} is about ${n} per cent done.`,
      (s, o, n) => `${s} will also look at ${o} and report back in ${n} weeks.`,
    ],
  },
  ru: {
    subjects: ['Городской совет', 'Региональное правительство', 'Местная компания', 'Администрация порта', 'Университет'],
    objects: ['набережную реки', 'старое трамвайное депо', 'сеть велосипедных дорожек', 'городскую библиотеку', 'систему водоснабжения'],
    sentences: [
      (s, o, n) => `${s} намерен восстановить ${o} в течение ${n} месяцев.`,
      (s, o, n) => `${s} согласился оплатить ${o}, которой пользуются около ${n} тысяч человек.`,
      (s, o, n) => `По словам представителей, работы уже выполнены на ${n} процентов, и ${s.toLowerCase()} это подтвердил.`,
      (s, o, n) => `${s} также проверит ${o} и отчитается через ${n} недель.`,
    ],
  },
  fr: {
    subjects: ['Le conseil municipal', 'Le gouvernement régional', 'Une entreprise locale', "L'autorité portuaire", "L'université"],
    objects: ['le quai de la rivière', "l'ancien dépôt de tramways", 'un réseau de pistes cyclables', 'la bibliothèque publique', "le réseau d'eau"],
    sentences: [
      (s, o, n) => `${s} a dit qu'il allait reconstruire ${o} dans les ${n} prochains mois.`,
      (s, o, n) => `${s} a accepté de financer ${o}, qui sert environ ${n} mille personnes.`,
      (s, o, n) => `Selon les responsables, les travaux sur ${o} sont faits à ${n} pour cent.`,
      (s, o, n) => `${s} va aussi examiner ${o} et rendre compte dans ${n} semaines.`,
    ],
  },
  it: {
    subjects: ['Il consiglio comunale', 'Il governo regionale', "Un'azienda locale", "L'autorità portuale", "L'università"],
    objects: ['il lungofiume', 'il vecchio deposito dei tram', 'una rete di piste ciclabili', 'la biblioteca pubblica', "la rete dell'acqua"],
    sentences: [
      (s, o, n) => `${s} ha detto che ricostruirà ${o} nei prossimi ${n} mesi.`,
      (s, o, n) => `${s} ha deciso di finanziare ${o}, che serve circa ${n} mila persone.`,
      (s, o, n) => `Secondo i responsabili, i lavori per ${o} sono al ${n} per cento.`,
      (s, o, n) => `${s} esaminerà anche ${o} e ne riferirà tra ${n} settimane.`,
    ],
  },
  de: {
    subjects: ['Der Stadtrat', 'Die Landesregierung', 'Ein örtliches Unternehmen', 'Die Hafenbehörde', 'Die Universität'],
    objects: ['die Uferpromenade', 'das alte Straßenbahndepot', 'das Netz der Radwege', 'die öffentliche Bibliothek', 'die Wasserversorgung'],
    sentences: [
      (s, o, n) => `${s} will ${o} in den nächsten ${n} Monaten erneuern.`,
      (s, o, n) => `${s} hat zugesagt, ${o} zu bezahlen, die etwa ${n} tausend Menschen nutzen.`,
      (s, o, n) => `Nach Angaben der Verwaltung sind die Arbeiten an ${o} zu ${n} Prozent fertig.`,
      (s, o, n) => `${s} wird auch ${o} prüfen und in ${n} Wochen berichten.`,
    ],
  },
  es: {
    subjects: ['El ayuntamiento', 'El gobierno regional', 'Una empresa local', 'La autoridad portuaria', 'La universidad'],
    objects: ['el paseo del río', 'el antiguo depósito de tranvías', 'una red de carriles bici', 'la biblioteca pública', 'la red de agua'],
    sentences: [
      (s, o, n) => `${s} ha dicho que reconstruirá ${o} en los próximos ${n} meses.`,
      (s, o, n) => `${s} ha aceptado pagar ${o}, que usan unas ${n} mil personas.`,
      (s, o, n) => `Según los responsables, las obras de ${o} están al ${n} por ciento.`,
      (s, o, n) => `${s} también revisará ${o} y dará cuenta en ${n} semanas.`,
    ],
  },
  uk: {
    subjects: ['Міська рада', 'Обласна влада', 'Місцева компанія', 'Адміністрація порту', 'Університет'],
    objects: ['набережну річки', 'старе трамвайне депо', 'мережу велосипедних доріжок', 'міську бібліотеку', 'систему водопостачання'],
    sentences: [
      (s, o, n) => `${s} має намір відновити ${o} протягом ${n} місяців.`,
      (s, o, n) => `${s} погодилася оплатити ${o}, якою користуються близько ${n} тисяч людей.`,
      (s, o, n) => `За словами представників, роботи вже виконані на ${n} відсотків, і ${s.toLowerCase()} це підтвердила.`,
      (s, o, n) => `${s} також перевірить ${o} і звітуватиме через ${n} тижнів.`,
    ],
  },
  ar: {
    subjects: ['مجلس المدينة', 'الحكومة المحلية', 'شركة محلية', 'إدارة الميناء', 'الجامعة'],
    objects: ['كورنيش النهر', 'مستودع الترام القديم', 'شبكة ممرات الدراجات', 'المكتبة العامة', 'شبكة المياه'],
    sentences: [
      (s, o, n) => `قال ${s} إنه سيعيد بناء ${o} خلال ${n} شهرا.`,
      (s, o, n) => `وافق ${s} على تمويل ${o} التي يستخدمها نحو ${n} ألف شخص.`,
      (s, o, n) => `وبحسب المسؤولين فإن العمل في ${o} أنجز بنسبة ${n} في المئة.`,
      (s, o, n) => `وسيدرس ${s} أيضا ${o} ويقدم تقريرا بعد ${n} أسابيع.`,
    ],
  },
  pl: {
    subjects: ['Rada miasta', 'Rząd regionalny', 'Miejscowa firma', 'Zarząd portu', 'Uniwersytet'],
    objects: ['nabrzeże rzeki', 'starą zajezdnię tramwajową', 'sieć ścieżek rowerowych', 'bibliotekę publiczną', 'sieć wodociągową'],
    sentences: [
      (s, o, n) => `${s} zapowiada, że odbuduje ${o} w ciągu ${n} miesięcy.`,
      (s, o, n) => `${s} ma też sfinansować ${o} i inne prace, z których korzysta około ${n} tysięcy osób.`,
      (s, o, n) => `Według urzędników prace są już wykonane w ${n} procentach, a ${s.toLowerCase()} to potwierdza.`,
      (s, o, n) => `${s} sprawdzi również ${o} i przedstawi raport za ${n} tygodni.`,
    ],
  },
  sr: {
    subjects: ['Gradsko veće', 'Pokrajinska vlada', 'Lokalna kompanija', 'Uprava luke', 'Univerzitet'],
    objects: ['obalu reke', 'stari tramvajski depo', 'mrežu biciklističkih staza', 'gradsku biblioteku', 'vodovodnu mrežu'],
    sentences: [
      (s, o, n) => `Kako je saopšteno, ${s.toLowerCase()} će obnoviti ${o} u narednih ${n} meseci.`,
      (s, o, n) => `Za ${o} je izdvojeno ${n} miliona dinara, rečeno je posle sednice.`,
      (s, o, n) => `Prema rečima predstavnika, radovi su završeni na ${n} odsto, a ${s.toLowerCase()} će to proveriti.`,
      (s, o, n) => `${s} će takođe pregledati ${o} i podneti izveštaj za ${n} nedelja.`,
    ],
  },
  // Serbian in Cyrillic script, for the templates written in it.
  'sr-Cyrl': {
    subjects: ['Градско веће', 'Покрајинска влада', 'Локална компанија', 'Управа луке', 'Универзитет'],
    objects: ['обалу реке', 'стари трамвајски депо', 'мрежу бициклистичких стаза', 'градску библиотеку', 'водоводну мрежу'],
    sentences: [
      (s, o, n) => `Како је саопштено, ${s.toLowerCase()} ће обновити ${o} у наредних ${n} месеци.`,
      (s, o, n) => `За ${o} је издвојено ${n} милиона динара, речено је после седнице.`,
      (s, o, n) => `Према речима представника, радови су завршени на ${n} одсто, а ${s.toLowerCase()} ће то проверити.`,
      (s, o, n) => `${s} ће такође прегледати ${o} и поднети извештај за ${n} недеља.`,
    ],
  },
  // Ukrainian written without і ї є ґ, for the templates written so (fixtures/ukrainian-dropped-letters.txt).
  'uk-dropped': {
    subjects: ['Мська рада', 'Обласна влада', 'Мсцева компаня', 'Адмнстраця порту', 'Унверситет'],
    objects: ['набережну рчки', 'старе трамвайне депо', 'мережу велодоржок', 'мську бблотеку', 'водогн'],
    sentences: [
      (s, o, n) => `${s} обця вдновити ${o} протягом ${n} мсяцв.`,
      (s, o, n) => `На ${o} вже видлили ${n} мльйонв гривень, повдомили псля засдання.`,
      (s, o, n) => `За словами представникв, роботи виконано на ${n} вдсоткв, а ${s.toLowerCase()} це переврить.`,
      (s, o, n) => `${s} також переврить ${o} та звтуватиме через ${n} тижнв.`,
    ],
  },
};

/**
 * Paragraph `p` of document `i` in `language`: three invented sentences. The first number
 * grows with `p`, so no two paragraphs of one document are the same (a repeated paragraph
 * is a shape of its own, `BODY_REPEATED_PARAGRAPH`).
 */
function fillerParagraph(language, i, p) {
  const { subjects, objects, sentences } = FILLER[language];
  return [0, 1, 2]
    .map((k) => {
      const sentence = sentences[(p + k) % sentences.length];
      const subject = subjects[(i + p + k) % subjects.length];
      const object = objects[(i + 2 * p + k) % objects.length];
      return sentence(subject, object, k === 0 ? p + 2 : 3 + ((i + p * 7 + k) % 90));
    })
    .join(' ');
}

/** The template's text with `extra` invented paragraphs after its last body paragraph. */
function growBody(template, i, extraLength, extraCount) {
  if (template.bodyEnd === null || !(template.filler in FILLER) || (extraLength <= 0 && extraCount <= 0)) return template.text;
  const eol = lineEnding(template.text);
  const added = [];
  let length = 0;
  for (let p = 0; length < extraLength || added.length < extraCount; p += 1) {
    const paragraph = fillerParagraph(template.filler, i, p);
    added.push(paragraph);
    length += paragraph.length + 2 * eol.length;
  }
  const at = template.bodyEnd;
  return template.text.slice(0, at) + added.map((p) => eol + eol + p).join('') + template.text.slice(at);
}

/** Every year in `text` moved by `shift`; every article id replaced by one made from `i`, of the same length. */
function varyText(text, i, shift) {
  const years = shift === 0 ? text : text.replace(YEAR, (year) => String(Number(year) + shift));
  return years.replace(ARTICLE_ID, (_, id) => {
    const rest = 10 ** (id.length - 1);
    // 7919 is prime, so `i * 7919 mod 10^k` differs for every i below 10^k.
    const varied = (Number(id.slice(1)) + i * 7919) % rest;
    return `-${id[0]}${String(varied).padStart(id.length - 1, '0')}`;
  });
}

/**
 * Document `i` of the dump made from `template`: its years shifted, its ids varied, its
 * body grown, and it ends with a line break and one blank line (a URL-only header opens a
 * document only after a blank line).
 */
export function makeDocument(template, i, { full = false } = {}) {
  const h = mix(i);
  const extraLength = full ? FULL_BODY_MIN + (h % FULL_BODY_SPREAD) - template.bodyLength : 0;
  const grown = growBody(template, i, extraLength, full ? 0 : (h >>> 8) % 3);
  const text = varyText(grown, i, template.yearShifts[(h >>> 16) % template.yearShifts.length]);
  const eol = lineEnding(text);
  const ended = text.endsWith('\n') || text.endsWith('\r') ? text : text + eol;
  return ended + eol;
}

/**
 * The dump, piece by piece: `{ text, documents, template }`, where `documents` is how many
 * documents `parseCorpus` finds in `text`. The dump opens with the garbage fixture (text
 * before the first header is a document of its own, with `article: null`), then goes round
 * the fixtures in name order; a page without a header follows every 97th document. With
 * `fullDatesFirst`, fixtures with a month-only header date wait until that many full
 * header dates have been written. Pieces are numbered from `start`; only a dump that starts
 * at 0 has the preamble.
 */
export function* dumpPieces({ documents = 1000, bytes = null, full = false, fullDatesFirst = 0, start = 0, fixtures = FIXTURES } = {}) {
  const templates = loadTemplates(fixtures);
  const preamble = templates.find((t) => t.role === 'preamble');
  const tails = templates.filter((t) => t.role === 'tail');
  const all = templates.filter((t) => t.role === 'document');
  const fullOnly = all.filter((t) => !t.monthOnly);
  const singles = all.filter((t) => t.documents === 1);
  const done = (made, size) => (bytes === null ? made >= documents : size >= bytes);

  let made = 0;
  let size = 0;
  let fullDates = 0;
  const emit = (text, count, template) => {
    made += count;
    size += Buffer.byteLength(text, 'utf8');
    return { text, documents: count, template };
  };
  if (preamble !== undefined && start === 0 && !done(made, size)) yield emit(makeDocument(preamble, 0, { full: false }), 1, preamble.name);
  for (let i = start + 1; !done(made, size); i += 1) {
    const pool = fullDates < fullDatesFirst ? fullOnly : all;
    let template = pool[i % pool.length];
    if (bytes === null && made + template.documents > documents) template = singles[i % singles.length];
    let text = makeDocument(template, i, { full });
    if (i % TAIL_EVERY === 0 && tails.length > 0) text += makeDocument(tails[(i / TAIL_EVERY) % tails.length], i, { full });
    fullDates += template.fullDates;
    yield emit(text, template.documents, template.name);
  }
}

/** The whole dump as one string. */
export function makeDump(options = {}) {
  let text = '';
  for (const piece of dumpPieces(options)) text += piece.text;
  return text;
}

// Output is written in blocks of about this many UTF-16 units.
const WRITE_BLOCK = 1 << 20;

/** Writes strings to a file descriptor in blocks. */
function blockWriter(fd) {
  let buffer = '';
  return {
    write(text) {
      buffer += text;
      if (buffer.length >= WRITE_BLOCK) {
        writeSync(fd, buffer);
        buffer = '';
      }
    },
    end() {
      if (buffer !== '') writeSync(fd, buffer);
      buffer = '';
    },
  };
}

/**
 * The NDJSON records of a dump, as the `newsdoc` command will write them: `parseCorpus`
 * over the whole text, then `toRecord` and `ndjsonLine` on each document. `api` holds those
 * three functions (from src/ or the build). Returns the number of records written. A
 * stand-in until the CLI exists.
 */
export function writeRecords(api, text, file, from) {
  const fd = openSync(file, 'w');
  try {
    const out = blockWriter(fd);
    const records = api.parseCorpus(text);
    for (const record of records) out.write(api.ndjsonLine(api.toRecord(record, from)));
    out.end();
    return records.length;
  } finally {
    closeSync(fd);
  }
}

function usage(message) {
  process.stderr.write(`make-dump: ${message}\n`);
  process.stderr.write('usage: node scripts/make-dump.mjs [--documents N | --bytes N] [--full] [--full-dates-first N] [--start N] [--out FILE] [--records FILE]\n');
  process.exit(2);
}

function readArgs(args) {
  const options = {};
  let out = null;
  let records = null;
  const count = (name, value) => {
    const n = Number(value);
    if (value === undefined || !Number.isSafeInteger(n) || n < 0) usage(`${name} needs a whole number, got ${value ?? 'nothing'}`);
    return n;
  };
  for (let k = 0; k < args.length; k += 1) {
    const arg = args[k];
    if (arg === '--documents') options.documents = count(arg, args[++k]);
    else if (arg === '--bytes') options.bytes = count(arg, args[++k]);
    else if (arg === '--full-dates-first') options.fullDatesFirst = count(arg, args[++k]);
    else if (arg === '--start') options.start = count(arg, args[++k]);
    else if (arg === '--full') options.full = true;
    else if (arg === '--out' || arg === '--records') {
      const value = args[++k];
      if (value === undefined) usage(`${arg} needs a file name`);
      if (arg === '--out') out = value;
      else records = value;
    } else usage(`unknown argument ${arg}`);
  }
  if (options.documents !== undefined && options.bytes !== undefined) usage('give --documents or --bytes, not both');
  return { options, out, records };
}

async function main() {
  const { options, out, records } = readArgs(process.argv.slice(2));
  const text = makeDump(options);
  if (out === null) process.stdout.write(text);
  else {
    const fd = openSync(out, 'w');
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  }
  if (records !== null) {
    // The records come from src/ (toRecord is not in the build yet); tsx compiles it.
    const { tsImport } = await import('tsx/esm/api');
    const api = await tsImport('../src/index.ts', import.meta.url);
    const record = await tsImport('../src/cli/record.ts', import.meta.url);
    writeRecords({ parseCorpus: api.parseCorpus, toRecord: record.toRecord, ndjsonLine: record.ndjsonLine }, text, records, {
      source: out ?? '-',
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
