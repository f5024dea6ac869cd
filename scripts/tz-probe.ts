/**
 * Prints, as one JSON line, the SHA-256 of every fixture's result, of a 300-document dump and
 * of every document of `../shared/corpus` (when it is there), computed in whatever time zone
 * and locale the process runs in. `scripts/run-tz.mjs` runs it under each zone and locale and
 * compares the lines byte for byte: a result that depends on either shows as a difference.
 */
import * as newsdoc from '../src/index.js';
import { corpusHashes, dumpHash, fixtureHashes, outputHash } from './reference-outputs.js';

// Inputs where a locale-aware call would differ between C and Turkish: dotted and dotless i
// in either case, and letters that sort apart (ç before d in Turkish, after z in code units).
const LETTERS = ['I', 'ı', 'i', 'İ', 'ç', 'd', 'z', 'Z', 'ş', 's'];
const urls = LETTERS.map((letter, i) => `HTTPS://Example.COM/${letter}/?${LETTERS.slice(i).map((l, j) => `${l}=${j}`).join('&')}`);
const turkish =
  ' date 2021-11-02 https://example.com.tr/gundem/2021/11/02/istanbul-liman\n\n' +
  'İSTANBUL LİMANI YENİDEN AÇILDI\n\n' +
  'İSTANBUL, 2 Kasım (AA) - Istanbul limanı iki aylık onarımın ardından Salı günü küçük teknelere yeniden açıldı, belediye açıkladı.\n';

const locale = {
  urls: urls.map((url) => [newsdoc.normalizeUrl(url), newsdoc.urlKey(url)]),
  turkish: outputHash(newsdoc.parseArticle(turkish)),
  fingerprint: newsdoc.fingerprint(turkish),
};

process.stdout.write(`${JSON.stringify({ fixtures: fixtureHashes(), dump: dumpHash(), corpus: corpusHashes(), locale })}\n`);
