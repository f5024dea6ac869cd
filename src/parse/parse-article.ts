import type { Article, Dateline, ParseResult, Source } from '../model/article.js';
import { ArticleParseError } from '../model/errors.js';
import { readBody } from './body.js';
import type { IsoDate, IsoTimestamp, NormalizedUrl } from '../model/brand.js';
import { agreementOf, dateEvidence, daysApart } from './date-evidence.js';
import { toDateline } from './dateline.js';
import { readHeader, type Header } from './header.js';
import { parseIsoDate } from '../internal/calendar.js';
import { glueSeams, looksGlued } from './page/glue.js';
import { countWords } from './page/line-kinds.js';
import { Reporter } from '../internal/report.js';
import { foldedText, isBlankChar, scanLines, trimRange, type Line } from '../internal/text.js';
import { detectLanguage } from '../normalize/language.js';
import { findTimestamp } from '../normalize/normalize-timestamp.js';
import { normalizeUrl } from '../normalize/normalize-url.js';
import { layoutPage, type Layout, type Unit } from './page.js';
import { buildSections } from './sections.js';
import { sourceFromUrl } from '../normalize/source.js';
import { urlKey } from '../normalize/url-key.js';

/**
 * Options for {@link parseArticle} and {@link parseArticleOrThrow}.
 *
 * @example
 * ```ts
 * parseArticle(text, { repair: 'safe' }).article?.body;
 * //=> 'MOSCOW, November 2 – RIA Novosti. The talks ended. Both sides …'
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
   * parseArticle(text, { repair: 'safe' }).article?.body;
   * ```
   */
  readonly repair?: 'none' | 'safe';
}

/** The first control character other than tab, line feed and carriage return, or -1. */
function firstControlChar(input: string): number {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return i;
  }
  return -1;
}
// Any letter or digit: the least an input needs to hold something article-like.
const WORD_CHAR = /[\p{L}\p{N}]/u;

function toUnit(input: string, from: number, to: number, onHeaderLine: boolean): Unit {
  const text = foldedText(input, from, to);
  return { start: from, end: to, text, words: countWords(text), onHeaderLine };
}

/** Splits the page text after the header into units: the header tail, then each non-blank line. */
function pageUnits(input: string, lines: readonly Line[], header: Header, report: Reporter): Unit[] {
  const units: Unit[] = [];
  const first = header.lineIndex;
  if (header.tail) units.push(toUnit(input, header.tail[0], header.tail[1], true));
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.contentStart < line.contentEnd) units.push(toUnit(input, line.contentStart, line.contentEnd, false));
  }
  // A whole page flattened onto the header line, its fields glued together: read each
  // glued field as a line of its own.
  const only = units[0];
  if (units.length === 1 && only?.onHeaderLine && looksGlued(input, only.start, only.end)) {
    const seams = glueSeams(input, only.start, only.end);
    report.add('PAGE_TEXT_GLUED', `The page is one line of ${seams.length + 1} glued fields; each was read as a line.`, only.start, only.end);
    units.length = 0;
    let at = only.start;
    for (const seam of [...seams, only.end]) {
      const [from, to] = trimRange(input, at, seam);
      if (from < to) units.push(toUnit(input, from, to, at === only.start));
      at = seam;
    }
  }
  return units;
}

function slugWords(source: Source | null): string[] {
  const slug = source?.slug;
  if (!slug) return [];
  return slug
    .toLowerCase()
    .split(/[-_]+/)
    .filter((w) => w.length > 0);
}

function isAllBlank(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (!isBlankChar(c) && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
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
 * @returns The article (or `null` when nothing article-like is in the input) and the diagnostics.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * const { article, diagnostics } = parseArticle(
 *   ' date 2021-11-02 https://ria.ru/20211102/parom-1757214836.html\n\n' +
 *     'Moscow will launch electric river ferries next summer\n\n' +
 *     'MOSCOW, November 2 – RIA Novosti. The city will launch ten electric ferries.',
 * );
 * article?.date;                //=> '2021-11-02'
 * article?.title;               //=> 'Moscow will launch electric river ferries next summer'
 * article?.dateline?.place;     //=> 'MOSCOW'
 * article?.source?.articleId;   //=> '1757214836'
 * diagnostics.length;           //=> 0
 * ```
 */
export function parseArticle(text: string, options: ParseArticleOptions = {}): ParseResult {
  if (typeof text !== 'string') throw new TypeError(`parseArticle expects a string, got ${text === null ? 'null' : typeof text}`);
  const repair = options.repair ?? 'none';
  if (repair !== 'none' && repair !== 'safe') throw new TypeError(`parseArticle: repair must be 'none' or 'safe', got ${String(repair)}`);
  const input = text;
  const report = new Reporter(input);

  if (input.length === 0 || isAllBlank(input)) {
    report.add('INPUT_EMPTY', 'The input holds no text.', 0, input.length);
    return { article: null, diagnostics: report.finish() };
  }
  if (!WORD_CHAR.test(input)) {
    report.add('INPUT_NOT_ARTICLE', 'The input holds no letters or digits.', 0, input.length);
    return { article: null, diagnostics: report.finish() };
  }
  if (input.charCodeAt(0) === 0xfeff) report.add('INPUT_BOM', 'The input starts with a byte-order mark.', 0, 1);
  const cr = input.indexOf('\r');
  if (cr >= 0) report.add('INPUT_LINE_ENDINGS', 'Lines end with CRLF or a lone CR.', cr, cr + (input.charCodeAt(cr + 1) === 0x0a ? 2 : 1));
  const control = firstControlChar(input);
  if (control >= 0) report.add('INPUT_CONTROL_CHARACTERS', 'The input holds a control character.', control, control + 1);

  const lines = scanLines(input);
  const header = readHeader(input, lines, report);
  let headerSpan: { kind: 'header'; start: number; end: number } | null = null;

  // The header's own tokens.
  let urlRaw = header.urlRaw;
  let url: NormalizedUrl | null = null;
  if (header.lineIndex >= 0) {
    const line = lines[header.lineIndex] as Line;
    headerSpan = { kind: 'header', start: line.contentStart, end: header.end };
    const next = lines[header.lineIndex + 1];
    if (next && next.contentStart < next.contentEnd) report.add('HEADER_NO_BLANK_LINE', 'A single newline follows the header.', line.end, next.start);
    if (urlRaw !== null) {
      url = normalizeUrl(urlRaw);
      if (url === null) report.add('HEADER_URL_INVALID', `The header URL is not an acceptable http(s) URL.`, header.urlStart, header.urlStart + urlRaw.length);
    }
  }
  const units = pageUnits(input, lines, header, report);
  let source = url ? sourceFromUrl(url) : null;

  // A page whose header has no URL may show its canonical URL among the metadata.
  let layout: Layout = layoutPage({ input, units, slugWords: slugWords(source), descriptionSlot: source?.agency === 'Sputnik' });
  if (url === null && urlRaw === null) {
    for (const i of layout.metadata) {
      const u = units[i] as Unit;
      if (layout.kinds[i] !== 'link') continue;
      const candidate = normalizeUrl(u.text);
      const candidateSource = candidate ? sourceFromUrl(candidate) : null;
      if (candidate && candidateSource && (candidateSource.articleId !== null || candidateSource.urlDate !== null)) {
        url = candidate;
        urlRaw = u.text;
        source = candidateSource;
        report.add('URL_FROM_PAGE', 'The canonical URL was found in the page text, not the header.', u.start, u.end);
        layout = layoutPage({ input, units, slugWords: slugWords(source), descriptionSlot: source.agency === 'Sputnik' });
        break;
      }
    }
  }
  const kinds = layout.kinds;

  // The header tail: chrome or page text on the header line.
  const tail = units[0]?.onHeaderLine ? units[0] : undefined;
  if (tail) {
    if (kinds[0] === 'chrome') report.add('HEADER_CHROME', 'Page chrome follows the header date.', tail.start, tail.end);
    else report.add('HEADER_TEXT', 'Page text follows the header date.', tail.start, tail.end);
  }

  // Dates and the dateline.
  const urlDate = source?.urlDate ?? null;
  const referenceIso = header.date ?? urlDate;
  const reference = referenceIso ? parseIsoDate(referenceIso) : null;
  let dateline: Dateline | null = null;
  if (layout.dateline) {
    const match = layout.dateline;
    dateline = toDateline(input, match, reference);
    if (match.doubledAt >= 0) report.add('DATELINE_DOUBLED', 'A second dateline follows the first.', match.doubledAt, match.end);
    if (match.day !== null && match.month !== null && dateline.date === null) {
      if (match.year === null && reference === null) report.add('DATELINE_NO_YEAR', 'Neither header nor URL gives the dateline a year.', match.start, match.end);
      else report.add('DATELINE_DATE_INVALID', 'The dateline names a day that does not exist.', match.start, match.end);
    }
    const datelineDay = dateline.date ? parseIsoDate(dateline.date) : null;
    if (datelineDay && reference && daysApart(datelineDay, reference) > 2) {
      report.add('DATELINE_DATE_FAR', `The dateline day is ${daysApart(datelineDay, reference)} days from the ${header.date ? 'header' : 'URL'} date.`, match.start, match.end);
    }
  } else if (layout.bodyStart) {
    const u = units[layout.bodyStart.unit] as Unit;
    report.add('DATELINE_MISSING', 'The article text opens without a dateline.', u.start + layout.bodyStart.at);
  }

  // Published: the first timestamp of the page metadata, never the header's own time.
  let published: IsoTimestamp | null = null;
  // The header line's text counts as metadata even when the article starts there: a page
  // flattened onto one line keeps its byline time inside it.
  const stampUnits = units[0]?.onHeaderLine && !layout.isMetadata(0) ? [0, ...layout.metadata] : layout.metadata;
  for (const i of stampUnits) {
    const u = units[i] as Unit;
    const raw = input.slice(u.start, u.end);
    const stamp = findTimestamp(raw);
    if (stamp) {
      published = stamp.value;
      if (stamp.repaired) report.add('TIMESTAMP_REPAIRED', 'A broken timestamp was read as if well formed.', u.start + stamp.start, u.start + stamp.end);
      break;
    }
  }

  // Title, tags, image.
  const title = layout.titleText;
  if (layout.title >= 0 && layout.titleFromVariant) {
    const u = units[layout.title] as Unit;
    report.add('TITLE_FROM_VARIANT', 'The title was taken from a suffixed variant.', u.start, u.end);
  }
  if (title === null) {
    const at = units[0]?.start ?? header.end;
    report.add('TITLE_MISSING', 'No headline was found.', at);
  }
  const tags: string[] = [];
  let image: NormalizedUrl | null = null;
  for (let i = 0; i < units.length; i++) {
    if (kinds[i] === 'tags') tags.push((units[i] as Unit).text);
    else if (kinds[i] === 'image' && image === null && layout.isMetadata(i)) image = normalizeUrl((units[i] as Unit).text);
  }

  // Body and paragraphs.
  const paragraphs = readBody(input, units, layout, repair, report);
  const body = paragraphs.length > 0 ? paragraphs.join('\n\n') : null;
  if (body === null) report.add('BODY_MISSING', 'No article text was found.', units[units.length - 1]?.end ?? input.length);

  // Language, from the article text first.
  const languageText = [body, layout.lead, title].filter((t): t is string => t !== null).join('\n');
  const language = languageText.length > 0 ? detectLanguage(languageText) : null;
  if (language === null) report.add('LANGUAGE_UNKNOWN', 'The language could not be told.', units[0]?.start ?? 0);

  // Date evidence side by side. A dateline far from its reference has its own warning above.
  const publishedDay = published ? (published.slice(0, 10) as IsoDate) : null;
  const dates = dateEvidence(header.date, urlDate, dateline?.date ?? null, publishedDay);
  const withoutDateline = agreementOf([header.date, urlDate, publishedDay]);
  if (withoutDateline.agreement === 'disagree') {
    const line = header.lineIndex >= 0 ? (lines[header.lineIndex] as Line) : null;
    report.add('DATES_DISAGREE', `The header, URL and published dates differ by ${withoutDateline.spread} days.`, line?.contentStart ?? 0, line?.contentEnd ?? 0);
  }

  // Sections: every span of the input.
  const sections = buildSections(input, headerSpan, units, layout);

  const article: Article = {
    date: header.date,
    dateRaw: header.dateRaw,
    time: header.time,
    url,
    urlRaw,
    urlKey: url ? urlKey(url) : null,
    title,
    dateline,
    lead: layout.lead,
    body,
    paragraphs,
    source,
    published,
    tags,
    image,
    language,
    dates,
    sections,
  };
  return { article, diagnostics: report.finish() };
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
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * const article = parseArticleOrThrow(' date 2021-11-02 https://ria.ru/20211102/a-1.html\n\nTitle here for you\n\nMOSCOW, November 2 – RIA Novosti. Text.');
 * article.dateline?.agency; //=> 'RIA Novosti'
 * parseArticleOrThrow('');  // throws ArticleParseError (INPUT_EMPTY)
 * ```
 */
export function parseArticleOrThrow(text: string, options?: ParseArticleOptions): Article {
  const { article, diagnostics } = parseArticle(text, options);
  if (article === null || diagnostics.some((d) => d.severity === 'error')) throw new ArticleParseError(diagnostics);
  return article;
}
