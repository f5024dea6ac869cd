/**
 * Regenerates the expected results `fixtures/<case>.json` from `fixtures/<case>.txt`.
 *
 * Usage: `npm run fixtures:update` rewrites every `.json` whose content changed and prints
 * what it did; review the diff before committing. `npm run fixtures:update -- --check`
 * writes nothing and exits 1 when any `.json` is missing, stale or has no `.txt` (for CI).
 *
 * Each input is parsed from its exact bytes, decoded as UTF-8 and nothing else: the
 * fixtures that test BOMs, CRLF and lone CR must reach the parser unchanged.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as newsdoc from '../src/index.js';
import { parseFixture } from './fixture-mode.cjs';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * The expected file's text: the result as 2-space JSON with a final newline. Diagnostic
 * messages are left out: their wording is not part of the API, so no fixture pins it.
 */
function expectedJson(name: string, text: string): string {
  const result = parseFixture(newsdoc, name, text);
  return `${JSON.stringify(result, (key, value: unknown) => (key === 'message' ? undefined : value), 2)}\n`;
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
    const next = expectedJson(name, text);
    const previous = existsSync(jsonPath) ? readFileSync(jsonPath, 'utf8') : null;
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
