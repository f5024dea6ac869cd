/**
 * The URL stage: the document's canonical URL, from the header or, when the header has
 * none, from a bare article URL among the first lines of the page (corpus 084, 216: the
 * URL on line 3 or 5, under chrome words that took its place on the header line). It runs
 * before the page layout, which reads the URL's slug and host, so the layout runs once.
 */
import type { Source } from '../model/article.js';
import type { NormalizedUrl } from '../model/brand.js';
import type { Reporter } from '../internal/report.js';
import { credentialsSpan, normalizeUrl } from '../normalize/normalize-url.js';
import { readSource } from '../normalize/source.js';
import type { Header } from './header.js';
import type { Unit } from './page.js';
import { findDateline } from './page.js';
import { isBareUrl, isImageUrl } from './page/line-kinds.js';

/** The canonical URL and what it says. */
export interface CanonicalUrl {
  readonly url: NormalizedUrl | null;
  /**
   * The URL as written, where it was written (the header's token, or the page line), with
   * its `user:password@` removed; `null` exactly when `url` is: a refused URL is kept in
   * no field (its text stays in the sections, its place in the diagnostic).
   */
  readonly urlRaw: string | null;
  readonly source: Source | null;
}

/** What a document without a URL has. @internal */
export const NO_URL: CanonicalUrl = { url: null, urlRaw: null, source: null };

/**
 * How far down the page the canonical URL is looked for: the 2020 Sputnik template puts
 * it on line 24 (corpus 161), after the widgets of its header.
 */
const URL_SEARCH_UNITS = 40;

/**
 * `raw`, an accepted URL written at offset `at` of the input, without its credentials
 * (`https://user:pw@ria.ru/…` → `https://ria.ru/…`, as `normalizeUrl` removes them), each
 * removal reported where it stands.
 */
function withoutCredentials(raw: string, at: number, report: Reporter): string {
  const span = credentialsSpan(raw);
  if (span === null) return raw;
  report.add('URL_CREDENTIALS_REMOVED', 'The URL carries a user name or password; it was removed.', at + span[0], at + span[1]);
  return raw.slice(0, span[0]) + raw.slice(span[1]);
}

/** Reports a slug left out of the source of the URL written at `[start, end)` (see `readSource`). */
function reportSlug(slugRefused: boolean, start: number, end: number, report: Reporter): void {
  if (slugRefused) report.add('FIELD_URL_REMOVED', 'The slug of the URL holds a URL of a scheme other than http(s); it was left out.', start, end);
}

/** Normalises a bare URL line of the page; one `normalizeUrl` refuses is reported, never silently dropped. */
function normalizePageUrl(u: Unit, report: Reporter): NormalizedUrl | null {
  const url = normalizeUrl(u.text);
  if (url === null) report.add('PAGE_URL_REFUSED', 'A URL of the page text is not an acceptable http(s) URL; it was not used.', u.start, u.end);
  return url;
}

/** The page's image URL from its line: normalised, credentials reported, a refused one reported. @internal */
export function readImageUrl(input: string, u: Unit, report: Reporter): NormalizedUrl | null {
  const url = normalizePageUrl(u, report);
  if (url !== null) withoutCredentials(input.slice(u.start, u.end), u.start, report);
  return url;
}

/** Reads the canonical URL of a document and reports where it came from or why there is none. */
export function readUrl(input: string, header: Header, units: readonly Unit[], report: Reporter): CanonicalUrl {
  if (header.urlRaw !== null) {
    const url = normalizeUrl(header.urlRaw);
    const end = header.urlStart + header.urlRaw.length;
    if (url === null) {
      report.add('HEADER_URL_INVALID', 'The header URL is not an acceptable http(s) URL.', header.urlStart, end);
      return NO_URL;
    }
    const { source, slugRefused } = readSource(url);
    reportSlug(slugRefused, header.urlStart, end, report);
    return { url, urlRaw: withoutCredentials(header.urlRaw, header.urlStart, report), source };
  }
  if (header.lineIndex < 0) return NO_URL;
  // The page's own URL stands in its metadata, above the article: the dateline ends the
  // search (captions above it read as sentences too, corpus 161).
  const limit = Math.min(units.length, URL_SEARCH_UNITS);
  for (let i = 0; i < limit; i++) {
    const u = units[i] as Unit;
    if (findDateline(input, u) !== null) break;
    if (!isBareUrl(u.text) || isImageUrl(u.text)) continue;
    const url = normalizePageUrl(u, report);
    if (url === null) continue;
    const { source, slugRefused } = readSource(url);
    // Stryker disable next-line ConditionalExpression: a URL normalizeUrl accepted always has a source (readSource normalises it again, a fixed point)
    if (source !== null && (source.articleId !== null || source.urlDate !== null)) {
      report.add('URL_FROM_PAGE', 'The canonical URL was found in the page text, not the header.', u.start, u.end);
      reportSlug(slugRefused, u.start, u.end, report);
      return { url, urlRaw: withoutCredentials(input.slice(u.start, u.end), u.start, report), source };
    }
  }
  // Stryker disable next-line OptionalChaining: a header line (lineIndex >= 0) always has its span; only NO_HEADER has none
  const at = header.tail ? header.tail[0] : (header.span?.[1] ?? 0);
  report.add('HEADER_URL_MISSING', header.tail ? 'The header carries page text instead of a URL, and the page shows none.' : 'The header carries no URL, and the page shows none.', at);
  return NO_URL;
}
