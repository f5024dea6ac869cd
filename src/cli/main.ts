/**
 * The `newsdoc` command: a Unix filter and a map step. Data on standard output, one record
 * per input document in input order; people on standard error (progress only on a
 * terminal); exit codes documented in `--help`. No clock, random value, time zone or locale
 * reaches the output, so the same input bytes give the same output bytes, with any `--jobs`.
 */
import { createReadStream, createWriteStream, readFileSync, statSync, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { JsonValue } from '../model/record.js';
import { createSplitter, type DocumentPiece } from '../corpus/splitter.js';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../parse/parse-article.js';
import { listFiles } from '../node/index.js';
import { HELP, readCommand, UsageError, type Command } from './args.js';
import { boilerplateMain, readProfile } from './boilerplate.js';
import { csvHeader, renderBatch, type Counted, type RenderConfig, type RenderedBatch, type Task } from './render.js';

/** An input or output that cannot be read or written: exit code 3. */
export class IoError extends Error {
  override readonly name = 'IoError';
}

/** Where the output goes, with backpressure; a closed pipe (`| head`) ends the run quietly. */
export class Output {
  closed = false;
  readonly #stream: Writable;

  constructor(stream: Writable) {
    this.#stream = stream;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw new IoError(`cannot write the output: ${error.message}`);
    });
  }

  async write(data: string | Uint8Array): Promise<void> {
    if (this.closed || data.length === 0) return;
    if (!this.#stream.write(data)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.#stream.off('drain', done);
          this.#stream.off('close', done);
          this.#stream.off('error', done);
          resolve();
        };
        this.#stream.on('drain', done);
        this.#stream.on('close', done);
        this.#stream.on('error', done);
      });
    }
  }

  /** Ends a file output and waits until it is on disk; standard output is left to the runtime to flush. */
  async end(): Promise<void> {
    if (this.#stream === process.stdout || this.closed) return;
    await new Promise<void>((resolve, reject) => {
      (this.#stream as WriteStream).end((error?: Error | null) => (error ? reject(new IoError(`cannot write the output: ${error.message}`)) : resolve()));
    });
  }
}

/** A readable for an input name: `-` is standard input. */
function open(path: string): Readable {
  if (path === '-') return process.stdin;
  const stream = createReadStream(path);
  return stream;
}

function inputError(path: string, error: unknown): IoError {
  const e = error as NodeJS.ErrnoException;
  return new IoError(`cannot read ${path === '-' ? 'standard input' : path}: ${e.code ?? ''} ${e.message}`.replace(/\s+/g, ' '));
}

/** The documents of a dump, as the splitter finds them. */
async function* dumpTasks(path: string, next: () => number, limit: number): AsyncGenerator<Task> {
  const ready: DocumentPiece[] = [];
  const splitter = createSplitter((piece) => ready.push(piece), limit);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let index = 0;
  const take = function* (): Generator<Task> {
    for (const piece of ready) yield { seq: next(), source: path, id: null, meta: null, index: index++, piece, invalid: null };
    ready.length = 0;
  };
  try {
    for await (const chunk of open(path)) {
      splitter.feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true }));
      yield* take();
    }
  } catch (error) {
    throw inputError(path, error);
  }
  splitter.feed(decoder.decode());
  splitter.end();
  yield* take();
}

/** The lines of an input, `\n`, `\r\n` or `\r` ended; JSON's U+2028 inside a string ends none. */
export async function* lines(path: string): AsyncGenerator<string> {
  try {
    for await (const line of createInterface({ input: open(path), crlfDelay: Infinity })) yield line;
  } catch (error) {
    throw inputError(path, error);
  }
}

function isJsonObject(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The documents of a JSON-lines input: one per non-blank line, a line that holds none an error record. */
async function* jsonlTasks(path: string, next: () => number): AsyncGenerator<Task> {
  let index = 0;
  for await (const line of lines(path)) {
    if (line.trim() === '') continue;
    let value: unknown;
    let invalid: string | null = null;
    try {
      value = JSON.parse(line);
    } catch {
      invalid = 'The line is not JSON.';
    }
    let text: string | null = null;
    let id: string | number | null = null;
    let meta: { [key: string]: JsonValue } | null = null;
    if (typeof value === 'string') text = value;
    else if (isJsonObject(value)) {
      // An object passes its id and other keys through even when it has no text, so that
      // its error record can be matched back to the input.
      const { text: t, id: rawId, ...rest } = value;
      if (typeof t === 'string') text = t;
      id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
      meta = Object.keys(rest).length > 0 ? rest : null;
    }
    if (text === null && invalid === null) invalid = 'The line is neither a JSON string nor an object with a string "text".';
    const piece: DocumentPiece | null =
      text === null ? null : { text, start: 0, end: text.length, line: 1, opening: 'start', openingSpan: null, endLine: 1, endColumn: text.length + 1 };
    yield { seq: next(), source: path, id, meta, index: index++, piece, invalid };
  }
}

/** Every task of the command's inputs, in input order (`newsdoc boilerplate` reads them too). */
export async function* tasks(command: Pick<Command, 'inputs' | 'input' | 'extensions' | 'maxDocumentSize'>): AsyncGenerator<Task> {
  let seq = 0;
  const next = (): number => seq++;
  const limit = command.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  for (const input of command.inputs) {
    if (command.input === 'jsonl') {
      yield* jsonlTasks(input, next);
      continue;
    }
    const files: string[] = [];
    if (command.input === 'paths') {
      for await (const line of lines(input)) if (line.trim() !== '') files.push(line.trim());
    } else if (input === '-') {
      files.push('-');
    } else {
      try {
        for await (const file of listFiles(input, command.extensions)) files.push(file);
      } catch (error) {
        throw inputError(input, error);
      }
    }
    for (const file of files) yield* dumpTasks(file, next, limit);
  }
}

// Tasks sent to a worker at once, and the most batches in flight per worker: enough to keep
// every worker busy while the main thread writes, few enough to bound memory.
const BATCH_TASKS = 64;
const BATCHES_PER_WORKER = 2;

/** Runs batches of tasks on worker threads; results come back in the order batches were sent. */
class Pool {
  readonly #workers: Worker[];
  readonly #pending = new Map<Worker, ((results: RenderedBatch) => void)[]>();
  #next = 0;

  constructor(size: number, config: RenderConfig) {
    this.#workers = Array.from({ length: size }, () => new Worker(new URL('./cli-worker.js', import.meta.url), { workerData: config }));
    for (const worker of this.#workers) {
      this.#pending.set(worker, []);
      worker.on('message', (results: RenderedBatch) => this.#pending.get(worker)?.shift()?.(results));
      worker.on('error', (error) => {
        throw error;
      });
    }
  }

  run(batch: Task[]): Promise<RenderedBatch> {
    const worker = this.#workers[this.#next++ % this.#workers.length] as Worker;
    return new Promise((resolve) => {
      this.#pending.get(worker)?.push(resolve);
      worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}

/** What `--stats` prints. */
class Stats {
  documents = 0;
  failed = 0;
  readonly codes = new Map<string, number>();
  readonly agreement = new Map<string, number>();
  readonly languages = new Map<string, number>();
  readonly hosts = new Map<string, number>();

  add(r: Counted): void {
    this.documents++;
    if (!r.ok) this.failed++;
    for (const code of r.codes) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
    const bump = (map: Map<string, number>, key: string | null): void => {
      map.set(key ?? '(none)', (map.get(key ?? '(none)') ?? 0) + 1);
    };
    bump(this.agreement, r.agreement);
    bump(this.languages, r.language);
    bump(this.hosts, r.host);
  }

  print(): void {
    const list = (map: Map<string, number>, top = Infinity): string =>
      [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top).map(([k, v]) => `${k} ${v}`).join(', ') || '-';
    process.stderr.write(
      [
        `documents   ${this.documents}`,
        `failed      ${this.failed}`,
        `diagnostics ${list(this.codes)}`,
        `dates       ${list(this.agreement)}`,
        `languages   ${list(this.languages)}`,
        `hosts       ${list(this.hosts, 20)}${this.hosts.size > 20 ? `, and ${this.hosts.size - 20} more` : ''}`,
        '',
      ].join('\n'),
    );
  }
}

/** A progress line on a terminal's standard error: documents, rate and, when the size is known, ETA. */
class Progress {
  readonly #start = Date.now();
  #last = 0;
  readonly #total: number;

  constructor(command: Command) {
    let total = 0;
    if (command.input === 'dump') {
      for (const input of command.inputs) {
        try {
          total += input === '-' ? 0 : statSync(input).isFile() ? statSync(input).size : 0;
        } catch {
          // A missing input is reported when it is read.
        }
      }
    }
    this.#total = total;
  }

  tick(documents: number, codeUnits: number, done = false): void {
    const now = Date.now();
    if (!done && now - this.#last < 200) return;
    this.#last = now;
    const seconds = Math.max((now - this.#start) / 1000, 0.001);
    const rate = Math.round(documents / seconds);
    const share = this.#total > 0 ? Math.min(1, codeUnits / this.#total) : 0;
    const eta = share > 0 && share < 1 ? ` ETA ${Math.round((seconds / share) * (1 - share))} s` : '';
    const mb = (codeUnits / 1e6).toFixed(1);
    process.stderr.write(`\r${documents} documents, ${mb} M chars, ${rate} documents/s${this.#total > 0 ? `, ${Math.round(share * 100)} %` : ''}${eta}   ${done ? '\n' : ''}`);
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Aligns the rows of the text format, every column but the last padded to its widest cell. */
function aligned(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, Array.from(cell).length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - Array.from(cell).length))).join('  ')).join('\n');
}

async function run(command: Command): Promise<number> {
  // Read before any output is opened: a profile that is no profile writes nothing.
  const boilerplate = command.boilerplate === null ? null : readProfile(command.boilerplate);
  const output = new Output(command.output === null ? process.stdout : createWriteStream(command.output));
  const errors = command.errors === null ? null : new Output(createWriteStream(command.errors));
  const config: RenderConfig = {
    format: command.format,
    fields: command.fields,
    sections: command.sections,
    entries: command.entries,
    repair: command.repair,
    maxDocumentSize: command.maxDocumentSize,
    errors: errors !== null,
    positions: command.positions,
    boilerplate,
  };
  const stats = new Stats();
  const progress = command.progress ? new Progress(command) : null;
  const rows: { source: string; cells: string[] }[] = [];
  let codeUnits = 0;
  let failed = false;
  let first = true;
  // Documents `--format canonical` left out, by reason.
  const skipped = new Map<string, number>();

  /** Counts one rendered document: stats, `--fail-on`, the rows of the text format. */
  const count = (r: Counted, source: string): void => {
    stats.add(r);
    if (command.failOn === 'error' ? r.worst === 'error' : command.failOn === 'warning' ? r.worst === 'error' || r.worst === 'warning' : false) failed = true;
    if (r.cells !== null) rows.push({ source, cells: [...r.cells] });
    if (r.skipped !== null) skipped.set(r.skipped, (skipped.get(r.skipped) ?? 0) + 1);
  };
  /** Writes the output of one document or of a batch (json: array elements joined by `,\n`; canonical: documents by a blank line). */
  const write = async (out: string | Uint8Array, errorLines: string | Uint8Array | null): Promise<void> => {
    if (command.format === 'json' && out.length > 0) {
      await output.write(first ? '[\n' : ',\n');
      first = false;
    }
    if (command.format === 'canonical' && out.length > 0) {
      if (!first) await output.write('\n');
      first = false;
    }
    await output.write(out);
    if (errorLines !== null) await errors?.write(errorLines);
    progress?.tick(stats.documents, codeUnits);
  };

  if (command.format === 'csv') await output.write(csvHeader());
  const pool = command.jobs > 1 ? new Pool(command.jobs, config) : null;
  try {
    if (pool === null) {
      // One thread renders the same batches the workers would, so it too writes one buffer
      // per batch: a write per document was a tenth of a one-job run's time.
      let batch: Task[] = [];
      const flush = async (): Promise<void> => {
        const done = batch;
        batch = [];
        const results = renderBatch(done, config);
        results.counted.forEach((r, i) => count(r, (done[i] as Task).source));
        await write(results.out, results.errors);
      };
      for await (const task of tasks(command)) {
        codeUnits += task.piece !== null ? task.piece.end - task.piece.start : 0;
        batch.push(task);
        if (batch.length >= BATCH_TASKS) {
          await flush();
          if (output.closed) break;
        }
      }
      if (!output.closed && batch.length > 0) await flush();
    } else {
      const inFlight: { batch: Task[]; results: Promise<RenderedBatch> }[] = [];
      let batch: Task[] = [];
      const drain = async (keep: number): Promise<void> => {
        while (inFlight.length > keep) {
          const done = inFlight.shift() as { batch: Task[]; results: Promise<RenderedBatch> };
          const results = await done.results;
          results.counted.forEach((r, i) => count(r, (done.batch[i] as Task).source));
          await write(results.out, results.errors);
        }
      };
      for await (const task of tasks(command)) {
        codeUnits += task.piece !== null ? task.piece.end - task.piece.start : 0;
        batch.push(task);
        if (batch.length >= BATCH_TASKS) {
          inFlight.push({ batch, results: pool.run(batch) });
          batch = [];
          await drain(command.jobs * BATCHES_PER_WORKER);
          if (output.closed) break;
        }
      }
      if (!output.closed && batch.length > 0) inFlight.push({ batch, results: pool.run(batch) });
      await drain(output.closed ? Infinity : 0);
    }
  } finally {
    await pool?.close();
  }
  if (command.format === 'json' && !output.closed) await output.write(first ? '[]\n' : '\n]\n');
  if (command.format === 'text' && !output.closed) {
    const perSource = new Map<string, number>();
    for (const row of rows) perSource.set(row.source, (perSource.get(row.source) ?? 0) + 1);
    const counts = new Map<string, number>();
    const named = rows.map((row) => {
      const n = (counts.get(row.source) ?? 0) + 1;
      counts.set(row.source, n);
      // Stryker disable next-line StringLiteral: the fallback is for the type: every row has its first cell
      return (perSource.get(row.source) ?? 0) > 1 ? [`${row.cells[0] ?? ''}#${n}`, ...row.cells.slice(1)] : row.cells;
    });
    const withTitle = rows.filter((r) => r.cells[3] !== '(no title)').length;
    const withDateline = rows.filter((r) => r.cells[4] !== '-').length;
    await output.write(`${aligned(named)}${named.length > 0 ? '\n\n' : ''}total: ${rows.length} documents, ${withTitle} with title, ${withDateline} with dateline, ${stats.failed} with errors\n`);
  }
  progress?.tick(stats.documents, codeUnits, true);
  await output.end();
  await errors?.end();
  if (command.stats && !command.quiet) stats.print();
  if (skipped.size > 0 && !command.quiet) {
    // Data on standard output stays a dump; what it lacks is said to the person running it.
    const total = [...skipped.values()].reduce((a, b) => a + b, 0);
    const reasons = [...skipped].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
    process.stderr.write(`newsdoc: ${total} of ${stats.documents} documents not written in canonical form (${reasons})\n`);
  }
  return failed ? 1 : 0;
}

/** Runs the command with these arguments; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // A subcommand; a file named so is read as `./boilerplate`.
  if (argv[0] === 'boilerplate') return boilerplateMain(argv.slice(1));
  let command: Command;
  try {
    command = readCommand(argv, process.stdout.isTTY === true, process.stderr.isTTY === true);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`newsdoc: ${error.message}\n\n${HELP}`);
    return 2;
  }
  if (command.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (command.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  try {
    return await run(command);
  } catch (error) {
    if (error instanceof IoError) {
      if (!command.quiet) process.stderr.write(`newsdoc: ${error.message}\n`);
      return 3;
    }
    // A --boilerplate file that is no profile.
    if (error instanceof UsageError) {
      process.stderr.write(`newsdoc: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
