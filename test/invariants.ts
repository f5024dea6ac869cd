/**
 * The invariants every parse result must keep, checked with code of the tests' own (no
 * helper of src/), so that a bug in src cannot hide itself in its own oracle. Each check
 * has been seen to fail on purpose: see test/invariants.test.ts.
 */
import { expect } from 'vitest';
import type { Diagnostic, Position, Section } from '../src/index.js';

/** Blank characters and line breaks as the parser folds them: JS white space (BOM included), NEL, ZWSP. */
const SPACE_RUN = /[\s\u0085\u200b]+/gu;

/** Folds blanks and line breaks to single spaces and trims, the form every field value takes. */
export function fold(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** Only blanks and line breaks: what a `whitespace` section may hold. */
const ONLY_SPACE = /^[\s\u0085\u200b]*$/u;

/**
 * The line and column of `offset`, counted by walking the text from its start: a line
 * ends at `\n`, `\r\n` or a lone `\r`. (src binary-searches a table of line starts; this
 * walks, so the two cannot share a mistake.)
 */
export function walkPosition(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * Diagnostics lie inside `[from, to]` of the input, in order, with line/column matching
 * the offset. For corpus records `[from, to]` is the record's span: positions are offsets
 * into the whole input, not into the record's slice.
 */
export function checkDiagnostics(text: string, diagnostics: readonly Diagnostic[], from: number, to: number): void {
  let previous = from;
  for (const d of diagnostics) {
    expect(Number.isInteger(d.start.offset) && Number.isInteger(d.end.offset), d.code).toBe(true);
    expect(d.start.offset, d.code).toBeGreaterThanOrEqual(from);
    expect(d.end.offset, d.code).toBeLessThanOrEqual(to);
    expect(d.start.offset, d.code).toBeLessThanOrEqual(d.end.offset);
    expect(d.start.offset, `${d.code} in input order`).toBeGreaterThanOrEqual(previous);
    previous = d.start.offset;
    expect(d.start, d.code).toEqual(walkPosition(text, d.start.offset));
    expect(d.end, d.code).toEqual(walkPosition(text, d.end.offset));
  }
}

/**
 * The sections cover `[from, to)` of the input exactly once, in order, each non-empty
 * with its own text, and `whitespace` sections hold nothing but blanks and line breaks.
 */
export function checkSections(text: string, sections: readonly Section[], from: number, to: number): void {
  if (sections.length === 0) {
    expect(from, 'no sections for a non-empty span').toBe(to);
    return;
  }
  let cursor = from;
  for (const s of sections) {
    expect(s.start, `${s.kind} starts where the previous section ended`).toBe(cursor);
    expect(s.end, `${s.kind} is not empty`).toBeGreaterThan(s.start);
    expect(s.text, s.kind).toBe(text.slice(s.start, s.end));
    if (s.kind === 'whitespace') expect(s.text, `whitespace at ${s.start} holds only whitespace`).toMatch(ONLY_SPACE);
    cursor = s.end;
  }
  expect(cursor, 'the sections end where the input ends').toBe(to);
}

/** Walks a result and fails on any `undefined`, `NaN` or `""`: absent is `null`, lists are empty. */
export function checkNoEmptyValues(value: unknown, path = 'result'): void {
  if (value === undefined) expect.fail(`${path} is undefined`);
  if (typeof value === 'number' && Number.isNaN(value)) expect.fail(`${path} is NaN`);
  if (value === '') expect.fail(`${path} is ""`);
  if (Array.isArray(value)) value.forEach((item, i) => checkNoEmptyValues(item, `${path}[${i}]`));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) checkNoEmptyValues(item, `${path}.${key}`);
}

/**
 * What a short field never holds (the parser removes it): terminal escape sequences, C0/C1
 * controls other than tab and line breaks, bidi controls and marks, zero-width joiners and U+180E.
 */
// eslint-disable-next-line no-control-regex -- the tests look for control characters on purpose
export const HIDDEN = /\u001b\[[\u0020-\u003f]*[\u0040-\u007e]?|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b.?|[\u0000-\u0008\v\f\u000e-\u001f\u007f-\u009f\u061c\u180e\u200c-\u200f\u202a-\u202e\u2060\u2066-\u2069]/u;

/** Every match of {@link HIDDEN}. */
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');

/** What {@link checkEntries} reads of an article. */
interface EntriesOf {
  readonly paragraphs: readonly string[];
  readonly entries: readonly { readonly time: string | null; readonly title: string | null; readonly body: string | null; readonly start: number; readonly end: number }[];
}

/** A clock time that the entry's span opens with, as a live page writes it: `10:34am`, `09:54`. */
const OPENING_CLOCK = /^(\d{1,2}):(\d{2})\s?(?:([ap])\.?m\.?)?/iu;

/**
 * The entries of an article lie inside `[from, to)` of the input, in order and without
 * overlap; each one's title and text are read from its own span (blanks folded); every
 * paragraph of its body is a paragraph of the article, or the end of one (the text after a
 * time marker); and a timed entry whose span opens with a clock time has that time.
 */
export function checkEntries(text: string, article: EntriesOf, from: number, to: number): void {
  let previous = from;
  article.entries.forEach((e, i) => {
    expect(e.start, `entry ${i} starts after the previous one`).toBeGreaterThanOrEqual(previous);
    expect(e.end, `entry ${i} is not empty`).toBeGreaterThan(e.start);
    expect(e.end, `entry ${i} lies in the input`).toBeLessThanOrEqual(to);
    previous = e.end;
    const span = fold(text.slice(e.start, e.end));
    // A title is a short field: what HIDDEN matches is removed from it (a space in its place).
    if (e.title !== null) expect(fold(text.slice(e.start, e.end).replace(HIDDEN_ALL, ' ')).includes(e.title), `entry ${i}: its title is in its span`).toBe(true);
    for (const paragraph of e.body?.split('\n\n') ?? []) {
      expect(span.includes(paragraph), `entry ${i}: its text is in its span`).toBe(true);
      expect(article.paragraphs.some((p) => p.endsWith(paragraph)), `entry ${i}: its text is body text`).toBe(true);
    }
    const clock = OPENING_CLOCK.exec(span);
    if (clock !== null && e.time !== null) {
      const hours = (Number(clock[1]) % (clock[3] === undefined ? 24 : 12)) + (clock[3]?.toLowerCase() === 'p' ? 12 : 0);
      expect(e.time.slice(11, 16), `entry ${i}: its time is the one it opens with`).toBe(`${String(hours).padStart(2, '0')}:${clock[2]}`);
    }
  });
}
