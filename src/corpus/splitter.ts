/**
 * The document splitter: a push core (`feed(chunk)` / `end()`) that finds where one
 * document of a dump ends and the next begins, and hands each document on as soon as it
 * is complete. `parseCorpus` feeds it one string; the stream feeds it decoded chunks.
 *
 * Where a document begins is decided line by line, by {@link headerShapeAt} (the rule the
 * header stage reads with) and the line's neighbour:
 *
 * - a ` date …` header line always opens a document;
 * - a bare http(s) URL line opens one only after a blank line (or at the very start), when
 *   it is an article URL (its path gives an id or a date) and not an image: a canonical URL
 *   on a line of its own inside a page's metadata follows other lines, not a blank one;
 * - blank lines before the first header belong to the first document, blank lines between
 *   documents to the one before.
 *
 * A page stored without any header cannot be told from body text, so after another
 * document it stays part of that document: no rule can split it without splitting real
 * articles at their paragraphs.
 */
import { isAllSpace, isBlankCode } from '../internal/chars.js';
import { sourceFromUrl } from '../normalize/source.js';
import { headerShapeAt, type HeaderShapeKind } from '../parse/header.js';
import { isImageUrl } from '../parse/page/line-kinds.js';

/** How a document was opened: by the start of the input, or by a header line of a kind. */
export type DocumentOpening = 'start' | HeaderShapeKind;

/** One document found by the splitter. @internal */
export interface DocumentPiece {
  /** The document's text, or `null` when it is longer than `maxDocumentSize` and was not kept. */
  readonly text: string | null;
  /** Offset of its first character in the whole input (UTF-16 code units). */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
  /** 1-based line number of its first line in the whole input. */
  readonly line: number;
  /** What opened it. */
  readonly opening: DocumentOpening;
  /** `[start, end)` of the token that opened it (`date` or the URL), relative to the document. */
  readonly openingSpan: readonly [number, number] | null;
  /** 1-based line and column of its end (just past its last character) in the whole input. */
  readonly endLine: number;
  readonly endColumn: number;
}

/** The push interface of the splitter. @internal */
export interface Splitter {
  /** Adds the next piece of text; complete documents are handed to the callback. */
  feed(chunk: string): void;
  /** Ends the input: the last document is handed on (one empty document for an empty input). */
  end(): void;
}

/**
 * How much of a line the splitter holds back before deciding whether it opens a
 * document. A header's date is within its first 80 characters; a URL longer than this
 * is no article URL anyone stores as a header.
 */
const LINE_HEAD_LIMIT = 4096;

/** Whether `token` is an article URL: not an image, and its path names an id or a date. */
function isArticleUrl(token: string): boolean {
  if (isImageUrl(token)) return false;
  const source = sourceFromUrl(token);
  return source !== null && (source.articleId !== null || source.urlDate !== null);
}

/** The first blank-free token of `text` from `at`, or `null` when it runs to the end of an unfinished line. */
function tokenAt(text: string, at: number, complete: boolean): string | null {
  let end = at;
  while (end < text.length && !isBlankCode(text.charCodeAt(end))) end++;
  return end === text.length && !complete ? null : text.slice(at, end);
}

/**
 * Creates a splitter that calls `onDocument` with each document in input order.
 *
 * @param onDocument - Receives each document as soon as it is complete.
 * @param maxDocumentSize - Documents longer than this many UTF-16 code units are counted
 *   but not kept (`text` is `null`), so one runaway document cannot exhaust memory.
 * @internal
 */
export function createSplitter(onDocument: (piece: DocumentPiece) => void, maxDocumentSize = Infinity): Splitter {
  let offset = 0;
  let lineNumber = 1;
  let emitted = 0;
  // The document being collected.
  let parts: string[] = [];
  let size = 0;
  let docStart = 0;
  let docLine = 1;
  let opening: DocumentOpening = 'start';
  let openingSpan: readonly [number, number] | null = null;
  let hasContent = false;
  let oversize = false;
  // The line being read: its head is held until it is known whether it opens a document.
  let lineStart = 0;
  let head = '';
  let decided = false;
  let blank = true;
  let previousBlank = true;
  let pendingCr = false;

  const append = (text: string): void => {
    if (text.length === 0) return;
    size += text.length;
    offset += text.length;
    if (oversize) return;
    if (size > maxDocumentSize) {
      oversize = true;
      parts = [];
      return;
    }
    parts.push(text);
  };

  const emit = (): void => {
    const text = oversize ? null : parts.length === 1 ? (parts[0] as string) : parts.join('');
    onDocument({ text, start: docStart, end: docStart + size, line: docLine, opening, openingSpan, endLine: lineNumber, endColumn: offset - lineStart + 1 });
    emitted++;
    parts = [];
    size = 0;
    oversize = false;
    hasContent = false;
  };

  /** Decides whether the line whose head is held opens a document, then lets its text through. */
  const decide = (complete: boolean): void => {
    decided = true;
    const shape = headerShapeAt(head, 0, head.length);
    let opens = shape !== null;
    let tokenEnd = 0;
    if (shape !== null) {
      const token = tokenAt(head, shape.kind === 'url' ? shape.start : shape.afterKeyword, complete);
      tokenEnd = shape.kind === 'url' ? shape.start + (token?.length ?? 0) : shape.start + 4;
      if (shape.kind === 'url') opens = previousBlank && token !== null && isArticleUrl(token);
    }
    if (shape !== null && opens) {
      if (hasContent) {
        emit();
        docStart = lineStart;
        docLine = lineNumber;
      }
      opening = shape.kind;
      const at = lineStart - docStart;
      openingSpan = [at + shape.start, at + tokenEnd];
    }
    append(head);
    head = '';
    if (!blank) hasContent = true;
  };

  const lineText = (piece: string): void => {
    if (piece.length === 0) return;
    if (blank && !isAllSpace(piece)) blank = false;
    if (decided) {
      append(piece);
      return;
    }
    head += piece;
    if (head.length >= LINE_HEAD_LIMIT) decide(false);
  };

  const endLine = (terminator: string): void => {
    if (!decided) decide(true);
    if (!blank) hasContent = true;
    append(terminator);
    previousBlank = blank;
    lineNumber++;
    lineStart = offset;
    decided = false;
    blank = true;
  };

  return {
    feed(chunk: string): void {
      if (typeof chunk !== 'string') throw new TypeError(`feed expects a string, got ${typeof chunk}`);
      let i = 0;
      if (pendingCr) {
        pendingCr = false;
        // The `\n` of a `\r\n` cut between two chunks belongs to the line already ended.
        if (chunk.charCodeAt(0) === 0x0a) {
          append('\n');
          lineStart = offset;
          i = 1;
        }
      }
      let nextLf = chunk.indexOf('\n', i);
      let nextCr = chunk.indexOf('\r', i);
      while (i < chunk.length) {
        if (nextLf >= 0 && nextLf < i) nextLf = chunk.indexOf('\n', i);
        if (nextCr >= 0 && nextCr < i) nextCr = chunk.indexOf('\r', i);
        const brk = nextLf < 0 ? nextCr : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
        if (brk < 0) {
          lineText(i === 0 ? chunk : chunk.slice(i));
          return;
        }
        lineText(chunk.slice(i, brk));
        let length = 1;
        if (chunk.charCodeAt(brk) === 0x0d) {
          if (brk + 1 === chunk.length) pendingCr = true;
          else if (chunk.charCodeAt(brk + 1) === 0x0a) length = 2;
        }
        endLine(chunk.slice(brk, brk + length));
        i = brk + length;
      }
    },
    end(): void {
      if (!decided && head.length > 0) decide(true);
      if (size > 0 || emitted === 0) emit();
    },
  };
}
