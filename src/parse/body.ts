/**
 * The body stage: the article text, paragraph by paragraph, with its scraping defects
 * reported and, on request, the meaning-preserving ones repaired.
 */
import type { SectionKind } from '../model/article.js';
import { diagnosticCodes } from '../model/codes.js';
import { foldedText, isBlankCode } from '../internal/chars.js';
import { FoldedRange } from '../internal/folded.js';
import { StringSet } from '../internal/hash.js';
import type { Reporter } from '../internal/report.js';
import { applyFixes, findBodyIssues } from './body/checks.js';
import type { Layout, Unit } from './page.js';

/** A span of the input and what it is. */
export interface Span {
  readonly kind: SectionKind;
  readonly start: number;
  readonly end: number;
}

/** The unit a paragraph was read from, and the range of the input it covers. */
export interface ParagraphSpan {
  readonly unit: number;
  readonly start: number;
  readonly end: number;
}

/** What the body stage read. */
export interface Body {
  /** The paragraphs, joined by a blank line; `null` when there are none. */
  readonly text: string | null;
  readonly paragraphs: readonly string[];
  /** Where each of {@link Body.paragraphs} was read: its unit and its range of the input. */
  readonly paragraphSpans: readonly ParagraphSpan[];
  /**
   * The spans of the first article unit, which may open with a date prefix
   * (`Wednesday, 2 September 2020 () (RFE/RL) --`, a `timestamp`) and end with a
   * description's site suffix (`… 17.10.2021, Sputnik International`, `chrome`).
   */
  readonly spans: readonly Span[];
}

/** What a document without article text has. @internal */
export const NO_BODY: Body = { text: null, paragraphs: [], paragraphSpans: [], spans: [] };

/** `to`, moved back past blanks and commas down to `from`. */
function trimEndAt(input: string, from: number, to: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the text before `to` is never all blanks and commas (a date prefix, or article text before a suffix)
  while (to > from && (isBlankCode(input.charCodeAt(to - 1)) || input.charCodeAt(to - 1) === 0x2c)) to--;
  return to;
}

/** The part of unit `i` that is article text: all of it, except in the first article unit. */
function articleRange(input: string, units: readonly Unit[], layout: Layout, i: number): { from: number; to: number } {
  const u = units[i] as Unit;
  if (i !== layout.bodyStart?.unit) return { from: u.start, to: u.end };
  const from = u.start + layout.bodyStart.at;
  // Stryker disable next-line EqualityOperator: a suffix is never found where the article text starts
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
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty span makes no section
  if (from > u.start) spans.push({ kind: 'timestamp', start: u.start, end: trimEndAt(input, u.start, from) });
  spans.push({ kind: 'body', start: from, end: to });
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty span makes no section
  if (to < u.end) {
    let suffix = to;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the character at the unit's end is a line break or past the input, never a blank
    while (suffix < u.end && isBlankCode(input.charCodeAt(suffix))) suffix++;
    spans.push({ kind: 'chrome', start: suffix, end: u.end });
  }
  return spans;
}

/** Reads the paragraphs of the article text and reports their defects. */
export function readBody(input: string, units: readonly Unit[], layout: Layout, repair: 'none' | 'safe', report: Reporter): Body {
  const paragraphs: string[] = [];
  const paragraphSpans: ParagraphSpan[] = [];
  const seen = new StringSet();
  for (const i of layout.body) {
    const { from, to } = articleRange(input, units, layout, i);
    // The checks read the paragraph as the body shows it (blanks folded), so a repaired
    // paragraph read again reports nothing that was repaired; positions map back to the input.
    const unit = units[i] as Unit;
    // A whole unit brings its folded text along.
    const folded = new FoldedRange(input, from, to, from === unit.start && to === unit.end ? unit.text : undefined);
    // The dateline has punctuation of its own (`(… 2021) :The`); only the text after it is checked.
    // (For a later unit, which starts after the dateline, the clamp gives 0 as well.)
    // Stryker disable next-line ConditionalExpression: see above
    const checkFrom = i === layout.bodyStart?.unit && layout.dateline ? folded.fromInput(Math.min(Math.max(from, layout.dateline.end), to)) : 0;
    const issues = findBodyIssues(folded.text, checkFrom, folded.text.length);
    for (const issue of issues) report.add(issue.code, diagnosticCodes[issue.code].summary, folded.toInput(issue.start), folded.toInput(issue.end));
    const fixes = repair === 'safe' ? issues.filter((issue) => issue.fix !== null) : [];
    let paragraph = folded.text;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: applying no fixes gives the same folded text
    if (fixes.length > 0) {
      const fixed = applyFixes(folded.text, 0, folded.text.length, fixes);
      paragraph = foldedText(fixed, 0, fixed.length);
      for (const issue of fixes) report.add('REPAIR_APPLIED', 'A meaning-preserving fix was applied.', folded.toInput(issue.start), folded.toInput(issue.end));
    }
    if (paragraph.length === 0) continue;
    if (seen.addAndCheck(paragraph)) report.add('BODY_REPEATED_PARAGRAPH', 'This paragraph repeats an earlier one.', from, to);
    paragraphs.push(paragraph);
    paragraphSpans.push({ unit: i, start: from, end: to });
  }
  const text = paragraphs.length > 0 ? paragraphs.join('\n\n') : null;
  if (text === null) report.add('BODY_MISSING', 'No article text was found.', units[units.length - 1]?.end ?? input.length);
  return { text, paragraphs, paragraphSpans, spans: startSpans(input, units, layout) };
}
