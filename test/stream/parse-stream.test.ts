/**
 * The streaming shapes give what parseCorpus gives for the same text, however the bytes
 * are cut; they read no faster than records are taken, stop the source on `break`, and turn
 * a runaway document into an error record instead of holding it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusTransformStream, createParser, parseCorpus, parseStream, type CorpusRecord } from '../../src/index.js';

// Three documents with what a cut can fall inside of: two- and four-byte characters, CRLF,
// a BOM, a header and a URL-only header.
const TEXT = [
  '\uFEFF date 2021-11-02 https://ria.ru/20211102/most-1234500200.html\r\n\r\nМост через реку открыт после ремонта\r\n\r\nКАЗАНЬ, 2 ноя - РИА Новости. Мост открыли во вторник 🚤.\r\n',
  '\ndate 2021-11-03 https://ria.ru/20211103/port-1234500201.html\n\nHarbour reopens to small boats\n\nKAZAN, November 3 – RIA Novosti. The harbour reopened — at last.\n',
  '\nhttps://ria.ru/20211104/park-1234500202.html\n\nA park reopens after a year of works\n\nPERM, November 4 – RIA Novosti. The park reopened.\n',
].join('');
const BYTES = new TextEncoder().encode(TEXT);
const EXPECTED = JSON.stringify(parseCorpus(TEXT));

async function collect(iterable: AsyncIterable<CorpusRecord>): Promise<CorpusRecord[]> {
  const out: CorpusRecord[] = [];
  for await (const record of iterable) out.push(record);
  return out;
}

/** The bytes cut at the given offsets. */
function cut(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const at = [0, ...[...new Set(cuts)].sort((a, b) => a - b), bytes.length];
  return at.slice(1).map((end, i) => bytes.subarray(at[i], end)).filter((c) => c.length > 0);
}

describe('createParser', () => {
  it('gives the records of parseCorpus for 10,000 random cuttings of the bytes', () => {
    const cuts = fc.oneof(
      fc.array(fc.integer({ min: 1, max: BYTES.length - 1 }), { maxLength: 30 }),
      // every byte its own chunk, or chunks of one size from 1 byte to 64 KB
      fc.integer({ min: 1, max: 65536 }).map((size) => Array.from({ length: Math.ceil(BYTES.length / size) }, (_, i) => i * size)),
    );
    fc.assert(
      fc.property(cuts, (offsets) => {
        const records: CorpusRecord[] = [];
        const parser = createParser((r) => records.push(r));
        for (const chunk of cut(BYTES, offsets)) parser.feed(chunk);
        parser.end();
        expect(JSON.stringify(records)).toBe(EXPECTED);
      }),
      { numRuns: 10_000 },
    );
    // Ten thousand full parses take about ten seconds on this kind of machine.
  }, 60_000);

  it('reads text chunks the same as byte chunks, and counts what it read', () => {
    const records: CorpusRecord[] = [];
    const parser = createParser((r) => records.push(r));
    for (let i = 0; i < TEXT.length; i += 7) parser.feed(TEXT.slice(i, i + 7));
    parser.end();
    expect(JSON.stringify(records)).toBe(EXPECTED);
    expect(parser.counts).toEqual({ documents: 3, failed: 0, codeUnits: TEXT.length });
  });

  it('turns a document over maxDocumentSize into an error record with its span, and reads on', () => {
    const big = ` date 2021-11-02\n\nHarbour reopens\n\n${'x'.repeat(5000)}\n`;
    const small = ' date 2021-11-03\n\nBridge closes for winter\n';
    const records: CorpusRecord[] = [];
    const parser = createParser((r) => records.push(r), { maxDocumentSize: 1000 });
    parser.feed(big + small);
    parser.end();
    expect(records.map((r) => [r.ok, r.start, r.end, r.article?.title ?? null])).toEqual([
      [false, 0, big.length, null],
      [true, big.length, big.length + small.length, 'Bridge closes for winter'],
    ]);
    expect(records[0]?.diagnostics.map((d) => [d.code, d.start.line, d.start.offset, d.end.line, d.end.column, d.end.offset])).toEqual([['DOCUMENT_TOO_LARGE', 1, 0, 6, 1, big.length]]);
  });

  it('throws on misuse', () => {
    expect(() => createParser(null as unknown as () => void)).toThrow(TypeError);
    expect(() => createParser(() => undefined, { maxDocumentSize: 0 })).toThrow(RangeError);
    expect(() => createParser(() => undefined, { maxDocumentSize: '1' as unknown as number })).toThrow(TypeError);
    expect(() => createParser(() => undefined).feed(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('stream records and the published schema', () => {
  it('validate against schema/parse-result.json, positions counted from the start of the stream', async () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
    for (const file of ['article.json', 'parse-result.json', 'record.json']) ajv.addSchema(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', file), 'utf8')) as object);
    const validate = ajv.getSchema('https://newsdoc.dev/schema/parse-result.json');
    if (validate === undefined) throw new Error('parse-result.json is not loaded');
    const records = await collect(parseStream(cut(BYTES, [1, 2, 3, 90, 91, 300])));
    for (const { index, start, end, ...result } of records) {
      expect([index, start, end].every(Number.isInteger)).toBe(true);
      expect(validate(result) ? [] : validate.errors).toEqual([]);
    }
  });
});

describe('parseStream', () => {
  const chunks = cut(BYTES, [5, 100, 101, 102, 250, 251]);

  it.each([
    ['a Web ReadableStream', () => new ReadableStream({ start: (c) => { for (const x of chunks) c.enqueue(x); c.close(); } })],
    ['a Node Readable', () => Readable.from(chunks.map((c) => Buffer.from(c)))],
    ['an async generator of text', () => (async function* () { for (let i = 0; i < TEXT.length; i += 50) yield TEXT.slice(i, i + 50); })()],
    ['an array of byte chunks', () => chunks],
  ] as const)('over %s gives the records of parseCorpus', async (_name, make) => {
    expect(JSON.stringify(await collect(parseStream(make())))).toBe(EXPECTED);
  });

  it('gives one INPUT_EMPTY record for an empty stream, as parseCorpus does for ""', async () => {
    expect(await collect(parseStream([]))).toEqual(parseCorpus(''));
  });

  it('reads the source only as fast as records are taken, and cancels it on break', async () => {
    let pulls = 0;
    let cancelled = false;
    const doc = ' date 2021-11-02\n\nHarbour reopens after repairs\n';
    const source = new ReadableStream<string>(
      {
        pull(controller) {
          pulls++;
          controller.enqueue(doc);
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    let taken = 0;
    for await (const record of parseStream(source)) {
      expect(record.article?.title).toBe('Harbour reopens after repairs');
      if (++taken === 3) break;
    }
    expect(cancelled).toBe(true);
    expect(pulls).toBeLessThanOrEqual(5);
  });

  it('checks its arguments when called, not at the first record', () => {
    expect(() => parseStream(null as unknown as [])).toThrow(TypeError);
    expect(() => parseStream(42 as unknown as [])).toThrow(TypeError);
    expect(() => parseStream([], { Repair: 'safe' } as never)).toThrow(TypeError);
  });
});

describe('CorpusTransformStream', () => {
  it('turns a byte stream into records through pipeThrough', async () => {
    const input = new ReadableStream<Uint8Array>({ start: (c) => { for (const x of cut(BYTES, [3, 77, 78, 200])) c.enqueue(x); c.close(); } });
    const reader = input.pipeThrough(new CorpusTransformStream()).getReader();
    const records: CorpusRecord[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) records.push(r.value);
    expect(JSON.stringify(records)).toBe(EXPECTED);
  });

  it('checks its options when made', () => {
    expect(() => new CorpusTransformStream({ maxDocumentSize: -1 })).toThrow(RangeError);
  });
});
