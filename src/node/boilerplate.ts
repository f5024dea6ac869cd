/**
 * Learning a boilerplate profile: the lines each host repeats across its documents (menus,
 * banners, subscription blocks, print trailers), counted over a corpus. It lives in the
 * corpus entry rather than the core, which carries only what applying a profile takes
 * (src/parse/boilerplate.ts). docs/boilerplate.md describes the rules and the format.
 */
import { FNV1A_SEED, fnv1aStep } from '../internal/hash.js';
import { numberAtLeast, readOptions, type OptionCheck } from '../internal/options.js';
import { Reporter } from '../internal/report.js';
import type { Article, ParseResult, SectionKind } from '../model/article.js';
import { boilerplateKey, type BoilerplateHost, type BoilerplateProfile } from '../parse/boilerplate.js';
import { readHeader } from '../parse/header.js';
import { pageUnits } from '../parse/page.js';
import { parseArticle } from '../parse/parse-article.js';
import { scanInput } from '../parse/scan.js';

// The thresholds, each next to its reason.

// A line is boilerplate when a fifth of a host's documents or more carry it: a template's
// menu or trailer stands on every page, a campaign banner on a good share of them, while
// a sentence of one article comes back only in its reposts and quotes.
const DEFAULT_SHARE = 0.2;
// Hosts with fewer documents are not learned: below ten, a fifth is one or two pages, and
// one page and its repost are no template.
const DEFAULT_MIN_DOCUMENTS = 10;
// However small the share, a line must stand in three documents: two can be one story and
// its repost (a host with ten to fourteen documents needs three, not two).
const MIN_LINE_DOCUMENTS = 3;
// Every this many documents of a host, a line seen once that has not come back in at least
// as many documents is forgotten, so memory follows the lines of the recent pages rather
// than every line of the corpus. A line on a fifth of the pages, spread evenly, misses a
// hundred pages in a row with odds of 0.8^100 ≈ 2·10⁻¹⁰.
const FORGET_AFTER_DOCUMENTS = 100;

/**
 * Sections whose lines the parser already reads for what they are: a profile would change
 * nothing, or (tags) take a field away. The header is not among them: its line is never a
 * unit (the units start after it, and the rest of its line is a section of its own).
 */
const NOT_LEARNED: ReadonlySet<SectionKind> = new Set<SectionKind>(['tags', 'xpath', 'image', 'link', 'timestamp', 'credit']);

/** A share above 0 and at most 1. */
const isShare: OptionCheck<number> = (value, where) => {
  const share = numberAtLeast(0)(value, where);
  if (share === 0 || share > 1) throw new RangeError(`${where} must be above 0 and at most 1, got ${share}`);
  return share;
};

const OPTIONS = { share: isShare, minDocuments: numberAtLeast(1, { integer: true, allowInfinity: false }) };

/**
 * Options for {@link learnBoilerplate} and {@link createBoilerplateLearner}.
 *
 * @example
 * ```ts
 * const options: LearnBoilerplateOptions = { share: 0.3, minDocuments: 20 };
 * ```
 */
export interface LearnBoilerplateOptions {
  /**
   * The share of a host's documents a line must stand in to be boilerplate (and in three
   * at least, whatever the share).
   *
   * @default 0.2
   * @example
   * ```ts
   * const options: LearnBoilerplateOptions = { share: 0.5 }; // only lines on half the pages
   * ```
   */
  readonly share?: number;
  /**
   * The fewest documents a host must have to be learned; a host with fewer gets no entry.
   *
   * @default 10
   * @example
   * ```ts
   * const options: LearnBoilerplateOptions = { minDocuments: 50 };
   * ```
   */
  readonly minDocuments?: number;
}

/** What a document given to the learner may be: its text, its parse result, or its article (with `sections`). */
export type BoilerplateDocument = string | ParseResult | Article;

/**
 * A learner fed one document at a time, for corpora read as streams.
 *
 * @example
 * ```ts
 * const learner = createBoilerplateLearner();
 * for await (const record of parseFiles(['corpus/'])) learner.add(record);
 * const profile = learner.profile();
 * ```
 */
export interface BoilerplateLearner {
  /**
   * Counts the lines of one document for its host (`source.host`). A document without a
   * host, or whose story (its title and first paragraph) the host already had, counts nothing.
   *
   * @throws TypeError when `document` is none of {@link BoilerplateDocument}, or an article without `sections`.
   */
  add(document: BoilerplateDocument): void;
  /** The profile of the documents added so far, hosts and lines in code-unit order. */
  profile(): BoilerplateProfile;
  /** How many lines the learner holds now, over all hosts: what its memory grows with. */
  readonly lines: number;
}

/** What the learner keeps per host. */
interface HostTally {
  documents: number;
  /** Hashes of the stories counted, so that a repost counts once. */
  readonly stories: Set<number>;
  /** Per line key: in how many documents, and the first one it stood in. */
  readonly lines: Map<string, { count: number; readonly first: number }>;
}

/** A 53-bit hash of a text, from two FNV-1a passes: story keys collide once in 10¹⁶ pairs, not in 4·10⁹. */
function storyHash(text: string): number {
  let a = FNV1A_SEED;
  let b = FNV1A_SEED ^ 0x5bd1e995;
  // Stryker disable next-line EqualityOperator: one step past the end mixes in NaN, read as 0: another hash of the same text, no likelier to collide
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = fnv1aStep(a, c);
    b = fnv1aStep(b, c ^ 0xa5);
  }
  // Stryker disable next-line ArithmeticOperator: another mix of the two halves changes only the odds of a collision, which no test of a few stories can see
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** The text and the article of a document as given. */
function readDocument(document: unknown): { text: string; article: Article | null } {
  if (typeof document === 'string') return { text: document, article: parseArticle(document).article };
  // Stryker disable next-line ConditionalExpression,LogicalOperator: without the check, `'article' in` null or a primitive is a TypeError too
  if (document === null || typeof document !== 'object') throw new TypeError(`learnBoilerplate: a document must be a string, a parse result or an article, got ${document === null ? 'null' : typeof document}`);
  const article = 'article' in document ? (document as ParseResult).article : (document as Article);
  // Stryker disable next-line StringLiteral: add() returns on a null article before it reads the text
  if (article === null) return { text: '', article: null };
  // Stryker disable next-line ConditionalExpression: without the check, reading the sections of an article without them is a TypeError too
  if (!Array.isArray(article.sections)) throw new TypeError('learnBoilerplate: an article needs its sections (the command writes them with --sections)');
  return { text: article.sections.map((s) => s.text).join(''), article };
}

/** The keys of a document's lines that may be boilerplate, each once. */
function lineKeys(text: string, article: Article): Set<string> {
  // Section offsets may be into a whole corpus; the text starts at the first section.
  const base = article.sections[0]?.start ?? 0;
  const kindAt = new Map<number, SectionKind>();
  for (const s of article.sections) kindAt.set(s.start - base, s.kind);
  const report = new Reporter();
  const scan = scanInput(text, report);
  const units = pageUnits(text, scan.lines, readHeader(text, scan.lines, report), report);
  const keys = new Set<string>();
  for (const u of units) {
    const kind = kindAt.get(u.start);
    // Stryker disable next-line ConditionalExpression: the set has no undefined either; the check is for the type
    if (kind !== undefined && NOT_LEARNED.has(kind)) continue;
    const key = boilerplateKey(u.text);
    if (key !== null) keys.add(key);
  }
  return keys;
}

/** Object keys in code-unit order: the profile's bytes do not depend on the order of the documents' hosts. */
function byCodeUnits(a: string, b: string): number {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: the keys are distinct, and V8's sort asks only whether the result is below 0
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Creates a learner that counts, document by document, the lines each host repeats; its
 * `profile()` is what {@link learnBoilerplate} returns for the same documents in the same
 * order.
 *
 * @param options - The share and the fewest documents per host.
 * @returns The learner.
 * @throws TypeError when an option is unknown or not a number.
 * @throws RangeError when `share` is not above 0 and at most 1, or `minDocuments` is not a whole number of at least 1.
 * @example
 * ```ts
 * const learner = createBoilerplateLearner({ minDocuments: 10 });
 * for await (const record of parseFiles(['corpus/'])) learner.add(record);
 * JSON.stringify(learner.profile());
 * ```
 */
export function createBoilerplateLearner(options?: LearnBoilerplateOptions): BoilerplateLearner {
  const checked = readOptions('createBoilerplateLearner', options, OPTIONS);
  const share = checked.share ?? DEFAULT_SHARE;
  const minDocuments = checked.minDocuments ?? DEFAULT_MIN_DOCUMENTS;
  const hosts = new Map<string, HostTally>();
  return {
    add(document: BoilerplateDocument): void {
      const { text, article } = readDocument(document);
      if (article === null) return;
      const host = article.source?.host;
      if (host === undefined) return;
      let tally = hosts.get(host);
      if (tally === undefined) {
        tally = { documents: 0, stories: new Set(), lines: new Map() };
        hosts.set(host, tally);
      }
      // A repost of a story the host already had would teach its text as boilerplate. The story
      // is its headline and its first paragraph together: a banner may stand in for either
      // on many pages (taken for the headline, or opening a page without a dateline), and
      // pages that shared a banner must not count as one story.
      // Stryker disable next-line StringLiteral: any text for a missing headline or paragraph names the same story the same way
      const story = article.title === null && article.paragraphs.length === 0 ? null : `${article.title ?? ''}\n${article.paragraphs[0] ?? ''}`;
      if (story !== null) {
        // Stryker disable next-line MethodExpression: upper case folds the letters' case as lower case does (they differ on letters such as ß, where neither is more right)
        const hash = storyHash(story.toLowerCase());
        if (tally.stories.has(hash)) return;
        tally.stories.add(hash);
      }
      const n = ++tally.documents;
      for (const key of lineKeys(text, article)) {
        const entry = tally.lines.get(key);
        if (entry === undefined) tally.lines.set(key, { count: 1, first: n });
        else entry.count++;
      }
      if (n % FORGET_AFTER_DOCUMENTS === 0) {
        for (const [key, entry] of tally.lines) if (entry.count === 1 && entry.first <= n - FORGET_AFTER_DOCUMENTS) tally.lines.delete(key);
      }
    },
    profile(): BoilerplateProfile {
      const out: Record<string, BoilerplateHost> = {};
      for (const host of [...hosts.keys()].sort(byCodeUnits)) {
        const tally = hosts.get(host) as HostTally;
        if (tally.documents < minDocuments) continue;
        const lines: Record<string, number> = {};
        const kept = [...tally.lines].filter(([, e]) => e.count >= MIN_LINE_DOCUMENTS && e.count / tally.documents >= share);
        for (const [key, entry] of kept.sort((a, b) => byCodeUnits(a[0], b[0]))) lines[key] = entry.count;
        if (kept.length > 0) out[host] = { documents: tally.documents, lines };
      }
      return { version: 1, share, minDocuments, hosts: out };
    },
    get lines(): number {
      let held = 0;
      for (const tally of hosts.values()) held += tally.lines.size;
      return held;
    },
  };
}

/**
 * Learns a boilerplate profile from a corpus: for each host (`source.host`) with at least
 * `minDocuments` documents, the lines that stand in at least `share` of them (and in three
 * at least). A line is keyed with its blanks folded and in lower case; its digits stay, as
 * an automated note repeats its wording with new figures and is article text. Reposts of
 * one story (the same headline and first paragraph) count once; lines the parser reads as
 * tags, dates, URLs, images, XPaths or credits are not learned, nor is a line without a
 * letter or longer than 500 code units. The same documents in the same order give the same profile, byte for byte
 * once serialised. Give it to `parseArticle(text, { boilerplate: profile })`.
 *
 * @param documents - The documents: texts, parse results (records of `parseCorpus`, `parseStream`, {@link parseFiles}) or articles with their sections.
 * @param options - The share and the fewest documents per host.
 * @returns The profile, hosts and lines in code-unit order.
 * @throws TypeError when `documents` is not iterable or holds something else, or an option is unknown or not a number.
 * @throws RangeError when an option is out of its range.
 * @example
 * ```ts
 * const page = (w) => ` date 2021-11-02 https://north-post.example/${w}\n\nThe ${w} reopens\n\nThe ${w} reopened on Friday, the mayor said.\n\nFollow North Post on Telegram`;
 * const places = ['harbour', 'bridge', 'school', 'market', 'museum', 'park', 'stadium', 'library', 'station', 'theatre'];
 * const profile = learnBoilerplate(places.map(page));
 * profile.hosts['north-post.example'];
 * //=> { documents: 10, lines: { 'follow north post on telegram': 10 } }
 * ```
 */
export function learnBoilerplate(documents: Iterable<BoilerplateDocument>, options?: LearnBoilerplateOptions): BoilerplateProfile {
  const learner = createBoilerplateLearner(options);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: without the check, `for…of` over null or a non-iterable is a TypeError too
  if (documents === null || typeof (documents as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') throw new TypeError('learnBoilerplate expects an iterable of documents');
  for (const document of documents) learner.add(document);
  return learner.profile();
}
