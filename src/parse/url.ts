/**
 * The URL stage: the document's canonical URL, from the header or, when the header has
 * none, from a bare article URL among the first lines of the page (corpus 084, 216: the
 * URL on line 3 or 5, under chrome words that took its place on the header line). It runs
 * before the page layout, which reads the URL's slug and host, so the layout runs once.
 */
import type { Source } from '../model/article.js';
import type { NormalizedUrl } from '../model/brand.js';
import type { Reporter } from '../internal/report.js';
import { normalizeUrl } from '../normalize/normalize-url.js';
import { sourceFromUrl } from '../normalize/source.js';
import type { Header } from './header.js';
import type { Unit } from './page.js';
import { findDateline } from './page.js';
import { isBareUrl, isImageUrl } from './page/line-kinds.js';

/** The canonical URL and what it says. */
export interface CanonicalUrl {
  readonly url: NormalizedUrl | null;
  /** The URL as written, where it was written (the header's token, or the page line). */
  readonly urlRaw: string | null;
  readonly source: Source | null;
  /** The unit that gave the URL, when it came from the page; -1 otherwise. */
  readonly unit: number;
}

/** What a document without a URL has. @internal */
export const NO_URL: CanonicalUrl = { url: null, urlRaw: null, source: null, unit: -1 };

/**
 * How far down the page the canonical URL is looked for: the 2020 Sputnik template puts
 * it on line 24 (corpus 161), after the widgets of its header.
 */
const URL_SEARCH_UNITS = 40;

/** Reads the canonical URL of a document and reports where it came from or why there is none. */
export function readUrl(input: string, header: Header, units: readonly Unit[], report: Reporter): CanonicalUrl {
  if (header.urlRaw !== null) {
    const url = normalizeUrl(header.urlRaw);
    if (url === null) {
      report.add('HEADER_URL_INVALID', 'The header URL is not an acceptable http(s) URL.', header.urlStart, header.urlStart + header.urlRaw.length);
      return { url: null, urlRaw: header.urlRaw, source: null, unit: -1 };
    }
    return { url, urlRaw: header.urlRaw, source: sourceFromUrl(url), unit: -1 };
  }
  if (header.lineIndex < 0) return { url: null, urlRaw: null, source: null, unit: -1 };
  // The page's own URL stands in its metadata, above the article: the dateline ends the
  // search (captions above it read as sentences too, corpus 161).
  const limit = Math.min(units.length, URL_SEARCH_UNITS);
  for (let i = 0; i < limit; i++) {
    const u = units[i] as Unit;
    if (findDateline(input, u) !== null) break;
    if (!isBareUrl(u.text) || isImageUrl(u.text)) continue;
    const url = normalizeUrl(u.text);
    const source = url === null ? null : sourceFromUrl(url);
    if (url !== null && source !== null && (source.articleId !== null || source.urlDate !== null)) {
      report.add('URL_FROM_PAGE', 'The canonical URL was found in the page text, not the header.', u.start, u.end);
      return { url, urlRaw: input.slice(u.start, u.end), source, unit: i };
    }
  }
  const at = header.tail ? header.tail[0] : (header.span?.[1] ?? 0);
  report.add('HEADER_URL_MISSING', header.tail ? 'The header carries page text instead of a URL, and the page shows none.' : 'The header carries no URL, and the page shows none.', at);
  return { url: null, urlRaw: null, source: null, unit: -1 };
}
