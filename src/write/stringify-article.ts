/**
 * The writer: an article back to the canonical format (docs/format.md, "The idea"), and
 * the proof that the text reads back as the same article. The parser decides what a line
 * is from its shape and its neighbours, so no rule written here could predict how it will
 * read a hand-built title or paragraph; the one judge is the parser itself. The written
 * text is therefore split by the corpus splitter and parsed again before it is returned,
 * and any difference is a RangeError: never text that means something else.
 */
import type { Article, Dateline } from '../model/article.js';
import { ArticleStringifyError } from '../model/errors.js';
import { numberAtLeast, readOptions } from '../internal/options.js';
import { createSplitter } from '../corpus/splitter.js';
import { DEFAULT_MAX_DOCUMENT_SIZE, parseText } from '../parse/parse-article.js';

/**
 * The fields of an {@link Article} that the canonical format carries, and that
 * {@link stringifyArticle} reads: every `Article` is one. The other fields (lead, tags,
 * published, image, the header's clock time …) have no place in the canonical form.
 *
 * @example
 * ```ts
 * const fields = {
 *   date: '2021-11-02', url: 'https://ria.ru/20211102/harbour-1234567890.html',
 *   title: 'Harbour reopens after repairs', dateline: null,
 *   body: 'The harbour reopened on Friday, officials said.',
 *   paragraphs: ['The harbour reopened on Friday, officials said.'],
 * };
 * stringifyArticle(fields).split('\n')[0];
 * //=> ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html'
 * ```
 */
export type CanonicalArticle = Pick<Article, 'date' | 'url' | 'title' | 'dateline' | 'body' | 'paragraphs'>;

/**
 * Options for {@link stringifyArticle}.
 *
 * @example
 * ```ts
 * const { article } = parseArticle(' date 2021-11-02\n\nHarbour reopens after repairs\n\nThe harbour reopened on Friday, officials said.');
 * stringifyArticle(article, { maxDocumentSize: 20 });
 * //=> throws ArticleStringifyError
 * ```
 */
export interface StringifyArticleOptions {
  /**
   * The longest text that may be written, in UTF-16 code units: the `maxDocumentSize`
   * the text will be parsed with. A longer text would not be read back (the parser would
   * report `DOCUMENT_TOO_LARGE`), so it is a RangeError with code `TOO_LARGE`.
   *
   * @default 16777216 ({@link DEFAULT_MAX_DOCUMENT_SIZE})
   * @example
   * ```ts
   * const { article } = parseArticle(' date 2021-11-02\n\nHarbour reopens after repairs');
   * stringifyArticle(article, { maxDocumentSize: 64 }).length;
   * //=> 48
   * ```
   */
  readonly maxDocumentSize?: number;
}

const STRINGIFY_OPTIONS = { maxDocumentSize: /* @__PURE__ */ numberAtLeast(1, { integer: true }) };

/** The fields compared after reading back, in the order a difference is reported. */
const COMPARED = ['date', 'url', 'title', 'dateline', 'body', 'paragraphs'] as const;

/** The most of a value an error message quotes. */
const QUOTED_LENGTH = 60;

// quote and kindOf make only the wording of error messages, which the tests never assert.
// Stryker disable BlockStatement,LogicalOperator,ConditionalExpression,EqualityOperator,StringLiteral,MethodExpression,ArithmeticOperator: message wording only
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 1)}…` : text;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
// Stryker restore BlockStatement,LogicalOperator,ConditionalExpression,EqualityOperator,StringLiteral,MethodExpression,ArithmeticOperator

/** Checks the argument's shape: misuse (a missing field, a number for a string) is a TypeError. */
function checkArticle(article: unknown): CanonicalArticle {
  if (typeof article !== 'object' || article === null || Array.isArray(article)) {
    throw new TypeError(`stringifyArticle expects an article object, got ${kindOf(article)}`);
  }
  const a = article as Record<string, unknown>;
  for (const key of ['date', 'url', 'title', 'body'] as const) {
    if (a[key] !== null && typeof a[key] !== 'string') throw new TypeError(`stringifyArticle: article.${key} must be a string or null, got ${kindOf(a[key])}`);
  }
  // An object or null: `typeof null` is 'object'.
  if (typeof a['dateline'] !== 'object' || Array.isArray(a['dateline'])) {
    throw new TypeError(`stringifyArticle: article.dateline must be an object or null, got ${kindOf(a['dateline'])}`);
  }
  const paragraphs = a['paragraphs'];
  if (!Array.isArray(paragraphs)) throw new TypeError(`stringifyArticle: article.paragraphs must be an array of strings, got ${kindOf(paragraphs)}`);
  // An index loop, not forEach: forEach skips the holes of a sparse array, and a hole is no string.
  for (let i = 0; i < paragraphs.length; i++) {
    const p: unknown = paragraphs[i];
    if (typeof p !== 'string') throw new TypeError(`stringifyArticle: article.paragraphs[${i}] must be a string, got ${kindOf(p)}`);
  }
  return article as CanonicalArticle;
}

/**
 * The canonical text: ` date YYYY-MM-DD URL`, then the title and each paragraph after a
 * blank line, and a final line end. Without a date the header is ` date URL`, which opens
 * a document wherever it stands in a corpus (a bare URL line opens one only after a blank
 * line, and only when it is an article URL).
 */
function canonicalText(article: CanonicalArticle): string {
  const header = [' date', article.date, article.url].filter((part) => part !== null).join(' ');
  const blocks = article.title === null ? [header, ...article.paragraphs] : [header, article.title, ...article.paragraphs];
  return `${blocks.join('\n\n')}\n`;
}

function sameDateline(a: Dateline | null, b: Dateline | null): boolean {
  if (a === null || b === null) return a === b;
  return a.raw === b.raw && a.place === b.place && a.agency === b.agency && a.date === b.date && a.yearInferred === b.yearInferred;
}

function sameField(field: (typeof COMPARED)[number], a: CanonicalArticle, b: CanonicalArticle): boolean {
  if (field === 'dateline') return sameDateline(a.dateline, b.dateline);
  if (field === 'paragraphs') return a.paragraphs.length === b.paragraphs.length && a.paragraphs.every((p, i) => p === b.paragraphs[i]);
  return a[field] === b[field];
}

/** The text, split as a corpus and parsed again: it must be one document and give the same fields. */
function checkReadBack(text: string, article: CanonicalArticle, limit: number): void {
  if (text.length > limit) {
    throw new ArticleStringifyError('TOO_LARGE', null, `stringifyArticle: the text would be ${text.length} code units long, over the limit of ${limit}`);
  }
  // Where each document the splitter finds begins: the text's own header, and nothing else.
  const starts: { readonly line: number; readonly start: number }[] = [];
  // Stryker disable next-line ObjectLiteral: only the error message reads the line and start; the count is what matters
  const splitter = createSplitter((piece) => starts.push({ line: piece.line, start: piece.start }));
  splitter.feed(text);
  splitter.end();
  const second = starts[1];
  if (second !== undefined) {
    // Stryker disable next-line MethodExpression,StringLiteral: the line is quoted in the error message only
    const line = text.slice(second.start, text.indexOf('\n', second.start));
    throw new ArticleStringifyError('MORE_THAN_ONE_DOCUMENT', null, `stringifyArticle: line ${second.line} of the text, ${quote(line)}, would open a document of its own`);
  }
  const back = parseText(text, { maxDocumentSize: limit }, []).article;
  for (const field of COMPARED) {
    if (back === null || !sameField(field, article, back)) {
      throw new ArticleStringifyError(
        'READS_BACK_DIFFERENTLY',
        field,
        `stringifyArticle: the text would read back with ${field} ${quote(back === null ? null : back[field])} instead of ${quote(article[field])}`,
      );
    }
  }
}

/**
 * Writes an article in the canonical format: the header line ` date YYYY-MM-DD URL`, a
 * blank line, the title, a blank line, and the body's paragraphs separated by blank
 * lines, with `\n` line ends and a final `\n`. The dateline stays where the body has it,
 * at the start of the first paragraph. A null title is left out; without a date the
 * header is ` date URL`, without a URL ` date YYYY-MM-DD`.
 *
 * The text is proven before it is returned: split as {@link parseCorpus} splits, it is one
 * document, and {@link parseArticle} reads from it the same `date`, `url`, `title`,
 * `dateline`, `body` and `paragraphs`. Every article `parseArticle` returns whose fields
 * the canonical form can hold passes; an article whose values it cannot hold (a title
 * with a line break, a paragraph that would read as a header, a title the parser would
 * take for body text) is a RangeError, never a text that reads as something else.
 *
 * @param article - An {@link Article}, or any object with the fields of {@link CanonicalArticle}.
 * @param options - The size limit the text must fit.
 * @returns The canonical text.
 * @throws TypeError when `article` is not an object with those fields as strings, `null`
 *   and an array of strings, or an option is unknown or of the wrong type.
 * @throws {@link ArticleStringifyError} (a RangeError) when the article has no date and no
 *   URL (`NO_HEADER`), when the text would be longer than `maxDocumentSize` (`TOO_LARGE`),
 *   would split into two documents (`MORE_THAN_ONE_DOCUMENT`) or would read back with a
 *   field changed (`READS_BACK_DIFFERENTLY`, naming the `field`); and when an option has a
 *   value it does not allow.
 * @example
 * ```ts
 * const text = [
 *   ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html',
 *   '',
 *   'The harbour reopens to small boats after two months of repairs',
 *   '',
 *   'MOSCOW, November 2 – RIA Novosti. The city harbour will reopen on Friday, the port said.',
 *   '',
 * ].join('\n');
 * stringifyArticle(parseArticle(text).article) === text;
 * //=> true
 *
 * // Lines of page metadata are left out; the page reads back the same.
 * const page = ' date 2021-11-02\nHarbour reopens after repairs\n2021-11-02T09:15\n\nThe harbour reopened on Friday, officials said.';
 * stringifyArticle(parseArticle(page).article);
 * //=> ' date 2021-11-02\n\nHarbour reopens after repairs\n\nThe harbour reopened on Friday, officials said.\n'
 *
 * // A paragraph that would open a document of its own is refused.
 * const article = parseArticle(text).article;
 * stringifyArticle({ ...article, paragraphs: [...article.paragraphs, 'date 2021-11-03 https://ria.ru/'] });
 * //=> throws ArticleStringifyError
 * ```
 */
export function stringifyArticle(article: CanonicalArticle, options?: StringifyArticleOptions): string {
  const checked = checkArticle(article);
  const limit = readOptions('stringifyArticle', options, STRINGIFY_OPTIONS).maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  if (checked.date === null && checked.url === null) {
    // ` date` alone opens no document, and a text without a header line cannot be told
    // from the body of the document before it in a corpus.
    throw new ArticleStringifyError('NO_HEADER', null, 'stringifyArticle: the article has neither a date nor a URL, so it has no header line');
  }
  const text = canonicalText(checked);
  checkReadBack(text, checked, limit);
  return text;
}
