import type { ParseResult, Section } from '../model/article.js';
import type { Diagnostic, Position } from '../model/diagnostic.js';
import { startsHeader } from '../parse/header.js';
import { parseArticle, type ParseArticleOptions } from '../parse/parse-article.js';

/**
 * Options for {@link parseCorpus}: those of {@link parseArticle}, applied to every document.
 *
 * @example
 * ```ts
 * parseCorpus(text, { repair: 'safe' });
 * ```
 */
export type ParseCorpusOptions = ParseArticleOptions;

/**
 * One document of a multi-document input: its {@link ParseResult}, its number, and where
 * it stands in the input. Diagnostic positions and section offsets are into the whole
 * input, not the document alone.
 *
 * @example
 * ```ts
 * const [first] = parseCorpus(text);
 * text.slice(first.start, first.end); // the first document's text
 * ```
 */
export interface CorpusRecord extends ParseResult {
  /** 0-based number of the document in the input. */
  readonly index: number;
  /** Offset of the document's first character in the input. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
}

function shiftPosition(p: Position, offset: number, lineDelta: number): Position {
  return { line: p.line + lineDelta, column: p.column, offset: p.offset + offset };
}

function shiftDiagnostic(d: Diagnostic, offset: number, lineDelta: number): Diagnostic {
  return { ...d, start: shiftPosition(d.start, offset, lineDelta), end: shiftPosition(d.end, offset, lineDelta) };
}

function shiftSection(s: Section, offset: number): Section {
  return { ...s, start: s.start + offset, end: s.end + offset };
}

/**
 * Parses an input that holds several documents, one after another, each starting with
 * its ` date YYYY-MM-DD …` header line. Splits at every line that starts a header; text
 * before the first header is a document of its own. A document that cannot be parsed is
 * reported in its record and never stops the rest; the records' spans cover the input.
 *
 * @param text - The documents.
 * @param options - As for {@link parseArticle}.
 * @returns One record per document, in input order.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * const records = parseCorpus(' date 2021-11-02 https://ria.ru/a-1.html\n\nOne\n date 2021-11-03 https://ria.ru/b-2.html\n\nTwo\n');
 * records.map((r) => [r.index, r.start, r.article?.date]);
 * //=> [[0, 0, '2021-11-02'], [1, 46, '2021-11-03']]
 * ```
 */
export function parseCorpus(text: string, options?: ParseCorpusOptions): CorpusRecord[] {
  if (typeof text !== 'string') throw new TypeError(`parseCorpus expects a string, got ${text === null ? 'null' : typeof text}`);
  // Line starts where a header begins, found in one pass.
  const starts: number[] = [];
  const lineNumbers: number[] = [];
  let line = 1;
  let at = 0;
  while (at <= text.length) {
    if (startsHeader(text, at) && (starts.length > 0 || at > 0)) {
      starts.push(at);
      lineNumbers.push(line);
    } else if (at === 0) {
      starts.push(0);
      lineNumbers.push(1);
    }
    let next = at;
    while (next < text.length && text.charCodeAt(next) !== 0x0a && text.charCodeAt(next) !== 0x0d) next++;
    if (next >= text.length) break;
    next += text.charCodeAt(next) === 0x0d && text.charCodeAt(next + 1) === 0x0a ? 2 : 1;
    line++;
    at = next;
  }
  // Blank text before the first header belongs to the first document.
  if (starts.length > 1 && starts[0] === 0 && /^\s*$/.test(text.slice(0, starts[1]))) {
    starts.shift();
    lineNumbers.shift();
    starts[0] = 0;
    lineNumbers[0] = 1;
  }
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? text.length;
    const lineDelta = (lineNumbers[index] ?? 1) - 1;
    const result = parseArticle(text.slice(start, end), options);
    const article = result.article && { ...result.article, sections: result.article.sections.map((s) => shiftSection(s, start)) };
    return {
      index,
      start,
      end,
      article,
      diagnostics: result.diagnostics.map((d) => shiftDiagnostic(d, start, lineDelta)),
    };
  });
}
