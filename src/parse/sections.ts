/**
 * The sections stage: every span of the input with what the parser took it for, so that
 * nothing left out of a field is lost. Spans are in input order and, with the whitespace
 * between them, cover the input exactly once.
 */
import type { Section, SectionKind } from '../model/article.js';
import { articleRange, trimEndAt } from './body.js';
import { isBlankChar } from '../internal/text.js';
import type { Layout, Unit } from './page.js';

interface Span {
  readonly kind: SectionKind;
  readonly start: number;
  readonly end: number;
}

/** The spans of the page units: each unit's kind, the first article unit split at its prefix and suffix. */
function unitSpans(input: string, units: readonly Unit[], layout: Layout): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (i !== layout.bodyStart?.unit) {
      spans.push({ kind: layout.kinds[i] ?? 'body', start: u.start, end: u.end });
      continue;
    }
    const { from, to } = articleRange(input, units, layout, i);
    if (from > u.start) spans.push({ kind: 'timestamp', start: u.start, end: trimEndAt(input, u.start, from) });
    spans.push({ kind: 'body', start: from, end: to });
    if (to < u.end) {
      let suffix = to;
      while (suffix < u.end && isBlankChar(input.charCodeAt(suffix))) suffix++;
      spans.push({ kind: 'chrome', start: suffix, end: u.end });
    }
  }
  return spans;
}

/** Builds the sections of a document from its header span and its page layout. */
export function buildSections(input: string, header: Span | null, units: readonly Unit[], layout: Layout): Section[] {
  const spans = unitSpans(input, units, layout);
  if (header) spans.unshift(header);
  spans.sort((a, b) => a.start - b.start);
  const sections: Section[] = [];
  let at = 0;
  const push = (kind: SectionKind, start: number, end: number): void => {
    if (end > start) sections.push({ kind, text: input.slice(start, end), start, end });
  };
  for (const span of spans) {
    if (span.end <= span.start || span.start < at) continue;
    push('whitespace', at, span.start);
    push(span.kind, span.start, span.end);
    at = span.end;
  }
  push('whitespace', at, input.length);
  return sections;
}
