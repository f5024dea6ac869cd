/**
 * The `newsdoc` command run in-process (src/cli/main.ts): `main(argv)` with temporary files,
 * standard output and standard error captured. test/dist/cli.test.ts spawns the built
 * command, which the mutation run cannot see; these tests ask the same of the source.
 * `--jobs N` runs on fake worker threads that render on the main thread with the same
 * `renderBatch` (the real ones load the built `cli-worker.js`, which src/ does not have).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { HELP } from '../../src/cli/args.js';
import { BOILERPLATE_HELP } from '../../src/cli/boilerplate.js';
import { IoError, lines, main, Output, tasks } from '../../src/cli/main.js';
import { ndjsonLine, toRecord } from '../../src/cli/record.js';
import type { RenderConfig, RenderedBatch, Task } from '../../src/cli/render.js';
import { parseCorpus, type CorpusRecord } from '../../src/index.js';

/** What the fake workers saw: one entry per worker, in creation order. */
const pool = vi.hoisted(() => ({
  workers: [] as { url: string; workerData: unknown; batches: number[]; terminated: boolean; emitter: { emit(event: string, value: unknown): boolean } }[],
}));

vi.mock('node:worker_threads', async (importOriginal) => {
  const { renderBatch } = await import('../../src/cli/render.js');
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeWorker extends Emitter {
    readonly #state: (typeof pool.workers)[number];
    readonly #config: RenderConfig;
    constructor(url: URL, options: { workerData: RenderConfig }) {
      super();
      this.#config = options.workerData;
      this.#state = { url: url.href, workerData: options.workerData, batches: [], terminated: false, emitter: this };
      pool.workers.push(this.#state);
    }
    postMessage(batch: Task[]): void {
      this.#state.batches.push(batch.length);
      // The first worker answers later than the others: the output order must not depend on it.
      const delay = pool.workers.indexOf(this.#state) === 0 ? 5 : 0;
      const results: RenderedBatch = renderBatch(batch, this.#config);
      setTimeout(() => this.emit('message', results), delay);
    }
    terminate(): Promise<number> {
      this.#state.terminated = true;
      return Promise.resolve(0);
    }
  }
  return { ...(await importOriginal<typeof import('node:worker_threads')>()), Worker: FakeWorker };
});

const dir = mkdtempSync(join(tmpdir(), 'newsdoc-main-'));
const file = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// Documents of one length each (three-digit numbers), with a host of their own.
const DOC = (n: number): string =>
  ` date 2021-11-02 https://h${String(n % 1000).padStart(3, '0')}.example.com/2021/11/02/story-${1000 + n}.html\n\nHarbour story number ${String(n % 1000).padStart(3, '0')} of the day\n\nKAZAN, November 2 – RIA Novosti. The harbour reopened for the day, officials said.\n`;
const GARBAGE = 'date 2021-13-99 javascript:void(0)\n\n~~~ ### ~~~\n';
const WARNED = ' date 2021-11-02\n\nHarbour reopens after the repairs\n\nThe harbour reopened on Friday, officials said today.\n';
const NO_HEADER = 'just some text without any header line\n';
const dumpOf = (count: number, from = 100): string => Array.from({ length: count }, (_, i) => DOC(from + i)).join('');

/** The ndjson lines newsdoc writes for `text` read from `source`. */
const expectedLines = (text: string, source: string): string => parseCorpus(text).map((r) => ndjsonLine(toRecord(r, { source }))).join('');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

interface RunOptions {
  readonly stdoutTty?: boolean;
  readonly stderrTty?: boolean;
  readonly stdin?: Readable;
  /** Called with each write to standard output, before it is kept. */
  readonly onWrite?: (index: number) => void;
  /** Called with each write to standard error. */
  readonly onErrorWrite?: (index: number) => void;
}

/** Runs `main(argv)` (or `run`) with standard output and standard error captured. */
async function capture(options: RunOptions, run: () => Promise<number>): Promise<Run> {
  const out: Buffer[] = [];
  const err: string[] = [];
  const errorListeners = process.stdout.listeners('error');
  const stdinDescriptor = Object.getOwnPropertyDescriptor(process, 'stdin');
  let writes = 0;
  let errorWrites = 0;
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    options.onWrite?.(writes++);
    out.push(Buffer.from(chunk));
    return true;
  }) as never);
  const writeErr = vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    options.onErrorWrite?.(errorWrites++);
    err.push(Buffer.from(chunk).toString('utf8'));
    return true;
  }) as never);
  const stdoutTty = process.stdout.isTTY;
  const stderrTty = process.stderr.isTTY;
  process.stdout.isTTY = options.stdoutTty === true;
  process.stderr.isTTY = options.stderrTty === true;
  if (options.stdin !== undefined) Object.defineProperty(process, 'stdin', { value: options.stdin, configurable: true, enumerable: true });
  try {
    const code = await run();
    return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: err.join('') };
  } finally {
    write.mockRestore();
    writeErr.mockRestore();
    process.stdout.isTTY = stdoutTty;
    process.stderr.isTTY = stderrTty;
    if (stdinDescriptor !== undefined) Object.defineProperty(process, 'stdin', stdinDescriptor);
    // Each Output listens for errors on standard output; drop the listeners a run added.
    for (const listener of process.stdout.listeners('error')) if (!errorListeners.includes(listener)) process.stdout.off('error', listener as () => void);
  }
}
const run = (argv: readonly string[], options: RunOptions = {}): Promise<Run> => capture(options, () => main(argv));
const stdinOf = (...chunks: (string | Buffer)[]): Readable => Readable.from(chunks);
const recordsOf = (stdout: string): Record<string, unknown>[] => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

afterEach(() => {
  vi.restoreAllMocks();
  pool.workers.length = 0;
});

const dump150 = file('dump150.txt', dumpOf(150));
// (A page without a header after another document stays part of it: NO_HEADER has files of its own.)
const mixed = file('mixed.txt', `${DOC(1)}${GARBAGE}${WARNED}`);

describe('main: help, usage and the subcommand', () => {
  it('writes the help to standard output and exits 0', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: HELP, stderr: '' });
    expect(await run(['-h', 'whatever.txt'])).toEqual({ code: 0, stdout: HELP, stderr: '' });
  });

  it('exits 2 on a wrong command line, the message and the usage on standard error', async () => {
    for (const argv of [['--format', 'xml'], ['--jobs', '0'], ['--nope']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith('newsdoc: ')).toBe(true);
      expect(r.stderr.endsWith(`\n\n${HELP}`)).toBe(true);
    }
  });

  it('runs newsdoc boilerplate for the word boilerplate first, and reads a file so named anywhere else', async () => {
    expect(await run(['boilerplate', '--help'])).toEqual({ code: 0, stdout: BOILERPLATE_HELP, stderr: '' });
    const r = await run([mixed, 'boilerplate']);
    expect(r.code).toBe(3);
  });
});

describe('main: records', () => {
  it('writes one ndjson line per document of a file, in order, over several batches', async () => {
    const r = await run([dump150]);
    expect(r).toEqual({ code: 0, stdout: expectedLines(dumpOf(150), dump150), stderr: '' });
  });

  it('reads standard input for no file or -, as bytes or as strings', async () => {
    const text = `${DOC(1)}${WARNED}`;
    expect((await run([], { stdin: stdinOf(Buffer.from(text)) })).stdout).toBe(expectedLines(text, '-'));
    expect((await run(['-'], { stdin: stdinOf(DOC(1), WARNED) })).stdout).toBe(expectedLines(text, '-'));
  });

  it('decodes UTF-8 split across reads, and keeps a byte order mark as the parser reads it', async () => {
    // Two-byte letters from an odd offset: the 64 KiB read boundary falls inside one.
    const cyrillic = ` date 2021-11-02 https://ria.ru/20211102/port-1234567890.html\n\nГавань снова открыта после ремонта\n\nКАЗАНЬ, 2 ноября – РИА Новости. ${'Гавань открылась в пятницу. '.repeat(3000)}\n`;
    const path = file('cyrillic.txt', cyrillic);
    expect(Buffer.byteLength(cyrillic)).toBeGreaterThan(70_000);
    expect((await run([path])).stdout).toBe(expectedLines(cyrillic, path));
    const bom = `\uFEFF${DOC(2)}`;
    const bomPath = file('bom.txt', bom);
    expect((await run([bomPath])).stdout).toBe(expectedLines(bom, bomPath));
  });

  it('reads every .txt file of a directory, recursively, in name order, and the --ext asked for', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'b'), { recursive: true });
    writeFileSync(join(tree, 'b', 'one.txt'), DOC(1));
    writeFileSync(join(tree, 'a.txt'), DOC(2));
    writeFileSync(join(tree, 'c.dump'), DOC(3));
    const sources = (r: Run): unknown[] => recordsOf(r.stdout).map((x) => x['source']);
    expect(sources(await run([tree]))).toEqual([join(tree, 'a.txt'), join(tree, 'b', 'one.txt')]);
    expect(sources(await run(['--ext', 'dump', tree]))).toEqual([join(tree, 'c.dump')]);
    expect(sources(await run(['--ext', '.txt,.dump', tree]))).toEqual([join(tree, 'a.txt'), join(tree, 'b', 'one.txt'), join(tree, 'c.dump')]);
  });

  it('reads a list of paths, blank lines skipped and blanks around a path trimmed', async () => {
    const list = file('list.txt', `${mixed}\n\n  ${dump150}  \n`);
    const r = await run(['--input', 'paths', list]);
    expect(r.stdout).toBe(expectedLines(`${DOC(1)}${GARBAGE}${WARNED}`, mixed) + expectedLines(dumpOf(150), dump150));
    const fromStdin = await run(['--input', 'paths'], { stdin: stdinOf(`${mixed}\n`) });
    expect(recordsOf(fromStdin.stdout)).toHaveLength(3);
  });

  it('reads JSON lines: a string, an object with text, id and other keys, and an error record for any other line, which keeps an object\'s id and keys', async () => {
    const input = [
      JSON.stringify(DOC(1)),
      '',
      JSON.stringify({ id: 'a-7', text: DOC(2), partition: 3 }),
      JSON.stringify({ text: DOC(3), id: 12 }),
      JSON.stringify({ text: DOC(4), id: { no: 1 } }),
      '{"nope": 1}',
      'not json',
      '[1]',
      'null',
      JSON.stringify({ text: 5 }),
      JSON.stringify({ id: 'b-9', text: null, partition: 4 }),
      '   ',
    ].join('\n');
    const records = recordsOf((await run(['--input', 'jsonl', file('in.jsonl', input)])).stdout);
    expect(records.map((r) => [r['index'], r['id'], r['meta'], r['ok']])).toEqual([
      [0, null, null, true],
      [1, 'a-7', { partition: 3 }, true],
      [2, 12, null, true],
      [3, null, null, true],
      [4, null, { nope: 1 }, false],
      [5, null, null, false],
      [6, null, null, false],
      [7, null, null, false],
      [8, null, null, false],
      [9, 'b-9', { partition: 4 }, false],
    ]);
    for (const r of records.slice(4)) expect((r['diagnostics'] as { code: string }[]).map((d) => d.code)).toEqual(['INPUT_RECORD_INVALID']);
    const first = records[0] as { start: number; end: number; article: { title: string } };
    expect([first.start, first.end, first.article.title]).toEqual([0, DOC(1).length, 'Harbour story number 001 of the day']);
    expect(records[1]).toEqual(JSON.parse(ndjsonLine(toRecord({ ...(parseCorpus(DOC(2))[0] as CorpusRecord), index: 1 }, { source: join(dir, 'in.jsonl'), id: 'a-7', meta: { partition: 3 } }))));
  });

  it('writes a document over --max-document-size as a DOCUMENT_TOO_LARGE record, the next one parsed', async () => {
    const r = await run(['--max-document-size', String(DOC(1).length - 1), file('sizes.txt', `${DOC(1)}${WARNED}`)]);
    const records = recordsOf(r.stdout);
    expect(records.map((x) => (x['diagnostics'] as { code: string }[]).map((d) => d.code))).toEqual([['DOCUMENT_TOO_LARGE'], ['HEADER_URL_MISSING', 'DATELINE_MISSING']]);
    expect(records[0]).toMatchObject({ start: 0, end: DOC(1).length, ok: false });
  });

  it('passes --fields, --sections, --repair, --positions and --entries to the records', async () => {
    const fields = recordsOf((await run(['--fields', 'date,title', mixed])).stdout)[0];
    expect(fields?.['article']).toEqual({ date: '2021-11-02', title: 'Harbour story number 001 of the day' });
    const sections = recordsOf((await run(['--sections', mixed])).stdout)[0] as { article: { sections: unknown[] } };
    expect(sections.article.sections.length).toBeGreaterThan(0);
    const glued = file('glued.txt', ' date 2021-11-02\n\nMOSCOW, November 2 – RIA Novosti. The talks ended.Both sides left.');
    const body = (r: Run): unknown => (recordsOf(r.stdout)[0] as { article: { body: string } }).article.body;
    expect(body(await run(['--repair', 'safe', glued]))).toBe('MOSCOW, November 2 – RIA Novosti. The talks ended. Both sides left.');
    expect(body(await run([glued]))).toBe('MOSCOW, November 2 – RIA Novosti. The talks ended.Both sides left.');
    const own = recordsOf((await run(['--positions', 'document', mixed])).stdout);
    expect(own.map((x) => [x['index'], x['start']])).toEqual([[0, 0], [0, 0], [0, 0]]);
    const live = ['2022-03-10 https://example.com/live/regatta', 'LIVE: The regatta on the bay', '10:34am: Wind delays the start', 'The crews reported on wind delays the start this morning.', '9:05am: Crowds gather on the pier', 'The crews reported on crowds gather on the pier this morning.'];
    const page = file('live.txt', ` date ${live.join('\n\n')}\n`);
    const entries = recordsOf((await run(['--entries', page])).stdout);
    expect(entries.map((e) => e['entry'])).toEqual([0, 1]);
  });

  it('writes to --output and the failed records to --errors, all of it on disk when main resolves', async () => {
    const out = join(dir, 'out.ndjson');
    const errors = join(dir, 'errors.ndjson');
    const big = file('big.txt', `${dumpOf(150)}${GARBAGE}`.repeat(4));
    const r = await run(['-o', out, '--errors', errors, big]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(expectedLines(`${dumpOf(150)}${GARBAGE}`.repeat(4), big));
    const failed = recordsOf(readFileSync(errors, 'utf8'));
    expect(failed.map((f) => f['index'])).toEqual([150, 301, 452, 603]);
    expect(failed[0]?.['text']).toBe(GARBAGE);
  });

  it('exits 1 with --fail-on only for a record of that severity', async () => {
    const warned = file('warned.txt', WARNED);
    const info = file('info.txt', DOC(5).replace('KAZAN, November 2 – RIA Novosti. ', ''));
    const clean = file('clean.txt', DOC(5));
    const code = async (argv: string[]): Promise<number> => (await run(argv)).code;
    expect(await code([mixed])).toBe(0);
    expect(await code(['--fail-on', 'error', mixed])).toBe(1);
    expect(await code(['--fail-on', 'error', warned])).toBe(0);
    expect(await code(['--fail-on', 'warning', warned])).toBe(1);
    expect(await code(['--fail-on', 'warning', mixed])).toBe(1);
    expect(await code(['--fail-on', 'warning', info])).toBe(0);
    expect(await code(['--fail-on', 'error', clean])).toBe(0);
    expect(recordsOf((await run([info])).stdout)[0]?.['diagnostics']).toEqual([expect.objectContaining({ code: 'DATELINE_MISSING', severity: 'info' })]);
  });
});

describe('main: formats', () => {
  it('writes a JSON array: elements between commas, an empty array for no record', async () => {
    const r = await run(['--format', 'json', dump150]);
    const elements = expectedLines(dumpOf(150), dump150).slice(0, -1).split('\n');
    expect(r.stdout).toBe(`[\n${elements.join(',\n')}\n]\n`);
    expect((await run(['--format', 'json', '--input', 'jsonl', file('empty.jsonl', '')])).stdout).toBe('[]\n');
    expect((await run(['--format', 'json', '--entries', dump150])).stdout).toBe('[]\n');
  });

  it('writes the CSV header once, before the rows', async () => {
    const r = await run(['--format', 'csv', dump150]);
    const rows = r.stdout.split('\n');
    expect(rows[0]?.startsWith('source,id,index,start,end,ok,')).toBe(true);
    expect(rows.filter((l) => l.startsWith('source,'))).toHaveLength(1);
    expect(rows).toHaveLength(152);
    expect((await run(['--format', 'csv', '--input', 'jsonl', file('empty2.jsonl', '')])).stdout.split('\n')).toHaveLength(2);
  });

  it('writes canonical documents a blank line apart, and counts on standard error those it left out', async () => {
    const path = file('canon.txt', `${DOC(1)}${GARBAGE}${DOC(2)}`);
    const r = await run(['--format', 'canonical', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${DOC(1)}\n${DOC(2)}`);
    expect(r.stderr.startsWith('newsdoc: 1 of 3 ')).toBe(true);
    expect(r.stderr).toMatch(/\(NO_HEADER 1\)\n$/);
    expect((await run(['--format', 'canonical', '-q', path])).stderr).toBe('');
    expect((await run(['--format', 'canonical', mixed.replace('mixed', 'dump150')])).stderr).toBe('');
  });

  it('orders the reasons for leaving documents out by count, then by code, and starts with the first document written', async () => {
    // A whole first batch left out, so the first document written comes with the second.
    const path = file('canon2.txt', NO_HEADER);
    const empty = file('empty.txt', '');
    const noHeaders = file('noheaders.txt', Array.from({ length: 70 }, () => GARBAGE).join(''));
    const r = await run(['--format', 'canonical', noHeaders, path, empty, path, file('one.txt', DOC(1))]);
    expect(r.stdout).toBe(DOC(1));
    expect(r.stderr).toMatch(/\(NO_HEADER 72, NO_ARTICLE 1\)\n$/);
    const tie = await run(['--format', 'canonical', path, empty]);
    expect(tie.stderr).toMatch(/\(NO_ARTICLE 1, NO_HEADER 1\)\n$/);
    expect(tie.stderr.startsWith('newsdoc: 2 of 2 ')).toBe(true);
  });

  it('writes text rows aligned, several documents of a file numbered, and the totals', async () => {
    const one = file('one-doc.txt', DOC(7));
    const r = await run(['--format', 'text', mixed, one]);
    const rows = r.stdout.split('\n');
    expect(rows).toHaveLength(7);
    expect(rows.slice(0, 3).map((row) => row.split(/ {2,}/)[0])).toEqual(['mixed.txt#1', 'mixed.txt#2', 'mixed.txt#3']);
    expect(rows[3]?.startsWith('one-doc.txt ')).toBe(true);
    expect(rows[4]).toBe('');
    expect(rows[5]).toBe('total: 4 documents, 3 with title, 2 with dateline, 1 with errors');
    expect(rows[6]).toBe('');
    // Every column but the last padded to its widest cell, two blanks between.
    const starts = (row: string): number[] => [...row.matchAll(/(?<= {2})\S/g)].map((m) => m.index);
    expect(new Set(rows.slice(0, 4).map((row) => starts(row).slice(0, 4).join(','))).size).toBe(1);
    expect(rows[0]).toBe(
      'mixed.txt#1  2021-11-02  h001.example.com  Harbour story number 001 of the day  KAZAN/RIA Novosti/2021-11-02  diagnostics 0',
    );
    expect((await run(['--format', 'text', '--input', 'jsonl', file('empty3.jsonl', '')])).stdout).toBe('total: 0 documents, 0 with title, 0 with dateline, 0 with errors\n');
  });

  it('writes text to a terminal by default, and ndjson elsewhere', async () => {
    expect((await run([mixed], { stdoutTty: true })).stdout.endsWith('1 with errors\n')).toBe(true);
    expect((await run([mixed], { stdoutTty: false })).stdout.startsWith('{"source"')).toBe(true);
  });
});

describe('main: --jobs on worker threads', () => {
  it('writes the same bytes with any --jobs, the batches sent to each worker in turn', async () => {
    const big = file('jobs.txt', `${dumpOf(150)}${GARBAGE}`.repeat(3));
    for (const format of ['ndjson', 'json', 'csv', 'text', 'canonical']) {
      const one = await run(['--format', format, '--jobs', '1', '--stats', big]);
      expect(pool.workers).toHaveLength(0);
      for (const jobs of [2, 3]) {
        const many = await run(['--format', format, '--jobs', String(jobs), '--stats', big]);
        expect(many, `${format} --jobs ${jobs}`).toEqual(one);
        expect(pool.workers).toHaveLength(jobs);
        for (const w of pool.workers) {
          expect(w.url.endsWith('/cli-worker.js')).toBe(true);
          expect(w.workerData).toMatchObject({ format, errors: false, sections: false });
          expect(w.terminated).toBe(true);
        }
        // 453 documents: batches of 64, the last of five; sent round the workers in turn.
        const sent = pool.workers.map((w) => w.batches);
        expect(sent.flat().reduce((a, b) => a + b, 0)).toBe(453);
        expect(sent.flat().sort((a, b) => a - b)[0]).toBe(5);
        expect(sent[0]?.length).toBe(Math.ceil(8 / jobs));
        expect(sent.map((s) => s.length).reduce((a, b) => a + b, 0)).toBe(8);
        pool.workers.length = 0;
      }
    }
  });

  it('writes the --errors file and exits 1 for --fail-on the same with --jobs 2', async () => {
    const e1 = join(dir, 'e1.ndjson');
    const e2 = join(dir, 'e2.ndjson');
    const big = file('jobs2.txt', `${dumpOf(150)}${GARBAGE}`.repeat(3));
    const one = await run(['--jobs', '1', '--errors', e1, '--fail-on', 'error', big]);
    const two = await run(['--jobs', '2', '--errors', e2, '--fail-on', 'error', big]);
    expect(two).toEqual(one);
    expect(two.code).toBe(1);
    expect(readFileSync(e2, 'utf8')).toBe(readFileSync(e1, 'utf8'));
    expect(recordsOf(readFileSync(e2, 'utf8'))).toHaveLength(3);
    expect(pool.workers[0]?.workerData).toMatchObject({ errors: true });
  });

  it('passes every render option to the workers', async () => {
    const profile = file('profile-jobs.json', JSON.stringify({ version: 1, hosts: { 'ria.ru': { documents: 10, lines: { 'subscribe to our channel.': 4 } } } }));
    await run(['--jobs', '2', '--fields', 'date', '--repair', 'safe', '--max-document-size', '5000', '--positions', 'document', '--boilerplate', profile, mixed]);
    expect(pool.workers[0]?.workerData).toEqual({
      format: 'ndjson',
      fields: ['date'],
      sections: false,
      entries: false,
      repair: 'safe',
      maxDocumentSize: 5000,
      errors: false,
      positions: 'document',
      boilerplate: new Map([['ria.ru', new Set(['subscribe to our channel.'])]]),
    });
  });

  it('throws a worker thread\u2019s error', async () => {
    await run(['--jobs', '2', mixed]);
    const failure = new Error('worker failed');
    expect(() => pool.workers[0]?.emitter.emit('error', failure)).toThrow(failure);
  });
});

describe('main: a closed standard output', () => {
  const epipe = (): void => {
    process.stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  };

  it('stops reading after the batch that found the pipe closed, and exits 0', async () => {
    // Seven batches: with two workers the first is written (and the pipe found closed) when the fifth is sent.
    // The error record at the end is never read, so --fail-on finds nothing.
    for (const jobs of ['1', '2']) {
      const r = await run(['--jobs', jobs, '--fail-on', 'error', file('closed.txt', `${dumpOf(400)}${GARBAGE}`)], { onWrite: (i) => (i === 0 ? epipe() : undefined) });
      expect(r.code, jobs).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(expectedLines(dumpOf(64), join(dir, 'closed.txt')));
    }
  });

  it('writes no closing bracket or totals to a closed pipe', async () => {
    const json = await run(['--format', 'json', dump150], { onWrite: (i) => (i === 1 ? epipe() : undefined) });
    expect(json.stdout).toBe(`[\n${expectedLines(dumpOf(64), dump150).slice(0, -1).split('\n').join(',\n')}`);
    // The text format writes at the end only: the pipe is found closed while the progress shows.
    const text = await run(['--jobs', '1', '--format', 'text', dump150], { stderrTty: true, onErrorWrite: (i) => (i === 0 ? epipe() : undefined) });
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('');
  });

  it('treats a destroyed stream as closed, and any other write error as an I/O error', () => {
    const stream = new PassThrough();
    const output = new Output(stream);
    stream.emit('error', Object.assign(new Error('destroyed'), { code: 'ERR_STREAM_DESTROYED' }));
    expect(output.closed).toBe(true);
    const other = new PassThrough();
    const failing = new Output(other);
    expect(() => other.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow(IoError);
    expect(failing.closed).toBe(false);
  });
});

describe('Output', () => {
  /** A writable that holds every write until `release` is called. */
  function slowSink(): { stream: Writable; chunks: string[]; release: () => void } {
    const chunks: string[] = [];
    let pending: (() => void)[] = [];
    const stream = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk.toString());
        pending.push(callback);
      },
    });
    return {
      stream,
      chunks,
      release: () => {
        const now = pending;
        pending = [];
        for (const done of now) done();
      },
    };
  }

  it('waits for the stream to drain when its buffer is full, and writes nothing for an empty chunk', async () => {
    const sink = slowSink();
    const output = new Output(sink.stream);
    let written = false;
    const write = output.write('0123456789').then(() => (written = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(written).toBe(false);
    sink.release();
    await write;
    expect(written).toBe(true);
    expect(sink.stream.listenerCount('drain')).toBe(0);
    expect(sink.stream.listenerCount('close')).toBe(0);
    expect(sink.stream.listenerCount('error')).toBe(1);
    await output.write('');
    await output.write(new Uint8Array());
    expect(sink.chunks).toEqual(['0123456789']);
  });

  it('stops waiting when the stream closes or fails, and writes nothing once closed', async () => {
    const closing = slowSink();
    const output = new Output(closing.stream);
    const write = output.write('0123456789');
    closing.stream.destroy();
    await write;
    const failing = slowSink();
    const failed = new Output(failing.stream);
    const pending = failed.write('0123456789');
    failing.stream.emit('error', Object.assign(new Error('gone'), { code: 'EPIPE' }));
    await pending;
    expect(failed.closed).toBe(true);
    await failed.write('more');
    expect(failing.chunks).toEqual(['0123456789']);
  });

  it('ends a file stream and waits for it; a closed one, or standard output, is left', async () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk.toString());
        callback();
      },
      final(callback) {
        setTimeout(() => {
          chunks.push('(end)');
          callback();
        }, 2);
      },
    });
    const output = new Output(stream);
    await output.write('a');
    await output.end();
    expect(chunks).toEqual(['a', '(end)']);
    const closedStream = new PassThrough();
    const closed = new Output(closedStream);
    closed.closed = true;
    await closed.end();
    expect(closedStream.writableEnded).toBe(false);
    const stdout = new Output(process.stdout);
    await stdout.end();
    expect(process.stdout.writableEnded).toBe(false);
    for (const listener of process.stdout.listeners('error').slice(-1)) process.stdout.off('error', listener as () => void);
  });
});

describe('main: I/O errors', () => {
  it('exits 3 for a file, a directory or a list of paths it cannot read, and says so unless --quiet', async () => {
    const missing = join(dir, 'missing.txt');
    for (const argv of [[missing], ['--input', 'paths', missing], ['--input', 'jsonl', missing], ['--input', 'paths', file('bad-list.txt', `${missing}\n`)], [join(dir, 'no-dir', 'x')]]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(3);
      expect(r.stderr.startsWith('newsdoc: ')).toBe(true);
      expect(r.stderr).toContain(argv.at(-1)?.endsWith('bad-list.txt') === true ? missing : (argv.at(-1) ?? ''));
      expect(r.stderr.endsWith('\n')).toBe(true);
      expect(await run(['-q', ...argv])).toEqual({ code: 3, stdout: '', stderr: '' });
    }
  });

  it('exits 3 after the documents before an unreadable file', async () => {
    const r = await run([mixed, join(dir, 'missing.txt')]);
    expect(r.code).toBe(3);
    expect(recordsOf(r.stdout)).toHaveLength(0);
  });

  it('names standard input when it cannot be read', async () => {
    const broken = new Readable({
      read() {
        this.destroy(Object.assign(new Error('broken'), { code: 'EIO' }));
      },
    });
    const r = await run(['-'], { stdin: broken });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('standard input');
    expect(r.stderr).toContain('EIO');
    expect(r.stderr).not.toMatch(/\s{2}/);
  });
});

describe('main: --boilerplate', () => {
  const banner = ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html\n\nHarbour reopens after repairs\n\nMOSCOW, November 2 – RIA Novosti. The harbour reopened on Friday.\n\nSubscribe to our channel for the latest news today.\n';

  it('keeps the profile\u2019s lines out of the body', async () => {
    const profile = file('profile.json', JSON.stringify({ version: 1, hosts: { 'ria.ru': { documents: 10, lines: { 'subscribe to our channel for the latest news today.': 4 } } } }));
    const page = file('banner.txt', banner);
    const body = (r: Run): unknown => (recordsOf(r.stdout)[0] as { article: { body: string } }).article.body;
    expect(body(await run(['--boilerplate', profile, page]))).toBe('MOSCOW, November 2 – RIA Novosti. The harbour reopened on Friday.');
    expect(body(await run([page]))).toContain('Subscribe');
  });

  it('exits 2 for a file that is no profile and 3 for one it cannot read, opening no output', async () => {
    const out = join(dir, 'never.ndjson');
    for (const [text, code] of [['{', 2], ['{"version": 2, "hosts": {}}', 2], ['[]', 2]] as const) {
      const r = await run(['-o', out, '--boilerplate', file('bad-profile.json', text), mixed]);
      expect(r.code).toBe(code);
      expect(r.stderr.startsWith('newsdoc: ')).toBe(true);
      expect(r.stderr).not.toContain('Usage');
    }
    const unreadable = await run(['-o', out, '--boilerplate', join(dir, 'no-profile.json'), mixed]);
    expect(unreadable.code).toBe(3);
    expect(existsSync(out)).toBe(false);
    expect((await run(['-q', '--boilerplate', file('bad-profile2.json', '{'), mixed])).code).toBe(2);
  });
});

describe('main: --stats and progress', () => {
  const statsOf = (stderr: string): Record<string, string> =>
    Object.fromEntries(stderr.split('\n').filter((l) => l !== '').map((l) => [l.slice(0, 12).trim(), l.slice(12)]));

  it('prints the counts to standard error: documents, failures, codes, date agreement, languages, hosts', async () => {
    const r = await run(['--stats', mixed]);
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.split('\n')).toHaveLength(7);
    expect(statsOf(r.stderr)).toEqual({
      documents: '3',
      failed: '1',
      diagnostics: 'BODY_MISSING 1, CORPUS_SPLIT_LOOSE_HEADER 1, DATELINE_MISSING 1, HEADER_DATE_INVALID 1, HEADER_SPACING 1, HEADER_URL_INVALID 1, HEADER_URL_MISSING 1, LANGUAGE_UNKNOWN 1, TITLE_MISSING 1',
      dates: 'unknown 2, agree 1',
      languages: 'en 2, (none) 1',
      hosts: '(none) 2, h001.example.com 1',
    });
    expect((await run(['--stats', '-q', mixed])).stderr).toBe('');
    expect((await run([mixed])).stderr).toBe('');
  });

  it('lists the 20 commonest hosts and says how many more there are; a count of nothing is a dash', async () => {
    const hosts = statsOf((await run(['--stats', file('hosts.txt', dumpOf(23))])).stderr);
    const listed = (hosts['hosts'] ?? '').split(', ');
    expect(listed).toHaveLength(21);
    expect(listed.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => `h${100 + i}.example.com 1`));
    expect(listed[20]).toBe('and 3 more');
    const twenty = statsOf((await run(['--stats', file('hosts20.txt', dumpOf(20))])).stderr);
    expect(twenty['hosts']?.split(', ')).toHaveLength(20);
    const none = statsOf((await run(['--stats', '--input', 'jsonl', file('empty4.jsonl', '')])).stderr);
    expect(none).toEqual({ documents: '0', failed: '0', diagnostics: '-', dates: '-', languages: '-', hosts: '-' });
  });

  it('shows progress on a terminal\u2019s standard error: documents, size, rate, share and time left', async () => {
    let clock = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1000));
    // ASCII only: the file's size in bytes is its length in code units.
    const ascii = file('ascii.txt', dumpOf(150).replaceAll('–', '-'));
    const r = await run(['--jobs', '1', ascii], { stderrTty: true });
    const size = DOC(100).length;
    const mb = (n: number): string => ((n * size) / 1e6).toFixed(1);
    expect(r.stderr.split('\r').slice(1)).toEqual([
      `64 documents, ${mb(64)} M chars, 64 documents/s, 43 % ETA 1 s   `,
      `128 documents, ${mb(128)} M chars, 64 documents/s, 85 % ETA 0 s   `,
      `150 documents, ${mb(150)} M chars, 50 documents/s, 100 %   `,
      `150 documents, ${mb(150)} M chars, 38 documents/s, 100 %   \n`,
    ]);
    expect(r.stdout).toBe(expectedLines(dumpOf(150).replaceAll('–', '-'), ascii));
  });

  it('shows a progress line at most every 200 ms, and the last one always', async () => {
    let clock = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 100));
    const r = await run(['--jobs', '1', dump150], { stderrTty: true });
    // The start at 100; batches at 200, 300 and 400 (the first and the third shown); the end at 500.
    expect(r.stderr.split('\r').slice(1).map((l) => l.split(' ')[0])).toEqual(['64', '150', '150']);
    expect(r.stderr.endsWith('\n')).toBe(true);
  });

  it('shows no share without a file size, and no progress with --quiet or off a terminal', async () => {
    let clock = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1000));
    const fromStdin = await run(['-'], { stderrTty: true, stdin: stdinOf(DOC(1)) });
    expect(fromStdin.stderr).toBe(`\r1 documents, 0.0 M chars, 1 documents/s   \r1 documents, 0.0 M chars, 1 documents/s   \n`);
    const tree = join(dir, 'tree');
    expect((await run([tree], { stderrTty: true })).stderr).not.toContain('%');
    expect((await run(['--input', 'jsonl', file('p.jsonl', JSON.stringify(DOC(1)))], { stderrTty: true })).stderr).not.toContain('%');
    const ascii = file('ascii2.txt', DOC(3).replaceAll('–', '-'));
    const twoFiles = await run(['--jobs', '1', ascii, tree, ascii], { stderrTty: true });
    expect(twoFiles.stderr.endsWith(', 100 %   \n')).toBe(true);
    expect((await run(['-q', dump150], { stderrTty: true })).stderr).toBe('');
    expect((await run([dump150], { stderrTty: false })).stderr).toBe('');
    expect((await run([join(dir, 'missing.txt')], { stderrTty: true })).code).toBe(3);
  });
});

describe('tasks and lines', () => {
  it('numbers the tasks of every input in one sequence, and the documents of each source from 0', async () => {
    const seen: Task[] = [];
    for await (const task of tasks({ inputs: [mixed, mixed], input: 'dump', extensions: ['.txt'], maxDocumentSize: undefined })) seen.push(task);
    expect(seen.map((t) => [t.seq, t.index])).toEqual([[0, 0], [1, 1], [2, 2], [3, 0], [4, 1], [5, 2]]);
    expect(seen[0]).toMatchObject({ source: mixed, id: null, meta: null, invalid: null, piece: { start: 0, line: 1 } });
  });

  it('splits lines at \\n, \\r\\n and \\r, not at U+2028', async () => {
    const path = file('lines.txt', 'a\nb\r\nc\rd\u2028e');
    const seen: string[] = [];
    for await (const line of lines(path)) seen.push(line);
    expect(seen).toEqual(['a', 'b', 'c', 'd\u2028e']);
  });

  it('gives a JSON-lines document its whole text as the piece', async () => {
    const seen: Task[] = [];
    for await (const task of tasks({ inputs: [file('t.jsonl', `${JSON.stringify('abc\ndef')}\n`)], input: 'jsonl', extensions: ['.txt'], maxDocumentSize: undefined })) seen.push(task);
    expect(seen[0]?.piece).toEqual({ text: 'abc\ndef', start: 0, end: 7, line: 1, opening: 'start', openingSpan: null, endLine: 1, endColumn: 8 });
  });
});
