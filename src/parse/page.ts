/**
 * The page stage: decides what each line of page text is — headline, repeat, lead,
 * metadata, article text, footer — from its own shape and its neighbours. Real pages
 * deviate in dozens of ways (docs/format.md lists them); the rules here are the shapes,
 * each with a fixture of ours that shows it.
 */
import type { SectionKind, Source } from '../model/article.js';
import { matchDateline, type DatelineMatch } from './dateline.js';
import { readTimeMarker } from './entries.js';
import { readDayMonth, skipBlanks, skipWeekday } from '../internal/date-words.js';
import {
  countWords,
  isBareUrl,
  isChrome,
  isCredit,
  isDateLine,
  isFooterLine,
  isHeadlineShape,
  isCallToAction,
  isImageUrl,
  isLoneYear,
  keywordItems,
  MAX_HEADLINE_UNIT_WORDS,
  isProse,
  isTagShape,
  isXpath,
  leadSuffixStart,
  stripLeadSuffix,
  stripSiteSuffix,
} from './page/line-kinds.js';
import { foldedText, isLowerCode, isWordCode, trimBlanks } from '../internal/chars.js';
import type { Reporter } from '../internal/report.js';
import { findTimestamp } from '../normalize/normalize-timestamp.js';
import type { Header } from './header.js';
import { glueSeams, looksGlued } from './page/glue.js';
import type { Line } from './scan.js';

/** One run of page text: a non-blank line, or the text after the header on the header line. */
export interface Unit {
  /** Offset of the first non-blank character in the original input. */
  readonly start: number;
  /** Offset just past the last non-blank character. */
  readonly end: number;
  /** The text with blanks folded to single spaces. */
  readonly text: string;
  readonly words: number;
  /** Whether it shares the header line. */
  readonly onHeaderLine: boolean;
}

/** The words of a URL's slug (`harbour-reopens-after-repairs`), lower case. */
export function slugWords(source: Source | null): string[] {
  const slug = source?.slug;
  if (!slug) return [];
  return slug
    .toLowerCase()
    // Stryker disable next-line Regex: one separator at a time leaves empty words, which the filter drops.
    .split(/[-_]+/)
    .filter((w) => w.length > 0);
}

function toUnit(input: string, from: number, to: number, onHeaderLine: boolean): Unit {
  const text = foldedText(input, from, to);
  return { start: from, end: to, text, words: countWords(text), onHeaderLine };
}

/**
 * Splits the page text after the header into units: the header tail, then each non-blank
 * line. A whole page flattened onto the header line, its fields glued together
 * (`PAGE_TEXT_GLUED`), is cut at its seams and each glued field read as a line of its own.
 */
export function pageUnits(input: string, lines: readonly Line[], header: Header, report: Reporter): Unit[] {
  const units: Unit[] = [];
  if (header.tail) units.push(toUnit(input, header.tail[0], header.tail[1], true));
  // Without a header, the page text starts on the first line.
  for (let i = header.lineIndex < 0 ? 0 : header.lineIndex + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.contentStart < line.contentEnd) units.push(toUnit(input, line.contentStart, line.contentEnd, false));
  }
  const only = units[0];
  if (units.length === 1 && only?.onHeaderLine && looksGlued(input, only.start, only.end)) {
    const seams = glueSeams(input, only.start, only.end);
    report.add('PAGE_TEXT_GLUED', `The page is one line of ${seams.length + 1} glued fields; each was read as a line.`, only.start, only.end);
    units.length = 0;
    let at = only.start;
    for (const seam of [...seams, only.end]) {
      const [from, to] = trimBlanks(input, at, seam);
      if (from < to) units.push(toUnit(input, from, to, at === only.start));
      at = seam;
    }
  }
  return units;
}

/** What the page stage decided. */
export interface Layout {
  /** The section kind of each unit. */
  readonly kinds: readonly SectionKind[];
  /** Index of the headline unit, or -1. */
  readonly title: number;
  /** The headline text (a variant's text without its suffix when no clean headline exists). */
  readonly titleText: string | null;
  readonly titleFromVariant: boolean;
  /** The description text, without its suffix. */
  readonly lead: string | null;
  /** The unit the lead was read from, or -1. */
  readonly leadUnit: number;
  /** The first article unit and the offset inside it where the article starts, or null. */
  readonly bodyStart: { readonly unit: number; readonly at: number } | null;
  /**
   * Offset where a description's suffix (`17.10.2021, Sputnik International`) starts in the
   * first article unit, when the article opens with such a description; else -1.
   */
  readonly bodyStartSuffix: number;
  /** The dateline at the body start, offsets into the input. */
  readonly dateline: DatelineMatch | null;
  /** The units of the article text, in order. */
  readonly body: readonly number[];
  /** Units whose text may give the publication time, in order (metadata before the article). */
  readonly metadata: readonly number[];
  /** Whether unit `i` is among {@link Layout.metadata}. */
  readonly isMetadata: (i: number) => boolean;
  /** The units set aside as chrome or footer because the boilerplate profile lists them, in order. */
  readonly setAside: readonly number[];
}

// The thresholds of the page stage, each next to its reason.

// Words after the header date that stand in for the URL (`News`, `Sign up`, `Left Menu`)
// are page chrome; a headline on the header line is longer (fixtures/header-chrome-word.txt).
const MAX_HEADER_CHROME_WORDS = 3;
// A repeat of the headline may add a site suffix or a word or two, but not double in length:
// `… – RIA Novosti, 11/21/2021` (fixtures/title-repeats-with-suffixes.txt).
const REPEAT_LENGTH_FACTOR = 2;
const REPEAT_EXTRA_WORDS = 3;
// Share of shared words (Jaccard) at which two lines are one headline with its quotes,
// case or a word changed (corpus 013: straight vs curly quotes).
const SAME_HEADLINE_OVERLAP = 0.7;
// A summary repeats the article's whole first sentence (UrduPoint, corpus 030); a line that
// short is a headline even when the first sentence says no more (`Putin meets Biden.`).
const MIN_SUMMARY_WORDS = 8;
// How far into a page the article's dateline may stand (the 2020 Sputnik template has 24
// lines of widgets and links before it, corpus 161).
const DATELINE_SEARCH_UNITS = 40;
// Repeats of the headline stand near the top: the dateline window and a little more.
const HEADLINE_REPEAT_WINDOW = DATELINE_SEARCH_UNITS + 20;
// Without a dateline or a line that reads as a sentence, a line this long is taken for the
// article (fixtures/header-with-body.txt).
const MIN_FALLBACK_BODY_WORDS = 12;
// Before the article, a text line this long is a lead or standfirst; shorter ones are
// bylines, kickers and buttons (fixtures/ria-full-metadata-block.txt).
const MIN_LEAD_WORDS = 8;
// A standfirst right under the headline has at least this many words; shorter lines there
// are bylines and kickers (`Ivan Smirnov`; fixtures/one-line-document.txt).
const MIN_STANDFIRST_WORDS = 4;
// A tag block that the template's XPath, image or URL lines do not close holds at least
// this many tags (corpus 216 has two; a lone line after a date is a byline, corpus 253).
const MIN_TAG_BLOCK_LINES = 2;
// Inside the article, chrome lines up to this long (`Share`, `Read more`, `Advertisement`)
// are left out of the body; a longer line is text that only looks like chrome.
const MAX_CHROME_IN_BODY_WORDS = 6;
// Between a teaser and the page's stamp stand at most a byline and a section name, each a
// few words (`AFP WORLD`, corpus 229).
const MAX_BYLINE_LINES = 2;
const MAX_BYLINE_WORDS = 4;
// Lines shorter than this make a headline only where no longer candidate is there:
// menus and buttons are that short, and so is `Putin meets Biden` (fixtures/short-headline.txt).
const MIN_PREFERRED_HEADLINE_WORDS = 4;
// A line glued from two links loses to any clean candidate, short ones included (the
// short-line and first-place scores together are three).
const GLUED_LINE_PENALTY = 4;
// The URL slug spells a headline when at least this many slug words make it and at least
// this share of them are the headline's words (`harbour-reopens-after-repairs`).
const MIN_SLUG_WORDS = 3;
const SLUG_MATCH_SHARE = 0.5;

/** Intrinsic kinds, known from a line alone. */
type BaseKind = 'xpath' | 'image' | 'link' | 'credit' | 'chrome' | 'timestamp';

function baseKind(unit: Unit): BaseKind | null {
  const { text, words } = unit;
  if (isXpath(text)) return 'xpath';
  if (isBareUrl(text)) return isImageUrl(text) ? 'image' : 'link';
  if (isCredit(text)) return 'credit';
  // Words in place of the header URL (`News`, `Sign up`, `UrduPoint.com`) are page chrome.
  if (unit.onHeaderLine && words <= MAX_HEADER_CHROME_WORDS) return 'chrome';
  // A bare date (`2021-10-16`) is a date line before it is a line of figures; a headline
  // with a dated site suffix (`… – RIA Novosti, 11/02/2021`) is a title variant, not one.
  if (isDateLine(text, words) && stripSiteSuffix(text) === null) return 'timestamp';
  if (isChrome(text, words)) return 'chrome';
  return null;
}

/**
 * The most of a line that headline comparison reads: a headline of twenty-five words with a
 * site suffix is well under it, and a line longer than that repeats no headline.
 */
const MAX_COMPARED_LENGTH = 1000;

/** Folds a line for comparison: lower case, quotes, dashes and punctuation as spaces. */
function comparable(text: string): string {
  // Quotes of every style are among the characters that become a space.
  return text
    .slice(0, MAX_COMPARED_LENGTH)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A headline's comparable form and word set, computed once per line. */
interface HeadlineKey {
  readonly folded: string;
  readonly words: ReadonlySet<string>;
}

function headlineKey(text: string): HeadlineKey {
  const folded = comparable(text);
  return { folded, words: new Set(folded.split(' ').filter((w) => w.length > 0)) };
}

/** Whether two lines' word counts are close enough for one to repeat the other. */
function comparableLength(a: Unit, b: Unit): boolean {
  return isRepeatLength(a.words, b.words) && isRepeatLength(b.words, a.words);
}

/** Whether a line of `words` words is short enough to repeat a headline of `headline` words. */
function isRepeatLength(words: number, headline: number): boolean {
  return words <= REPEAT_LENGTH_FACTOR * headline + REPEAT_EXTRA_WORDS;
}

/** Whether two headlines are the same up to quotes, case, punctuation or a word or two. */
function sameHeadline(a: HeadlineKey, b: HeadlineKey): boolean {
  if (a.folded === b.folded) return true;
  let common = 0;
  for (const w of a.words) if (b.words.has(w)) common++;
  return common / (a.words.size + b.words.size - common) >= SAME_HEADLINE_OVERLAP;
}

/**
 * Whether a line is a summary: the whole first sentence of the article text after its
 * dateline, word for word (UrduPoint, corpus 030, 045). A headline that only opens like the
 * text (`… closed for the season` over `… closed for the season on Sunday, …`) is no summary.
 */
function isSummaryOf(text: string, articleText: string): boolean {
  const words = comparable(text).split(' ');
  if (words.length < MIN_SUMMARY_WORDS) return false;
  // Walk the article text word by word (a word is a run of letters and digits, as
  // `comparable` reads it); the line's words must be its first ones, then a sentence end.
  let at = 0;
  for (const word of words) {
    while (at < articleText.length && !isWordCode(articleText.charCodeAt(at))) at++;
    const start = at;
    while (at < articleText.length && isWordCode(articleText.charCodeAt(at))) at++;
    // (The line's words are never empty: an empty run of the text is no match.)
    if (articleText.slice(start, at).toLowerCase() !== word) return false;
  }
  return SENTENCE_END_AHEAD.test(articleText.slice(at, at + 4));
}
// What may follow the last word of a sentence: closing quotes, then `.`, `!`, `?` or `…`, or the end.
const SENTENCE_END_AHEAD = /^["”»’')\]]*(?:[.!?…]|$)/u;

/**
 * Whether a short line right under the headline is its standfirst: a statement of a few
 * words in running case (`Firefighters worked through the night`), not a name, a kicker
 * or a button (`Ivan Smirnov`, `Share`), which are shorter or all capitalised.
 */
function isStandfirst(unit: Unit): boolean {
  if (unit.words < MIN_STANDFIRST_WORDS || !isHeadlineShape(unit.text, unit.words)) return false;
  let lowerWords = 0;
  for (const word of unit.text.split(' ')) if (isLowerCode(word.charCodeAt(0))) lowerWords++;
  return lowerWords >= 2;
}

/**
 * Whether a line opens a time-stamped entry of a live page with more than a bare time:
 * `10:34am: Organisers move …`, `00:40 - Fireworks …`, `09:54 GMT …`. A bare `11:00 Brass
 * band concert` may be a line of a programme inside an article (fixtures/article-timetable.txt).
 */
function isEntryStart(text: string): boolean {
  return readTimeMarker(text)?.marked === true;
}

/** Whether a line is a template's keywords line: comma-separated items, all in lower case. */
function isTemplateKeywords(text: string): boolean {
  return keywordItems(text) !== null && text.toLowerCase() === text;
}

/** Letters-only words (a tag may stand where chrome words do: `world`, `news`). */
const PLAIN_WORDS = /^\p{L}[\p{L}\p{M} '’–-]*$/u;

export interface PageContext {
  readonly input: string;
  readonly units: readonly Unit[];
  /** Words of the URL slug, when the URL has one of three words or more. */
  readonly slugWords: readonly string[];
  /** Whether the page is from a Sputnik site, whose template puts a description under the headline. */
  readonly descriptionSlot: boolean;
  /** Which units the boilerplate profile lists for the page's host; absent or `null` without one. */
  readonly listed?: readonly boolean[] | null;
}

/** Finds the dateline that opens a unit, or one after a date prefix (`Wednesday, 2 September 2020 () (RFE/RL) --`). */
export function findDateline(input: string, unit: Unit): { match: DatelineMatch; at: number } | null {
  const raw = input.slice(unit.start, unit.end);
  const direct = matchDateline(raw, 0);
  if (direct && (direct.strong || isProse(unit.text, unit.words))) return { match: direct, at: 0 };
  let i = skipWeekday(raw, 0);
  if (i > 0 && raw.charCodeAt(i) === 0x2c) i++;
  i = skipBlanks(raw, i);
  const date = readDayMonth(raw, i);
  if (!date || date.year === null) return null;
  i = skipBlanks(raw, date.end);
  if (raw.startsWith('()', i)) i = skipBlanks(raw, i + 2);
  const after = matchDateline(raw, i);
  return after && after.strong ? { match: after, at: i } : null;
}

function shiftMatch(match: DatelineMatch, by: number): DatelineMatch {
  return { ...match, start: match.start + by, end: match.end + by, doubledAt: match.doubledAt < 0 ? -1 : match.doubledAt + by };
}

/** The layout of a page no rule could read: every unit is kept, as chrome. */
export function emptyLayout(units: readonly Unit[]): Layout {
  return {
    kinds: units.map(() => 'chrome'),
    title: -1,
    titleText: null,
    titleFromVariant: false,
    lead: null,
    leadUnit: -1,
    bodyStart: null,
    bodyStartSuffix: -1,
    dateline: null,
    body: [],
    metadata: [],
    isMetadata: () => false,
    setAside: [],
  };
}

/**
 * Decides the layout of a page. Lines the boilerplate profile lists are set aside wherever
 * another line can take their part (docs/boilerplate.md): they are not the headline, the
 * lead or the start of the article, and they are chrome inside the article and footer after
 * it. The line that holds the dateline opens the article, listed or not; a page whose
 * article text the profile would take away entirely is read without it.
 */
export function layoutPage(ctx: PageContext): Layout {
  const layout = readLayout(ctx);
  if (layout.bodyStart === null && layout.setAside.length > 0) return readLayout({ ...ctx, listed: null });
  return layout;
}

function readLayout(ctx: PageContext): Layout {
  const { input, units } = ctx;
  const n = units.length;
  const base = units.map(baseKind);
  // A listed line with a kind of its own (a URL, a date line, a credit) keeps that kind; one
  // that only looks like chrome is set aside whatever its length.
  const listed = ctx.listed ?? null;
  const isListed = (i: number): boolean => listed !== null && listed[i] === true && (base[i] === null || base[i] === 'chrome');
  // The 2020 Sputnik template shows a site clock (`12:22 GMT04 November 2020`) over its
  // `Listen Live` button; it tells the time of the crawl, not of the article.
  const clocks = new Set<number>();
  for (let i = 0; i + 1 < n; i++) {
    if (base[i] === 'timestamp' && (units[i + 1] as Unit).text.toLowerCase() === 'listen live') {
      base[i] = 'chrome';
      clocks.add(i);
    }
  }
  const leadText = units.map((u, i) => (base[i] === null ? stripLeadSuffix(u.text) : null));
  const variantText = units.map((u, i) => (base[i] === null && leadText[i] === null ? stripSiteSuffix(u.text) : null));
  // Whether each unit is headline-shaped, asked once per unit.
  const shapes: (boolean | undefined)[] = [];
  const shapeOf = (i: number): boolean => (shapes[i] ??= isHeadlineShape((units[i] as Unit).text, (units[i] as Unit).words));
  // Whether each unit is glued from two links (`…hallFerry…`), asked once per unit.
  const glued: (boolean | undefined)[] = [];
  const gluedOf = (i: number): boolean => (glued[i] ??= glueSeams(input, (units[i] as Unit).start, (units[i] as Unit).end).length > 0);
  const keys: (HeadlineKey | undefined)[] = [];
  const keyOf = (i: number): HeadlineKey => (keys[i] ??= headlineKey((units[i] as Unit).text));
  const isText = (i: number): boolean => base[i] === null && leadText[i] === null && variantText[i] === null && !isListed(i);
  const isBodyProse = (i: number): boolean => isText(i) && isProse((units[i] as Unit).text, (units[i] as Unit).words);

  // 1. The dateline, where there is one, opens the article.
  let bodyUnit = -1;
  let bodyAt = 0;
  let dateline: DatelineMatch | null = null;
  for (let i = 0; i < Math.min(n, DATELINE_SEARCH_UNITS); i++) {
    if (base[i] !== null && base[i] !== 'timestamp' && base[i] !== 'chrome') continue;
    const found = findDateline(input, units[i] as Unit);
    if (found) {
      bodyUnit = i;
      bodyAt = found.at;
      dateline = shiftMatch(found.match, (units[i] as Unit).start);
      break;
    }
  }
  const articleOpening = dateline ? input.slice(dateline.end, (units[bodyUnit] as Unit).end) : '';

  // A headline may end with a full stop; standing over the page's stamp, it is no sentence of
  // the article, which its own stamp does not interrupt (fixtures/headline-final-period.txt).
  const isStampedHeadline = (i: number): boolean => {
    const u = units[i] as Unit;
    return u.text.endsWith('.') && !u.text.endsWith('..') && isPageStamp(i + 1) && isHeadlineShape(u.text.slice(0, -1), u.words);
  };
  const isPageStamp = (i: number): boolean => base[i] === 'timestamp' && !isLoneYear((units[i] as Unit).text);

  // 2. The headline: a headline-shaped line before the article, preferring one the page repeats
  //    or whose words the URL slug spells.
  const isCandidate = (i: number): boolean => {
    const u = units[i] as Unit;
    // Fast path: a unit too long for a headline is none, whatever else it is.
    if (u.words > MAX_HEADLINE_UNIT_WORDS || !isText(i) || findTimestamp(u.text) !== null || isTemplateKeywords(u.text)) return false;
    if (!shapeOf(i) && !isStampedHeadline(i)) return false;
    return !(dateline && isSummaryOf(u.text, articleOpening));
  };
  let candidates: number[] = [];
  if (bodyUnit >= 0) {
    for (let i = 0; i < bodyUnit; i++) if (isCandidate(i)) candidates.push(i);
  } else {
    for (let i = 0; i < n; i++) if (isCandidate(i)) candidates.push(i);
    const first = candidates[0];
    if (first !== undefined) {
      let stop = n;
      for (let i = first + 1; i < n; i++) if (isBodyProse(i)) { stop = i; break; }
      candidates = candidates.filter((i) => i < stop);
    }
  }
  let title = pickHeadline(ctx, candidates, base, keyOf, gluedOf);
  let titleText = title >= 0 ? (units[title] as Unit).text : null;
  let titleFromVariant = false;
  if (title < 0) {
    const limit = bodyUnit >= 0 ? bodyUnit : n;
    for (let i = 0; i < limit; i++) {
      const stripped = variantText[i];
      if (stripped && !isListed(i) && isHeadlineShape(stripped, countWords(stripped))) {
        title = i;
        titleText = stripped;
        titleFromVariant = true;
        break;
      }
    }
  }

  // 3. Without a dateline, the article starts at the first running text after the headline.
  let descriptionUnit = -1;
  let pullQuote = -1;
  if (bodyUnit < 0) {
    const after = title >= 0 ? title + 1 : 0;
    for (let i = after; i < n; i++) if (isBodyProse(i)) { bodyUnit = i; break; }
    // A live page without intro text opens with its first entry: the time-stamped heading
    // over the first prose is where the article starts (fixtures/live-blog-undated.txt).
    if (bodyUnit > after && isText(bodyUnit - 1) && isEntryStart((units[bodyUnit - 1] as Unit).text)) bodyUnit -= 1;
    // The template shows itself without its URL, too: its keywords line, all in lower case,
    // stands over the headline (`russia, sergei shoigu`; fixtures/keywords-over-headline.txt).
    const slot = ctx.descriptionSlot || (title > 0 && units.slice(0, title).some((u) => isTemplateKeywords(u.text)));
    if (bodyUnit >= 0 && slot && !leadText.slice(0, bodyUnit).some((t) => t !== null)) {
      // Sputnik's template renders the description under the headline; it is the lead
      // unless it is the only text on the page.
      for (let i = bodyUnit + 1; i < n; i++) {
        if (isBodyProse(i)) {
          descriptionUnit = bodyUnit;
          bodyUnit = i;
          break;
        }
      }
    }
    // A live page's standfirst (`Follow our live coverage …`) stands between the headline
    // and its first time-stamped entry (fixtures/live-blog.txt).
    if (title >= 0 && bodyUnit === title + 1 && descriptionUnit < 0 && bodyUnit + 1 < n && isEntryStart((units[bodyUnit + 1] as Unit).text)) {
      descriptionUnit = bodyUnit;
      bodyUnit += 1;
    }
    if (bodyUnit < 0) {
      for (let i = after; i < n; i++) {
        const u = units[i] as Unit;
        if (isText(i) && u.words >= MIN_FALLBACK_BODY_WORDS) { bodyUnit = i; break; }
      }
    }
    // A paragraph right under the headline that a call to follow the outlet sets apart from
    // the text is the standfirst (fixtures/call-to-action-standfirst.txt).
    if (bodyUnit === title + 1 && descriptionUnit < 0) {
      const next = units[bodyUnit + 1];
      if (next && isCallToAction(next.text, next.words) && bodyUnit + 2 < n && isBodyProse(bodyUnit + 2)) {
        descriptionUnit = bodyUnit;
        bodyUnit += 2;
      }
    }
    // A paragraph that repeats the lead word for word is the lead again, rendered a second
    // time over the text (fixtures/lead-repeated-over-text.txt).
    if (bodyUnit >= 0 && descriptionUnit < 0 && bodyUnit + 1 < n && isBodyProse(bodyUnit + 1)) {
      // Folded only when there is a lead to compare with: most pages have none.
      let folded: string | null = null;
      for (let i = 0; i < bodyUnit; i++) {
        const text = leadText[i];
        if (text === null || text === undefined) continue;
        folded ??= comparable((units[bodyUnit] as Unit).text);
        if (comparable(text) === folded) {
          descriptionUnit = bodyUnit;
          bodyUnit += 1;
          break;
        }
      }
    }
    // The headline may come last, after the text it heads (fixtures/headline-after-body.txt).
    if (bodyUnit < 0 && title > 0) {
      for (let i = 0; i < title; i++) if (isBodyProse(i)) { bodyUnit = i; break; }
    }
    // Prose over the page's byline and stamp, before any stamp, is a pull quote or teaser:
    // the article does not break off for its own stamp (fixtures/pull-quote-over-stamp.txt).
    if (bodyUnit >= 0 && descriptionUnit < 0 && !base.slice(0, bodyUnit).includes('timestamp')) {
      let j = bodyUnit + 1;
      while (j < n && j <= bodyUnit + MAX_BYLINE_LINES && !isPageStamp(j) && isText(j) && !isBodyProse(j) && (units[j] as Unit).words <= MAX_BYLINE_WORDS) j++;
      if (isPageStamp(j) && j + 1 < n && isBodyProse(j + 1)) {
        pullQuote = bodyUnit;
        bodyUnit = j + 1;
      }
    }
  }

  // 4. Kinds before the article.
  const titleKey = titleText === null ? null : titleFromVariant ? headlineKey(titleText) : keyOf(title);
  const titleWords = titleText === null ? 0 : countWords(titleText);
  const kinds: SectionKind[] = new Array<SectionKind>(n).fill('body');
  const preEnd = bodyUnit >= 0 ? bodyUnit : n;
  let lead: string | null = null;
  let leadUnit = -1;
  for (let i = 0; i < preEnd; i++) {
    const u = units[i] as Unit;
    const b = base[i];
    if (b) kinds[i] = b;
    else if (i === title) kinds[i] = 'title';
    else if (isListed(i)) kinds[i] = 'chrome';
    else if (i === pullQuote) kinds[i] = 'chrome';
    else if (keywordItems(u.text) !== null) kinds[i] = 'chrome';
    else if (shapeOf(i) && gluedOf(i)) kinds[i] = 'chrome';
    else if (variantText[i] !== null || (titleKey !== null && isRepeatLength(u.words, titleWords) && sameHeadline(keyOf(i), titleKey))) kinds[i] = 'title-repeat';
    else if (leadText[i] !== null || i === descriptionUnit) {
      kinds[i] = 'lead';
      if (lead === null) [lead, leadUnit] = [leadText[i] ?? u.text, i];
    } else if (u.words >= MIN_LEAD_WORDS || (i === title + 1 && title >= 0 && isStandfirst(u))) {
      kinds[i] = 'lead';
      if (lead === null) [lead, leadUnit] = [u.text, i];
    } else kinds[i] = 'chrome';
  }

  // 5. A description that opens the article (Sputnik's `MOSCOW (Sputnik) - … 17.10.2021, Sputnik
  //    International`) may be followed by the rest of the metadata block.
  const template = new Set<number>();
  let templateEnd = -1;
  if (bodyUnit >= 0) {
    const next = bodyUnit + 1;
    const nextBase = base[next];
    const opensBlock = leadText[bodyUnit] !== null || nextBase === 'timestamp' || nextBase === 'xpath' || nextBase === 'image';
    if (opensBlock) {
      for (let j = next; j < n; j++) {
        const bj = base[j];
        if (bj === 'timestamp' || bj === 'xpath' || bj === 'image' || bj === 'link' || bj === 'credit' || tagEligible(units[j] as Unit, bj ?? null)) {
          template.add(j);
          templateEnd = j + 1;
          kinds[j] = bj ?? 'chrome';
        } else break;
      }
    }
  }

  // 6. Tag blocks: runs of short one-item lines between the metadata and the article.
  const metadataEnd = templateEnd > 0 ? templateEnd : preEnd;
  markTags(units, base, kinds, bodyUnit, metadataEnd);

  // 7. Footer: trailers after the article, read from the end.
  let footerStart = n;
  if (bodyUnit >= 0) {
    while (footerStart - 1 > Math.max(bodyUnit, metadataEnd - 1) && footerStart - 1 !== title) {
      const u = units[footerStart - 1] as Unit;
      if (!isFooterLine(u.text, u.words) && !isListed(footerStart - 1)) break;
      footerStart--;
    }
    for (let j = footerStart; j < n; j++) kinds[j] = 'footer';
  }

  // 8. The article text: the body units, less metadata lines inside it.
  const body: number[] = [];
  if (bodyUnit >= 0) {
    body.push(bodyUnit);
    kinds[bodyUnit] = 'body';
    for (let j = bodyUnit + 1; j < footerStart; j++) {
      if (template.has(j)) continue;
      if (j === title) {
        kinds[j] = 'title';
        continue;
      }
      if (isListed(j)) {
        kinds[j] = 'chrome';
        continue;
      }
      const bj = base[j];
      const u = units[j] as Unit;
      if (bj === 'xpath' || bj === 'image' || bj === 'credit' || bj === 'link' || (bj === 'chrome' && u.words <= MAX_CHROME_IN_BODY_WORDS)) {
        kinds[j] = bj;
        continue;
      }
      kinds[j] = 'body';
      body.push(j);
    }
  }

  const metadata: number[] = [];
  for (let i = 0; i < preEnd; i++) if (!clocks.has(i)) metadata.push(i);
  for (const j of template) metadata.push(j);
  const metadataSet = new Set(metadata);
  const setAside: number[] = [];
  if (listed !== null) for (let i = 0; i < n; i++) if (isListed(i) && (kinds[i] === 'chrome' || kinds[i] === 'footer')) setAside.push(i);

  return {
    kinds,
    title,
    titleText,
    titleFromVariant,
    lead,
    leadUnit,
    bodyStart: bodyUnit >= 0 ? { unit: bodyUnit, at: bodyAt } : null,
    bodyStartSuffix: suffixOffset(input, units, bodyUnit, leadText),
    dateline,
    body,
    metadata,
    isMetadata: (i: number) => metadataSet.has(i),
    setAside,
  };
}

/** Where the suffix of a description that opens the article starts, in input offsets, or -1. */
function suffixOffset(input: string, units: readonly Unit[], bodyUnit: number, leadText: readonly (string | null)[]): number {
  if (bodyUnit < 0 || leadText[bodyUnit] === null) return -1;
  const u = units[bodyUnit] as Unit;
  const at = leadSuffixStart(input.slice(u.start, u.end));
  return at < 0 ? -1 : u.start + at;
}

/** Whether a line may be one tag. */
function tagEligible(unit: Unit, base: BaseKind | null): boolean {
  if (!isTagShape(unit.text, unit.words) || unit.onHeaderLine || !/\p{L}/u.test(unit.text)) return false;
  return base === null || (base === 'chrome' && PLAIN_WORDS.test(unit.text));
}

/**
 * Marks as tags each run of tag-shaped lines that follows a timestamp, lead or repeat and
 * is followed by an XPath, image or URL line, the article, or the end of the metadata — the
 * place the RIA and Sputnik templates give their tag block — or that follows the headline
 * and is followed by an XPath, image or URL line.
 */
function markTags(units: readonly Unit[], base: readonly (BaseKind | null)[], kinds: SectionKind[], bodyUnit: number, metadataEnd: number): void {
  // Only lines no other rule claimed: a repeat of the headline is no tag. A tag the host
  // repeats on many pages (`world`) is still a tag, listed in a profile or not.
  const mayBeTag = (k: number): boolean => (kinds[k] === 'chrome' || kinds[k] === 'lead') && tagEligible(units[k] as Unit, base[k] ?? null);
  let i = 0;
  while (i < metadataEnd) {
    if (!mayBeTag(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < metadataEnd && mayBeTag(j)) j++;
    const before = i > 0 ? kinds[i - 1] : undefined;
    const afterKind = j < units.length ? kinds[j] : undefined;
    const templateFollows = afterKind === 'xpath' || afterKind === 'image' || afterKind === 'link';
    const afterMetadata = before === 'timestamp' || before === 'lead' || before === 'title-repeat' || (bodyUnit >= 0 && i - 1 === bodyUnit);
    // Right under the headline, short lines may as well be a standfirst and a byline: only
    // the rest of the template (XPath, image, URL) after them makes them tags.
    // A lone short line after a date line is a byline or initials (corpus 253: `ن.ب`), not a
    // tag block; real blocks hold several tags or end in the rest of the template.
    const endsBlock = templateFollows || ((j === metadataEnd || j === bodyUnit) && j - i >= MIN_TAG_BLOCK_LINES);
    // A photo item (its title, caption and `Source/Platform` credit) is no tag block (fixtures/photo-item-not-tags.txt).
    const photoItem = SLASH_CREDIT.test((units[j - 1] as Unit).text);
    const isBlock = !photoItem && (afterMetadata ? endsBlock : before === 'title' && templateFollows);
    // Else the lines the keywords line lists are tags, the rest of the run not.
    const tagsEnd = isBlock ? j : afterMetadata && !photoItem ? i + listedInKeywords(units, i, j, metadataEnd) : i;
    for (let k = i; k < tagsEnd; k++) kinds[k] = 'tags';
    // The credit and the caption over it are the photo's; lines above them keep their kinds.
    if (photoItem) for (let k = Math.max(i, j - 2); k < j; k++) kinds[k] = 'credit';
    i = j;
  }
}

// A photo credit as a source and a platform or photographer, capitalised, on either side of
// one slash: `Ministry of Defence/Telegram`, `Agency/Ivan Petrov`.
const SLASH_CREDIT = /^\p{Lu}[^/]{1,60}\/\s?\p{Lu}[^/]{1,40}$/u;

// How far below a tag block the template repeats its tags as one keywords line (corpus 216
// has a publisher block of four lines between them).
const KEYWORDS_LINE_WINDOW = 8;

/**
 * How many lines of the run `[from, to)`, from its first, come back as items of a keywords
 * line below it (`belarus, europe, poland` under `belarus` and `poland`): the template's own
 * proof that they are its tags (fixtures/tags-with-keywords-line.txt).
 */
function listedInKeywords(units: readonly Unit[], from: number, to: number, metadataEnd: number): number {
  let most = 0;
  for (let k = to; k < Math.min(metadataEnd, to + KEYWORDS_LINE_WINDOW); k++) {
    const items = keywordItems((units[k] as Unit).text);
    if (items === null) continue;
    const listed = new Set(items.map((item) => item.toLowerCase()));
    let t = from;
    while (t < to && listed.has((units[t] as Unit).text.toLowerCase())) t++;
    most = Math.max(most, t - from);
  }
  return most;
}

/** Picks the headline among candidates: the first, unless a later one is repeated or spelled by the slug. */
function pickHeadline(
  ctx: PageContext,
  candidates: readonly number[],
  base: readonly (BaseKind | null)[],
  keyOf: (i: number) => HeadlineKey,
  gluedOf: (i: number) => boolean,
): number {
  // Repeats of a headline stand in the page metadata, near the top.
  const window = Math.min(ctx.units.length, HEADLINE_REPEAT_WINDOW);
  let best = -1;
  let bestScore = -Infinity;
  for (const [rank, i] of candidates.entries()) {
    const key = keyOf(i);
    // Three words make a headline only where no longer line does: menus and buttons are that short.
    const unit = ctx.units[i] as Unit;
    let score = (rank === 0 ? 1 : 0) - (unit.words < MIN_PREFERRED_HEADLINE_WORDS ? 2 : 0);
    // Topic links rendered without a space between them (`…talks in UkraineScandal over…`)
    // make a headline only where no clean line is there (fixtures/glued-topic-links.txt).
    if (gluedOf(i)) score -= GLUED_LINE_PENALTY;
    for (let j = 0; j < window; j++) {
      if (j !== i && base[j] === null && comparableLength(ctx.units[j] as Unit, ctx.units[i] as Unit) && sameHeadline(keyOf(j), key)) {
        score += 2;
        break;
      }
    }
    if (ctx.slugWords.length >= MIN_SLUG_WORDS) {
      let hits = 0;
      for (const w of ctx.slugWords) if (key.words.has(w)) hits++;
      if (hits / ctx.slugWords.length >= SLUG_MATCH_SHARE) score += 2;
    }
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
