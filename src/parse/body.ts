/**
 * The body stage: the article text, paragraph by paragraph, with its scraping defects
 * reported and, on request, the meaning-preserving ones repaired.
 */
import type { SectionKind } from '../model/article.js';
import { diagnosticCodes } from '../model/codes.js';
import { foldedText, isBlankCode } from '../internal/chars.js';
import type { Reporter } from '../internal/report.js';
import { applyFixes, findBodyIssues } from './body/checks.js';
import type { Layout, Unit } from './page.js';

/** A span of the input and what it is. */
export interface Span {
  readonly kind: SectionKind;
  readonly start: number;
  readonly end: number;
}

/** What the body stage read. */
export interface Body {
  /** The paragraphs, joined by a blank line; `null` when there are none. */
  readonly text: string | null;
  readonly paragraphs: readonly string[];
  /**
   * The spans of the first article unit, which may open with a date prefix
   * (`Wednesday, 2 September 2020 () (RFE/RL) --`, a `timestamp`) and end with a
   * description's site suffix (`… 17.10.2021, Sputnik International`, `chrome`).
   */
  readonly spans: readonly Span[];
}

/** `to`, moved back past blanks and commas down to `from`. */
function trimEndAt(input: string, from: number, to: number): number {
  while (to > from && (isBlankCode(input.charCodeAt(to - 1)) || input.charCodeAt(to - 1) === 0x2c)) to--;
  return to;
}

/** The part of unit `i` that is article text: all of it, except in the first article unit. */
function articleRange(input: string, units: readonly Unit[], layout: Layout, i: number): { from: number; to: number } {
  const u = units[i] as Unit;
  if (i !== layout.bodyStart?.unit) return { from: u.start, to: u.end };
  const from = u.start + layout.bodyStart.at;
  const to = layout.bodyStartSuffix > from ? trimEndAt(input, from, layout.bodyStartSuffix) : u.end;
  return { from, to };
}

/** The spans of the first article unit: its date prefix, its text, its site suffix. */
function startSpans(input: string, units: readonly Unit[], layout: Layout): Span[] {
  const start = layout.bodyStart;
  if (start === null) return [];
  const u = units[start.unit] as Unit;
  const { from, to } = articleRange(input, units, layout, start.unit);
  const spans: Span[] = [];
  if (from > u.start) spans.push({ kind: 'timestamp', start: u.start, end: trimEndAt(input, u.start, from) });
  spans.push({ kind: 'body', start: from, end: to });
  if (to < u.end) {
    let suffix = to;
    while (suffix < u.end && isBlankCode(input.charCodeAt(suffix))) suffix++;
    spans.push({ kind: 'chrome', start: suffix, end: u.end });
  }
  return spans;
}

/** Reads the paragraphs of the article text and reports their defects. */
export function readBody(input: string, units: readonly Unit[], layout: Layout, repair: 'none' | 'safe', report: Reporter): Body {
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  for (const i of layout.body) {
    const { from, to } = articleRange(input, units, layout, i);
    // The dateline has punctuation of its own (`(… 2021) :The`); only the text after it is checked.
    const checkFrom = i === layout.bodyStart?.unit && layout.dateline ? Math.min(Math.max(from, layout.dateline.end), to) : from;
    const issues = findBodyIssues(input, checkFrom, to);
    for (const issue of issues) report.add(issue.code, diagnosticCodes[issue.code].summary, issue.start, issue.end);
    const fixes = repair === 'safe' ? issues.filter((issue) => issue.fix !== null) : [];
    let paragraph: string;
    if (fixes.length > 0) {
      const fixed = applyFixes(input, from, to, fixes);
      paragraph = foldedText(fixed, 0, fixed.length);
      for (const issue of fixes) report.add('REPAIR_APPLIED', 'A meaning-preserving fix was applied.', issue.start, issue.end);
    } else {
      paragraph = foldedText(input, from, to);
    }
    if (paragraph.length === 0) continue;
    if (seen.has(paragraph)) report.add('BODY_REPEATED_PARAGRAPH', 'This paragraph repeats an earlier one.', from, to);
    seen.add(paragraph);
    paragraphs.push(paragraph);
  }
  const text = paragraphs.length > 0 ? paragraphs.join('\n\n') : null;
  if (text === null) report.add('BODY_MISSING', 'No article text was found.', units[units.length - 1]?.end ?? input.length);
  return { text, paragraphs, spans: startSpans(input, units, layout) };
}
