/**
 * newsdoc: parse the ` date YYYY-MM-DD URL` news text format into typed {@link Article}
 * objects, with normalised dates and URLs and coded diagnostics.
 *
 * @sortStrategy kind, alphabetical-ignoring-documents
 * @packageDocumentation
 */
export type { Article, Dateline, DateAgreement, DateEvidence, Entry, LanguageBasis, ParseResult, Section, SectionKind, Source } from './model/article.js';
export { ArticleParseError, ArticleStringifyError, isArticleParseError, type StringifyErrorCode } from './model/errors.js';
export type { Brand, IsoDate, IsoTimestamp, NormalizedUrl, UrlKey } from './model/brand.js';
export { diagnosticCodes, type DiagnosticCode } from './model/codes.js';
export type { Diagnostic, Position, Severity } from './model/diagnostic.js';
export type { JsonValue, NewsdocEntryRecord, NewsdocRecord, RecordArticle, RecordRef } from './model/record.js';
export { detectLanguage, type DetectLanguageOptions } from './normalize/detect-language.js';
export { normalizeDate, type NormalizeDateOptions } from './normalize/normalize-date.js';
export { findTimestamp, normalizeTimestamp, type FindTimestampOptions, type TimestampMatch } from './normalize/normalize-timestamp.js';
export { normalizeUrl, type NormalizeUrlOptions } from './normalize/normalize-url.js';
export { DEFAULT_MAX_DOCUMENT_SIZE, parseArticle, parseArticleOrThrow, type ParseArticleOptions } from './parse/parse-article.js';
export type { BoilerplateHost, BoilerplateProfile } from './parse/boilerplate.js';
export type { LanguageHook } from './parse/language.js';
export { parseCorpus, type CorpusRecord, type ParseCorpusOptions } from './corpus/parse-corpus.js';
export { fingerprint, type Fingerprint, type FingerprintOptions } from './fingerprint/fingerprint.js';
export { parseDateline, type ParseDatelineOptions } from './parse/dateline.js';
export { sourceFromUrl } from './normalize/source.js';
export { urlKey } from './normalize/url-key.js';
export { createParser, type Parser, type ParserCounts, type StreamOptions } from './stream/parser.js';
export { parseStream, type StreamSource } from './stream/parse-stream.js';
export { stringifyArticle, type CanonicalArticle, type StringifyArticleOptions } from './write/stringify-article.js';
export { CorpusTransformStream } from './stream/transform.js';
