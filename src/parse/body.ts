/**
 * The body stage: the article text, paragraph by paragraph, with its scraping defects
 * reported and, on request, the meaning-preserving ones repaired.
 */
import { diagnosticCodes } from '../model/codes.js';
import { applyFixes, findBodyIssues } from './body/checks.js';
import type { Reporter } from '../internal/report.js';
import { foldedText, isBlankChar } from '../internal/text.js';
import type { Layout, Unit } from './page.js';

/** `to`, moved back past blanks and commas down to `from`. */
export function trimEndAt(input: string, from: number, to: number): number {
  while (to > from && (isBlankChar(input.charCodeAt(to - 1)) || input.charCodeAt(to - 1) === 0x2c)) to--;
  return to;
}

/**
 * The part of a unit that is article text: all of it, except in the first unit, which may
 * open with a date prefix (`Wednesday, 2 September 2020 () (RFE/RL) --`) and may end with a
 * description's site suffix (`… 17.10.2021, Sputnik International`).
 */
export function articleRange(input: string, units: readonly Unit[], layout: Layout, i: number): { from: number; to: number } {
  const u = units[i] as Unit;
  if (i !== layout.bodyStart?.unit) return { from: u.start, to: u.end };
  const from = u.start + layout.bodyStart.at;
  const to = layout.bodyStartSuffix > from ? trimEndAt(input, from, layout.bodyStartSuffix) : u.end;
  return { from, to };
}

/** Reads the paragraphs of the article text and reports their defects. */
export function readBody(input: string, units: readonly Unit[], layout: Layout, repair: 'none' | 'safe', report: Reporter): string[] {
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
    if (seen.has(paragraph)) report.add('BODY_REPEATED_PARAGRAPH', 'This paragraph repeats an earlier one.', from, to);
    seen.add(paragraph);
    paragraphs.push(paragraph);
  }
  return paragraphs;
}
