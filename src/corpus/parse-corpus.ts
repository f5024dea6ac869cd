import type { ParseResult } from '../model/article.js';
import { readOptions } from '../internal/options.js';
import { PARSE_ARTICLE_OPTIONS, type ParseArticleOptions } from '../parse/parse-article.js';
import { checkedParser } from '../stream/parser.js';

/**
 * Options for {@link parseCorpus}: those of {@link parseArticle}, applied to every document.
 *
 * @example
 * ```ts
 * parseCorpus(' date 2021-11-02\n\nPrices & lt; 10 rubles.', { repair: 'safe' })[0]?.article?.body;
 * //=> 'Prices < 10 rubles.'
 * ```
 */
export type ParseCorpusOptions = ParseArticleOptions;


/**
 * One document of a multi-document input: its {@link ParseResult}, its number, and where
 * it stands in the input. Diagnostic positions and section offsets are into the whole
 * input, not the document alone.
 *
 * @example
 * ```ts
 * const text = ' date 2021-11-02 https://ria.ru/a-1234567.html\n\nOne\n';
 * const [first] = parseCorpus(text);
 * text.slice(first.start, first.end) === text;
 * //=> true
 * ```
 */
export interface CorpusRecord extends ParseResult {
  /** 0-based number of the document in the input. */
  readonly index: number;
  /** Offset of the document's first character in the input. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
}

/**
 * Parses an input that holds several documents, one after another. A new document starts
 * at every ` date …` header line, and at a bare article URL line that stands after a blank
 * line (the URL-only header some stores write); text before the first header is a
 * document of its own, and blank lines between documents belong to the one before. A page
 * stored without any header cannot be told from body text, so it stays part of the
 * document before it. A document that cannot be parsed is reported in its record and never
 * stops the rest; the records' spans cover the input in order.
 *
 * @param text - The documents.
 * @param options - As for {@link parseArticle}.
 * @returns One record per document, in input order (one record for an empty input).
 * @throws TypeError when `text` is not a string, or an option is unknown or of the wrong type.
 * @throws RangeError when an option has a value it does not allow.
 * @example
 * ```ts
 * const records = parseCorpus(' date 2021-11-02 https://ria.ru/a-1234567.html\n\nOne\n date 2021-11-03 https://ria.ru/b-2345678.html\n\nTwo\n');
 * records.map((r) => [r.index, r.start, r.article?.date]);
 * //=> [[0, 0, '2021-11-02'], [1, 52, '2021-11-03']]
 * ```
 */
export function parseCorpus(text: string, options?: ParseCorpusOptions): CorpusRecord[] {
  // Stryker disable next-line ConditionalExpression: the parser's feed throws a TypeError for a non-string too; this one names parseCorpus.
  if (typeof text !== 'string') throw new TypeError(`parseCorpus expects a string, got ${text === null ? 'null' : typeof text}`);
  const checked = readOptions('parseCorpus', options, PARSE_ARTICLE_OPTIONS);
  const records: CorpusRecord[] = [];
  const parser = checkedParser((record) => records.push(record), checked);
  parser.feed(text);
  parser.end();
  return records;
}
