/**
 * The date-evidence stage: the header, URL, dateline and publication dates side by side,
 * and how far apart they are.
 */
import type { DateAgreement, DateEvidence } from '../model/article.js';
import type { IsoDate, IsoTimestamp } from '../model/brand.js';
import { dayNumber, daysInMonth, parseIsoDate, type Ymd } from '../internal/calendar.js';
import type { Reporter } from '../internal/report.js';

/** How far apart two dates are, in days; a month-only date spans its month. */
export function daysApart(a: Ymd, b: Ymd): number {
  const span = (d: Ymd): [number, number] =>
    d.day === null
      ? [dayNumber(d.year, d.month, 1), dayNumber(d.year, d.month, daysInMonth(d.year, d.month))]
      : [dayNumber(d.year, d.month, d.day), dayNumber(d.year, d.month, d.day)];
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  if (a1 < b0) return b0 - a1;
  if (b1 < a0) return a0 - b1;
  return 0;
}

/** How the known dates agree, and the widest gap between two of them in days. */
export function agreementOf(dates: readonly (IsoDate | null)[]): { agreement: DateAgreement; spread: number } {
  const known = dates.filter((d): d is IsoDate => d !== null).map((d) => parseIsoDate(d)).filter((d): d is Ymd => d !== null);
  if (known.length < 2) return { agreement: 'unknown', spread: 0 };
  let spread = 0;
  for (let i = 0; i < known.length; i++) for (let j = i + 1; j < known.length; j++) spread = Math.max(spread, daysApart(known[i] as Ymd, known[j] as Ymd));
  return { agreement: spread === 0 ? 'agree' : spread <= 2 ? 'close' : 'disagree', spread };
}

/** The evidence of one document. */
export function dateEvidence(header: IsoDate | null, url: IsoDate | null, dateline: IsoDate | null, published: IsoDate | null): DateEvidence {
  return { header, url, dateline, published, agreement: agreementOf([header, url, dateline, published]).agreement };
}

/**
 * The date-evidence stage: the four dates side by side, and a `DATES_DISAGREE` warning on
 * the header line when the header, URL and published dates are more than two days apart.
 * A far dateline has its own `DATELINE_DATE_FAR`, so one problem is not reported twice.
 */
export function readDates(
  header: IsoDate | null,
  url: IsoDate | null,
  dateline: IsoDate | null,
  publishedAt: IsoTimestamp | null,
  headerSpan: readonly [number, number] | null,
  report: Reporter,
): DateEvidence {
  const published = publishedAt === null ? null : (publishedAt.slice(0, 10) as IsoDate);
  const withoutDateline = agreementOf([header, url, published]);
  if (withoutDateline.agreement === 'disagree') {
    report.add('DATES_DISAGREE', `The header, URL and published dates differ by ${withoutDateline.spread} days.`, headerSpan?.[0] ?? 0, headerSpan?.[1] ?? 0);
  }
  return dateEvidence(header, url, dateline, published);
}
