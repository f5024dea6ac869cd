/**
 * Checks on one paragraph of article text: defects a scraper leaves behind (sentences
 * glued together, a space before punctuation, HTML entity remnants, a split drop cap, a
 * subheading run into the text). They report and never change the text; each issue
 * carries a fix only where applying it cannot change the meaning, and {@link applyFixes}
 * applies those fixes.
 *
 * Everything is one linear scan of the range with bounded look-around, no regular
 * expression over the input, and no look outside `[from, to)`, so a paragraph scanned on its own (as the
 * repaired text is) gives the same answers as the paragraph in its document.
 *
 * Fixes are chosen so that repairing twice equals repairing once: a fix never produces a
 * text in which another fixable defect appears. Where decoding an entity could create one
 * (`&amp;lt;` would become `&lt;`, `&nbsp;.` a space before a full stop), the entity is
 * reported without a fix.
 */
import type { DiagnosticCode } from '../../model/codes.js';
import { isAsciiLetterCode, isBlankCode, isDigitCode, isLetterCode, isLowerCode, isUpperCode } from '../../internal/chars.js';

/** A replacement of `[start, end)` of the original input; `start === end` inserts. */
export interface BodyFix {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** One defect in a paragraph, with offsets into the original input. */
export interface BodyIssue {
  readonly code: DiagnosticCode;
  /** Offset of the first offending character. */
  readonly start: number;
  /** Offset just past the last offending character. */
  readonly end: number;
  /** The meaning-preserving repair, or `null` when there is none. */
  readonly fix: BodyFix | null;
}

/**
 * Words that open a sentence: the right half of a glue without punctuation
 * (`UkraineIn the`), the sentence after a run-in subheading (`Diplomats In recent`) and
 * the word after a split drop cap (`B.At least`).
 */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'These',
  'Those', 'According', 'After', 'As', 'But', 'However', 'Meanwhile', 'Earlier', 'Later',
  'There', 'When', 'While', 'Since', 'Despite', 'Following', 'During', 'His', 'Her', 'Their',
  'Its', 'Our', 'Many', 'Some',
]);

/** The longest word in {@link SENTENCE_STARTERS}, to bound the look-ahead. */
const MAX_STARTER_LENGTH = 9;

/**
 * Camel-case names whose second part is a sentence starter and whose first part looks
 * like a word; glue without punctuation is not reported for them.
 */
const CAMEL_CASE_NAMES: ReadonlySet<string> = new Set([
  'LinkedIn', 'CheckIn', 'SignIn', 'PlugIn', 'WalkIn', 'DriveIn', 'BuiltIn', 'TurnOn',
  'ThinkThe', 'StandAt',
]);

/** Lower-case words a title-case heading may hold (`The Situation with Diplomats`). */
const HEADING_SMALL_WORDS: ReadonlySet<string> = new Set([
  'of', 'with', 'in', 'the', 'and', 'on', 'for', 'to', 'a', 'an', 'at', 'by', 'from', 'or',
]);

/**
 * Top-level domains (and the `js` of `Node.js`) that make a token an address, so a dot
 * inside it is not a sentence end (`ria.ru`, `www.Example.com`). Matched in lower case
 * only, so `Ukraine.It was` still counts as glued.
 */
const ADDRESS_SUFFIXES: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'info', 'biz', 'gov', 'edu', 'mil', 'int', 'io', 'co', 'tv', 'me',
  'ru', 'su', 'ua', 'by', 'kz', 'uk', 'us', 'eu', 'de', 'fr', 'it', 'es', 'pl', 'nl', 'be',
  'ch', 'at', 'se', 'no', 'fi', 'dk', 'cz', 'sk', 'hu', 'ro', 'bg', 'gr', 'tr', 'il', 'in',
  'pk', 'cn', 'jp', 'kr', 'ca', 'au', 'nz', 'br', 'mx', 'ar', 'am', 'ge', 'az', 'uz', 'rs',
  'news', 'html', 'htm', 'php', 'aspx', 'pdf', 'js',
]);

/** Named entities that scraped pages leave behind, with the text they stand for. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"], ['nbsp', ' '],
  ['mdash', '—'], ['ndash', '–'], ['hellip', '…'], ['laquo', '«'], ['raquo', '»'],
  ['lsquo', '‘'], ['rsquo', '’'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'],
  ['bull', '•'], ['middot', '·'], ['copy', '©'], ['reg', '®'], ['trade', '™'],
  ['euro', '€'], ['deg', '°'], ['times', '×'],
]);

/**
 * Numeric references to 0x80–0x9F mean the Windows-1252 character there, as browsers
 * read them (`&#150;` is an en dash); the rest of that block is reported without a fix.
 */
const WINDOWS_1252: ReadonlyMap<number, string> = new Map([
  [0x80, '€'], [0x85, '…'], [0x91, '‘'], [0x92, '’'], [0x93, '“'], [0x94, '”'],
  [0x95, '•'], [0x96, '–'], [0x97, '—'], [0x99, '™'],
]);

/** The longest entity name in {@link NAMED_ENTITIES}. */
const MAX_ENTITY_NAME = 6;

/** What an entity stands for: text, or `null` when it has no decoding we trust. */
interface EntityMatch {
  readonly end: number;
  readonly decoded: string | null;
}

/**
 * The defects of the paragraph `[from, to)` of `input`, sorted by start offset.
 *
 * - `BODY_GLUED_SENTENCE`: a lower-case letter or closing quote, `.`/`!`/`?`, then a
 *   capitalised word (`things.Situation`); range: the letter before the mark to the
 *   capital after it; fix: a space after the mark. Not reported inside addresses (tokens
 *   with `/`, `@`, `www.` or a dot followed by a known domain suffix such as `.ru`), after
 *   a single letter (`e.g.`, `J.R.`), or with a digit on either side (`No.5`, `3.5`).
 *   Also a capitalised word of at least four letters glued to a sentence starter
 *   (`UkraineIn the`), range: the two letters at the seam, no fix; camel-case names
 *   (`iPhone`, `YouTube`, `LinkedIn`) do not match.
 * - `BODY_SPACE_BEFORE_PUNCTUATION`: spaces between a word and `.,;:!?` that is followed
 *   by a letter (a capitalised word for `.!?`) or, for `.` and `,`, by the end of the
 *   paragraph (`logic .Vladimir`); range: the spaces and the mark; fix: the mark, then a
 *   space unless at the end; no fix where that would complete an entity (`&lt ;`).
 *   French spacing before `;:!?` at the end stays unreported.
 * - `BODY_HTML_ENTITY`: `&name;`, `&#digits;`, `&#xhex;`, also with one space after the
 *   `&` (`& lt;`), for the common named entities; fix: the character it stands for
 *   (`&nbsp;` → a space), except for letters, digits, ASCII punctuation other than
 *   quotes and `<>&`, invisible characters, and where the result would form another
 *   defect.
 * - `BODY_DROP_CAP`: at the start, a capital and a dot before a sentence starter
 *   (`B.At least`); range: the letter and the dot; no fix.
 * - `BODY_RUN_IN_HEADING`: after `. ` (or a glued `.`), two to six title-case words (small words such as
 *   `of`, `with`, `the` allowed inside, at least two capitalised words that are not small
 *   words) followed by a capitalised sentence starter and a lower-case word (`The
 *   Situation with Diplomats In recent`); range: the heading; no fix.
 *
 * @param input - The original input.
 * @param from - Offset of the paragraph's first character; clamped into the input.
 * @param to - Offset just past the paragraph; clamped into `[from, input.length]`.
 * @returns The issues, possibly none.
 * @throws TypeError when `input` is not a string or an offset is not an integer.
 *
 * @example
 * ```ts
 * findBodyIssues('Ukraine.The talks', 0, 17);
 * //=> [{ code: 'BODY_GLUED_SENTENCE', start: 6, end: 9, fix: { start: 8, end: 8, replacement: ' ' } }]
 * ```
 */
export function findBodyIssues(input: string, from: number, to: number): BodyIssue[] {
  // Stryker disable next-line StringLiteral: the name goes into the TypeError's message only
  const [lo, hi] = checkRange('findBodyIssues', input, from, to);
  const issues: BodyIssue[] = [];
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; an empty range finds nothing either way (lo never exceeds hi)
  if (lo >= hi) return issues;

  const dropCap = findDropCap(input, lo, hi);
  if (dropCap) issues.push(dropCap);

  // The address test looks at a whole token; its answer is kept for the token so that
  // many dots in one long token cost one scan. The cache changes work, never an answer:
  // `at` only moves forward and never lands on a token's end (a boundary or the range end),
  // so starting from other values or testing again more often finds the same token.
  // Stryker disable UnaryOperator,BooleanLiteral: see above
  let tokenStart = -1;
  let tokenEnd = -1;
  let tokenIsAddress = false;
  // Stryker restore UnaryOperator,BooleanLiteral
  const inAddress = (at: number): boolean => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
    if (at < tokenStart || at >= tokenEnd) {
      tokenStart = at;
      while (tokenStart > lo && !isTokenBoundary(input.charCodeAt(tokenStart - 1))) tokenStart--;
      tokenEnd = at;
      while (tokenEnd < hi && !isTokenBoundary(input.charCodeAt(tokenEnd))) tokenEnd++;
      tokenIsAddress = looksLikeAddress(input, tokenStart, tokenEnd);
    }
    return tokenIsAddress;
  };

  // Fast path: a space, a digit or a lower-case Latin or Cyrillic letter starts none of the
  // checks below (each needs `&`, punctuation or a capital), and most characters of a text
  // are these; a native search skips each run of them. Made per call: it is stateful.
  // The fast path changes work, never an answer: skipping fewer characters, or none, gives
  // the same issues, as every check starts at a character outside the set.
  // Stryker disable next-line Regex: see above
  const plain = /[ 0-9a-z\u0430-\u044f]+/y;
  for (let i = lo; i < hi; i++) {
    const c = input.charCodeAt(i);
    // Stryker disable ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement,ArithmeticOperator: see above
    if (c === 0x20 || (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || (c >= 0x30 && c <= 0x39)) {
      plain.lastIndex = i;
      plain.test(input);
      // The run may go past the range; the loop stops at `hi` all the same.
      i = plain.lastIndex - 1;
      continue;
    }
    // Stryker restore ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement,ArithmeticOperator
    if (c === 0x26) {
      const entity = matchEntity(input, i + 1, hi);
      if (entity) {
        const replacement = entity.decoded === null ? null : safeDecoding(input, entity.end, hi, entity.decoded);
        issues.push({
          code: 'BODY_HTML_ENTITY',
          start: i,
          end: entity.end,
          fix: replacement === null ? null : { start: i, end: entity.end, replacement },
        });
        i = entity.end - 1;
      }
      continue;
    }
    if (c === 0x2e || c === 0x21 || c === 0x3f) {
      const glued = isGluedAt(input, i, lo, hi) && !inAddress(i);
      if (glued) {
        issues.push({
          code: 'BODY_GLUED_SENTENCE',
          start: i - 1,
          end: i + 2,
          fix: { start: i + 1, end: i + 1, replacement: ' ' },
        });
      }
      // A heading may run in after a glued sentence end too (`things.Situation with Visas In
      // recent years`), so that repairing the glue does not make a heading appear.
      const heading = findRunInHeading(input, i, lo, hi, glued);
      if (heading) issues.push(heading);
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; a mark at the range start has no word before it in range, and findSpaceBefore says so
    if (isPunctuation(c) && i > lo && input.charCodeAt(i - 1) === 0x20) {
      const spaced = findSpaceBefore(input, i, lo, hi);
      if (spaced) issues.push(spaced);
      continue;
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut; findGlueWithoutPunctuation needs a capital starter and a word of four letters before it in range
    if (isUpperCode(c) && i > lo && isLowerCode(input.charCodeAt(i - 1))) {
      const glued = findGlueWithoutPunctuation(input, i, lo, hi);
      if (glued && !inAddress(i)) issues.push(glued);
    }
  }
  // The scan finds the issues in order of their start already, and no two share a start
  // (each kind starts at a different character: a letter, `&`, a space); the sort keeps the
  // promise of the TSDoc should a check be added that reports behind the scan.
  // Stryker disable next-line MethodExpression,ArrowFunction,ConditionalExpression,LogicalOperator,ArithmeticOperator: see above
  return issues.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The paragraph `[from, to)` of `input` with the fixes of `issues` applied, in order of
 * their start; a fix that overlaps an earlier one or leaves the range is skipped.
 *
 * @param input - The original input.
 * @param from - Offset of the paragraph's first character; clamped into the input.
 * @param to - Offset just past the paragraph; clamped into `[from, input.length]`.
 * @param issues - Issues found by {@link findBodyIssues} for the same range.
 * @returns The repaired paragraph text.
 * @throws TypeError when `input` is not a string or an offset is not an integer.
 *
 * @example
 * ```ts
 * const text = 'Ukraine.The talks & amp; logic .Vladimir';
 * applyFixes(text, 0, text.length, findBodyIssues(text, 0, text.length));
 * //=> 'Ukraine. The talks & logic. Vladimir'
 * ```
 */
export function applyFixes(input: string, from: number, to: number, issues: readonly BodyIssue[]): string {
  // Stryker disable next-line StringLiteral: the name goes into the TypeError's message only
  const [lo, hi] = checkRange('applyFixes', input, from, to);
  const fixes = issues
    .map((issue) => issue.fix)
    .filter((fix): fix is BodyFix => fix !== null && fix.end <= hi && fix.start <= fix.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = lo;
  for (const fix of fixes) {
    // An overlap with the last fix applied, or a start before the range (`at` starts at `lo`).
    if (fix.start < at) continue;
    out += input.slice(at, fix.start) + fix.replacement;
    at = fix.end;
  }
  return out + input.slice(at, hi);
}

function checkRange(name: string, input: string, from: number, to: number): [number, number] {
  if (typeof input !== 'string') throw new TypeError(`${name} expects a string input, got ${typeof input}`);
  if (!Number.isInteger(from) || !Number.isInteger(to)) throw new TypeError(`${name} expects integer offsets`);
  const lo = Math.min(Math.max(from, 0), input.length);
  return [lo, Math.min(Math.max(to, lo), input.length)];
}

/** Characters that close a quotation or parenthesis: `" ' ) ] ’ ” »`. */
function isClosing(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x2019 || c === 0x201d || c === 0xbb;
}

/** `. , ; : ! ?` */
function isPunctuation(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
}

/**
 * Tokens end at blanks and also at `&` and `;`, the ends of an entity, so decoding an
 * entity never changes which token a dot belongs to.
 */
function isTokenBoundary(c: number): boolean {
  return isBlankCode(c) || c === 0x26 || c === 0x3b || c === 0x0a || c === 0x0d;
}

/** Whether `[start, end)` holds `/`, `@`, `www.` or a dot before a known domain suffix. */
function looksLikeAddress(input: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = input.charCodeAt(k);
    if (c === 0x2f || c === 0x40) return true;
    if (c !== 0x2e) continue;
    if (k >= start + 3 && input.startsWith('www', k - 3)) return true;
    let e = k + 1;
    // Every letter is read at most twice (here and by the outer loop): no bound is needed.
    while (e < end && input.charCodeAt(e) >= 0x61 && input.charCodeAt(e) <= 0x7a) e++;
    const after = e < end ? input.charCodeAt(e) : 0x20;
    if (!isLetterCode(after) && !isDigitCode(after) && ADDRESS_SUFFIXES.has(input.slice(k + 1, e))) return true;
  }
  return false;
}

/** `things.Situation`: the mark at `p` joins two sentences. */
function isGluedAt(input: string, p: number, lo: number, hi: number): boolean {
  if (p <= lo || p + 2 >= hi) return false;
  const before = input.charCodeAt(p - 1);
  if (!isUpperCode(input.charCodeAt(p + 1)) || !isLowerCode(input.charCodeAt(p + 2))) return false;
  if (isClosing(before)) return true;
  if (!isLowerCode(before)) return false;
  // A single letter before the dot is an initial or an abbreviation (`e.g.`, `J.R.R.`).
  return p - 1 > lo && isLetterCode(input.charCodeAt(p - 2));
}

/** `logic .Vladimir`, `word ,next`, `end .` at the paragraph end. */
function findSpaceBefore(input: string, q: number, lo: number, hi: number): BodyIssue | null {
  let s = q - 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: once s reaches lo the answer is null (next line), however far the loop goes on
  while (s > lo && input.charCodeAt(s - 1) === 0x20) s--;
  if (s <= lo) return null;
  const word = input.charCodeAt(s - 1);
  if (!isLetterCode(word) && !isDigitCode(word) && !isClosing(word)) return null;
  const mark = input.charAt(q);
  const c = input.charCodeAt(q);
  let replacement: string;
  if (q + 1 >= hi) {
    if (c !== 0x2e && c !== 0x2c) return null;
    replacement = mark;
  } else {
    const next = input.charCodeAt(q + 1);
    const sentenceMark = c === 0x2e || c === 0x21 || c === 0x3f;
    const ok = sentenceMark ? isUpperCode(next) && q + 2 < hi && isLowerCode(input.charCodeAt(q + 2)) : isLetterCode(next);
    if (!ok) return null;
    replacement = `${mark} `;
  }
  // `&lt ;` would become the entity `&lt;`.
  const makesEntity = c === 0x3b && endsLikeEntityName(input, s, lo);
  return { code: 'BODY_SPACE_BEFORE_PUNCTUATION', start: s, end: q + 1, fix: makesEntity ? null : { start: s, end: q + 1, replacement } };
}

/** Whether `[…, end)` ends with `&` or `& ` and then a run of ASCII letters, digits or `#`. */
function endsLikeEntityName(input: string, end: number, lo: number): boolean {
  // At most eleven characters back, and never before `lo`; `k` stays at `lo` or above.
  const stop = Math.max(lo, end - 11);
  let k = end;
  while (k !== stop) {
    const c = input.charCodeAt(k - 1);
    if (!(isDigitCode(c) || c === 0x23 || isAsciiLetterCode(c))) break;
    k--;
  }
  if (k !== lo && input.charCodeAt(k - 1) === 0x20) k--;
  return k !== lo && input.charCodeAt(k - 1) === 0x26;
}

/** `UkraineIn the`: `q` is the capital of the glued sentence starter. */
function findGlueWithoutPunctuation(input: string, q: number, lo: number, hi: number): BodyIssue | null {
  let k = q - 1;
  while (k > lo && isLowerCode(input.charCodeAt(k - 1))) k--;
  const leftStart = k - 1;
  if (leftStart < lo || q - leftStart < 4 || !isUpperCode(input.charCodeAt(leftStart))) return null;
  if (leftStart > lo && isLetterCode(input.charCodeAt(leftStart - 1))) return null;
  let r = q + 1;
  while (r < hi && r - q <= MAX_STARTER_LENGTH && isLowerCode(input.charCodeAt(r))) r++;
  if (r + 1 >= hi || input.charCodeAt(r) !== 0x20 || !isLetterCode(input.charCodeAt(r + 1))) return null;
  const starter = input.slice(q, r);
  if (!SENTENCE_STARTERS.has(starter)) return null;
  if (CAMEL_CASE_NAMES.has(input.slice(leftStart, r))) return null;
  return { code: 'BODY_GLUED_SENTENCE', start: q - 1, end: q + 1, fix: null };
}

/** `B.At least`: a drop-cap letter split from the first word of the paragraph. */
function findDropCap(input: string, lo: number, hi: number): BodyIssue | null {
  let s = lo;
  while (s < hi && isBlankCode(input.charCodeAt(s))) s++;
  if (s + 3 >= hi || !isUpperCode(input.charCodeAt(s)) || input.charCodeAt(s + 1) !== 0x2e) return null;
  const wordStart = s + 2;
  let e = wordStart + 1;
  while (e < hi && e - wordStart <= MAX_STARTER_LENGTH && isLowerCode(input.charCodeAt(e))) e++;
  if (e + 1 >= hi || input.charCodeAt(e) !== 0x20 || !isLowerCode(input.charCodeAt(e + 1))) return null;
  if (!SENTENCE_STARTERS.has(input.slice(wordStart, e))) return null;
  return { code: 'BODY_DROP_CAP', start: s, end: s + 2, fix: null };
}

/**
 * `year. The Situation with Diplomats In recent years`: after the sentence end at `p`,
 * a title-case heading, then a capitalised sentence starter and a lower-case word.
 */
function findRunInHeading(input: string, p: number, lo: number, hi: number, glued: boolean): BodyIssue | null {
  if (p <= lo || p + 2 >= hi || (!glued && input.charCodeAt(p + 1) !== 0x20)) return null;
  const before = input.charCodeAt(p - 1);
  if (!isLetterCode(before) && !isDigitCode(before) && !isClosing(before)) return null;
  const starts: number[] = [];
  const ends: number[] = [];
  let at = glued ? p + 1 : p + 2;
  for (;;) {
    if (starts.length > 7) return null;
    let e = at;
    while (e < hi && isLetterCode(input.charCodeAt(e))) e++;
    if (e === at) return null;
    if (!isUpperCode(input.charCodeAt(at))) {
      const last = starts.length - 1;
      // A lower-case word after a sentence starter (each is capitalised): the sentence has begun.
      if (last >= 0 && SENTENCE_STARTERS.has(input.slice(starts[last], ends[last]))) break;
      if (!isSmallWord(input, at, e)) return null;
    }
    starts.push(at);
    ends.push(e);
    // Stryker disable next-line ArithmeticOperator: `e - 1 >= hi` never holds, and a word that ends at `hi` or one before it is refused all the same: the next round finds no word at `at`
    if (e + 1 >= hi || input.charCodeAt(e) !== 0x20) return null;
    at = e + 1;
  }
  // The last word is the sentence starter; the ones before it the heading: at most six (the loop gives up at an eighth), at least two (two are content words).
  const count = starts.length - 1;
  let contentWords = 0;
  for (let w = 0; w < count; w++) {
    const start = starts[w] ?? 0;
    const end = ends[w] ?? 0;
    if (isUpperCode(input.charCodeAt(start)) && !isSmallWord(input, start, end)) contentWords++;
  }
  if (contentWords < 2) return null;
  const headingStart = starts[0] ?? 0;
  if (!isUpperCode(input.charCodeAt(headingStart)) || !isUpperCode(input.charCodeAt(starts[count - 1] ?? 0))) return null;
  return { code: 'BODY_RUN_IN_HEADING', start: headingStart, end: ends[count - 1] ?? 0, fix: null };
}

function isSmallWord(input: string, start: number, end: number): boolean {
  return end - start <= 4 && HEADING_SMALL_WORDS.has(input.slice(start, end).toLowerCase());
}

/**
 * An entity body after the `&` at `bodyStart - 1`: one optional space, then a known name
 * or `#digits` / `#xhex`, then `;`.
 */
function matchEntity(input: string, bodyStart: number, hi: number): EntityMatch | null {
  let j = bodyStart;
  if (codeInRange(input, j, hi) === 0x20) j++;
  if (codeInRange(input, j, hi) === 0x23) {
    let k = j + 1;
    const hex = (codeInRange(input, k, hi) | 0x20) === 0x78;
    if (hex) k++;
    const digitsStart = k;
    let value = 0;
    while (k - digitsStart < 8) {
      const d = hexValue(codeInRange(input, k, hi), hex);
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + d;
      k++;
    }
    if (k === digitsStart || codeInRange(input, k, hi) !== 0x3b) return null;
    return { end: k + 1, decoded: decodeCodePoint(value) };
  }
  // Letters of either case, at most one more than the longest name: a run that is longer or
  // has a capital names no entity, and the look-up below says so.
  // Stryker disable next-line ArithmeticOperator: the bound only ends the scan early (see below)
  const nameEnd = j + MAX_ENTITY_NAME + 1;
  let k = j;
  while (
    isAsciiLetterCode(codeInRange(input, k, hi)) &&
    // Stryker disable next-line ConditionalExpression: the bound only ends the scan early; a longer run names no entity either
    k !== nameEnd
  ) {
    k++;
  }
  if (codeInRange(input, k, hi) !== 0x3b) return null;
  const decoded = NAMED_ENTITIES.get(input.slice(j, k));
  return decoded === undefined ? null : { end: k + 1, decoded };
}

/** The code unit at `k`, or 0 (which no check accepts) from `hi` on: the scan never looks past the range. */
function codeInRange(input: string, k: number, hi: number): number {
  return k < hi ? input.charCodeAt(k) : 0;
}

/** The value of the digit `c`, or a negative number for a character that is none. */
function hexValue(c: number, hex: boolean): number {
  // Below `0` the difference is negative: no digit.
  if (c <= 0x39) return c - 0x30;
  if (!hex) return -1;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** The character a numeric reference stands for, or `null` for one we do not decode. */
function decodeCodePoint(cp: number): string | null {
  // The space and the other ASCII characters, controls included, come out as they are:
  // safeDecoding fixes none of them but the space, quotes and `<>&`.
  if (cp === 0x09 || cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000) {
    return ' ';
  }
  if (cp >= 0x80 && cp <= 0x9f) return WINDOWS_1252.get(cp) ?? null;
  if (
    (cp >= 0xd800 && cp <= 0xdfff) ||
    cp >= 0x110000 ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp & 0xfffe) === 0xfffe
  ) {
    return null;
  }
  return String.fromCodePoint(cp);
}

/** Letters, digits and marks of any script. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u; // a decoding is one code point, so no anchor is needed

/**
 * The replacement for an entity ending at `end` that stands for `decoded`, or `null`
 * when decoding might change meaning or create another defect a second repair would fix.
 */
function safeDecoding(input: string, end: number, hi: number, decoded: string): string | null {
  const c = decoded.charCodeAt(0);
  // A decoded letter or digit joins the words beside it, which can turn an initial into
  // a word or complete another entity; decoded ASCII punctuation can end a sentence.
  if (WORD_CHARACTER.test(decoded)) return null;
  if (c <= 0x7f && c !== 0x20 && c !== 0x22 && c !== 0x27 && c !== 0x3c && c !== 0x3e && c !== 0x26) return null;
  // `&amp;lt;` would become `&lt;`, itself an entity.
  if (c === 0x26 && matchEntity(input, end, hi)) return null;
  // A space before an entity name could complete `& lt;` with an `&` before it, which
  // may itself be the result of decoding `&amp;`.
  if (c === 0x20 && codeInRange(input, end, hi) !== 0x20 && matchEntity(input, end, hi)) return null;
  // A space or a closing quote before `.` or ` ,` would make a space before punctuation
  // or a glued sentence.
  for (let k = end; k < hi; k++) {
    const next = input.charCodeAt(k);
    if (next !== 0x20) return isPunctuation(next) ? null : decoded;
  }
  return decoded;
}
