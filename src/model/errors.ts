import type { Diagnostic } from './diagnostic.js';

/**
 * The mark every {@link ArticleParseError} carries. It is a registered symbol, so an
 * error thrown by the CommonJS copy of newsdoc is recognised by the ESM copy (and by
 * another installed version) in the same process.
 */
const ARTICLE_PARSE_ERROR = /* @__PURE__ */ Symbol.for('newsdoc.ArticleParseError');

/**
 * Thrown by {@link parseArticleOrThrow} when the input has a diagnostic of severity
 * `error`. Carries every diagnostic of the parse, not only the errors.
 *
 * `instanceof ArticleParseError` is true for errors made by any copy of newsdoc loaded
 * in the process (the ESM and the CommonJS build are two copies when both are loaded);
 * {@link isArticleParseError} says the same as a type guard.
 *
 * @example
 * ```ts
 * let code = null;
 * try {
 *   parseArticleOrThrow('not a news document');
 * } catch (error) {
 *   if (error instanceof ArticleParseError) code = error.diagnostics[0]?.code;
 * }
 * code;
 * //=> 'HEADER_MISSING'
 * ```
 */
export class ArticleParseError extends Error {
  /** Every diagnostic of the failed parse, in input order. */
  readonly diagnostics: readonly Diagnostic[];

  /**
   * @param diagnostics - The diagnostics of the parse; the message names the first error.
   */
  constructor(diagnostics: readonly Diagnostic[]) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    super(
      first
        ? `${first.code} at ${first.start.line}:${first.start.column}: ${first.message}`
        : 'The input could not be parsed as an article.',
    );
    this.name = 'ArticleParseError';
    this.diagnostics = diagnostics;
    Object.defineProperty(this, ARTICLE_PARSE_ERROR, { value: true });
  }

  /**
   * Recognises errors of every copy of newsdoc, not only of this one.
   *
   * @param value - Anything.
   * @returns Whether `value` is an `ArticleParseError` made by any copy of newsdoc.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isArticleParseError(value);
  }
}

/**
 * Whether `value` is an {@link ArticleParseError}, made by this or any other copy of
 * newsdoc loaded in the process.
 *
 * @param value - Anything, typically a caught error.
 * @returns `true` for an `ArticleParseError`.
 * @example
 * ```ts
 * let caught;
 * try { parseArticleOrThrow(''); } catch (error) { caught = error; }
 * isArticleParseError(caught);
 * //=> true
 * isArticleParseError(new Error('x'));
 * //=> false
 * ```
 */
export function isArticleParseError(value: unknown): value is ArticleParseError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ARTICLE_PARSE_ERROR] === true;
}

/**
 * Why {@link stringifyArticle} refused an article:
 *
 * - `NO_HEADER`: it has neither a date nor a URL, so the text could have no header line;
 * - `TOO_LARGE`: the text would be longer than `maxDocumentSize`, and would not be parsed;
 * - `MORE_THAN_ONE_DOCUMENT`: a line of the text would open a document of its own (a
 *   paragraph that reads as a ` date …` header, or an article URL alone after a blank line);
 * - `READS_BACK_DIFFERENTLY`: the text would be read as an article with a different
 *   {@link ArticleStringifyError.field} (a title with a line break or with the shape of a
 *   dateline, a paragraph the parser takes for page metadata …).
 *
 * @example
 * ```ts
 * let code = null;
 * try {
 *   stringifyArticle({ date: null, url: null, title: 'Harbour reopens', dateline: null, body: null, paragraphs: [] });
 * } catch (error) {
 *   if (error instanceof ArticleStringifyError) code = error.code;
 * }
 * code;
 * //=> 'NO_HEADER'
 * ```
 */
export type StringifyErrorCode = 'NO_HEADER' | 'TOO_LARGE' | 'MORE_THAN_ONE_DOCUMENT' | 'READS_BACK_DIFFERENTLY';

/** The mark every {@link ArticleStringifyError} carries, recognised across copies of newsdoc. */
const ARTICLE_STRINGIFY_ERROR = Symbol.for('newsdoc.ArticleStringifyError');

/**
 * Thrown by {@link stringifyArticle} when the article cannot be written as text that reads
 * back the same. A `RangeError`: the argument has the right type, but a value the canonical
 * format cannot hold. Like {@link ArticleParseError}, `instanceof` recognises errors made by
 * any copy of newsdoc in the process.
 *
 * @example
 * ```ts
 * const article = { date: '2021-11-02', url: null, title: 'Harbour\nreopens after repairs', dateline: null, body: null, paragraphs: [] };
 * let caught = null;
 * try { stringifyArticle(article); } catch (error) { caught = error; }
 * [caught instanceof RangeError, caught.code, caught.field];
 * //=> [true, 'READS_BACK_DIFFERENTLY', 'title']
 * ```
 */
export class ArticleStringifyError extends RangeError {
  /** Why the article was refused. */
  readonly code: StringifyErrorCode;
  /** For `READS_BACK_DIFFERENTLY`, the first field that would read back differently (in the order date, url, title, dateline, body, paragraphs); else `null`. */
  readonly field: 'date' | 'url' | 'title' | 'dateline' | 'body' | 'paragraphs' | null;

  /**
   * @param code - Why.
   * @param field - The field that would change, or `null`.
   * @param message - What a person reads.
   */
  constructor(code: StringifyErrorCode, field: ArticleStringifyError['field'], message: string) {
    super(message);
    this.name = 'ArticleStringifyError';
    this.code = code;
    this.field = field;
    Object.defineProperty(this, ARTICLE_STRINGIFY_ERROR, { value: true });
  }

  /**
   * Recognises errors of every copy of newsdoc, not only of this one.
   *
   * @param value - Anything.
   * @returns Whether `value` is an `ArticleStringifyError` made by any copy of newsdoc.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ARTICLE_STRINGIFY_ERROR] === true;
  }
}
