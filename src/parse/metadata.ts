/**
 * The metadata stage: the fields the page layout points at outside the article text —
 * the headline, the published timestamp, the tag block and the image — and what the
 * header line carried instead of a URL.
 */
import type { IsoDate, IsoTimestamp, NormalizedUrl } from '../model/brand.js';
import { parseIsoDate } from '../internal/calendar.js';
import type { Reporter } from '../internal/report.js';
import { shortField } from '../internal/short-field.js';
import { scanTimestamp } from '../normalize/normalize-timestamp.js';
import { readImageUrl } from './url.js';
import type { Layout, Unit } from './page.js';
import { findPageDate, type PageDate } from './page-date.js';

/** What the metadata stage read. */
export interface Metadata {
  readonly title: string | null;
  readonly lead: string | null;
  readonly published: IsoTimestamp | null;
  /** Where `published` was read, offsets into the input, or `null`. */
  readonly publishedSpan: readonly [number, number] | null;
  /** The first date-only line of the page metadata, the year source of last resort. */
  readonly pageDate: PageDate | null;
  readonly tags: readonly string[];
  readonly image: NormalizedUrl | null;
}

/** What a page with no metadata has. @internal */
export const NO_METADATA: Metadata = { title: null, lead: null, published: null, publishedSpan: null, pageDate: null, tags: [], image: null };

/** A short field read from unit `i`, hidden characters removed (see {@link shortField}). */
function fieldOf(input: string, units: readonly Unit[], i: number, text: string | null, report: Reporter): string | null {
  const u = units[i];
  return u === undefined ? null : shortField(input, u.start, u.end, text, report);
}

/**
 * Reads the headline, lead, published timestamp, tags and image the layout found. A stamp
 * written without a year takes it from `documentDate` (the header's, else the URL's), else
 * from the first date-only line of the page metadata.
 */
export function readMetadata(input: string, units: readonly Unit[], layout: Layout, headerEnd: number, documentDate: IsoDate | null, report: Reporter): Metadata {
  const { kinds } = layout;

  // The header tail: chrome or page text on the header line.
  const tail = units[0]?.onHeaderLine ? units[0] : undefined;
  if (tail) {
    if (kinds[0] === 'chrome') report.add('HEADER_CHROME', 'Page chrome follows the header date.', tail.start, tail.end);
    else report.add('HEADER_TEXT', 'Page text follows the header date.', tail.start, tail.end);
  }

  // Published: the first timestamp of the page metadata, never the header's own time. The
  // header line's text counts as metadata even when the article starts there: a page
  // flattened onto one line keeps its byline time inside it.
  let published: IsoTimestamp | null = null;
  let publishedSpan: readonly [number, number] | null = null;
  const stampUnits = tail && !layout.isMetadata(0) ? [0, ...layout.metadata] : layout.metadata;
  // Only a file without a document date needs the page's own date line.
  // Stryker disable next-line ConditionalExpression: with a document date nothing reads the page date (the dateline and the entries take the document's first)
  const pageDate = documentDate === null ? findPageDate(units, kinds, stampUnits) : null;
  const reference = documentDate !== null ? parseIsoDate(documentDate) : (pageDate?.date ?? null);
  for (const i of stampUnits) {
    const u = units[i] as Unit;
    const stamp = scanTimestamp(input.slice(u.start, u.end), reference);
    if (stamp === null) continue;
    const [start, end] = [u.start + stamp.start, u.start + stamp.end];
    // The first stamp is the publication time; with no year to give it, none is.
    if (stamp.value === null) {
      report.add('TIMESTAMP_NO_YEAR', 'The first stamp has no year, and neither header, URL nor a date line gives one.', start, end);
      break;
    }
    published = stamp.value;
    publishedSpan = [start, end];
    if (stamp.repaired) report.add('TIMESTAMP_REPAIRED', 'A broken timestamp was read as if well formed.', start, end);
    if (stamp.weekdayMismatch) report.add('TIMESTAMP_WEEKDAY_MISMATCH', 'The weekday written with the timestamp names another day.', start, end);
    if (stamp.yearInferred) report.add('TIMESTAMP_YEAR_INFERRED', `The stamp has no year; ${stamp.date.slice(0, 4)} was taken from the ${documentDate !== null ? "document's date" : 'date line of the page'}.`, start, end);
    break;
  }

  // The headline and the lead.
  const title = fieldOf(input, units, layout.title, layout.titleText, report);
  const lead = fieldOf(input, units, layout.leadUnit, layout.lead, report);
  // Stryker disable next-line ConditionalExpression: a layout has a variant only for a title it found
  if (layout.title >= 0 && layout.titleFromVariant) {
    const u = units[layout.title] as Unit;
    report.add('TITLE_FROM_VARIANT', 'The title was taken from a suffixed variant.', u.start, u.end);
  }
  if (title === null) report.add('TITLE_MISSING', 'No headline was found.', units[0]?.start ?? headerEnd);

  // Tags and the image.
  const tags: string[] = [];
  let image: NormalizedUrl | null = null;
  // Stryker disable next-line EqualityOperator: past the last unit there is no kind, so nothing is read
  for (let i = 0; i < units.length; i++) {
    if (kinds[i] === 'tags') {
      const tag = fieldOf(input, units, i, (units[i] as Unit).text, report);
      if (tag !== null) tags.push(tag);
    }
    else if (kinds[i] === 'image' && image === null && layout.isMetadata(i)) image = readImageUrl(input, units[i] as Unit, report);
  }
  return { title, lead, published, publishedSpan, pageDate, tags, image };
}
