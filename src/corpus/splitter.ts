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
  let emitted = false;
  // The document being collected: only its span. Its text is cut from the chunks at the end
  // (issue 10): a document inside one chunk is a slice of it, sharing the chunk's memory
  // (`parseCorpus` feeds one string, so every document is a slice of the input) instead of
  // a copy joined from line pieces, which made records of a dump hold the dump twice.
  let size = 0;
  let docStart = 0;
  let docLine = 1;
  let opening: DocumentOpening = 'start';
  let openingSpan: readonly [number, number] | null = null;
  let hasContent = false;
  let oversize = false;
  // The chunks the text still needed lies in, and the offset of the first one's start.
  const held: string[] = [];
  let heldStart = 0;
  // The line being read: its head is held until it is known whether it opens a document.
  let lineStart = 0;
  let head = '';
  let decided = false;
  let blank = true;
  let previousBlank = true;
  let pendingCr = false;

  /** Counts `length` more code units into the document (their text stays in the chunks). */
  const advance = (length: number): void => {
    size += length;
    offset += length;
    if (!oversize && size > maxDocumentSize) oversize = true;
  };

  /** The text of `[from, to)` of the input: a slice of one chunk, or joined from several. */
  const textOf = (from: number, to: number): string => {
    if (from === to) return '';
    let k = 0;
    let at = heldStart;
    // Stryker disable next-line EqualityOperator: a chunk that ends at `from` gives an empty first slice, the same text
    while (at + (held[k] as string).length <= from) at += (held[k++] as string).length;
    const first = held[k] as string;
    if (to <= at + first.length) return first.slice(from - at, to - at);
    const parts = [first.slice(from - at)];
    at += first.length;
    for (k++; at + (held[k] as string).length < to; k++) {
      parts.push(held[k] as string);
      at += (held[k] as string).length;
    }
    parts.push((held[k] as string).slice(0, to - at));
    return parts.join('');
  };

  /**
   * Lets go of the chunks wholly before the first offset still needed: the document's start,
   * or, for a document too large to keep, the line that may open the next one.
   */
  // Stryker disable next-line BlockStatement: letting go bounds the memory only; the chunks kept hold every text still needed
  const release = (): void => {
    const keepFrom = !oversize ? docStart : decided ? offset : lineStart;
    let drop = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: keeping one chunk more, or the last one less, changes no text
    while (drop < held.length - 1 && heldStart + (held[drop] as string).length <= keepFrom) heldStart += (held[drop++] as string).length;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: splicing nothing away is no change
    if (drop > 0) held.splice(0, drop);
  };

  const emit = (): void => {
    const text = oversize ? null : textOf(docStart, docStart + size);
    onDocument({ text, start: docStart, end: docStart + size, line: docLine, opening, openingSpan, endLine: lineNumber, endColumn: offset - lineStart + 1 });
    emitted = true;
    size = 0;
    oversize = false;
  };

  /** Decides whether the line whose head is held opens a document, then lets its text through. */
  const decide = (complete: boolean): void => {
    decided = true;
    const shape = headerShapeAt(head, 0, head.length);
    if (shape !== null) {
      // The opening token: `date` (a blank always follows it), or the URL, which opens a
      // document only after a blank line.
      const token = tokenAt(head, shape.start, complete);
      const opens = shape.kind !== 'url' || (previousBlank && token !== null && isArticleUrl(token));
      if (opens) {
        if (hasContent) {
          emit();
          docStart = lineStart;
          docLine = lineNumber;
        }
        opening = shape.kind;
        const at = lineStart - docStart + shape.start;
        openingSpan = [at, at + (token as string).length];
      }
    }
    advance(head.length);
    head = '';
  };

  /** Reads `[from, to)` of `chunk`, a piece of a line without its terminator. */
  const lineText = (chunk: string, from: number, to: number): void => {
    if (blank && !isAllSpace(chunk, from, to)) blank = false;
    if (decided) {
      // Stryker disable next-line ArithmeticOperator: a decided line goes on only at the start of a chunk, where `from` is 0
      advance(to - from);
      return;
    }
    // Stryker disable next-line ConditionalExpression: the whole chunk is the same text as its slice
    head += from === 0 && to === chunk.length ? chunk : chunk.slice(from, to);
    if (head.length >= LINE_HEAD_LIMIT) decide(false);
  };

  /** Ends the line at a terminator of `length` code units (`\n`, `\r` or `\r\n`). */
  const endLine = (length: number): void => {
    // Stryker disable next-line ConditionalExpression: deciding again reads an empty head, which opens nothing and adds nothing
    if (!decided) decide(true);
    if (!blank) hasContent = true;
    advance(length);
    previousBlank = blank;
    lineNumber++;
    lineStart = offset;
    decided = false;
    blank = true;
  };

  return {
    feed(chunk: string): void {
      if (typeof chunk !== 'string') throw new TypeError(`feed expects a string, got ${typeof chunk}`);
      if (chunk.length === 0) return;
      held.push(chunk);
      let i = 0;
      if (pendingCr) {
        pendingCr = false;
        // The `\n` of a `\r\n` cut between two chunks belongs to the line already ended.
        if (chunk.charCodeAt(0) === 0x0a) {
          advance(1);
          lineStart = offset;
          i = 1;
        }
      }
      let nextLf = chunk.indexOf('\n', i);
      let nextCr = chunk.indexOf('\r', i);
      // Stryker disable next-line EqualityOperator: at the chunk's end a further round reads an empty piece and stops
      while (i < chunk.length) {
        // Searching again more often finds the same next line end: only slower.
        // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: see above
        if (nextLf >= 0 && nextLf < i) nextLf = chunk.indexOf('\n', i);
        // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: see above
        if (nextCr >= 0 && nextCr < i) nextCr = chunk.indexOf('\r', i);
        const brk = nextLf < 0 ? nextCr : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
        if (brk < 0) {
          lineText(chunk, i, chunk.length);
          break;
        }
        lineText(chunk, i, brk);
        let length = 1;
        if (chunk.charCodeAt(brk) === 0x0d) {
          if (brk + 1 === chunk.length) pendingCr = true;
          else if (chunk.charCodeAt(brk + 1) === 0x0a) length = 2;
        }
        endLine(length);
        i = brk + length;
      }
      release();
    },
    end(): void {
      // A decided line's head is empty; deciding an empty head opens nothing and adds nothing.
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: see above
      if (!decided && head.length > 0) decide(true);
      if (size > 0 || !emitted) emit();
    },
  };
}
