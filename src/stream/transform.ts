/**
 * The streaming parser as a Web `TransformStream`, for `.pipeThrough()`: text or byte chunks
 * in, records out.
 */
import type { CorpusRecord } from '../corpus/parse-corpus.js';
import { readOptions } from '../internal/options.js';
import { checkedParser, STREAM_OPTIONS, type Parser, type StreamOptions } from './parser.js';

// esbuild (and so size-limit and the bundlers built on it) does not count reading the global
// `TransformStream` as free of side effects, so a class that extends it by name stays in
// every bundle that imports anything from newsdoc, and the whole parser with it. Read
// through a pure call, the base lets a bundler drop the class when it is not imported
// (docs/performance.md, "Tree-shaking"). The binding keeps the global's name, so the class
// reads, and is documented, as extending `TransformStream`.
const TransformStream: typeof globalThis.TransformStream = /* @__PURE__ */ (() => globalThis.TransformStream)();

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
        // Stryker disable next-line OptionalChaining: start() runs before any transform(), so the parser is there
        parser?.feed(chunk);
      },
      flush() {
        // Stryker disable next-line OptionalChaining: start() runs before flush(), so the parser is there
        parser?.end();
      },
    });
  }
}
