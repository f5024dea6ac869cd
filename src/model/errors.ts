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
