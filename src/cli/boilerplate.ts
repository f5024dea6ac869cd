/**
 * `newsdoc boilerplate`: learns a boilerplate profile from a corpus and writes it as JSON;
 * and the reading of a profile file for `newsdoc --boilerplate FILE`. Inputs are read as
 * the main command reads them (dumps, JSON lines, lists of paths), in the same order, so
 * the same input bytes give the same profile bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isBoilerplateProfile } from '../internal/options.js';
import { createBoilerplateLearner } from '../node/boilerplate.js';
import type { BoilerplateLines, BoilerplateProfile } from '../parse/boilerplate.js';
import { UsageError, type InputMode } from './args.js';
import { IoError, tasks } from './main.js';

export const BOILERPLATE_HELP = `Usage: newsdoc boilerplate [options] [file | directory | -] ...

Learns, from a corpus, the lines each host repeats across its documents (menus, banners,
subscription blocks, print trailers) and writes them as a boilerplate profile: JSON, keys
in code-unit order, so the same input gives the same bytes. Give the profile to
newsdoc --boilerplate FILE, or to parseArticle as its boilerplate option. Reposts of one
story count once; docs/boilerplate.md has the rules and the format.

Options
  --share S          a line is boilerplate when at least this share of its host's documents
                     has it, and three of them at least (default 0.2)
  --min-documents N  hosts with fewer documents are left out (default 10)
  --input MODE       dump (default), jsonl or paths, as for newsdoc
  --ext .txt,.dump   the extensions of the files read from a directory (default .txt)
  -o, --output FILE  write the profile to FILE instead of standard output
  --stats            print each host learned, its documents and lines, to standard error
  -q, --quiet        no messages on standard error
  -h, --help         this help

Exit codes
  0  the profile was written
  2  the command line is wrong
  3  an input or output could not be read or written

Example
  newsdoc boilerplate corpus/ -o profile.json && newsdoc --boilerplate profile.json corpus/
`;

/** A share of the command line: a number above 0 and at most 1. */
function share(value: string): number {
  const n = Number(value);
  if (!/^(?:0?\.\d+|1(?:\.0*)?|0)$/.test(value) || !(n > 0)) throw new UsageError(`--share must be a number above 0 and at most 1, got ${JSON.stringify(value)}`);
  return n;
}

/**
 * Reads a profile file for `--boilerplate`: unreadable is an I/O error (exit 3), not JSON
 * or not a profile a usage error (exit 2), with what is wrong in it.
 */
export function readProfile(path: string): BoilerplateLines {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new IoError(`cannot read the boilerplate profile ${path}: ${(error as Error).message}`);
  }
  try {
    return isBoilerplateProfile(JSON.parse(text) as unknown, `--boilerplate ${path}: profile`);
  } catch (error) {
    throw new UsageError(error instanceof SyntaxError ? `--boilerplate ${path} is not JSON: ${error.message}` : (error as Error).message);
  }
}

/** Runs `newsdoc boilerplate` with these arguments (after the word `boilerplate`); resolves to the exit code. */
export async function boilerplateMain(argv: readonly string[]): Promise<number> {
  let values;
  let inputs: string[];
  let options: { share?: number; minDocuments?: number };
  let input: InputMode;
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        share: { type: 'string' },
        'min-documents': { type: 'string' },
        input: { type: 'string' },
        ext: { type: 'string' },
        output: { type: 'string', short: 'o' },
        stats: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    values = parsed.values;
    inputs = parsed.positionals.length === 0 ? ['-'] : parsed.positionals;
    const minDocuments = values['min-documents'];
    if (minDocuments !== undefined && !/^[1-9]\d*$/.test(minDocuments)) throw new UsageError(`--min-documents must be a positive whole number, got ${JSON.stringify(minDocuments)}`);
    options = { ...(values.share === undefined ? {} : { share: share(values.share) }), ...(minDocuments === undefined ? {} : { minDocuments: Number(minDocuments) }) };
    const mode = values.input ?? 'dump';
    if (mode !== 'dump' && mode !== 'jsonl' && mode !== 'paths') throw new UsageError(`--input must be one of dump, jsonl, paths, got ${JSON.stringify(mode)}`);
    input = mode;
  } catch (error) {
    process.stderr.write(`newsdoc boilerplate: ${error instanceof Error ? error.message : String(error)}\n\n${BOILERPLATE_HELP}`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(BOILERPLATE_HELP);
    return 0;
  }
  const quiet = values.quiet === true;
  const learner = createBoilerplateLearner(options);
  let documents = 0;
  let profile: BoilerplateProfile;
  try {
    const extensions = (values.ext ?? '.txt').split(',').map((e) => (e.startsWith('.') ? e : `.${e}`));
    for await (const task of tasks({ inputs, input, extensions, maxDocumentSize: undefined })) {
      const text = task.piece?.text;
      if (text === null || text === undefined) continue;
      documents++;
      learner.add(text);
    }
    profile = learner.profile();
    const json = `${JSON.stringify(profile, null, 2)}\n`;
    if (values.output === undefined) process.stdout.write(json);
    else {
      try {
        writeFileSync(values.output, json);
      } catch (error) {
        throw new IoError(`cannot write ${values.output}: ${(error as Error).message}`);
      }
    }
  } catch (error) {
    if (!(error instanceof IoError)) throw error;
    if (!quiet) process.stderr.write(`newsdoc boilerplate: ${error.message}\n`);
    return 3;
  }
  if (values.stats === true && !quiet) {
    const hosts = Object.entries(profile.hosts);
    const rows = hosts.map(([host, entry]) => `${host}  ${entry.documents} documents, ${Object.keys(entry.lines).length} lines`);
    process.stderr.write(`documents   ${documents}\nhosts       ${hosts.length} learned\n${rows.map((r) => `  ${r}\n`).join('')}`);
  }
  return 0;
}
