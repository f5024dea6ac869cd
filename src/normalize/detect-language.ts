import { numberAtLeast, readOptions } from '../internal/options.js';
import { LETTER_LANGUAGES } from '../internal/alphabets.js';
import { FNV1A_SEED, fnv1aStep } from '../internal/hash.js';
import { MAX_STOPWORD_LENGTH, STOPWORD_LANGUAGES, stopwordMask, type StopwordLanguage } from '../internal/stopwords.js';
import type { LanguageBasis } from '../model/article.js';

/** The options {@link detectLanguage} knows, each with its check. */
const OPTIONS = { maxLength: /* @__PURE__ */ numberAtLeast(0), minStopwords: /* @__PURE__ */ numberAtLeast(0) };

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
   * The fewest stopword hits a Latin- or Cyrillic-script text needs before a language is
   * named when its letters leave many languages open; below it the result is `null`.
   * When the letters leave three languages or fewer, two hits are enough, and when they
   * leave one, one hit (never more than this option).
   *
   * @default 3
   * @example
   * ```ts
   * detectLanguage('Il ministro della difesa', { minStopwords: 2 });
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

/** The languages with a stopword list written in Cyrillic; Serbian is written in both scripts. */
// Stryker disable next-line StringLiteral: scriptMask puts Serbian in both masks by name
const CYRILLIC_SCRIPT: readonly StopwordLanguage[] = ['ru', 'uk', 'be', 'bg', 'mk', 'sr'];

/**
 * The mask (bits as in the stopword and letter tables) of the listed languages written in
 * Cyrillic, or else of those written in Latin script; Serbian is in both.
 */
function scriptMask(cyrillic: boolean): number {
  let mask = 0;
  STOPWORD_LANGUAGES.forEach((language, bit) => {
    if (language === 'sr' || CYRILLIC_SCRIPT.includes(language) === cyrillic) mask |= 1 << bit;
  });
  return mask;
}

// `@__PURE__`: a bundler may drop them when nothing imported detects a language
// (docs/performance.md, "Tree-shaking").
/** The languages written in Cyrillic. */
const CYRILLIC_LANGUAGES = /* @__PURE__ */ scriptMask(true);
/** The languages written in Latin script. */
const LATIN_LANGUAGES = /* @__PURE__ */ scriptMask(false);

/**
 * Below this share of stopwords among the words, a text that its letters do not narrow is
 * read as some language without a list (Indonesian, Swahili, Vietnamese …) whose words only
 * happen to match a few entries (`di`, `a`, `na`); news prose in a listed language scores
 * 25–50 %.
 */
const MIN_STOPWORD_SHARE = 0.1;

/**
 * When a text's letters leave at most this many languages (Ukrainian with dropped letters:
 * Russian, Ukrainian, Bulgarian), a shorter text is enough: {@link MIN_NARROWED_HITS}
 * stopwords instead of `minStopwords`, without the share.
 */
const MAX_NARROWED = 3;
/** Stopword hits enough when the letters leave {@link MAX_NARROWED} languages or fewer. */
const MIN_NARROWED_HITS = 2;

/**
 * A score point, divisible by every count of languages (1–16) that can share a word, so
 * equal evidence gives equal integer scores.
 */
const SCORE_UNIT = 720720;
/**
 * The winner must lead the runner-up by at least one word that the runner-up lacks and at
 * most one other language shares (`con` for Spanish over Catalan, `predsednik` for Serbian
 * over Croatian): close languages share most function words, and a text that only uses
 * those is left unnamed.
 */
const MIN_LEAD = SCORE_UNIT / 2;

/**
 * A language's alphabet must cover all the script's letters of a text but this share
 * (at least one letter): enough for a quoted name (`Łukaszenka` in an English text, `Київ`
 * in a Russian one), far below the 3–10 % that their own letters make up of Polish,
 * Romanian or Ukrainian prose.
 */
const MAX_FOREIGN_SHARE = 0.01;

/**
 * Han script is Japanese when at least one of its characters in this many is kana:
 * Japanese prose writes far more than that in hiragana and katakana (particles, verb
 * endings, loanwords), Chinese none but the odd katakana name or a borrowed `の`.
 */
const KANA_ONE_IN = 10;

// Where the per-letter counts of one call sit: Latin letters from U+00C0 to U+024F, then
// Cyrillic from U+0400 to U+052F.
const LATIN_TALLY_START = 0xc0;
const LATIN_TALLY_END = 0x250;
const CYRILLIC_TALLY_START = 0x400;
const CYRILLIC_TALLY_END = 0x530;

/** A language and the evidence that named it, as {@link identifyLanguage} returns it. */
export interface LanguageReading {
  readonly language: string;
  readonly basis: LanguageBasis;
}

/**
 * The language of a text as an ISO 639-1 code, told from its script, its letters and its
 * function words; `null` when the text gives too little evidence or the evidence disagrees.
 *
 * How it decides, over at most `maxLength` characters and in one pass:
 * - The script with the most letters wins, so an English article quoting a Russian name
 *   is English. Han, kana and Hangul characters count twice, as one stands for a
 *   syllable or a word. Scripts without a rule below (Devanagari, Bengali …) give `null`.
 * - Greek → `el`, Armenian → `hy`, Georgian → `ka`, Hebrew → `he` (Yiddish reads as
 *   Hebrew), Thai → `th`, Hangul → `ko`; Han with kana → `ja` (at least one character in ten
 *   kana), Han alone → `zh`.
 * - Arabic script → `ur` when letters only Urdu uses (`ٹ ڈ ڑ ں ے ہ ھ`) make up 1 % of
 *   it, else `fa` when the letters Persian adds (`پ چ ژ گ ی ک`) do, else `ar`. Other
 *   languages written in it (Pashto, Kurdish, Uyghur) come out as `ur` or `fa`.
 * - Latin and Cyrillic: first the letters. A language stays in the running when its
 *   alphabet covers all the text's letters but 1 % (`ł` rules out all but Polish, `ы`
 *   Ukrainian, `ș ț` all but Romanian; `ə`, `ơ` or `қ`, which no listed alphabet has, rule
 *   out everything). One language left, with at least one of its stopwords → that
 *   language. Several left → the one with the highest stopword score (a word in k lists
 *   scores 1/k for each), if it leads the runner-up by one word and has `minStopwords`
 *   hits making up a tenth of the words, or two hits when the letters left three
 *   languages or fewer. Listed: en, it, es, fr, de, pt, nl, pl, ro, sr (both scripts),
 *   hr, sl, cs, sk, hu, tr, sv, da, no, fi, et, lt, lv, ca; ru, uk, be, bg, mk.
 * - When the stopwords alone clearly name a language that the letters ruled out, the
 *   evidence disagrees → `null`.
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
 * detectLanguage('Ministrul a declarat că negocierile vor continua la Geneva.');
 * //=> 'ro'
 * detectLanguage('2021-11-02 12:41');
 * //=> null
 * ```
 */
export function detectLanguage(text: string, options?: DetectLanguageOptions): string | null {
  if (typeof text !== 'string') throw new TypeError(`detectLanguage expects a string, got ${typeof text}`);
  return identifyLanguage(text, options)?.language ?? null;
}

/**
 * {@link detectLanguage} with the evidence that decided: `script` (the script names one
 * language), `letters` (letters only that language's alphabet has among those listed) or
 * `stopwords` (its function words, among the languages the letters allow).
 */
export function identifyLanguage(text: string, options?: DetectLanguageOptions): LanguageReading | null {
  const checked = readOptions('detectLanguage', options, OPTIONS);
  const maxLength = checked.maxLength ?? 2000;
  const minStopwords = checked.minStopwords ?? 3;

  // One lower-casing of the prefix replaces a lower-casing per word; its length may
  // differ from the prefix's (`İ` → `i̇`), which does not matter, as no offsets leave here.
  const lower = text.slice(0, maxLength).toLowerCase();
  const n = lower.length;

  // Stryker disable ArrayDeclaration: every read of these counts takes a missing one as 0 (`?? 0`)
  const letters = new Array<number>(GROUPS).fill(0);
  const words = new Array<number>(GROUPS).fill(0);
  const hits = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  const scores = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  // Stryker restore ArrayDeclaration
  // Letters beyond a–z and every Cyrillic letter, counted by code point. Each script's table
  // is made at its first such letter: an English text needs neither.
  const tally = new Tally();
  // Latin letters beyond a–z (U+1E00 block included), which the alphabets are checked against.
  let latinExtended = 0;
  let urduOnly = 0;
  let persian = 0;
  let kana = 0;

  let wordStart = -1;
  let wordGroup = NONE;
  let hash = FNV1A_SEED;
  for (let i = 0; i <= n; i++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end charCodeAt gives NaN, which is no letter either
    const code = i < n ? lower.charCodeAt(i) : 0x20;
    // Fast path, the commonest characters by far: a lower-case ASCII or Cyrillic letter
    // inside a word of its own script (what the general steps below do for them, inlined).
    // Stryker disable ConditionalExpression,EqualityOperator,BlockStatement: taking the general steps instead changes nothing but the speed
    if (wordStart >= 0) {
      if (code >= 0x61 && code <= 0x7a && wordGroup === LATIN) {
        letters[LATIN] = (letters[LATIN] ?? 0) + 1;
        hash = fnv1aStep(hash, code);
        continue;
      }
      if (code >= 0x430 && code <= 0x44f && wordGroup === CYRILLIC) {
        letters[CYRILLIC] = (letters[CYRILLIC] ?? 0) + 1;
        hash = fnv1aStep(hash, code);
        tally.add(code);
        continue;
      }
    }
    // Stryker restore ConditionalExpression,EqualityOperator,BlockStatement
    const group = scriptGroup(code);
    if (group === MARK) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: no stopword holds a combining mark, so a word with one is no stopword with or without it in the hash; a new word resets the hash
      if (wordStart >= 0) hash = fnv1aStep(hash, code);
      continue;
    }
    if (group === NONE) {
      if (wordStart >= 0) {
        words[wordGroup] = (words[wordGroup] ?? 0) + 1;
        // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; no word of another script, nor one longer than the longest stopword, is in a list
        if ((wordGroup === LATIN || wordGroup === CYRILLIC) && i - wordStart <= MAX_STOPWORD_LENGTH) {
          const mask = stopwordMask(lower, wordStart, i, hash >>> 0);
          // Stryker disable next-line ConditionalExpression: a mask of 0 adds to no language
          if (mask !== 0) addStopword(mask, hits, scores);
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
      // A word of letters this character interrupts (a word's group is never one of these three).
      if (wordStart >= 0) {
        words[wordGroup] = (words[wordGroup] ?? 0) + 1;
        wordStart = -1;
      }
      if (group === CJK && isKana(code)) kana++;
      continue;
    }
    if (wordStart < 0) {
      wordStart = i;
      wordGroup = group;
      hash = FNV1A_SEED;
    }
    hash = fnv1aStep(hash, code);
    if (group === LATIN) {
      // Stryker disable next-line EqualityOperator: lower-cased, À (U+00C0) never arrives
      if (code >= LATIN_TALLY_START) {
        latinExtended++;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: the tally skips what is beyond its ranges itself
        if (code < LATIN_TALLY_END) tally.add(code);
      }
    } else if (group === CYRILLIC) {
      // Every Cyrillic letter is in the tally's range, U+0400–U+052F.
      tally.add(code);
    }
    // Stryker disable next-line ConditionalExpression: a shortcut past the thirteen comparisons for the other scripts; only Arabic letters have these codes
    if (group === ARABIC) {
      if (code === 0x679 || code === 0x688 || code === 0x691 || code === 0x6ba || code === 0x6d2 || code === 0x6c1 || code === 0x6be) urduOnly++;
      else if (code === 0x67e || code === 0x686 || code === 0x698 || code === 0x6af || code === 0x6cc || code === 0x6a9) persian++;
    }
  }

  let best = NONE;
  let bestLetters = 0;
  // Stryker disable next-line EqualityOperator: letters[GROUPS] is missing, read as 0
  for (let g = 0; g < GROUPS; g++) {
    const count = letters[g] ?? 0;
    if (count > bestLetters) {
      best = g;
      bestLetters = count;
    }
  }
  // No letters at all leave best at NONE, which has no words.
  if (best === OTHER || (words[best] ?? 0) < 2) return null;

  const byScript = SCRIPT_LANGUAGE[best];
  if (byScript) return { language: byScript, basis: 'script' };
  // Each CJK character counted twice in bestLetters.
  if (best === CJK) return { language: kana * KANA_ONE_IN >= bestLetters / 2 ? 'ja' : 'zh', basis: 'script' };
  const floor = Math.max(1, bestLetters * MAX_FOREIGN_SHARE);
  if (best === ARABIC) {
    if (urduOnly >= floor) return { language: 'ur', basis: 'letters' };
    return persian >= floor ? { language: 'fa', basis: 'letters' } : { language: 'ar', basis: 'script' };
  }
  const latin = best === LATIN;
  const candidates = latin
    ? allowedBy(tally, LATIN_TALLY_START, latinExtended, LATIN_LANGUAGES, floor)
    : allowedBy(tally, CYRILLIC_TALLY_START, bestLetters, CYRILLIC_LANGUAGES, floor);
  const evidence = { hits, scores, words: words[best] ?? 0, minStopwords };
  return pickLanguage(evidence, candidates, latin ? LATIN_LANGUAGES : CYRILLIC_LANGUAGES);
}

/** Adds one stopword to the languages of its mask: a word shared by k languages gives each 1/k. */
function addStopword(mask: number, hits: number[], scores: number[]): void {
  let shared = 0;
  for (let m = mask; m !== 0; m &= m - 1) shared++;
  const weight = SCORE_UNIT / shared;
  // Only the set bits are visited, lowest first: `m & -m` is the lowest.
  for (let m = mask; m !== 0; m &= m - 1) {
    const bit = 31 - Math.clz32(m & -m);
    hits[bit] = (hits[bit] ?? 0) + 1;
    scores[bit] = (scores[bit] ?? 0) + weight;
  }
}

/** Counts of letters by code point, for the Latin (U+00C0–U+024F) and Cyrillic (U+0400–U+052F) ranges. */
class Tally {
  #latin: number[] | null = null;
  #cyrillic: number[] | null = null;

  add(code: number): void {
    // It is given Latin letters from U+00DF below U+0250 and Cyrillic ones from U+0400.
    // Stryker disable next-line EqualityOperator: U+0250 is never given
    if (code < LATIN_TALLY_END) {
      // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: a missing or extra count reads as 0
      const counts = (this.#latin ??= new Array<number>(LATIN_TALLY_END - LATIN_TALLY_START).fill(0));
      counts[code - LATIN_TALLY_START] = (counts[code - LATIN_TALLY_START] ?? 0) + 1;
    } else {
      // The rest is Cyrillic, U+0400–U+052F.
      // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: a missing or extra count reads as 0
      const counts = (this.#cyrillic ??= new Array<number>(CYRILLIC_TALLY_END - CYRILLIC_TALLY_START).fill(0));
      counts[code - CYRILLIC_TALLY_START] = (counts[code - CYRILLIC_TALLY_START] ?? 0) + 1;
    }
  }

  /** The counts of the range that starts at `from` (one of the two), by offset from it; `null` when none was counted. */
  counts(from: number): readonly number[] | null {
    return from === LATIN_TALLY_START ? this.#latin : this.#cyrillic;
  }
}

/**
 * The languages of `script` whose alphabet covers all the counted letters but `floor`.
 * `counted` is how many letters of the script the alphabets are checked against (the Latin
 * letters beyond a–z, every Cyrillic letter); `tally` holds them by code point, the
 * script's range starting at `from`.
 */
function allowedBy(tally: Tally, from: number, counted: number, script: number, floor: number): number {
  const covered = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  // Stryker disable next-line ArrayDeclaration: a count at the range's first code point, À or Ѐ, capitals that never arrive, covers nothing
  const counts = tally.counts(from) ?? [];
  // Stryker disable next-line EqualityOperator: a count past the end is missing, read as 0
  for (let k = 0; k < counts.length; k++) {
    const count = counts[k] ?? 0;
    // Stryker disable next-line ConditionalExpression: a shortcut; a count of 0 covers nothing
    if (count === 0) continue;
    const mask = LETTER_LANGUAGES.get(from + k) ?? 0;
    // Stryker disable next-line EqualityOperator: no mask has a bit past the languages
    for (let bit = 0; bit < covered.length; bit++) if (mask & (1 << bit)) covered[bit] = (covered[bit] ?? 0) + count;
  }
  let allowed = 0;
  // Stryker disable next-line EqualityOperator: no script mask has a bit past the languages
  for (let bit = 0; bit < covered.length; bit++) {
    if (script & (1 << bit) && counted - (covered[bit] ?? 0) <= floor) allowed |= 1 << bit;
  }
  return allowed;
}

interface StopwordEvidence {
  readonly hits: readonly number[];
  readonly scores: readonly number[];
  /** Words in the winning script. */
  readonly words: number;
  readonly minStopwords: number;
}

/** The stopword winner among `candidates`, or `null` when the evidence is too thin or disagrees. */
function pickLanguage(evidence: StopwordEvidence, candidates: number, script: number): LanguageReading | null {
  // Stryker disable next-line ConditionalExpression: with no candidate topTwo finds none, the next check
  if (candidates === 0) return null;
  const { hits, words, minStopwords } = evidence;
  const [best, second] = topTwo(evidence.scores, candidates);
  // Stryker disable next-line ConditionalExpression: topTwo finds a best among candidates, which there are
  if (best < 0) return null;
  const bestHits = hits[best] ?? 0;
  const strong = (k: number): boolean => (hits[k] ?? 0) >= minStopwords && (hits[k] ?? 0) >= words * MIN_STOPWORD_SHARE;
  // The words clearly name a language that the letters ruled out: two readings, no answer.
  // (A language the letters allow cannot lead best, the top of those they allow.)
  const [overall] = topTwo(evidence.scores, script);
  // Stryker disable next-line ConditionalExpression: scores[-1] is missing, read as 0 too
  const lead = (k: number, over: number): number => (evidence.scores[k] ?? 0) - (over < 0 ? 0 : (evidence.scores[over] ?? 0));
  if (strong(overall) && lead(overall, best) >= MIN_LEAD) return null;
  const language = STOPWORD_LANGUAGES[best] ?? null;
  // Stryker disable next-line ConditionalExpression: best is a language's bit here; the check is for the type
  if (language === null) return null;
  const left = popcount(candidates);
  if (left === 1) return bestHits >= Math.min(1, minStopwords) ? { language, basis: 'letters' } : null;
  if (lead(best, second) < MIN_LEAD) return null;
  const enough = left <= MAX_NARROWED ? bestHits >= Math.min(MIN_NARROWED_HITS, minStopwords) : strong(best);
  return enough ? { language, basis: 'stopwords' } : null;
}

/** The two highest-scoring languages of `mask`, best first; -1 where there is none (for the second, none that scored). */
function topTwo(scores: readonly number[], mask: number): [number, number] {
  let best = -1;
  // Stryker disable next-line UnaryOperator: the first language of the mask sets it to best's -1
  let second = -1;
  // Stryker disable next-line EqualityOperator: no mask has a bit past the languages
  for (let k = 0; k < scores.length; k++) {
    if (!(mask & (1 << k))) continue;
    const score = scores[k] ?? 0;
    if (best < 0 || score > (scores[best] ?? 0)) {
      second = best;
      best = k;
      // With no second yet scores[-1] reads as 0: one that scored nothing stays out, the same lead.
    } else if (score > (scores[second] ?? 0)) {
      second = k;
    }
  }
  return [best, second];
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/**
 * Whether a character of the CJK group is kana: of its ranges, hiragana and katakana
 * (U+3041–U+30FF), the katakana extensions (U+31F0–U+31FF) and halfwidth katakana
 * (U+FF66–U+FF9F) are, the ideographs from U+3400 on are not.
 */
function isKana(code: number): boolean {
  return code < 0x3400 || code >= 0xff66;
}

/** The script group of a UTF-16 code unit of lower-cased text, or NONE / MARK. */
function scriptGroup(code: number): number {
  // Lower-cased: no A–Z, and the capitals À–Þ (but ×, not a letter) arrive as à–þ: the
  // letters from ß on but ÷, and the ordinals ª º.
  // Stryker disable next-line EqualityOperator: U+0080 is no letter either way
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? LATIN : NONE;
  if (code < 0x250) return code >= 0xdf && code !== 0xf7 ? LATIN : code === 0xaa || code === 0xba ? LATIN : NONE;
  if (code < 0x300) return NONE;
  // Stryker disable next-line EqualityOperator: Ͱ (U+0370) arrives lower-cased, as ͱ
  if (code < 0x370) return MARK;
  // Stryker disable next-line EqualityOperator: Ѐ (U+0400) arrives lower-cased, as ѐ
  if (code < 0x400) return code === 0x37e || code === 0x387 ? NONE : GREEK;
  if (code < 0x530) return code >= 0x483 && code <= 0x489 ? MARK : CYRILLIC;
  // Stryker disable next-line EqualityOperator: Ա (U+0531) arrives lower-cased, as ա
  if (code < 0x590) return code >= 0x531 && code !== 0x589 && code !== 0x58a ? ARMENIAN : NONE;
  // Stryker disable next-line EqualityOperator: U+0600, the Arabic number sign, is no letter either way
  if (code < 0x600) return code >= 0x5d0 && code <= 0x5f2 ? HEBREW : code >= 0x591 && code <= 0x5c7 ? MARK : NONE;
  if (code < 0x700) {
    if ((code >= 0x620 && code <= 0x64a) || (code >= 0x66e && code <= 0x6d3) || code === 0x6d5 || code >= 0x6fa) return ARABIC;
    // U+0670 (superscript alef, a mark) is in the letter range above: it counts as a letter.
    return (code >= 0x64b && code <= 0x65f) || (code >= 0x6d6 && code <= 0x6ed) ? MARK : NONE;
  }
  if (code < 0x750) return OTHER;
  if (code < 0x780) return ARABIC;
  // Stryker disable next-line EqualityOperator: U+0E00 is unassigned
  if (code < 0xe00) return OTHER;
  if (code < 0xe80) {
    // Stryker disable next-line ConditionalExpression: below U+0E01 only the unassigned U+0E00 arrives
    if ((code >= 0xe01 && code <= 0xe30) || (code >= 0xe40 && code <= 0xe46)) return THAI;
    return code <= 0xe4e ? MARK : NONE;
  }
  // Stryker disable next-line EqualityOperator: Ⴀ (U+10A0) arrives lower-cased, as ⴀ (U+2D00)
  if (code < 0x10a0) return OTHER;
  // Mkhedruli; its Mtavruli capitals (U+1C90–U+1CBF) are lower-cased to it.
  if (code < 0x1100) return GEORGIAN;
  if (code < 0x1200) return HANGUL;
  if (code < 0x1400) return OTHER;
  if (code >= 0x1780 && code < 0x18b0) return OTHER;
  // Stryker disable next-line EqualityOperator: Ḁ (U+1E00) arrives lower-cased, as ḁ
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
