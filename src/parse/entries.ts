/**
 * The entries stage: splits a live page or a digest into its entries, as a view on the
 * body (the body keeps every paragraph). Two marker styles are read:
 *
 * - a clock time opening a paragraph: `10:34am: <heading>`, `12:54 <text>`, a stamp line
 *   `09:54 GMT 22.10.2024` over a heading (corpus 152, 004, 210; fixtures/live-blog*.txt);
 * - story headings, each over its paragraphs, on a page whose title or standfirst says it
 *   is a digest (corpus 219; fixtures/digest-*.txt).
 *
 * Wrong splits are worse than none: a page is split only where at least two entries share
 * one marker style and, for clock times, the times run in order; else it has no entries.
 */
import type { Entry } from '../model/article.js';
import type { IsoDate, IsoTimestamp } from '../model/brand.js';
import { daysInMonth, formatIsoDate, parseIsoDate, type Ymd } from '../internal/calendar.js';
import type { Reporter } from '../internal/report.js';
import { safeShortText } from '../internal/short-field.js';
import { leadingClock, type LeadingClock } from '../normalize/normalize-timestamp.js';
import type { Body } from './body.js';
import type { Header } from './header.js';
import type { Metadata } from './metadata.js';
import { countWords, isHeadlineShape } from './page/line-kinds.js';
import type { Layout, Unit } from './page.js';

// A page is split only into at least two entries: one "entry" is an article that opens
// with a time (`10:30 a.m. Moscow time, the talks began …`).
const MIN_ENTRIES = 2;
// At least this share of a page's entries, the last aside, have text under their heading.
const MIN_TEXT_SHARE = 0.5;
// The clock times of one day; a live page that runs back over midnight has its earlier
// entries on the day before (fixtures/live-blog-midnight.txt).
const MINUTES_PER_DAY = 24 * 60;
// Times that run back over midnight once are a night's coverage only when they span less
// than this: times out of order (`10:34`, `12:12`, `09:50`, `11:05`) would read as a day
// across midnight (test/parse/entries.test.ts).
const MAX_OVERNIGHT_MINUTES = 12 * 60;

// What may follow a time marker: a word or a quote (`10:34am: Wind delays …`, `12:54 «…`),
// never a figure (`10:30 – 12:00`, a time range of a programme).
// Stryker disable next-line Regex: it is tested on one character, where `^` changes nothing.
const ENTRY_TEXT_START = /^[\p{L}"'“‘«„(]/u;
// The marks between a time and its entry's text: `10:34am: …`, `10:34 – …`, `10:34 | …`.
const MARKER_SEPARATORS = ':-–—|•';
// The letter of `am`, `pm`, `a.m.`, `p.m.` in a marker folded to lower case: `10:34 p.m. – `.
const MERIDIEM_LETTER = /[ap](?=\.?m)/g;
// What a digest says of itself in its title or standfirst: `Top stories of the day`,
// `… The main events of the day – in the overview of …` (corpus 219), `Дайджест …`.
// Words a headline uses otherwise (`round up`, `digest` as a verb) are left out.
const DIGEST_CUE =
  /(?<![\p{L}\p{N}])(?:main events|top stories|news of the day|news digest|daily digest|roundup|round-up|дайджест|главное за день|главные события|главные новости|итоги дня)(?![\p{L}\p{N}])/iu;

/** A date with its day. */
type FullDay = Ymd & { readonly day: number };

/** A time marker that opens a paragraph. */
interface Marker {
  readonly time: string;
  readonly offset: string | null;
  readonly date: IsoDate | null;
  /** The marker as written, its digits folded (`9:9am: `): one style per page. */
  readonly shape: string;
  /** The paragraph after the marker and its separator; `''` for a stamp line. */
  readonly rest: string;
  readonly start: number;
}

/** One paragraph of the body, with where it was read. */
interface Paragraph {
  readonly text: string;
  readonly unit: number;
  readonly start: number;
  readonly end: number;
}

/** Whether a paragraph reads as a heading rather than text. */
function isHeading(text: string): boolean {
  return isHeadlineShape(text, countWords(text));
}

/**
 * The marker's style: what is written, every run of digits one `9` and `am`/`pm` one
 * `xm`, so that `10:34am: ` and `9:05pm: ` are one style (`9:9xm: `).
 */
function markerShape(marker: string): string {
  // Stryker disable next-line StringLiteral: any one string for the digits folds every marker alike.
  return marker.toLowerCase().replace(/\d+/g, '9').replace(MERIDIEM_LETTER, 'x');
}

/** A time marker as written at the start of a line, and where the entry's text starts. @internal */
export interface TimeMarker extends LeadingClock {
  /** Index where the text after the marker and its separator starts. */
  readonly textStart: number;
  /** Whether more than a bare time marks it: a separator (`10:34am:`, `00:40 -`), a zone or a date. */
  readonly marked: boolean;
}

/**
 * The time marker that opens a line of a live page (`10:34am: …`, `12:54 …`, `10:34 – …`,
 * a stamp line `09:54 GMT 22.10.2024`), or `null`: the one definition of an entry's
 * start, which the page stage asks too. @internal
 */
export function readTimeMarker(text: string): TimeMarker | null {
  const clock = leadingClock(text);
  if (clock === null) return null;
  let at = clock.end;
  if (text.charCodeAt(at) === 0x20) at++;
  const separated = MARKER_SEPARATORS.includes(text[at] ?? '\n');
  if (separated) at += text.charCodeAt(at + 1) === 0x20 ? 2 : 1;
  if (at < text.length && !ENTRY_TEXT_START.test(text.slice(at, at + 1))) return null;
  return { ...clock, textStart: at, marked: separated || clock.offset !== null || clock.date !== null };
}

/** The time marker that opens paragraph `p`, or `null`. */
function markerOf(p: Paragraph, first: boolean, units: readonly Unit[], header: Header): Marker | null {
  // A feed flattened under its header: the first entry's time is the header's own
  // (` date 2021-10-28 12:58 <text>`, corpus 004), written as a bare 24-hour time.
  if (first && header.time !== null && units[p.unit]?.onHeaderLine === true) {
    return { time: header.time, offset: null, date: null, shape: '9:9 ', rest: p.text, start: header.timeStart };
  }
  const marker = readTimeMarker(p.text);
  if (marker === null) return null;
  const { time, offset, date, textStart } = marker;
  return { time, offset, date, shape: markerShape(p.text.slice(0, textStart)), rest: p.text.slice(textStart), start: p.start };
}

/**
 * The day shift of each entry (0, or -1 for the day before the page's) when the times run
 * in one direction with at most one step back over midnight; `null` when they are out of
 * order. Newest first, the times fall and one rise is midnight, the entries after it on
 * the day before; oldest first, the reverse. When both readings have one such step, the
 * one that spans less time is taken; when they span the same, or more than a night,
 * neither is.
 */
function dayShifts(minutes: readonly number[]): number[] | null {
  let rises = 0;
  let falls = 0;
  let riseAt = -1;
  let fallAt = -1;
  for (let i = 1; i < minutes.length; i++) {
    const step = (minutes[i] as number) - (minutes[i - 1] as number);
    if (step > 0) [rises, riseAt] = [rises + 1, i];
    else if (step < 0) [falls, fallAt] = [falls + 1, i];
  }
  const none = minutes.map(() => 0);
  if (rises === 0 || falls === 0) return none;
  const firstTime = minutes[0] as number;
  const lastTime = minutes[minutes.length - 1] as number;
  const newestFirstSpan = firstTime + MINUTES_PER_DAY - lastTime;
  const oldestFirstSpan = lastTime + MINUTES_PER_DAY - firstTime;
  const newestFirst = rises === 1 && (falls > 1 || newestFirstSpan < oldestFirstSpan) && newestFirstSpan <= MAX_OVERNIGHT_MINUTES;
  const oldestFirst = falls === 1 && (rises > 1 || oldestFirstSpan < newestFirstSpan) && oldestFirstSpan <= MAX_OVERNIGHT_MINUTES;
  if (newestFirst) return none.map((_, i) => (i >= riseAt ? -1 : 0));
  if (oldestFirst) return none.map((_, i) => (i < fallAt ? -1 : 0));
  return null;
}

/** The page's day, or with `shift` -1 the day before it, by the calendar alone (no `Date`, so no time zone). */
function entryDay(day: FullDay, shift: number): IsoDate {
  if (shift === 0 || day.day > 1) return formatIsoDate(day.year, day.month, day.day + shift);
  const [year, month] = day.month === 1 ? [day.year - 1, 12] : [day.year, day.month - 1];
  return formatIsoDate(year, month, daysInMonth(year, month));
}

/**
 * The page's day, which entries without their own date are posted on: the header's date,
 * else the URL's, else the day of the published stamp or of the page's date line, as a
 * dateline takes its year (`readDateline`); a month-only date names no day.
 */
function pageDay(header: IsoDate | null, url: IsoDate | null, metadata: Pick<Metadata, 'published' | 'pageDate'>): FullDay | null {
  const written = [header, url, metadata.published?.slice(0, 10) ?? null].map((d) => (d === null ? null : parseIsoDate(d)));
  for (const date of [...written, metadata.pageDate?.date ?? null]) {
    if (date !== null && date.day !== null) return { year: date.year, month: date.month, day: date.day };
  }
  return null;
}

/** The entry from paragraph `from` up to (not including) `to`, headed by `title`. */
function entryOf(paragraphs: readonly Paragraph[], from: number, to: number, title: string | null, start: number, time: IsoTimestamp | null): Entry {
  const texts = paragraphs.slice(from, to).map((p) => p.text);
  const last = paragraphs[to - 1] as Paragraph;
  return { time, title: title === null ? null : safeShortText(title), body: texts.length > 0 ? texts.join('\n\n') : null, start, end: last.end };
}

/** Splits a page at its time markers; `null` when it has fewer than two. */
function timedEntries(paragraphs: readonly Paragraph[], units: readonly Unit[], header: Header, day: FullDay | null, report: Reporter): Entry[] | null {
  const marked: { index: number; marker: Marker }[] = [];
  paragraphs.forEach((p, index) => {
    const marker = markerOf(p, index === 0, units, header);
    if (marker !== null) marked.push({ index, marker });
  });
  if (marked.length < MIN_ENTRIES) return null;
  const shape = marked[0]?.marker.shape;
  if (!marked.every((m) => m.marker.shape === shape)) return [];
  // Markers with their own date (`09:54 GMT 22.10.2024`) need no page day and no order.
  const ownDates = marked[0]?.marker.date !== null;
  const shifts = ownDates ? marked.map(() => 0) : dayShifts(marked.map(({ marker }) => Number(marker.time.slice(0, 2)) * 60 + Number(marker.time.slice(3, 5))));
  if (shifts === null) return [];
  const entries = marked.map(({ index, marker }, j) => {
    const date = marker.date ?? (day === null ? null : entryDay(day, shifts[j] ?? 0));
    const time = date === null ? null : (`${date}T${marker.time}${marker.offset ?? ''}` as IsoTimestamp);
    const to = marked[j + 1]?.index ?? paragraphs.length;
    // A stamp line stands over the entry's heading; else the marker's line is the heading,
    // unless it reads as a sentence: then the entry has none and the line is its text.
    if (marker.rest === '') {
      const next = paragraphs[index + 1];
      const headed = next !== undefined && index + 1 < to && isHeading(next.text);
      return entryOf(paragraphs, headed ? index + 2 : index + 1, to, headed ? next.text : null, marker.start, time);
    }
    if (isHeading(marker.rest)) return entryOf(paragraphs, index + 1, to, marker.rest, marker.start, time);
    const entry = entryOf(paragraphs, index + 1, to, null, marker.start, time);
    return { ...entry, body: entry.body === null ? marker.rest : `${marker.rest}\n\n${entry.body}` };
  });
  // Posts have text; lines of a programme (`12:00 Opening of the fair`) have none, and the
  // last of them would take the rest of the article for its own (fixtures/article-timetable.txt).
  const withText = entries.slice(0, -1).filter((e) => e.body !== null).length;
  if (withText < MIN_TEXT_SHARE * (entries.length - 1)) return [];
  if (!ownDates && day === null) report.add('ENTRY_TIME_UNDATED', 'The entries have clock times, but nothing in the file gives their day.', marked[0]?.marker.start ?? 0);
  const dayBefore = shifts.indexOf(-1);
  if (dayBefore >= 0 && day !== null) report.add('ENTRIES_CROSS_MIDNIGHT', 'The entry times run across midnight; the entries before it were dated the day before.', marked[dayBefore]?.marker.start ?? 0);
  return entries;
}

/**
 * Splits a digest into its stories: each heading of the body that has text under it, and
 * the page's title too when the page has no headline of its own (its standfirst, above
 * the title, says it is a digest: corpus 219).
 */
function digestEntries(paragraphs: readonly Paragraph[], units: readonly Unit[], layout: Layout, metadata: Pick<Metadata, 'title' | 'lead'>): Entry[] {
  const title = metadata.title;
  const cueInTitle = title !== null && DIGEST_CUE.test(title);
  if (!cueInTitle && (metadata.lead === null || !DIGEST_CUE.test(metadata.lead))) return [];
  const heads: number[] = [];
  for (let i = 0; i < paragraphs.length - 1; i++) {
    if (isHeading((paragraphs[i] as Paragraph).text) && !isHeading((paragraphs[i + 1] as Paragraph).text)) heads.push(i);
  }
  const titleUnit = units[layout.title];
  const titleStory = !cueInTitle && titleUnit !== undefined && layout.leadUnit < layout.title && heads[0] !== 0 && paragraphs.length > 0;
  if (heads.length + (titleStory ? 1 : 0) < MIN_ENTRIES) return [];
  const entries: Entry[] = [];
  if (titleStory) entries.push(entryOf(paragraphs, 0, heads[0] ?? paragraphs.length, title, titleUnit.start, null));
  heads.forEach((head, j) => {
    entries.push(entryOf(paragraphs, head + 1, heads[j + 1] ?? paragraphs.length, (paragraphs[head] as Paragraph).text, (paragraphs[head] as Paragraph).start, null));
  });
  return entries;
}

/**
 * The entries stage: the entries of a live page or digest, or none. Entries with clock
 * times are dated by their marker, else by the page's day (`ENTRY_TIME_UNDATED` when the
 * file gives none; `ENTRIES_CROSS_MIDNIGHT` when the times run back over midnight).
 */
export function readEntries(
  units: readonly Unit[],
  layout: Layout,
  body: Body,
  header: Header,
  urlDate: IsoDate | null,
  metadata: Pick<Metadata, 'title' | 'lead' | 'published' | 'pageDate'>,
  report: Reporter,
): Entry[] {
  const paragraphs: Paragraph[] = body.paragraphs.map((text, i) => ({ text, ...(body.paragraphSpans[i] as { unit: number; start: number; end: number }) }));
  if (paragraphs.length < MIN_ENTRIES) return [];
  return timedEntries(paragraphs, units, header, pageDay(header.date, urlDate, metadata), report) ?? digestEntries(paragraphs, units, layout, metadata);
}
