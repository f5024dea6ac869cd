/**
 * The command line of `newsdoc`: what it accepts, checked once, and the help text.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Article } from '../model/article.js';

/** A mistake in the command line: exit code 2 and the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type InputMode = 'dump' | 'jsonl' | 'paths';
export type OutputFormat = 'ndjson' | 'json' | 'csv' | 'text' | 'canonical' | 'ninjs' | 'dolma';

/** The checked command line. */
export interface Command {
  readonly help: boolean;
  readonly version: boolean;
  readonly inputs: readonly string[];
  readonly input: InputMode;
  readonly format: OutputFormat;
  readonly output: string | null;
  readonly fields: readonly (keyof Article)[] | undefined;
  readonly sections: boolean;
  /** One record per entry of a live page or digest instead of one per document. */
  readonly entries: boolean;
  readonly jobs: number;
  readonly errors: string | null;
  readonly stats: boolean;
  readonly quiet: boolean;
  readonly progress: boolean;
  readonly failOn: 'error' | 'warning' | null;
  readonly repair: 'none' | 'safe';
  readonly maxDocumentSize: number | undefined;
  readonly extensions: readonly string[];
  readonly positions: 'source' | 'document';
  /** A boilerplate profile file to apply, or `null`. */
  readonly boilerplate: string | null;
}

/** The fields of an Article, in their order, for `--fields`. */
export const ARTICLE_FIELDS: readonly (keyof Article)[] = [
  'date', 'dateRaw', 'time', 'url', 'urlRaw', 'urlKey', 'title', 'dateline', 'lead', 'body', 'paragraphs', 'entries',
  'source', 'published', 'tags', 'image', 'language', 'languageBasis', 'dates', 'sections',
];

export const HELP = `Usage: newsdoc [options] [file | directory | -] ...
       newsdoc dedup [options] [file | -] ...   (marks near-duplicate records; see newsdoc dedup --help)

Parses documents in the \` date YYYY-MM-DD URL\` news format and writes one record per
document, in input order. With no file, or with -, reads standard input. Directories are
read recursively (files ending in .txt, see --ext).

Input
  --input dump      the input holds documents one after another, each opening with its
                    header line (default)
  --input jsonl     each input line is a JSON string, or an object with a "text" string
                    (its "id" and other keys are passed through to the record)
  --input paths     each input line is the path of a file to read as a dump
  --ext .txt,.dump  the extensions of the files read from a directory (default .txt)

Output
  --format ndjson   one JSON record per line (default when standard output is not a terminal)
  --format json     one JSON array of records
  --format csv      a fixed set of columns; null is an empty field, a list a JSON array
  --format text     a one-line summary per document (default on a terminal)
  --format canonical
                    each document rewritten in the canonical format (header, title,
                    paragraphs), separated by blank lines: a dump that reads back with
                    the same date, url, title, dateline and body; a document the format
                    cannot hold (no article, no header) is left out and counted on
                    standard error
  --format ninjs    one IPTC ninjs 3.1 item per line, for each document with an article
  --format dolma    one Dolma document per line, for each document with a title or body
  --entries         one record per entry of a live page or digest (ndjson or json; a
                    document without entries writes none)
  -o, --output FILE write to FILE instead of standard output
  --fields a,b,...  keep only these article fields (${ARTICLE_FIELDS.join(', ')})
  --sections        keep article.sections (they repeat the input; left out by default)
  --errors FILE     also write every record with ok: false, with its raw text, to FILE (NDJSON)
  --positions document
                    count index, start, end and every position from the document itself
                    (index 0), so a record does not depend on where an engine cut the input
                    (GNU parallel --pipe, Hadoop splits); default: from the start of the source

Running
  -j, --jobs N      parse on N worker threads (default: the available cores); the output
                    order and bytes do not depend on N
  --repair safe     apply the meaning-preserving body repairs
  --boilerplate FILE
                    keep out of the body the lines a boilerplate profile lists for each
                    page's host (learn one with newsdoc boilerplate --help)
  --max-document-size N   the longest document parsed, in UTF-16 code units (default 16777216)
  --fail-on error   exit 1 when a record has an error diagnostic (--fail-on warning: a warning or an error)
  --stats           print counts to standard error at the end
  -q, --quiet       no progress and no messages on standard error
  -h, --help        this help
  -v, --version     the version

Exit codes
  0  all input was read, even when some documents are error records
  1  --fail-on found a record with a diagnostic of that severity
  2  the command line is wrong
  3  an input or output could not be read or written

Examples
  newsdoc dump.txt > records.ndjson
  newsdoc --format csv --fields date,url,title,dateline corpus/ > articles.csv
  zcat dump.txt.gz | newsdoc --jobs 2 --stats > records.ndjson
  newsdoc --input jsonl < partition.jsonl       # the map step of Spark, Beam or Hadoop
  newsdoc --format text fixtures/
  newsdoc boilerplate corpus/ -o profile.json   # learn the lines each host repeats
`;

function positiveInteger(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} must be a positive whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

/** Reads the command line; `stdoutIsTty` and `stderrIsTty` pick the defaults a person wants at a terminal. */
export function readCommand(argv: readonly string[], stdoutIsTty: boolean, stderrIsTty: boolean): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        input: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        fields: { type: 'string' },
        sections: { type: 'boolean' },
        entries: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        errors: { type: 'string' },
        stats: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'fail-on': { type: 'string' },
        repair: { type: 'string' },
        'max-document-size': { type: 'string' },
        ext: { type: 'string' },
        positions: { type: 'string' },
        boilerplate: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  const fields = v.fields === undefined ? undefined : v.fields.split(',').map((f) => f.trim()).filter((f) => f !== '');
  for (const field of fields ?? []) if (!(ARTICLE_FIELDS as readonly string[]).includes(field)) throw new UsageError(`--fields: unknown field ${JSON.stringify(field)}`);
  const quiet = v.quiet === true;
  const entries = v.entries === true;
  const format = oneOf(v.format, ['ndjson', 'json', 'csv', 'text', 'canonical', 'ninjs', 'dolma'] as const, 'format', stdoutIsTty && v.output === undefined && !entries ? 'text' : 'ndjson');
  // The canonical text holds its own fixed set of fields; an option that shapes records would be ignored.
  if (format === 'canonical' && (fields !== undefined || v.sections === true)) throw new UsageError(`--${fields !== undefined ? 'fields' : 'sections'} does not apply to --format canonical`);
  // Entry records and the interop formats have shapes of their own: no article to cut down.
  if (entries && format !== 'ndjson' && format !== 'json') throw new UsageError(`--entries writes ndjson or json, not ${format}`);
  if ((entries || format === 'ninjs' || format === 'dolma') && (fields !== undefined || v.sections === true)) {
    throw new UsageError(`--fields and --sections shape article records; ${entries ? '--entries' : `--format ${format}`} writes records of its own`);
  }
  return {
    help: v.help === true,
    version: v.version === true,
    inputs: parsed.positionals.length === 0 ? ['-'] : parsed.positionals,
    input: oneOf(v.input, ['dump', 'jsonl', 'paths'] as const, 'input', 'dump'),
    format,
    output: v.output ?? null,
    fields: fields as (keyof Article)[] | undefined,
    sections: v.sections === true,
    entries,
    jobs: v.jobs === undefined ? availableParallelism() : positiveInteger(v.jobs, 'jobs'),
    errors: v.errors ?? null,
    stats: v.stats === true,
    quiet,
    progress: stderrIsTty && !quiet,
    failOn: v['fail-on'] === undefined ? null : oneOf(v['fail-on'], ['error', 'warning'] as const, 'fail-on', 'error'),
    repair: oneOf(v.repair, ['none', 'safe'] as const, 'repair', 'none'),
    maxDocumentSize: v['max-document-size'] === undefined ? undefined : positiveInteger(v['max-document-size'], 'max-document-size'),
    extensions: (v.ext ?? '.txt').split(',').map((e) => (e.startsWith('.') ? e : `.${e}`)),
    positions: oneOf(v.positions, ['source', 'document'] as const, 'positions', 'source'),
    boilerplate: v.boilerplate ?? null,
  };
}
