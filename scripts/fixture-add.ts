/**
 * Adds a fixture: `npm run fixture:add -- path/to/doc.txt [name] [--wrong FIELD[=VALUE]]...`
 *
 * Copies the document, byte for byte, to `fixtures/<name>.txt` (the name defaults to the
 * file's), writes the expected `fixtures/<name>.json` from the current parser, and prints
 * the result field by field for the contributor to read against the `.txt`. A field found
 * wrong is marked with `--wrong FIELD` (`title`, `dateline.place`, `1.title` in a corpus
 * fixture), or `--wrong FIELD=VALUE` with what a labeller reads there (JSON when it parses
 * as JSON, else a string): the fixture test then fails until the parser is fixed. Running
 * it again on the same document rewrites the `.json`, keeping the marks made before, so
 * marks can be added after a first look. `--dir DIR` writes elsewhere than `fixtures/` (the script's own test does).
 *
 * A fixture is a document the contributor wrote, modelled on a real page: the script says
 * so, and refuses a document that holds a piece of the real corpus (`../shared/corpus`).
 * Exit codes: 0 written, 1 refused (a corpus piece, a name taken by another text),
 * 2 a wrong command line.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import * as newsdoc from '../src/index.js';
import { corpusPieces, hasCorpus, piecesIn } from './corpus-pieces.mjs';
import { asExpected, carryMarks, fieldPath, findMarks, fixtureMode, isMark, markWrong, parseFixture, pathText, type FieldPath } from './fixture-mode.cjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the script writes its messages: the command line's standard output and error, or a test's. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

// Kebab-case, as docs/fixtures.md asks: `month-only-header`, `ria-colon-dateline`.
const FIXTURE_NAME = /^[a-z\d]+(?:-[a-z\d]+)*$/;

export const USAGE = `Usage: npm run fixture:add -- <document.txt> [name] [--wrong FIELD[=VALUE]]... [--dir DIR]

  name                 the fixture's name, kebab-case (default: the document's file name)
  --wrong FIELD        mark a field the parser gets wrong: title, dateline.place, tags,
                       ok, diagnostics; in a corpus fixture 0.title, 1.dateline.place
  --wrong FIELD=VALUE  the same, with what a labeller reads there (JSON, else a string):
                       --wrong 'title=Harbour reopens after repairs'  --wrong dateline.agency=null
  --dir DIR            write the fixture to DIR instead of fixtures/`;

export const REMINDER = [
  'A fixture is a document you wrote yourself, modelled on the shape of a real page:',
  'invent its headline, sentences, names, ids and URL slugs. Never paste a real page, or a',
  'piece of one; agency, city and host names are fine.',
];

/** A `--wrong` value: JSON when it parses as JSON (`null`, `["a","b"]`, `"2021"`), else the text itself. */
function readValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A value on one line: strings, numbers and small structures as JSON. */
function show(value: unknown): string {
  if (isMark(value)) {
    const mark = value as { $wrong: unknown; $right?: unknown };
    const right = '$right' in mark ? `; a labeller reads ${show(mark.$right)}` : '';
    return `${show(mark.$wrong)}   <- MARKED WRONG${right}`;
  }
  return JSON.stringify(value);
}

/** The position `{ line, column }` as `line:column`. */
function at(p: { line: number; column: number }): string {
  return `${p.line}:${p.column}`;
}

/** The review lines of one result: every field, section and diagnostic, with its path. */
function reviewLines(value: unknown, text: string, prefix: FieldPath): string[] {
  const rows: [string, string][] = [];
  const put = (path: FieldPath, what: string): void => {
    rows.push([pathText(path), what]);
  };
  const walk = (v: unknown, path: FieldPath): void => {
    const last = path[path.length - 1];
    const parent = path[path.length - 2];
    if (parent === 'sections' && typeof last === 'number' && !isMark(v)) {
      const s = v as { kind: string; start: number; end: number; text: string };
      put(path, `${s.kind} [${s.start}, ${s.end}) ${JSON.stringify(s.text)}`);
    } else if (parent === 'diagnostics' && typeof last === 'number' && !isMark(v)) {
      const d = v as { code: string; severity: string; start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
      put(path, `${d.code} ${d.severity} ${at(d.start)}–${at(d.end)} over ${JSON.stringify(text.slice(d.start.offset, d.end.offset))}`);
    } else if (v !== null && typeof v === 'object' && !isMark(v) && (!Array.isArray(v) || v.length > 0)) {
      const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
      for (const [key, x] of entries) walk(x, [...path, key]);
    } else {
      put(path, show(v));
    }
  };
  walk(value, prefix);
  const width = Math.max(...rows.map(([path]) => path.length));
  return rows.map(([path, what]) => `  ${path.padEnd(width)}  ${what}`);
}

/** Runs the command line `argv`; returns the exit code. */
export function run(argv: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { wrong: { type: 'string', multiple: true }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.err(`fixture:add: ${error instanceof Error ? error.message : String(error)}`);
    io.err(USAGE);
    return 2;
  }
  if (parsed.values.help === true) {
    io.out(USAGE);
    return 0;
  }
  const [documentPath, givenName, ...extra] = parsed.positionals;
  if (documentPath === undefined || extra.length > 0) {
    io.err(documentPath === undefined ? 'fixture:add: name the document to add' : `fixture:add: unexpected arguments: ${extra.join(' ')}`);
    io.err(USAGE);
    return 2;
  }
  const name = givenName ?? basename(documentPath).replace(/\.txt$/, '');
  if (!FIXTURE_NAME.test(name)) {
    io.err(`fixture:add: ${JSON.stringify(name)} is not a fixture name: use kebab-case that says the shape (month-only-header, ria-colon-dateline)`);
    return 2;
  }
  if (!existsSync(documentPath)) {
    io.err(`fixture:add: no such file: ${documentPath}`);
    return 2;
  }

  for (const line of REMINDER) io.out(line);
  io.out('');

  // Exact bytes, decoded as UTF-8 and nothing else: BOMs, CRLF and lone CR must reach the parser.
  const text = readFileSync(documentPath, 'utf8');
  if (hasCorpus()) {
    const hits = piecesIn(text, corpusPieces());
    if (hits.length > 0) {
      io.err('fixture:add: the document holds text of a real page from ../shared/corpus; write your own:');
      for (const hit of hits) io.err(`  ${hit}`);
      return 1;
    }
  }

  const dir = resolve(parsed.values.dir ?? join(ROOT, 'fixtures'));
  const txtPath = join(dir, `${name}.txt`);
  const jsonPath = join(dir, `${name}.json`);
  // Paths as the contributor typed them: relative inside the working directory, else absolute.
  const shown = (path: string): string => {
    const rel = relative(process.cwd(), path);
    return rel === '' || rel.startsWith('..') ? path : rel;
  };
  if (existsSync(txtPath) && readFileSync(txtPath, 'utf8') !== text) {
    io.err(`fixture:add: ${shown(txtPath)} exists and holds another text; choose another name`);
    return 1;
  }

  let expected = asExpected(parseFixture(newsdoc, name, text));
  // Run again on the same document: the marks already made stay while they hold.
  if (existsSync(jsonPath)) expected = carryMarks(JSON.parse(readFileSync(jsonPath, 'utf8')), expected).value;
  for (const spec of parsed.values.wrong ?? []) {
    const eq = spec.indexOf('=');
    const field = eq < 0 ? spec : spec.slice(0, eq);
    let path: FieldPath;
    try {
      path = fieldPath(expected, field);
    } catch (error) {
      io.err(`fixture:add: --wrong ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    expected = markWrong(expected, path, eq < 0 ? {} : { right: readValue(spec.slice(eq + 1)) });
  }

  mkdirSync(dir, { recursive: true });
  writeFileSync(txtPath, text, 'utf8');
  writeFileSync(jsonPath, `${JSON.stringify(expected, null, 2)}\n`, 'utf8');

  const { corpus, options } = fixtureMode(name);
  const how = `${corpus ? 'parseCorpus' : 'parseArticle'}(text${options === undefined ? '' : `, ${JSON.stringify(options)}`})`;
  io.out(`Wrote ${shown(txtPath)} and ${shown(jsonPath)}: ${how}, as the name says (docs/fixtures.md).`);
  io.out('Read every value below against the .txt, as a labeller would (CONTRIBUTING.md, "Reviewing a fixture"):');
  io.out('');
  const results = Array.isArray(expected) ? expected.map((r, i) => [r, [i]] as const) : [[expected, []] as const];
  for (const [result, prefix] of results) {
    for (const line of reviewLines(result, text, [...prefix])) io.out(line);
    io.out('');
  }
  const marks = findMarks(expected);
  if (marks.length === 0) {
    io.out('Every value right? Run `npm run reference:update` (the reference outputs gain the');
    io.out('fixture) and commit the files together. A value wrong? Run this again with --wrong FIELD');
    io.out('(or --wrong FIELD=VALUE, with what a labeller reads): the fixture test then fails');
    io.out('until the parser gives the right value.');
  } else {
    io.out(`Marked wrong: ${marks.map((m) => pathText(m.path)).join(', ')}. test/fixtures.test.ts fails on this`);
    io.out('fixture until the parser is fixed; then `npm run fixtures:update` removes each mark that no');
    io.out('longer holds and says so. Commit the fixture with the fix, or open an issue with it.');
  }
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = run(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
}
