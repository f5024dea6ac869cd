import type { Diagnostic } from './diagnostic.js';

/**
 * Thrown by {@link parseArticleOrThrow} when the input has a diagnostic of severity
 * `error`. Carries every diagnostic of the parse, not only the errors.
 *
 * @example
 * ```ts
 * try {
 *   parseArticleOrThrow('not a news document');
 * } catch (error) {
 *   if (error instanceof ArticleParseError) console.log(error.diagnostics[0]?.code);
 *   //=> 'HEADER_MISSING'
 * }
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
  }
}
