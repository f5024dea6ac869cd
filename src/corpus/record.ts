/**
 * One document the splitter found, parsed and placed in the whole input: its diagnostic
 * positions and section offsets shifted from the document to the input, and the
 * diagnostic that says why the splitter opened it there.
 */
import type { Section } from '../model/article.js';
import type { Diagnostic, Position } from '../model/diagnostic.js';
import { parseText, type CheckedParseOptions, type ExtraDiagnostic } from '../parse/parse-article.js';
import type { CorpusRecord } from './parse-corpus.js';
import type { DocumentPiece } from './splitter.js';

function shiftPosition(p: Position, offset: number, lineDelta: number): Position {
  return { line: p.line + lineDelta, column: p.column, offset: p.offset + offset };
}

function shiftDiagnostic(d: Diagnostic, offset: number, lineDelta: number): Diagnostic {
  return { ...d, start: shiftPosition(d.start, offset, lineDelta), end: shiftPosition(d.end, offset, lineDelta) };
}

function shiftSection(s: Section, offset: number): Section {
  return { ...s, start: s.start + offset, end: s.end + offset };
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
  const result = parseText(piece.text ?? '', options, boundaryDiagnostic(piece));
  const { start } = piece;
  const lineDelta = piece.line - 1;
  if (start === 0) return { index, start, end: piece.end, ...result };
  return {
    index,
    start,
    end: piece.end,
    ok: result.ok,
    article: result.article && { ...result.article, sections: result.article.sections.map((s) => shiftSection(s, start)) },
    diagnostics: result.diagnostics.map((d) => shiftDiagnostic(d, start, lineDelta)),
  };
}

