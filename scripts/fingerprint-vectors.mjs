// The published test vectors of newsdoc's fingerprints (docs/fingerprint-vectors.json,
// shown in docs/fingerprints.md): inputs of our own wording that walk every step of the
// normalisation, and what `fingerprint` gives for each, MinHash included.
//
//   node scripts/fingerprint-vectors.mjs [library=../dist/index.js] > docs/fingerprint-vectors.json
//
// test/fingerprint/vectors.test.ts checks that the file is what the code gives, and the dist
// tests that Deno and Bun give the same; scripts/fingerprint-reference.py recomputes it
// from the page alone, in Python.
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The inputs, each with what it shows. */
export const VECTOR_INPUTS = [
  { shows: 'an empty text: no word, no fingerprint', text: '' },
  { shows: 'punctuation and blanks only', text: ' – ... ; \u00a0 «» ' },
  { shows: 'one word: one shingle of it', text: 'Harbour' },
  { shows: 'four words: one shingle of all four', text: 'Harbour reopens after repairs' },
  { shows: 'five words: one shingle', text: 'The harbour reopened on Friday' },
  { shows: 'a sentence', text: 'The city harbour reopened to small boats on Friday after two months of repairs, the port authority said.' },
  { shows: 'the same sentence in capitals, other punctuation and spacing: the same values', text: 'THE CITY HARBOUR REOPENED TO SMALL BOATS ON FRIDAY -- AFTER TWO MONTHS OF REPAIRS; THE PORT AUTHORITY SAID' },
  { shows: 'digit runs read as one 0', text: 'In 2021 the port handled 1,250 ships and 3.5 million tonnes of grain.' },
  { shows: 'the same with other numbers: the same values', text: 'In 2023 the port handled 1,470 ships and 4.1 million tonnes of grain.' },
  { shows: 'accents and compatibility forms: NFKD, marks dropped', text: 'Le café crème coûte ﬁnalement 3 € à Noël' },
  { shows: 'the same without accents: the same values', text: 'le cafe creme coute finalement 7 € a noel' },
  { shows: 'Cyrillic, й and ё read as и and е', text: 'Власти Карелии открыли новый пеший маршрут вдоль озера, сообщил её губернатор, и ещё один в районе' },
  { shows: 'Arabic with Arabic-Indic digits', text: 'افتتحت البلدية جسرا جديدا فوق النهر يوم الثلاثاء بعد ٢ عامين من العمل' },
  { shows: 'Greek: final sigma read as σ', text: 'Ο ΔΗΜΟΣ ΑΝΟΙΞΕ ΤΟ ΝΕΟ ΛΙΜΑΝΙ ΤΗΣ ΠΟΛΗΣ' },
  { shows: 'Turkish dotted capital I: its dot is a mark', text: 'İstanbul belediyesi yeni bir köprü açtı' },
  { shows: 'Japanese: each kana and ideograph a word', text: '東京都は新しい橋を開通した' },
  { shows: 'full-width and mathematical letters: NFKD reads them as Latin', text: 'ＴＨＥ 𝐡𝐚𝐫𝐛𝐨𝐮𝐫 reopened on Friday' },
];

/** The vectors: each input with its word count, SimHash and MinHash, from `fingerprint`. */
export function vectors(fingerprint) {
  return VECTOR_INPUTS.map(({ shows, text }) => ({ shows, text, ...fingerprint(text, { minhash: true }) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const library = process.argv[2] ?? '../dist/index.js';
  const { fingerprint } = await import(library.startsWith('.') ? new URL(library, import.meta.url).href : pathToFileURL(library).href);
  process.stdout.write(`${JSON.stringify(vectors(fingerprint), null, 1)}\n`);
}
