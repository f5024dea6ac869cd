/**
 * `newsdoc dedup`: reads the NDJSON records of `newsdoc` (files or standard input, one
 * after another), and writes each, in input order, with `duplicateOf` and
 * `duplicateReason` added. Streaming: a record is written as soon as it is judged, and
 * memory holds the signatures of the groups, not the records.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDeduper, type DedupOptions, type DuplicateReason } from '../dedup/dedup.js';
import type { RecordRef } from '../model/record.js';
import { IoError, lines, Output } from './main.js';
import { UsageError } from './args.js';
import { ndjsonLine } from './record.js';

export const DEDUP_HELP = `Usage: newsdoc dedup [options] [file | -] ...

Reads the NDJSON records the newsdoc command writes (files one after another, or standard
input) and writes every record, in input order, with two fields added:

  "duplicateOf"      the first record of the group it near-duplicates, as
                     {"source", "index", "id"}, or null
  "duplicateReason"  which test found it: "url" (the same urlKey), "simhash" (bodies at
                     most 3 bits apart), "minhash" (bodies sharing most of their 5-word
                     shingles), "story" (the same headline and one body containing 80 %
                     of the other), or null

The records need article.urlKey, article.title and article.body (do not drop them with
--fields). A line that is not a JSON record is written unchanged, also with --drop.

Options
  --drop             write only the records that are not duplicates
  --max-hamming N    the most SimHash bits two bodies may differ in, 0 to 3 (default 3)
  --min-jaccard X    the least share of MinHash values they must agree on, 0 to 1 (default 0.7)
  --no-story         do not use the headlines
  -o, --output FILE  write to FILE instead of standard output
  --stats            print counts to standard error at the end
  -q, --quiet        no messages on standard error
  -h, --help         this help

Exit codes: 0 when all input was read, 2 when the command line is wrong, 3 when an input
or output could not be read or written.

Examples
  newsdoc dump.txt | newsdoc dedup > records.ndjson
  newsdoc dedup --drop --stats part-*.ndjson > unique.ndjson
`;

/** The checked command line of `newsdoc dedup`. */
interface DedupCommand {
  readonly help: boolean;
  readonly inputs: readonly string[];
  readonly drop: boolean;
  readonly output: string | null;
  readonly stats: boolean;
  readonly quiet: boolean;
  readonly options: DedupOptions;
}

function readDedupCommand(argv: readonly string[]): DedupCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        drop: { type: 'boolean' },
        'max-hamming': { type: 'string' },
        'min-jaccard': { type: 'string' },
        'no-story': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        stats: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  const number = (name: 'max-hamming' | 'min-jaccard', pattern: RegExp, max: number): number | undefined => {
    const value = v[name];
    if (value === undefined) return undefined;
    if (!pattern.test(value) || Number(value) > max) throw new UsageError(`--${name} must be ${name === 'max-hamming' ? 'a whole number from 0 to 3' : 'a number from 0 to 1'}, got ${JSON.stringify(value)}`);
    return Number(value);
  };
  const maxHamming = number('max-hamming', /^\d$/, 3);
  // A decimal number: `0.7`, `1`, `.9`.
  const minJaccard = number('min-jaccard', /^(?:\d+(?:\.\d*)?|\.\d+)$/, 1);
  return {
    help: v.help === true,
    inputs: parsed.positionals.length === 0 ? ['-'] : parsed.positionals,
    drop: v.drop === true,
    output: v.output ?? null,
    stats: v.stats === true,
    quiet: v.quiet === true,
    options: {
      ...(maxHamming === undefined ? {} : { maxHamming }),
      ...(minJaccard === undefined ? {} : { minJaccard }),
      ...(v['no-story'] === true ? { story: false } : {}),
    },
  };
}

/** A parsed input line that is a record: a JSON object with an `article` that is an object or `null`. */
type RecordLine = { [key: string]: unknown; article: object | null };

function asRecord(line: string): RecordLine | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const article = (value as { article?: unknown }).article;
  return typeof article === 'object' && !Array.isArray(article) ? (value as RecordLine) : null;
}

// The end of a JSON object's text: its closing brace, and blanks after it.
const OBJECT_END = /\}\s*$/;

/**
 * The output line of a record: its input text with the two fields spliced in before the
 * closing brace, so every byte it had stays as it was; a record that has them already (the
 * output of an earlier dedup) is written anew with them replaced.
 */
function withVerdict(line: string, record: RecordLine, duplicateOf: RecordRef | null, duplicateReason: DuplicateReason | null): string {
  if (Object.hasOwn(record, 'duplicateOf') || Object.hasOwn(record, 'duplicateReason')) {
    // Spread keeps the keys' order; the two are assigned in place, and added at the end when missing.
    return ndjsonLine({ ...record, duplicateOf, duplicateReason });
  }
  const fields = ndjsonLine({ duplicateOf, duplicateReason });
  // `{…}` + `,"duplicateOf":…}`; an empty object cannot be a record (it has no article).
  return `${line.replace(OBJECT_END, '')},${fields.slice(1)}`;
}

/** Counts for `--stats`. */
class DedupStats {
  records = 0;
  notRecords = 0;
  readonly reasons = new Map<DuplicateReason, number>();

  /** Prints the counts; `unique` is the number of records that duplicate none before them. */
  print(unique: number): void {
    const duplicates = [...this.reasons.values()].reduce((a, b) => a + b, 0);
    const byReason = (['url', 'simhash', 'minhash', 'story'] as const).map((r) => `${r} ${this.reasons.get(r) ?? 0}`).join(', ');
    process.stderr.write(`records     ${this.records}\nduplicates  ${duplicates} (${byReason})\nunique      ${unique}\nnot records ${this.notRecords}\n`);
  }
}

async function run(command: DedupCommand): Promise<number> {
  const output = new Output(command.output === null ? process.stdout : createWriteStream(command.output));
  const deduper = createDeduper(command.options);
  const stats = new DedupStats();
  // The name of each record that may be the first of a group (the records that are not
  // duplicates), by its position: the one thing kept per group besides its signature.
  const firsts = new Map<number, RecordRef>();
  // One string per source name, however many records carry it.
  const sources = new Map<string, string>();
  let position = 0;
  for (const input of command.inputs) {
    let indexInInput = 0;
    for await (const line of lines(input)) {
      if (line.trim() === '') continue;
      const record = asRecord(line);
      if (record === null) {
        stats.notRecords++;
        await output.write(`${line}\n`);
        if (output.closed) return 0;
        continue;
      }
      const verdict = deduper.add(record as { article: null });
      const ordinal = position++;
      stats.records++;
      const index = indexInInput++;
      let first: RecordRef | null = null;
      // A record without an article is never the first of a group: nothing to remember.
      if (verdict.duplicateOf === null && record.article !== null) {
        const rawSource = typeof record['source'] === 'string' ? record['source'] : input;
        const source = sources.get(rawSource) ?? (sources.set(rawSource, rawSource), rawSource);
        const id = typeof record['id'] === 'string' || typeof record['id'] === 'number' ? record['id'] : null;
        firsts.set(ordinal, { source, index: typeof record['index'] === 'number' ? record['index'] : index, id });
      } else if (verdict.duplicateOf !== null) {
        first = firsts.get(verdict.duplicateOf) ?? null;
        stats.reasons.set(verdict.reason as DuplicateReason, (stats.reasons.get(verdict.reason as DuplicateReason) ?? 0) + 1);
      }
      if (!command.drop || first === null) await output.write(withVerdict(line, record, first, first === null ? null : verdict.reason));
      if (output.closed) return 0;
    }
  }
  await output.end();
  if (command.stats && !command.quiet) stats.print(firsts.size);
  if (stats.notRecords > 0 && !command.quiet) process.stderr.write(`newsdoc dedup: ${stats.notRecords} lines were not JSON records; they were written unchanged\n`);
  return 0;
}

/** Runs `newsdoc dedup` with these arguments (those after `dedup`); resolves to the exit code. */
export async function dedupMain(argv: readonly string[]): Promise<number> {
  let command: DedupCommand;
  try {
    command = readDedupCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`newsdoc dedup: ${error.message}\n\n${DEDUP_HELP}`);
    return 2;
  }
  if (command.help) {
    process.stdout.write(DEDUP_HELP);
    return 0;
  }
  try {
    return await run(command);
  } catch (error) {
    if (error instanceof IoError) {
      if (!command.quiet) process.stderr.write(`newsdoc dedup: ${error.message}\n`);
      return 3;
    }
    throw error;
  }
}
