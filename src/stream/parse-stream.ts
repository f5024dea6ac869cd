/**
 * `parseStream`: the streaming parser as an async iterable of records, over a Web
 * `ReadableStream` (read through `getReader()`: Safari cannot `for await` a stream), a Node
 * `Readable`, or any (async) iterable of text or byte chunks.
 */
import type { CorpusRecord } from '../corpus/parse-corpus.js';
import { readOptions } from '../internal/options.js';
import type { CheckedParseOptions } from '../parse/parse-article.js';
import { checkedParser, STREAM_OPTIONS, type StreamOptions } from './parser.js';

/**
 * What {@link parseStream} reads: a Web stream, a Node `Readable`, or an (async) iterable of
 * text or UTF-8 byte chunks.
 *
 * @example
 * ```ts
 * const source: StreamSource = [' date 2021-11-02\n\n', 'Harbour reopens\n'];
 * ```
 */
export type StreamSource = ReadableStream<string | Uint8Array> | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** A pull-based reader over any source, with a way to stop it early. */
interface ChunkReader {
  next(): Promise<{ done: boolean; value?: string | Uint8Array }>;
  cancel(): Promise<void>;
}

function readerOf(source: StreamSource): ChunkReader {
  if (typeof (source as ReadableStream).getReader === 'function') {
    const reader = (source as ReadableStream<string | Uint8Array>).getReader();
    return {
      next: async () => {
        const { done, value } = await reader.read();
        return done ? { done: true } : { done: false, value };
      },
      cancel: async () => {
        await reader.cancel();
        reader.releaseLock();
      },
    };
  }
  const asyncIterable = source as AsyncIterable<string | Uint8Array>;
  const iterator =
    typeof asyncIterable[Symbol.asyncIterator] === 'function'
      ? asyncIterable[Symbol.asyncIterator]()
      : // Stryker disable next-line ConditionalExpression: calling a `Symbol.iterator` that is not a function is a TypeError too, as the check's is
        typeof (source as Iterable<string | Uint8Array>)[Symbol.iterator] === 'function'
        ? (source as Iterable<string | Uint8Array>)[Symbol.iterator]()
        : null;
  if (iterator === null) throw new TypeError('parseStream expects a ReadableStream, a Node Readable or an iterable of chunks');
  return {
    next: async () => {
      const { done, value } = await iterator.next();
      return done === true ? { done: true } : { done: false, value };
    },
    cancel: async () => {
      await iterator.return?.();
    },
  };
}

/**
 * Parses a stream of documents, one record at a time, in input order. Records equal what
 * {@link parseCorpus} gives for the whole text, offsets and lines counted from the start of
 * the stream. The source is read only as fast as records are taken (a slow consumer slows
 * the read), and a `break` out of the loop cancels it. Memory stays bounded by the largest
 * document plus a chunk; a document over `maxDocumentSize` becomes an error record.
 *
 * @param source - A Web `ReadableStream`, a Node `Readable` or any (async) iterable of text or UTF-8 byte chunks.
 * @param options - As for {@link parseArticle}, and `maxDocumentSize`.
 * @returns An async iterable of records.
 * @throws TypeError when `source` is not a stream or an iterable, or an option is unknown or of the wrong type.
 * @throws RangeError when an option has a value it does not allow.
 * @example
 * ```ts
 * const chunks = [' date 2021-11-02\n\nHarbour reopens after repairs\n', ' date 2021-11-03\n\nBridge closes for winter\n'];
 * const dates = [];
 * for await (const record of parseStream(chunks)) dates.push(record.article?.date);
 * dates;
 * //=> ['2021-11-02', '2021-11-03']
 * ```
 */
export function parseStream(source: StreamSource, options?: StreamOptions): AsyncIterableIterator<CorpusRecord> {
  // Stryker disable next-line ConditionalExpression: without this check null fails on reading its `getReader`, with a TypeError too
  if (source === null) throw new TypeError('parseStream expects a stream or an iterable, got null');
  if (typeof source !== 'object') throw new TypeError(`parseStream expects a stream or an iterable, got ${typeof source}`);
  const checked = readOptions('parseStream', options, STREAM_OPTIONS);
  const reader = readerOf(source);
  return records(reader, checked);
}

async function* records(reader: ChunkReader, options: CheckedParseOptions): AsyncIterableIterator<CorpusRecord> {
  const ready: CorpusRecord[] = [];
  const parser = checkedParser((record) => ready.push(record), options);
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.next();
      if (done) break;
      if (value !== undefined) parser.feed(value);
      while (ready.length > 0) yield ready.shift() as CorpusRecord;
    }
    finished = true;
    parser.end();
    while (ready.length > 0) yield ready.shift() as CorpusRecord;
  } finally {
    if (!finished) await reader.cancel();
  }
}
