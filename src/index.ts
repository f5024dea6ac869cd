/**
 * newsdoc: parse the ` date YYYY-MM-DD URL` news text format into typed {@link Article}
 * objects, with normalised dates and URLs and coded diagnostics.
 *
 * @packageDocumentation
 */
export type { Article, Dateline, DateAgreement, DateEvidence, ParseResult, Section, SectionKind, Source } from './article.js';
export { ArticleParseError } from './article-parse-error.js';
export type { IsoDate, IsoTimestamp, NormalizedUrl, UrlKey } from './brand.js';
export { diagnosticCodes, type DiagnosticCode } from './codes.js';
export type { Diagnostic, Position, Severity } from './diagnostic.js';
export { detectLanguage, type DetectLanguageOptions } from './language.js';
export { normalizeDate, type NormalizeDateOptions } from './normalize-date.js';
export { findTimestamp, normalizeTimestamp, type TimestampMatch } from './normalize-timestamp.js';
export { normalizeUrl, type NormalizeUrlOptions } from './normalize-url.js';
export { parseArticle, parseArticleOrThrow, type ParseArticleOptions } from './parse-article.js';
export { parseCorpus, type CorpusRecord, type ParseCorpusOptions } from './parse-corpus.js';
export { parseDateline, type ParseDatelineOptions } from './dateline.js';
export { sourceFromUrl } from './source.js';
export { urlKey } from './url-key.js';
