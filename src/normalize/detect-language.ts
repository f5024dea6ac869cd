import { numberAtLeast, readOptions } from '../internal/options.js';
import { MAX_STOPWORD_LENGTH, STOPWORD_LANGUAGES, STOPWORDS } from '../internal/stopwords.js';

/** The options {@link detectLanguage} knows, each with its check. */
const OPTIONS = { maxLength: numberAtLeast(0), minStopwords: numberAtLeast(0) };

/**
 * Options for {@link detectLanguage}.
 *
 * @example
 * ```ts
 * detectLanguage('The minister said that the talks would go on. Il ministro ha detto che i colloqui continueranno.', { maxLength: 45 });
 * //=> 'en'
 * ```
 */
export interface DetectLanguageOptions {
  /**
   * How many characters from the start of the text to read. The opening of an article
   * tells its language as well as the whole, and a bound keeps the cost per document
   * flat. `Infinity` reads everything.
   *
   * @default 2000
   * @example
   * ```ts
   * detectLanguage('Il ministro ha detto che i colloqui continueranno. The talks said that the minister would go on and on with the plan.', { maxLength: 50 });
   * //=> 'it'
   * ```
   */
  readonly maxLength?: number;
  /**
   * The fewest stopword hits a Latin-script text needs before a language is named;
   * below it the result is `null`.
   *
   * @default 3
   * @example
   * ```ts
   * detectLanguage('Il ministro ha detto', { minStopwords: 2 });
   * //=> 'it'
   * ```
   */
  readonly minStopwords?: number;
}

// Script groups; the order of the tally array.
const LATIN = 0;
const CYRILLIC = 1;
const GREEK = 2;
const ARMENIAN = 3;
const GEORGIAN = 4;
const HEBREW = 5;
const ARABIC = 6;
const THAI = 7;
const CJK = 8;
const HANGUL = 9;
const OTHER = 10;
const GROUPS = 11;
/** Not a letter: ends a word. */
const NONE = -1;
/** A combining mark: continues the current word without a script of its own. */
const MARK = -2;

/** Languages named by a script alone, indexed by group; `null` where more work is needed. */
const SCRIPT_LANGUAGE: readonly (string | null)[] = [null, null, 'el', 'hy', 'ka', 'he', null, 'th', null, 'ko', null];

/**
 * Below this share of stopwords among the Latin words, a text is read as some language
 * without a list (Polish, Turkish, Vietnamese …) whose words only happen to match a few
 * entries (`to`, `i`, `a`, `na`); news prose in a listed language scores 25–50 %.
 */
const MIN_STOPWORD_SHARE = 0.1;

/** A score point, divisible by every count of languages (1–7) that can share a word. */
const SCORE_UNIT = 420;

/**
 * Marker letters needed, as a share of the Cyrillic letters, before a Cyrillic text is
 * read as Ukrainian, Belarusian, Bulgarian, Serbian or Macedonian rather than Russian:
 * enough to ignore a quoted name (`Київ` in a Russian text), far below the 3–6 % those
 * letters make up of real prose.
 */
const MIN_MARKER_SHARE = 0.01;

/**
 * The language of a text as an ISO 639-1 code, told from its script and, for Latin
 * script, from counts of function words; `null` when the text gives too little evidence.
 *
 * How it decides, over at most `maxLength` characters and in one pass:
 * - The script with the most letters wins, so an English article quoting a Russian name
 *   is English. Han, kana and Hangul characters count twice, as one stands for a
 *   syllable or a word. Scripts without a rule below (Devanagari, Bengali …) give `null`.
 * - Greek → `el`, Armenian → `hy`, Georgian → `ka`, Hebrew → `he` (Yiddish reads as
 *   Hebrew), Thai → `th`, Hangul → `ko`; Han with kana → `ja`, Han alone → `zh`.
 * - Arabic script → `ur` when letters only Urdu uses (`ٹ ڈ ڑ ں ے ہ ھ`) make up 1 % of
 *   it, else `fa` when the letters Persian adds (`پ چ ژ گ ی ک`) do, else `ar`. Other
 *   languages written in it (Pashto, Kurdish, Uyghur) come out as `ur` or `fa`.
 * - Cyrillic → `ru`, unless letters Russian lacks make up 1 % of it and outnumber the
 *   Russian-only `ы э ё`: `ў` → `be`, `ѓ ќ ѕ` → `mk`, `ђ ћ ј љ њ џ` → `sr`,
 *   `і ї є ґ` → `uk`, `ъ` (frequent in Bulgarian, rare in Russian) → `bg`.
 * - Latin → the language among en, it, es, fr, de, pt, nl with the highest stopword
 *   score (a word in k lists scores 1/k for each), if it beats the runner-up and its
 *   stopwords make up at least `minStopwords` of the words and a tenth of all Latin words.
 * - Fewer than two words in the winning script, or no letters at all → `null`.
 *
 * @param text - Any text; only its first `maxLength` characters are read.
 * @param options - See {@link DetectLanguageOptions}.
 * @returns A two-letter lower-case code, or `null`.
 * @throws TypeError when `text` is not a string, an option is unknown or not a number.
 * @throws RangeError when `maxLength` or `minStopwords` is negative.
 *
 * @example
 * ```ts
 * detectLanguage('The minister said on Tuesday that the talks would continue in Geneva.');
 * //=> 'en'
 * detectLanguage('Министр заявил, что переговоры продолжатся в Женеве.');
 * //=> 'ru'
 * detectLanguage('2021-11-02 12:41');
 * //=> null
 * ```
 */
export function detectLanguage(text: string, options?: DetectLanguageOptions): string | null {
  if (typeof text !== 'string') throw new TypeError(`detectLanguage expects a string, got ${typeof text}`);
  const checked = readOptions('detectLanguage', options, OPTIONS);
  const maxLength = checked.maxLength ?? 2000;
  const minStopwords = checked.minStopwords ?? 3;

  // One lower-casing of the prefix replaces a lower-casing per word; its length may
  // differ from the prefix's (`İ` → `i̇`), which does not matter, as no offsets leave here.
  const lower = text.slice(0, maxLength).toLowerCase();
  const n = lower.length;

  const letters = new Array<number>(GROUPS).fill(0);
  const words = new Array<number>(GROUPS).fill(0);
  const hits = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  const scores = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  let ukrainian = 0;
  let belarusian = 0;
  let macedonian = 0;
  let serbian = 0;
  let hardSign = 0;
  let russianOnly = 0;
  let urduOnly = 0;
  let persian = 0;
  let kana = 0;

  let wordStart = -1;
  let wordGroup = NONE;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? lower.charCodeAt(i) : 0x20;
    const group = scriptGroup(code);
    if (group === MARK) continue;
    if (group === NONE) {
      if (wordStart >= 0) {
        words[wordGroup] = (words[wordGroup] ?? 0) + 1;
        if (wordGroup === LATIN && i - wordStart <= MAX_STOPWORD_LENGTH) {
          const mask = STOPWORDS.get(lower.slice(wordStart, i));
          if (mask !== undefined) {
            // A word shared by k languages gives each of them 1/k of a point, so words
            // like `de` or `que` count as evidence without deciding between languages.
            let shared = 0;
            for (let bit = 0; bit < hits.length; bit++) if (mask & (1 << bit)) shared++;
            const weight = SCORE_UNIT / shared;
            for (let bit = 0; bit < hits.length; bit++) {
              if (mask & (1 << bit)) {
                hits[bit] = (hits[bit] ?? 0) + 1;
                scores[bit] = (scores[bit] ?? 0) + weight;
              }
            }
          }
        }
        wordStart = -1;
      }
      continue;
    }
    letters[group] = (letters[group] ?? 0) + 1;
    if (group === CJK || group === HANGUL || group === THAI) {
      // These scripts do not separate words with spaces: each character counts as one.
      words[group] = (words[group] ?? 0) + 1;
      if (group !== THAI) letters[group] = (letters[group] ?? 0) + 1;
      if (wordStart >= 0 && wordGroup !== group) {
        words[wordGroup] = (words[wordGroup] ?? 0) + 1;
        wordStart = -1;
      }
      if (group === CJK && isKana(code)) kana++;
      continue;
    }
    if (wordStart < 0) {
      wordStart = i;
      wordGroup = group;
    }
    if (group === CYRILLIC) {
      if (code === 0x456 || code === 0x457 || code === 0x454 || code === 0x491) ukrainian++;
      else if (code === 0x44b || code === 0x44d || code === 0x451) russianOnly++;
      else if (code === 0x44a) hardSign++;
      else if (code === 0x45e) belarusian++;
      else if (code === 0x453 || code === 0x45c || code === 0x455) macedonian++;
      else if (code === 0x452 || code === 0x45b || code === 0x458 || code === 0x459 || code === 0x45a || code === 0x45f) serbian++;
    } else if (group === ARABIC) {
      if (code === 0x679 || code === 0x688 || code === 0x691 || code === 0x6ba || code === 0x6d2 || code === 0x6c1 || code === 0x6be) urduOnly++;
      else if (code === 0x67e || code === 0x686 || code === 0x698 || code === 0x6af || code === 0x6cc || code === 0x6a9) persian++;
    }
  }

  let best = NONE;
  let bestLetters = 0;
  for (let g = 0; g < GROUPS; g++) {
    const count = letters[g] ?? 0;
    if (count > bestLetters) {
      best = g;
      bestLetters = count;
    }
  }
  if (best === NONE || best === OTHER || (words[best] ?? 0) < 2) return null;

  const byScript = SCRIPT_LANGUAGE[best];
  if (byScript) return byScript;
  if (best === CJK) return kana * 10 >= bestLetters / 2 ? 'ja' : 'zh';
  if (best === ARABIC) {
    const floor = Math.max(1, bestLetters * MIN_MARKER_SHARE);
    if (urduOnly >= floor) return 'ur';
    return persian >= floor ? 'fa' : 'ar';
  }
  if (best === CYRILLIC) {
    const floor = Math.max(1, bestLetters * MIN_MARKER_SHARE);
    // Belarusian writes ы э ё like Russian, so only its own ў counts.
    if (belarusian >= floor) return 'be';
    const marked = (count: number): boolean => count >= floor && count > 2 * russianOnly;
    if (marked(macedonian)) return 'mk';
    if (marked(serbian)) return 'sr';
    if (marked(ukrainian)) return 'uk';
    if (marked(hardSign)) return 'bg';
    return 'ru';
  }
  return pickByStopwords(hits, scores, words[LATIN] ?? 0, minStopwords);
}

function pickByStopwords(hits: readonly number[], scores: readonly number[], latinWords: number, minStopwords: number): string | null {
  let bestIndex = -1;
  let bestScore = 0;
  let secondScore = 0;
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k] ?? 0;
    if (score > bestScore) {
      secondScore = bestScore;
      bestScore = score;
      bestIndex = k;
    } else if (score > secondScore) {
      secondScore = score;
    }
  }
  if (bestIndex < 0 || bestScore === secondScore) return null;
  const bestHits = hits[bestIndex] ?? 0;
  if (bestHits < minStopwords || bestHits < latinWords * MIN_STOPWORD_SHARE) return null;
  return STOPWORD_LANGUAGES[bestIndex] ?? null;
}

function isKana(code: number): boolean {
  return (code >= 0x3041 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f);
}

/** The script group of a UTF-16 code unit of lower-cased text, or NONE / MARK. */
function scriptGroup(code: number): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? LATIN : NONE;
  if (code < 0x250) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7 ? LATIN : code === 0xaa || code === 0xba ? LATIN : NONE;
  if (code < 0x300) return NONE;
  if (code < 0x370) return MARK;
  if (code < 0x400) return code === 0x37e || code === 0x387 ? NONE : GREEK;
  if (code < 0x530) return code >= 0x483 && code <= 0x489 ? MARK : CYRILLIC;
  if (code < 0x590) return code >= 0x531 && code !== 0x589 && code !== 0x58a ? ARMENIAN : NONE;
  if (code < 0x600) return code >= 0x5d0 && code <= 0x5f2 ? HEBREW : code >= 0x591 && code <= 0x5c7 ? MARK : NONE;
  if (code < 0x700) {
    if ((code >= 0x620 && code <= 0x64a) || (code >= 0x66e && code <= 0x6d3) || code === 0x6d5 || code >= 0x6fa) return ARABIC;
    return (code >= 0x64b && code <= 0x65f) || code === 0x670 || (code >= 0x6d6 && code <= 0x6ed) ? MARK : NONE;
  }
  if (code < 0x750) return OTHER;
  if (code < 0x780) return ARABIC;
  if (code < 0x900) return OTHER;
  if (code < 0xe00) return OTHER;
  if (code < 0xe80) {
    if ((code >= 0xe01 && code <= 0xe30) || (code >= 0xe40 && code <= 0xe46)) return THAI;
    return code <= 0xe4e ? MARK : NONE;
  }
  if (code < 0x10a0) return OTHER;
  if (code < 0x1100) return GEORGIAN;
  if (code < 0x1200) return HANGUL;
  if (code < 0x1400) return OTHER;
  if (code >= 0x1780 && code < 0x18b0) return OTHER;
  if (code >= 0x1c90 && code < 0x1cc0) return GEORGIAN;
  if (code >= 0x1e00 && code < 0x1f00) return LATIN;
  if (code >= 0x1f00 && code < 0x2000) return GREEK;
  if (code >= 0x3041 && code < 0x3100) return code === 0x30fb ? NONE : CJK;
  if (code >= 0x3130 && code < 0x3190) return HANGUL;
  if (code >= 0x31f0 && code < 0x3200) return CJK;
  if (code >= 0x3400 && code < 0x4dc0) return CJK;
  if (code >= 0x4e00 && code < 0xa000) return CJK;
  if (code >= 0xac00 && code < 0xd7a4) return HANGUL;
  // A high surrogate of the supplementary ideographic planes: one Han character.
  if (code >= 0xd840 && code < 0xd8c0) return CJK;
  if (code >= 0xf900 && code < 0xfb00) return CJK;
  if (code >= 0xfb1d && code < 0xfb50) return HEBREW;
  if (code >= 0xfb50 && code < 0xfe00) return ARABIC;
  if (code >= 0xfe70 && code < 0xfefd) return ARABIC;
  if (code >= 0xff66 && code < 0xffa0) return CJK;
  return NONE;
}
