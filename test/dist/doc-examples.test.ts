/**
 * Docs that are true because they run: every example in the TSDoc of src/ and in the
 * Markdown pages (README.md, CONTRIBUTING.md, docs/*.md) that shows a result (`//=>`) is
 * run against the BUILT package (internal helpers against their own module) and its result
 * compared with the one shown; every ```console session of a page is run with the built
 * command and its output compared line by line. Run after `npm run build`, by
 * `npm run test:dist`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compileBlock,
  consoleSteps,
  markdownBlocks,
  markdownFences,
  markdownPages,
  outputMatches,
  sourceFiles,
  tsdocBlocks,
  type ExampleBlock,
  type ImportMode,
} from './doc-examples.js';

const root = join(import.meta.dirname, '..', '..');
const dist = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Record<string, unknown>;
const pages = markdownPages(root);

const tsdoc: ExampleBlock[] = sourceFiles(join(root, 'src')).flatMap((f) => tsdocBlocks(root, f));
const markdown: ExampleBlock[] = pages.flatMap((p) => markdownBlocks(root, p));

// The package as its users reach it, by name, through package.json `exports`: `import`
// gets the ESM build, `require` the CommonJS one.
const exportsMap = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports;
const rootRequire = createRequire(join(root, 'package.json'));

/** The file `newsdoc` or `newsdoc/<sub>` names under the `import` or `require` condition. */
function packageFile(spec: string, condition: 'import' | 'require'): string {
  const sub = spec === 'newsdoc' ? '.' : `.${spec.slice('newsdoc'.length)}`;
  for (const [key, target] of Object.entries(exportsMap)) {
    const star = key.indexOf('*');
    const matches = star < 0 ? key === sub : sub.startsWith(key.slice(0, star)) && sub.endsWith(key.slice(star + 1));
    if (!matches) continue;
    const filled = (t: string): string => (star < 0 ? t : t.replace('*', sub.slice(star, sub.length - (key.length - star - 1))));
    if (typeof target === 'string') return join(root, filled(target));
    const conditional = (target as Record<string, { default: string }>)[condition];
    if (conditional !== undefined) return join(root, filled(conditional.default));
  }
  throw new Error(`${spec} is not exported by the package`);
}

/** `import …` in a Markdown example: the package by its name, anything else from the repository's dependencies. */
async function importFor(spec: string): Promise<Record<string, unknown>> {
  if (spec === 'newsdoc' || spec.startsWith('newsdoc/')) {
    const file = packageFile(spec, 'import');
    if (file.endsWith('.json')) return { default: JSON.parse(readFileSync(file, 'utf8')) as unknown };
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  }
  if (isBuiltin(spec)) return (await import(spec)) as Record<string, unknown>;
  // An ESM-only dependency (eld exports `import` alone) has no path `require.resolve` can
  // find: import it by name, which resolves from the repository's node_modules too.
  let file: string | null;
  try {
    file = rootRequire.resolve(spec);
  } catch {
    file = null;
  }
  return (await import(file === null ? spec : pathToFileURL(file).href)) as Record<string, unknown>;
}

/** `require(…)` in a Markdown example. */
function requireFor(spec: string): unknown {
  return rootRequire(spec === 'newsdoc' || spec.startsWith('newsdoc/') ? packageFile(spec, 'require') : spec);
}

async function scopeOf(block: ExampleBlock): Promise<Record<string, unknown>> {
  if (!block.file.startsWith('src/')) return { __import: importFor, require: requireFor };
  const own = (await import(pathToFileURL(join(root, block.file)).href)) as Record<string, unknown>;
  // Public names come from the built package; a helper that is not exported, from its module.
  return { ...own, ...dist };
}

async function runBlock(block: ExampleBlock, imports: ImportMode): Promise<void> {
  const { script, checks } = compileBlock(block.code, imports);
  expect(checks.length).toBeGreaterThan(0);
  const scope = await scopeOf(block);
  const results: { value?: unknown; error?: unknown }[] = [];
  const check = async (i: number, run: () => Promise<unknown>): Promise<void> => {
    try {
      results[i] = { value: await run() };
    } catch (error) {
      results[i] = { error };
    }
  };
  const names = Object.keys(scope).filter((n) => /^[a-z_$][\w$]*$/i.test(n));
  const AsyncFunction = (async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction(...names, '__check', script)(...names.map((n) => scope[n]), check);
  checks.forEach((c, i) => {
    const got = results[i];
    const label = `${block.where}: ${c.statement} //=> ${c.expected}`;
    expect(got, `${label} was not reached`).toBeDefined();
    const thrown = /^throws (\w+)$/.exec(c.expected);
    if (thrown) {
      expect((got?.error as Error | undefined)?.name, label).toBe(thrown[1]);
      return;
    }
    if (got?.error !== undefined) throw new Error(`${label} threw ${String(got.error)}`);
    const expected: unknown = new Function(`return (${c.expected});`)();
    expect(got?.value, label).toEqual(expected);
  });
}

describe('examples in the docs', () => {
  it('are found in src/, README.md and docs/', () => {
    expect(tsdoc.length).toBeGreaterThan(30);
    expect(markdown.filter((b) => b.file === 'README.md').length).toBeGreaterThanOrEqual(2);
    expect(markdown.filter((b) => b.file.startsWith('docs/')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(tsdoc.map((b) => [b.where, b] as const))('%s shows what the code does', async (_where, block) => {
    await runBlock(block, 'scope');
  });

  // A page's example imports what it uses: nothing else is in scope, so one a reader
  // copies runs as it is.
  it.each(markdown.map((b) => [b.where, b] as const))('%s shows what the code does', async (_where, block) => {
    await runBlock(block, 'module');
  });
});

describe('console sessions in the docs', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'newsdoc-doc-sessions-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  // `newsdoc` on the PATH is the built command, as after `npm install newsdoc`.
  const bin = join(scratch, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'newsdoc'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'dist', 'cli.js'))} "$@"\n`);
  chmodSync(join(bin, 'newsdoc'), 0o755);

  const sessions = pages.filter((p) => markdownFences(root, p).some((b) => b.lang === 'console'));

  it('are found', () => {
    expect(sessions.length).toBeGreaterThanOrEqual(2);
  });

  it.each(sessions.map((p) => [basename(p), p] as const))('%s: every command prints what the page shows', (name, page) => {
    // Each page's sessions share a directory holding the files the page names, in page order.
    const dir = join(scratch, name);
    mkdirSync(dir, { recursive: true });
    for (const block of markdownFences(root, page)) {
      const file = /^file:\s*(\S+)$/.exec(block.note ?? '')?.[1];
      if (file !== undefined) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), `${block.code}\n`);
      }
      if (block.lang !== 'console') continue;
      for (const step of consoleSteps(block.code)) {
        const done = spawnSync('bash', ['-o', 'pipefail', '-c', step.command], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, NO_COLOR: '1', TZ: 'UTC', LANG: 'C.UTF-8' },
        });
        const label = `${block.where}: $ ${step.command}`;
        expect(done.status, `${label}\n${done.stderr}`).toBe(0);
        const actual = done.stdout.replace(/\n$/, '').split('\n');
        const expected = step.expected.length === 0 ? [''] : step.expected;
        if (!outputMatches(expected, actual)) expect(actual, label).toEqual(expected);
      }
    }
  });
});
