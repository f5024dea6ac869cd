/**
 * Regenerates the expected results `fixtures/<case>.json` from `fixtures/<case>.txt`.
 *
 * Usage: `npm run fixtures:update` rewrites every `.json` whose content changed and prints
 * what it did; review the diff before committing. `npm run fixtures:update -- --check`
 * writes nothing and exits 1 when any `.json` is missing, stale or has no `.txt` (for CI).
 *
 * Each input is parsed from its exact bytes, decoded as UTF-8 and nothing else: the
 * fixtures that test BOMs, CRLF and lone CR must reach the parser unchanged.
 *
 * A field a contributor marked wrong (`{ "$wrong": …, "$right": … }`, see
 * `npm run fixture:add`) keeps its mark while the parser still gives the wrong value, so
 * that regenerating never turns a known bug into an expectation; a note says what became
 * of each mark.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as newsdoc from '../src/index.js';
import { asExpected, carryMarks, findMarks, parseFixture } from './fixture-mode.cjs';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * The expected file's text: the result as 2-space JSON with a final newline, and the
 * marks of the `previous` text that still hold. Diagnostic messages are left out: their
 * wording is not part of the API, so no fixture pins it.
 */
function expectedJson(name: string, text: string, previous: string | null): { json: string; notes: string[] } {
  const result = asExpected(parseFixture(newsdoc, name, text));
  const before: unknown = previous === null ? null : JSON.parse(previous);
  const { value, notes } = findMarks(before).length === 0 ? { value: result, notes: [] } : carryMarks(before, result);
  return { json: `${JSON.stringify(value, null, 2)}\n`, notes };
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const files = readdirSync(fixturesDir).sort();
  const cases = files.filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt'));
  const caseSet = new Set(cases);
  const orphans = files.filter((f) => f.endsWith('.json') && !caseSet.has(basename(f, '.json')));

  let written = 0;
  let unchanged = 0;
  const stale: string[] = [];
  for (const name of cases) {
    const text = readFileSync(join(fixturesDir, `${name}.txt`), 'utf8');
    const jsonPath = join(fixturesDir, `${name}.json`);
    const previous = existsSync(jsonPath) ? readFileSync(jsonPath, 'utf8') : null;
    const { json: next, notes } = expectedJson(name, text, previous);
    for (const note of notes) console.log(`${name}.json: ${note}`);
    if (previous === next) {
      unchanged += 1;
      continue;
    }
    stale.push(`${name}.json${previous === null ? ' (new)' : ''}`);
    if (!check) {
      writeFileSync(jsonPath, next, 'utf8');
      written += 1;
    }
  }

  for (const orphan of orphans) console.warn(`warning: ${orphan} has no matching .txt`);
  if (check) {
    for (const name of stale) console.error(`out of date: ${name}`);
    console.log(`${cases.length} fixtures: ${unchanged} up to date, ${stale.length} would change, ${orphans.length} orphaned`);
    return stale.length > 0 || orphans.length > 0 ? 1 : 0;
  }
  for (const name of stale) console.log(`wrote ${name}`);
  console.log(`${cases.length} fixtures: ${written} written (new or changed), ${unchanged} unchanged`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
