/**
 * One document the splitter found, parsed and placed in the whole input: its diagnostic
 * positions, section and entry offsets shifted from the document to the input, and the
 * diagnostic that says why the splitter opened it there.
 */
import type { Article, Entry, ParseResult, Section } from '../model/article.js';
import type { Diagnostic, Position } from '../model/diagnostic.js';
import { parseText, type CheckedParseOptions, type ExtraDiagnostic } from '../parse/parse-article.js';
import type { CorpusRecord } from './parse-corpus.js';
import type { DocumentPiece } from './splitter.js';

/** A value of ours that nobody else has seen yet, writable while we finish it. */
type Unsealed<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Shifts a position from the document to the whole input, in place. Issue 10: copying
 * every diagnostic and section with spreads to shift it made a second set of objects per
 * record; the result of `parseText` is fresh and ours alone, so it is moved instead.
 */
function shiftPosition(p: Position, offset: number, lineDelta: number): void {
  const open = p as Unsealed<Position>;
  open.line += lineDelta;
  open.offset += offset;
}

function shiftDiagnostic(d: Diagnostic, offset: number, lineDelta: number): void {
  shiftPosition(d.start, offset, lineDelta);
  // An empty range may one day share one position object for both ends: move it once.
  // Stryker disable next-line ConditionalExpression: no stage shares the two objects today, so moving the end always is the same
  if (d.end !== d.start) shiftPosition(d.end, offset, lineDelta);
}

function shiftSpan(s: Section | Entry, offset: number): void {
  const open = s as Unsealed<Section | Entry>;
  open.start += offset;
  open.end += offset;
}

/**
 * The body as a slice of the document when the document holds it verbatim, else the body.
 * The body is its paragraphs joined by a blank line, a new string; in most documents the
 * input has them exactly so, from the first body section to the last, and a slice of the
 * input shares its memory (issue 10: the copies were a third of what records of a dump
 * hold). Equal strings, so not one output byte changes.
 */
function sharedBody(text: string, article: Article): string | null {
  const { body, sections } = article;
  // Every way out gives a string equal to the body (or the null body itself): what the
  // mutants below change is only whether the memory is shared, which no test can see.
  // Stryker disable ConditionalExpression,BlockStatement,EqualityOperator,StringLiteral,AssignmentOperator,LogicalOperator,ArithmeticOperator,MethodExpression: equal strings either way (see above)
  if (body === null) return null;
  let first: Section | undefined;
  let last: Section | undefined;
  for (const s of sections) {
    if (s.kind !== 'body') continue;
    first ??= s;
    last = s;
  }
  if (first === undefined || last === undefined || last.end - first.start !== body.length) return body;
  const slice = text.slice(first.start, last.end);
  // Stryker restore ConditionalExpression,BlockStatement,EqualityOperator,StringLiteral,AssignmentOperator,LogicalOperator,ArithmeticOperator,MethodExpression
  // Stryker disable next-line ConditionalExpression: the body in place of an equal slice is the same string
  return slice === body ? slice : body;
}

/** The diagnostic that says why the splitter opened a document where it did, if it needs one. */
function boundaryDiagnostic(piece: DocumentPiece): ExtraDiagnostic[] {
  const span = piece.openingSpan;
  if (span === null || piece.start === 0) return [];
  if (piece.opening === 'loose') {
    return [{ code: 'CORPUS_SPLIT_LOOSE_HEADER', message: 'A new document was opened at a non-canonical ` date` header.', start: span[0], end: span[1] }];
  }
  if (piece.opening === 'url') {
    return [{ code: 'CORPUS_SPLIT_URL', message: 'A new document was opened at a bare article URL after a blank line.', start: span[0], end: span[1] }];
  }
  return [];
}

/** Parses one document the splitter found and places its result in the whole input. @internal */
export function parsePiece(piece: DocumentPiece, index: number, options: CheckedParseOptions): CorpusRecord {
  // Stryker disable next-line StringLiteral: the fallback is for the type: the stream makes an oversize piece, the only one without text, an error record before this
  const text = piece.text ?? '';
  const result: ParseResult = parseText(text, options, boundaryDiagnostic(piece));
  const { start } = piece;
  const lineDelta = piece.line - 1;
  const { article } = result;
  if (article !== null) {
    (article as Unsealed<Article>).body = sharedBody(text, article);
    // Stryker disable next-line ConditionalExpression: a shift by 0 moves nothing; the check only saves the walk
    if (start !== 0) {
      for (const s of article.sections) shiftSpan(s, start);
      for (const e of article.entries) shiftSpan(e, start);
    }
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shift by 0 lines and 0 code units moves nothing; the check only saves the walk
  if (start !== 0 || lineDelta !== 0) for (const d of result.diagnostics) shiftDiagnostic(d, start, lineDelta);
  return { index, start, end: piece.end, ...result };
}
