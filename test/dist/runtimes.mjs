// The built core in every runtime it claims (issue 11): every fixture, parsed as its name
// says (scripts/fixture-mode.cjs), and every corpus fixture also streamed as bytes through
// `CorpusTransformStream`, in headless Chromium (Debian's `chromium`, driven by
// playwright-core), Deno and Bun, must give JSON byte-identical to Node's. Run after
// `npm run build`: `node test/dist/runtimes.mjs` (part of `npm run test:dist`).
// Each runtime loads dist/index.js as the plain ES module it is and runs runtimes/cases.mjs.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { runCases } from './runtimes/cases.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = join(root, 'dist', 'index.js');
const main = fileURLToPath(new URL('runtimes/main.mjs', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const { parseFixture } = createRequire(import.meta.url)('../../scripts/fixture-mode.cjs');
const run = promisify(execFile);

// Debian's package; `.ci/run` installs it when it is missing.
const CHROMIUM = '/usr/bin/chromium';
// Nothing but the page and the package: no first-run, sync, update or GPU work to wait for.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// Files the page may load, all of them ES modules (and the maps a debugger would ask for).
const SERVED = ['dist/', 'test/dist/runtimes/'];
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json' };

// The cases: which entry and options parseFixture chooses for each fixture, recorded by
// handing it a stand-in package, so the rule keeps its one definition.
const recorder = {
  parseArticle: (text, options) => ({ entry: 'parseArticle', options }),
  parseCorpus: (text, options) => ({ entry: 'parseCorpus', options }),
};
const fixtures = join(root, 'fixtures');
const cases = readdirSync(fixtures)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const name = file.replace(/\.txt$/, '');
    const text = readFileSync(join(fixtures, file), 'utf8');
    return { name, text, ...parseFixture(recorder, name, text) };
  });
assert.ok(cases.length >= 15, 'fixtures are missing');
assert.ok(cases.some((c) => c.entry === 'parseCorpus'), 'no corpus fixture to stream');

const baseline = await runCases(await import(entry), cases);
assert.ok(baseline.some(({ json }) => json.includes('"ok":true')), 'Node parsed no fixture: the baseline is broken');

/** Asserts one runtime's results equal Node's, and names the first case and offset that differ. */
function compare(runtime, results) {
  assert.deepEqual(
    results.map(({ name }) => name),
    baseline.map(({ name }) => name),
    `${runtime}: not the same cases as Node`,
  );
  for (const [i, { name, json }] of results.entries()) {
    const expected = baseline[i].json;
    if (json === expected) continue;
    let at = 0;
    while (at < json.length && json[at] === expected[at]) at++;
    assert.fail(`${runtime}: ${name} differs from Node at character ${at}:\n  node:    …${expected.slice(Math.max(0, at - 60), at + 60)}\n  ${runtime}: …${json.slice(Math.max(0, at - 60), at + 60)}`);
  }
}

// The comparison itself must see a difference: one character changed in one result.
const perturbed = baseline.map((result) => ({ ...result }));
const last = perturbed.at(-1);
last.json = `${last.json.slice(0, -2)}${last.json.at(-2) === '0' ? '1' : '0'}${last.json.at(-1)}`;
assert.throws(() => compare('self-check', perturbed), /self-check: .* differs from Node/);

const work = mkdtempSync(join(tmpdir(), 'newsdoc-runtimes-'));
try {
  const casesFile = join(work, 'cases.json');
  writeFileSync(casesFile, JSON.stringify(cases));

  async function deno() {
    const env = { ...process.env, DENO_DIR: join(work, 'deno'), NO_COLOR: '1' };
    const { stdout: version } = await run(bin('deno'), ['--version'], { env });
    const results = join(work, 'deno.json');
    // Offline and sandboxed: no remote modules, no config discovery, read and write only here.
    await run(bin('deno'), ['run', '--no-remote', '--cached-only', '--no-config', '--no-prompt', `--allow-read=${root},${work}`, `--allow-write=${work}`, main, entry, casesFile, results], { env });
    return { runtime: 'Deno', version: version.split('\n')[0], results: JSON.parse(readFileSync(results, 'utf8')) };
  }

  async function bun() {
    // No auto-install (nothing to install), no transpiler cache left behind.
    const env = { ...process.env, BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' };
    const { stdout: version } = await run(bin('bun'), ['--version'], { env });
    const results = join(work, 'bun.json');
    await run(bin('bun'), ['--no-install', main, entry, casesFile, results], { env });
    return { runtime: 'Bun', version: `bun ${version.trim()}`, results: JSON.parse(readFileSync(results, 'utf8')) };
  }

  async function browser() {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does`);
    // Chromium will not import modules from file:// pages; a server on the loopback serves them.
    const server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).slice(1);
      if (path === '') return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><meta charset="utf-8"><title>newsdoc</title>');
      const type = TYPES[extname(path)];
      if (type === undefined || !SERVED.some((prefix) => path.startsWith(prefix)) || !existsSync(join(root, path))) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': type }).end(readFileSync(join(root, path)));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    // Its crash reports and GTK settings go to the temporary directory, not the user's home.
    const home = { HOME: work, XDG_CONFIG_HOME: join(work, 'config'), XDG_CACHE_HOME: join(work, 'cache') };
    const instance = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, env: { ...process.env, ...home } });
    try {
      const page = await instance.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      const results = await page.evaluate(async (input) => {
        const api = await import('/dist/index.js');
        const { runCases: inPage } = await import('/test/dist/runtimes/cases.mjs');
        return inPage(api, input);
      }, cases);
      assert.deepEqual(errors, [], 'the page threw');
      return { runtime: 'Chromium', version: `${instance.browserType().name()} ${instance.version()} (headless)`, results };
    } finally {
      await instance.close();
      server.close();
    }
  }

  // Side by side: each waits mostly on its own process.
  for (const { runtime, version, results } of await Promise.all([browser(), deno(), bun()])) {
    compare(runtime, results);
    console.log(`${runtime} ok: ${results.length} results byte-identical to Node ${process.version}'s (${version})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
