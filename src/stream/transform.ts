/**
 * The streaming parser as a Web `TransformStream`, for `.pipeThrough()`: text or byte chunks
 * in, records out.
 */
import type { CorpusRecord } from '../corpus/parse-corpus.js';
import { readOptions } from '../internal/options.js';
import { checkedParser, STREAM_OPTIONS, type Parser, type StreamOptions } from './parser.js';

/**
 * A `TransformStream` from text or UTF-8 byte chunks to records, one per document.
 *
 * @example
 * ```ts
 * const input = new Blob([' date 2021-11-02\n\nHarbour reopens after repairs\n']).stream();
 * const reader = input.pipeThrough(new CorpusTransformStream()).getReader();
 * (await reader.read()).value?.article?.title;
 * //=> 'Harbour reopens after repairs'
 * ```
 */
export class CorpusTransformStream extends TransformStream<string | Uint8Array, CorpusRecord> {
  /**
   * @param options - As for {@link parseStream}.
   * @throws TypeError or RangeError on bad options, as {@link createParser} does.
   */
  constructor(options?: StreamOptions) {
    const checked = readOptions('CorpusTransformStream', options, STREAM_OPTIONS);
    let parser: Parser | null = null;
    super({
      start(controller) {
        parser = checkedParser((record) => controller.enqueue(record), checked);
      },
      transform(chunk) {
        parser?.feed(chunk);
      },
      flush() {
        parser?.end();
      },
    });
  }
}
