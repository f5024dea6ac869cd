/**
 * The one-document pipeline: calls each stage in order and passes their results on. Each
 * stage decides and reports its own diagnostics; nothing is decided here.
 */
import type { Article, ParseResult } from '../model/article.js';
import type { DiagnosticCode } from '../model/codes.js';
import type { Position } from '../model/diagnostic.js';
import { ArticleParseError } from '../model/errors.js';
import { isBoilerplateProfile, isFunction, numberAtLeast, oneOf, readOptions, type CheckedOptions } from '../internal/options.js';
import { lineStartsOf, positionAt } from '../internal/positions.js';
import { Reporter } from '../internal/report.js';
import { urlKey } from '../normalize/url-key.js';
import { listedUnits, reportSetAside, type BoilerplateProfile } from './boilerplate.js';
import { NO_BODY, readBody } from './body.js';
import { dateEvidence, readDates } from './date-evidence.js';
import { readDateline } from './dateline.js';
import { readEntries } from './entries.js';
import { NO_HEADER, readHeader } from './header.js';
import { NO_LANGUAGE, readLanguage, type LanguageHook } from './language.js';
import { NO_METADATA, readMetadata } from './metadata.js';
import { emptyLayout, layoutPage, pageUnits, slugWords } from './page.js';
import { scanInput } from './scan.js';
import { buildSections } from './sections.js';
import { NO_URL, readUrl } from './url.js';

/**
 * Options for {@link parseArticle} and {@link parseArticleOrThrow}.
 *
 * @example
 * ```ts
 * parseArticle(' date 2021-11-02\n\nMOSCOW, November 2 – RIA Novosti. The talks ended.Both sides left.', { repair: 'safe' }).article?.body;
 * //=> 'MOSCOW, November 2 – RIA Novosti. The talks ended. Both sides left.'
 * ```
 */
export interface ParseArticleOptions {
  /**
   * Which fixes to apply to the article text. `'none'` reports defects (glued sentences,
   * entity remnants …) and changes nothing; `'safe'` also applies the fixes that cannot
   * change meaning (`things.Situation` → `things. Situation`, `& lt;` → `<`), each
   * recorded as a `REPAIR_APPLIED` diagnostic.
   *
   * @default 'none'
   * @example
   * ```ts
   * parseArticle(' date 2021-11-02\n\nPrices & lt; 10 rubles were seen.', { repair: 'safe' }).article?.body;
   * //=> 'Prices < 10 rubles were seen.'
   * ```
   */
  readonly repair?: 'none' | 'safe';
  /**
   * The longest document parsed, in UTF-16 code units. A longer one is not parsed: the
   * result has `ok: false`, `article: null` and a `DOCUMENT_TOO_LARGE` error spanning it
   * (in a corpus or a stream, that document's record; the others are read as usual), so
   * one runaway document cannot exhaust memory.
   *
   * @default 16777216 (16 Mi code units, 32 MB of text)
   * @example
   * ```ts
   * parseArticle(' date 2021-11-02\n\nHarbour reopens after repairs', { maxDocumentSize: 20 }).diagnostics.map((d) => d.code);
   * //=> ['DOCUMENT_TOO_LARGE']
   * ```
   */
  readonly maxDocumentSize?: number;
  /**
   * The lines each host repeats across its pages, learned from a corpus by
   * `learnBoilerplate` (`newsdoc/node`) or `newsdoc boilerplate`. A line the profile lists
   * for the page's `source.host` is kept out of the body: `chrome` where it stands before
   * or inside the article, `footer` after it, each with a `BOILERPLATE_LINE` diagnostic.
   * Nor is it taken for the headline, the lead or the start of the article. The line that
   * holds the dateline is never set aside, and a page whose article text the profile would
   * take away entirely is read without it (docs/boilerplate.md).
   *
   * The profile is checked on every call: for many documents, give it to
   * `parseCorpus` or `createParser`, which check it once.
   *
   * @default undefined (no profile)
   * @example
   * ```ts
   * const profile = { version: 1, hosts: { 'north-post.example': { documents: 30, lines: { 'follow north post on telegram for the news of the day': 9 } } } };
   * parseArticle(
   *   ' date 2021-11-02 https://north-post.example/harbour\n\nHarbour reopens after repairs\n\nThe harbour reopened on Friday, the mayor said.\n\nFollow North Post on Telegram for the news of the day',
   *   { boilerplate: profile },
   * ).article?.paragraphs;
   * //=> ['The harbour reopened on Friday, the mayor said.']
   * ```
   */
  readonly boilerplate?: BoilerplateProfile;
  /**
   * A language detector for the texts the built-in one abstains on (`language: null`), such
   * as a model-based one (docs/format.md has the recipe with eld). It is called at most
   * once per document, only when the built-in named no language, with the text the built-in
   * read: the body, lead and title joined by line breaks, at most their first 2,000 code
   * units. It answers synchronously with a BCP 47 tag (`'vi'`, `'pt-BR'`), which becomes
   * `language` in canonical case with `languageBasis: 'hook'`, or with `null` (or `'und'`)
   * to abstain. A throw, or any other answer, leaves the language `null` with a
   * `LANGUAGE_HOOK_FAILED` warning: one document's failure never stops a corpus.
   *
   * @default undefined (the built-in detector alone)
   * @example
   * ```ts
   * // A stand-in for a model: Vietnamese letters no listed alphabet has.
   * const vietnamese = (text) => (/[ơưđ]/.test(text) ? 'vi' : null);
   * const { article } = parseArticle(' date 2021-11-02\n\nCây cầu mới đã được thông xe, chính quyền thành phố cho biết.', { detectLanguage: vietnamese });
   * [article?.language, article?.languageBasis];
   * //=> ['vi', 'hook']
   * ```
   */
  readonly detectLanguage?: LanguageHook;
}

/**
 * The default of {@link ParseArticleOptions.maxDocumentSize}: news pages are kilobytes, and
 * a document of 16 Mi code units (a log or a binary file without headers) is none.
 *
 * @example
 * ```ts
 * DEFAULT_MAX_DOCUMENT_SIZE;
 * //=> 16777216
 * ```
 */
export const DEFAULT_MAX_DOCUMENT_SIZE = 16 * 1024 * 1024;

/** The options {@link parseArticle} knows, each with its check. @internal */
export const PARSE_ARTICLE_OPTIONS = {
  repair: /* @__PURE__ */ oneOf('none', 'safe'),
  maxDocumentSize: /* @__PURE__ */ numberAtLeast(1, { integer: true }),
  boilerplate: isBoilerplateProfile,
  detectLanguage: /* @__PURE__ */ isFunction<LanguageHook>(),
};

/** Checked options of {@link parseArticle}. @internal */
export type CheckedParseOptions = CheckedOptions<typeof PARSE_ARTICLE_OPTIONS>;

/** A diagnostic the caller adds to those of the parse (the corpus splitter's boundary codes). @internal */
export interface ExtraDiagnostic {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Parses one document of the ` date YYYY-MM-DD URL` news format into an {@link Article}.
 *
 * Lenient: it never throws on any string. Every problem and every deviation from the
 * canonical shape is reported as a coded {@link Diagnostic} with its place, and every
 * character of the input is kept in {@link Article.sections}. Positions are into the
 * input exactly as given (BOM and CRLF included).
 *
 * @param text - The document: a header line, then the page text.
 * @param options - What to repair.
 * @returns The article (or `null` when nothing article-like is in the input), the diagnostics, and `ok`.
 * @throws TypeError when `text` is not a string, or an option is unknown or of the wrong type.
 * @throws RangeError when an option has a value it does not allow.
 * @example
 * ```ts
 * const { ok, article, diagnostics } = parseArticle(
 *   ' date 2021-11-02 https://ria.ru/20211102/parom-1234567890.html\n\n' +
 *     'Moscow will launch electric river ferries next summer\n\n' +
 *     'MOSCOW, November 2 – RIA Novosti. The city will launch ten electric ferries.',
 * );
 * ok;                           //=> true
 * article?.date;                //=> '2021-11-02'
 * article?.title;               //=> 'Moscow will launch electric river ferries next summer'
 * article?.dateline?.place;     //=> 'MOSCOW'
 * article?.source?.articleId;   //=> '1234567890'
 * diagnostics.length;           //=> 0
 * ```
 */
export function parseArticle(text: string, options?: ParseArticleOptions): ParseResult {
  if (typeof text !== 'string') throw new TypeError(`parseArticle expects a string, got ${text === null ? 'null' : typeof text}`);
  // Stryker disable next-line StringLiteral: the name goes only into the wording of an option's error
  return parseText(text, readOptions('parseArticle', options, PARSE_ARTICLE_OPTIONS), []);
}

/** Whether a diagnostic list holds no error. */
function isOk(diagnostics: ParseResult['diagnostics']): boolean {
  return !diagnostics.some((d) => d.severity === 'error');
}

/**
 * Runs one stage. A stage that throws (a bug, or an engine limit such as the longest string
 * it can build) must not take the document down with it: its fields stay empty and the
 * document carries an `INTERNAL_ERROR` naming the stage.
 */
function run<T>(report: Reporter, stage: string, fallback: () => T, body: () => T): T {
  try {
    return body();
  } catch (error) {
    report.add('INTERNAL_ERROR', `The ${stage} stage failed: ${error instanceof Error ? error.message : String(error)}`, 0);
    return fallback();
  }
}

/** The result for a document longer than the limit: not parsed, one error spanning it. @internal */
export function tooLarge(length: number, limit: number, start: Position, end: Position): ParseResult {
  return {
    ok: false,
    article: null,
    diagnostics: [
      { code: 'DOCUMENT_TOO_LARGE', severity: 'error', message: `The document is ${length} code units long, over the limit of ${limit}; it was not parsed.`, start, end },
    ],
  };
}

/** {@link parseArticle} with checked options and the caller's own diagnostics added; never throws. @internal */
export function parseText(input: string, options: CheckedParseOptions, extra: readonly ExtraDiagnostic[]): ParseResult {
  const limit = options.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  if (input.length > limit) return tooLarge(input.length, limit, { line: 1, column: 1, offset: 0 }, positionAt(lineStartsOf(input), input.length));
  try {
    return parseStages(input, options, extra);
  } catch (error) {
    // The stages are each guarded; this is for a failure in between (the reporter itself).
    const report = new Reporter();
    report.add('INTERNAL_ERROR', `The parser failed: ${error instanceof Error ? error.message : String(error)}`, 0);
    return { ok: false, article: null, diagnostics: report.finish([0]) };
  }
}

function parseStages(input: string, options: CheckedParseOptions, extra: readonly ExtraDiagnostic[]): ParseResult {
  const report = new Reporter();
  for (const d of extra) report.add(d.code, d.message, d.start, d.end);

  // 1. The input as lines.
  const scan = scanInput(input, report);
  if (!scan.hasText || !scan.hasWords) {
    if (!scan.hasText) report.add('INPUT_EMPTY', 'The input holds no text.', 0, input.length);
    else report.add('INPUT_NOT_ARTICLE', 'The input holds no letters or digits.', 0, input.length);
    const diagnostics = report.finish(scan.lineStarts);
    return { ok: false, article: null, diagnostics };
  }
  // 2. The header line.
  // The stage names given to run() go only into the wording of an INTERNAL_ERROR.
  // Stryker disable StringLiteral: a stage's name
  const header = run(report, 'header', () => NO_HEADER, () => readHeader(input, scan.lines, report));
  // 3. The page text as units, and the canonical URL among them.
  const units = run(report, 'page', () => [], () => pageUnits(input, scan.lines, header, report));
  const link = run(report, 'URL', () => NO_URL, () => readUrl(input, header, units, report));
  // 4. What each unit is, with the lines the host repeats (when a profile is given) set aside.
  const profile = options.boilerplate;
  // Stryker disable next-line ArrowFunction: no list (undefined) and an empty one (null) read the same
  const listed = profile === undefined ? null : run(report, 'boilerplate', () => null, () => listedUnits(units, profile, link.source?.host ?? null));
  const layout = run(report, 'page layout', () => emptyLayout(units), () =>
    // Stryker restore StringLiteral
    layoutPage({ input, units, slugWords: slugWords(link.source), descriptionSlot: link.source?.agency === 'Sputnik', listed }),
  );
  // Stryker disable StringLiteral: a stage's name, and the body's repair default (only 'safe' repairs)
  // Stryker disable next-line ConditionalExpression: without a profile nothing was set aside, so there is nothing to report
  if (listed !== null) reportSetAside(units, layout.setAside, report);
  // 5. The fields.
  // The metadata first: without a header or URL date, the dateline's year comes from the
  // page's published stamp or date line.
  const urlDate = link.source?.urlDate ?? null;
  const metadata = run(report, 'metadata', () => NO_METADATA, () => readMetadata(input, units, layout, header.span?.[1] ?? 0, header.date ?? urlDate, report));
  const dateline = run(report, 'dateline', () => null, () => readDateline(input, layout, units, header.date, urlDate, metadata, report));
  const body = run(report, 'body', () => NO_BODY, () => readBody(input, units, layout, options.repair ?? 'none', report));
  const entries = run(report, 'entries', () => [], () => readEntries(units, layout, body, header, urlDate, metadata, report));
  // Stryker disable next-line ArrowFunction: no reading (undefined) gives a null language and basis, as NO_LANGUAGE does
  const language = run(report, 'language', () => NO_LANGUAGE, () => readLanguage(body.text, metadata.lead, metadata.title, units[0]?.start ?? 0, options.detectLanguage, report));
  const dates = run(report, 'dates', () => dateEvidence(header.date, null, null, null), () =>
    readDates(header.date, urlDate, dateline?.date ?? null, metadata.published, header.lineSpan, report),
  );
  // 6. Every span of the input.
  const sections = run(
    report,
    'sections',
    // Stryker restore StringLiteral
    () => [{ kind: 'chrome' as const, text: input, start: 0, end: input.length }],
    () => buildSections(input, header.span, units, layout, body.spans),
  );

  const article: Article = {
    date: header.date,
    dateRaw: header.dateRaw,
    time: header.time,
    url: link.url,
    urlRaw: link.urlRaw,
    urlKey: link.url ? urlKey(link.url) : null,
    title: metadata.title,
    dateline,
    lead: metadata.lead,
    body: body.text,
    paragraphs: body.paragraphs,
    entries,
    source: link.source,
    published: metadata.published,
    tags: metadata.tags,
    image: metadata.image,
    language: language?.language ?? null,
    languageBasis: language?.basis ?? null,
    dates,
    sections,
  };
  const diagnostics = report.finish(scan.lineStarts);
  return { ok: isOk(diagnostics), article, diagnostics };
}

/**
 * Parses one document like {@link parseArticle}, but throws when the input is not a
 * well-formed article: when any diagnostic has severity `error` (no header, an invalid
 * header date or URL, an empty input).
 *
 * @param text - The document.
 * @param options - As for {@link parseArticle}.
 * @returns The article.
 * @throws {@link ArticleParseError} carrying every diagnostic, when one is an error.
 * @throws TypeError when `text` is not a string, or an option is unknown or of the wrong type.
 * @example
 * ```ts
 * const article = parseArticleOrThrow(' date 2021-11-02 https://ria.ru/20211102/a-1234567.html\n\nTitle here for you\n\nMOSCOW, November 2 – RIA Novosti. Text.');
 * article.dateline?.agency;
 * //=> 'RIA Novosti'
 * parseArticleOrThrow('');
 * //=> throws ArticleParseError
 * ```
 */
export function parseArticleOrThrow(text: string, options?: ParseArticleOptions): Article {
  if (typeof text !== 'string') throw new TypeError(`parseArticleOrThrow expects a string, got ${text === null ? 'null' : typeof text}`);
  // Stryker disable next-line StringLiteral: the name goes only into the wording of an option's error
  const { ok, article, diagnostics } = parseText(text, readOptions('parseArticleOrThrow', options, PARSE_ARTICLE_OPTIONS), []);
  // Stryker disable next-line ConditionalExpression: a result without an article is never ok; the check narrows the type
  if (!ok || article === null) throw new ArticleParseError(diagnostics);
  return article;
}
