import type { IsoDate, IsoTimestamp, NormalizedUrl, UrlKey } from './brand.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * The dateline that opens an article's text: `MOSCOW, November 2 – RIA Novosti.`,
 * `MOSCOW (Sputnik) -`, `CAIRO, October 15. /TASS/.`, `March 16 - BLiTZ.` …
 *
 * @example
 * ```ts
 * parseArticle(' date 2021-11-02\n\nHarbour reopens after repairs\n\nMOSCOW, November 2 – RIA Novosti. Boats are back.').article?.dateline;
 * //=> { raw: 'MOSCOW, November 2 – RIA Novosti.', place: 'MOSCOW',
 * //     agency: 'RIA Novosti', date: '2021-11-02', yearInferred: true }
 * ```
 */
export interface Dateline {
  /** The dateline exactly as written (whitespace folded), terminator included. */
  readonly raw: string;
  /** The place as written (`MOSCOW`, `New Delhi`), or `null` when the dateline has none. */
  readonly place: string | null;
  /** The agency as written (`RIA Novosti`, `Sputnik`, `TASS`), or `null`. */
  readonly agency: string | null;
  /** The dateline's day, resolved to a full date, or `null` when it names no day. */
  readonly date: IsoDate | null;
  /** `true` when the year was not written and was taken from the header or URL date. */
  readonly yearInferred: boolean;
}

/**
 * What the article's URL says about it, read by position from the path
 * (`/YYYYMMDD/<slug>-<id>.html`) and a small table of known hosts.
 *
 * @example
 * ```ts
 * parseArticle(' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html\n\nHarbour reopens').article?.source;
 * //=> { host: 'ria.ru', agency: 'RIA Novosti', articleId: '1234567890',
 * //     urlDate: '2021-11-02', slug: 'harbour' }
 * ```
 */
export interface Source {
  /** Host name, lower-case, without a leading `www.`. */
  readonly host: string;
  /** The agency that publishes on this host, when the host is known. */
  readonly agency: string | null;
  /** The numeric article id at the end of the path, or `null`. */
  readonly articleId: string | null;
  /** The `YYYYMMDD` date in the path, or `null`. */
  readonly urlDate: IsoDate | null;
  /** The words of the path's last segment before the id, or `null`. */
  readonly slug: string | null;
}

/**
 * How the dates the document gives agree with each other.
 *
 * - `agree`: every known date is the same day (or month, for a month-only header).
 * - `close`: they differ by at most two days (a repost, a late crawl).
 * - `disagree`: they differ by more; a `DATES_DISAGREE` warning says which.
 * - `unknown`: fewer than two dates are known.
 *
 * @example
 * ```ts
 * // A repost: crawled two days after the article's own date.
 * parseArticle(' date 2021-10-18 https://ria.ru/20211016/jazz-1234567890.html\n\nJazz festival sets a record').article?.dates.agreement;
 * //=> 'close'
 * ```
 */
export type DateAgreement = 'agree' | 'close' | 'disagree' | 'unknown';

/**
 * The date evidence of one document side by side.
 *
 * @example
 * ```ts
 * const text = [
 *   ' date 2021-10-18 https://ria.ru/20211016/jazz-1234567890.html',
 *   'Jazz festival sets an attendance record',
 *   '2021-10-16T14:08',
 *   'SOCHI, October 16 – RIA Novosti. The festival closed with a record.',
 * ].join('\n');
 * parseArticle(text).article?.dates;
 * //=> { header: '2021-10-18', url: '2021-10-16', dateline: '2021-10-16',
 * //     published: '2021-10-16', agreement: 'close' }
 * ```
 */
export interface DateEvidence {
  /** The header's date. */
  readonly header: IsoDate | null;
  /** The date in the URL path. */
  readonly url: IsoDate | null;
  /** The dateline's resolved date. */
  readonly dateline: IsoDate | null;
  /** The calendar day of {@link Article.published}. */
  readonly published: IsoDate | null;
  /** Whether they agree. */
  readonly agreement: DateAgreement;
}

/**
 * What a span of the input is. Every character of the input belongs to exactly one
 * {@link Section}, so nothing the parser leaves out of a field is lost.
 *
 * - `header`: the ` date YYYY-MM-DD URL` line (or its date/URL part).
 * - `title`: the headline.
 * - `title-repeat`: the headline again, or a variant with a site suffix.
 * - `lead`: a description or standfirst above the article text.
 * - `timestamp`: a date or time line of the page metadata, a byline with a time.
 * - `tags`: the one-per-line tag block.
 * - `xpath`: the literal `/ html / head / meta…` lines a scraper left.
 * - `image`: an image URL line.
 * - `link`: any other bare URL line (the canonical URL, a related article).
 * - `credit`: a photo credit or caption.
 * - `chrome`: page furniture: menus, buttons, banners, bylines, tickers.
 * - `body`: the article text, from the dateline on.
 * - `footer`: publisher blocks and trailers after the article.
 * - `whitespace`: blank lines and the spaces between the other spans.
 *
 * @example
 * ```ts
 * const { article } = parseArticle(' date 2021-11-02\n\nHarbour reopens after repairs\n\nThe harbour reopened on Friday, officials said.');
 * article?.sections.filter((s) => s.kind !== 'whitespace').map((s) => s.kind);
 * //=> ['header', 'title', 'body']
 * ```
 */
export type SectionKind =
  | 'header'
  | 'title'
  | 'title-repeat'
  | 'lead'
  | 'timestamp'
  | 'tags'
  | 'xpath'
  | 'image'
  | 'link'
  | 'credit'
  | 'chrome'
  | 'body'
  | 'footer'
  | 'whitespace';

/**
 * A span of the original input and what the parser took it for.
 *
 * `text` is exactly `input.slice(start, end)`; the sections of an article are in input
 * order and cover the input without gap or overlap.
 *
 * @example
 * ```ts
 * const text = ' date 2021-11-02\n\nHarbour reopens after repairs';
 * parseArticle(text).article?.sections.map((s) => [s.kind, s.start, s.end, s.text]);
 * //=> [['whitespace', 0, 1, ' '], ['header', 1, 16, 'date 2021-11-02'],
 * //    ['whitespace', 16, 18, '\n\n'], ['title', 18, 47, 'Harbour reopens after repairs']]
 * ```
 */
export interface Section {
  /** What the span is. */
  readonly kind: SectionKind;
  /** The span's text, exactly as in the input. */
  readonly text: string;
  /** 0-based UTF-16 offset of the first character. */
  readonly start: number;
  /** 0-based UTF-16 offset just past the last character. */
  readonly end: number;
}

/**
 * One entry of a live page or a digest: a time-stamped post (`10:34am: …`, `09:54 GMT …`)
 * or one story of a digest (a heading and its paragraphs). {@link Article.entries} lists
 * them; an ordinary article has none.
 *
 * @example
 * ```ts
 * const text = [
 *   ' date 2022-03-10', '', 'LIVE: Final day of the regatta', '',
 *   '10:34am: Wind delays the start', '', 'The first race will start an hour late, the organisers said.', '',
 *   '10:12am: Crowds gather on the pier', '', 'Hundreds of people lined the pier before the start.',
 * ].join('\n');
 * parseArticle(text).article?.entries.map((e) => [e.time, e.title]);
 * //=> [['2022-03-10T10:34', 'Wind delays the start'], ['2022-03-10T10:12', 'Crowds gather on the pier']]
 * ```
 */
export interface Entry {
  /**
   * When the entry was posted: its clock time on the day its marker gives, else on the
   * page's date (the header's, else the URL's, else the published stamp's or a date line's,
   * as for a dateline), as an {@link IsoTimestamp} (`2022-03-10T10:34`, with an offset
   * only when the marker names a zone: `2024-10-22T09:54+00:00`). Entries whose times run
   * back across midnight are dated the day before (`ENTRIES_CROSS_MIDNIGHT`). `null` for a
   * story of a digest, and when nothing in the file gives the day (`ENTRY_TIME_UNDATED`).
   */
  readonly time: IsoTimestamp | null;
  /** The entry's heading, without its time marker; `null` when the entry opens with a sentence instead. */
  readonly title: string | null;
  /** The entry's paragraphs after its heading, joined by a blank line, as in {@link Article.body}; `null` when there are none. */
  readonly body: string | null;
  /** 0-based UTF-16 offset where the entry starts: its time marker, or its heading. */
  readonly start: number;
  /** 0-based UTF-16 offset just past its last paragraph. */
  readonly end: number;
}

/**
 * One news document, as read from the ` date YYYY-MM-DD URL` format.
 *
 * Plain, JSON-serialisable and read-only. A field that is not there is `null` (lists are
 * empty), never `""` or `undefined`; why it is not there is in the diagnostics.
 *
 * @example
 * ```ts
 * const { article } = parseArticle(' date 2021-11-02\n\nHarbour reopens after repairs\n\nThe harbour reopened on Friday.');
 * article?.date;  //=> '2021-11-02'
 * article?.title; //=> 'Harbour reopens after repairs'
 * article?.body;  //=> 'The harbour reopened on Friday.'
 * ```
 */
export interface Article {
  /** The header's date, normalised (`YYYY-MM-DD`, or `YYYY-MM` when the header gives only the month). */
  readonly date: IsoDate | null;
  /** The header's date as written. */
  readonly dateRaw: string | null;
  /** A clock time written right after the header date (`12:41`), or `null`. */
  readonly time: string | null;
  /** The page's canonical URL, normalised for display by {@link normalizeUrl}. */
  readonly url: NormalizedUrl | null;
  /**
   * The URL as written (the header's token, or the page line with `URL_FROM_PAGE`), with
   * one exception: a `user:password@` is removed (`URL_CREDENTIALS_REMOVED`), as from every
   * field. `null` exactly when {@link Article.url} is: a URL that {@link normalizeUrl}
   * refuses (`javascript:alert(1)`, `HEADER_URL_INVALID`) is kept in no field; its text
   * stays in {@link Article.sections} and its place in the diagnostic.
   */
  readonly urlRaw: string | null;
  /** The aggressive deduplication key of the URL ({@link urlKey}). */
  readonly urlKey: UrlKey | null;
  /**
   * The headline, without site suffixes; `null` when the page text has none. Like every
   * short field (title, lead, tags, dateline, entry titles, the slug), it never holds a
   * control, bidi or zero-width character (`FIELD_CHARACTERS_REMOVED`) or a URL of a scheme
   * other than http(s) (`FIELD_URL_REMOVED`): they are removed, and the field is `null`
   * when nothing is left.
   */
  readonly title: string | null;
  /** The dateline that opens the article text. */
  readonly dateline: Dateline | null;
  /** The description or standfirst above the article text, without its site suffix. */
  readonly lead: string | null;
  /** The article text from the dateline on, paragraphs joined by a blank line; `null` when there is none. */
  readonly body: string | null;
  /** The paragraphs of {@link Article.body}, each with its layout indentation removed. */
  readonly paragraphs: readonly string[];
  /**
   * The entries of a live page or digest, in page order, each also part of
   * {@link Article.body}; empty for an ordinary article. The page is split only where at
   * least two entries share one marker style (a clock time, or a story heading under a
   * digest's title), so an article is never split by accident.
   */
  readonly entries: readonly Entry[];
  /** What the URL says about the article. */
  readonly source: Source | null;
  /** The first clock time the page metadata gives with its own date, as precise as written. */
  readonly published: IsoTimestamp | null;
  /** The one-per-line tags of the page metadata, as written (less what no short field holds, see {@link Article.title}). */
  readonly tags: readonly string[];
  /**
   * The page's image URL, normalised by {@link normalizeUrl} (credentials removed); an
   * image line it refuses is `PAGE_URL_REFUSED`, and the image stays `null`.
   */
  readonly image: NormalizedUrl | null;
  /**
   * ISO 639-1 code of the text's language, from its script, letters and stopwords; where
   * they do not tell and a `detectLanguage` hook is given, the BCP 47 tag it returned.
   */
  readonly language: string | null;
  /** What named {@link Article.language}; `null` exactly when the language is. */
  readonly languageBasis: LanguageBasis | null;
  /** The date evidence side by side. */
  readonly dates: DateEvidence;
  /** Every span of the input and what it was taken for; together they cover the input. */
  readonly sections: readonly Section[];
}

/**
 * The evidence that named a language: `script` when the script names one language (Greek,
 * Hebrew, Arabic …), `letters` when letters only one listed alphabet has decided (`ł` for
 * Polish, `ș ț` for Romanian, `ы` for Russian), `stopwords` when function words decided
 * among the languages the letters allow (English, Ukrainian with dropped letters), `hook`
 * when none of these told it and the caller's `detectLanguage` hook did.
 *
 * @example
 * ```ts
 * parseArticle(' date 2021-11-02\n\nThe harbour reopened on Friday after the repairs, the mayor said.').article?.languageBasis;
 * //=> 'stopwords'
 * ```
 */
export type LanguageBasis = 'script' | 'letters' | 'stopwords' | 'hook';

/**
 * What {@link parseArticle} returns: the article, and every problem found.
 *
 * `article` is `null` only when nothing article-like is in the input, and then the
 * diagnostics say why.
 *
 * @example
 * ```ts
 * const { ok, article, diagnostics } = parseArticle('### ~~~');
 * [ok, article, diagnostics.map((d) => d.code)];
 * //=> [false, null, ['INPUT_NOT_ARTICLE']]
 * ```
 */
export interface ParseResult {
  /** Whether no diagnostic has severity `error`: the fields an error concerns are `null` when it is `false`. */
  readonly ok: boolean;
  /** The article, or `null` when the input holds nothing article-like. */
  readonly article: Article | null;
  /** Every problem and deviation found, in input order. */
  readonly diagnostics: readonly Diagnostic[];
}
