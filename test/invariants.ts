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
 * controls other than tab and line breaks, bidi controls and marks, zero-width joiners.
 */
// eslint-disable-next-line no-control-regex -- the tests look for control characters on purpose
export const HIDDEN = /\u001b\[[\u0020-\u003f]*[\u0040-\u007e]?|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b.?|[\u0000-\u0008\v\f\u000e-\u001f\u007f-\u009f\u061c\u200c-\u200f\u202a-\u202e\u2060\u2066-\u2069]/u;
