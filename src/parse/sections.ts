/**
 * The sections stage: every span the stages took something from, with what they took it
 * for, in input order, and the whitespace between them, so that nothing left out of a field
 * is lost. The spans come from the stages that read them (the header's tokens, the page
 * layout's lines, the body's first line split at its prefix and suffix); what lies between
 * two spans is `whitespace`, and a test checks that it holds nothing else, so a stage that
 * forgets a span shows up instead of being papered over.
 */
import type { Section, SectionKind } from '../model/article.js';
import type { Span } from './body.js';
import type { Layout, Unit } from './page.js';

/** Builds the sections of a document from the spans of its stages. */
export function buildSections(
  input: string,
  headerSpan: readonly [number, number] | null,
  units: readonly Unit[],
  layout: Layout,
  bodySpans: readonly Span[],
): Section[] {
  const spans: Span[] = [];
  if (headerSpan) spans.push({ kind: 'header', start: headerSpan[0], end: headerSpan[1] });
  const startUnit = layout.bodyStart?.unit ?? -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (i === startUnit) {
      spans.push(...bodySpans);
    } else {
      // Stryker disable next-line StringLiteral: the layout gives every unit a kind; the default is for the types.
      spans.push({ kind: layout.kinds[i] ?? 'body', start: u.start, end: u.end });
    }
  }
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: the stages give their spans in input order (header, then the units in order); the sort keeps that true if one day they do not.
  spans.sort((a, b) => a.start - b.start);
  const sections: Section[] = [];
  let at = 0;
  const push = (kind: SectionKind, start: number, end: number): void => {
    if (end > start) sections.push({ kind, text: input.slice(start, end), start, end });
  };
  for (const span of spans) {
    push('whitespace', at, span.start);
    push(span.kind, span.start, span.end);
    at = Math.max(at, span.end);
  }
  push('whitespace', at, input.length);
  return sections;
}
