import type { DiagnosticCode } from './codes.js';

/**
 * A place in the original input.
 *
 * `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index into the input
 * exactly as it was given (before any BOM or line-ending handling), so
 * `input.slice(start.offset, end.offset)` is the text a diagnostic speaks of.
 *
 * @example
 * ```ts
 * const { diagnostics } = parseArticle(' date 2021-02-30 https://ria.ru/20210228/a-1234567.html\n\nHarbour reopens');
 * diagnostics.find((d) => d.code === 'HEADER_DATE_INVALID')?.start;
 * //=> { line: 1, column: 7, offset: 6 }
 * ```
 */
export interface Position {
  /** 1-based line number; a line ends at `\n`, `\r\n` or a lone `\r`. */
  readonly line: number;
  /** 1-based column, counted in UTF-16 code units from the start of the line. */
  readonly column: number;
  /** 0-based UTF-16 offset into the original input. */
  readonly offset: number;
}

/**
 * How serious a diagnostic is.
 *
 * - `error`: a field could not be read and is `null` (or the input is not an article);
 *   {@link parseArticleOrThrow} throws on these.
 * - `warning`: a field was read, but the input deviates in a way that may make it wrong.
 * - `info`: a known deviation of the format that the parser handled.
 *
 * @example
 * ```ts
 * const severe = diagnostics.filter((d) => d.severity === 'error');
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem or deviation found in the input, with its place.
 *
 * Codes are stable SCREAMING_SNAKE strings listed in `docs/diagnostics.md`; match on
 * `code`, never on `message`, whose wording may change.
 *
 * @example
 * ```ts
 * const { diagnostics } = parseArticle(' date 2021-13-01 https://ria.ru/20211301/a-1234567.html\n\nHarbour reopens');
 * diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
 * //=> ['HEADER_DATE_INVALID']
 * ```
 */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `HEADER_DATE_INVALID`; every code is a key of {@link diagnosticCodes}. */
  readonly code: DiagnosticCode;
  /** How serious it is. */
  readonly severity: Severity;
  /** Human-readable explanation; wording is not part of the API. */
  readonly message: string;
  /** Where the text in question starts. */
  readonly start: Position;
  /** Where it ends (exclusive). Equal to `start` for a point. */
  readonly end: Position;
}
