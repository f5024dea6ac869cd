// The package as it is published, proven (issue 11). Run after `npm run build`:
// `node test/dist/package.mjs` (`npm run test:package`). Packs the tarball once, then
// 1. checks its file list: exactly dist/, the JSON Schemas, README, LICENSE, CHANGELOG and
//    package.json; every path package.json names is in it; every script has its source map,
//    self-contained (src/ is not shipped); each ESM entry names its declarations for Deno;
// 2. checks the metadata a registry page links to (repository, homepage, bugs);
// 3. runs attw and publint --strict on that tarball;
// 4. installs it offline into a temporary project and uses it from there: `import` and
//    `require` (test/dist/consumer/*.mjs, *.cjs), the `newsdoc` command, TypeScript under
//    node16, nodenext and bundler, and `deno check` of the ESM build imported by path.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const consumerSources = fileURLToPath(new URL('consumer/', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Runs a command, its output shown; a non-zero exit throws. */
function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: 'inherit', ...options });
}

// --- 2. Metadata: present, https, and all three naming the same repository. ---------------
for (const field of ['repository', 'homepage', 'bugs']) assert.ok(pkg[field], `package.json has no ${field}`);
const repositoryUrl = new URL(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
assert.equal(pkg.repository.type, 'git');
assert.equal(new URL(pkg.homepage).origin + new URL(pkg.homepage).pathname, repositoryUrl.href, 'homepage is the repository page');
assert.equal(pkg.bugs.url, `${repositoryUrl.href}/issues`, 'bugs are the repository issues');
for (const url of [repositoryUrl, new URL(pkg.homepage), new URL(pkg.bugs.url)]) assert.equal(url.protocol, 'https:');
console.log('package metadata ok');

const work = mkdtempSync(join(tmpdir(), 'newsdoc-package-'));
try {
  // --- 1. The tarball's contents. --------------------------------------------------------
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
  const tarball = join(work, packed.filename);
  const files = new Set(packed.files.map((file) => file.path));

  const fixed = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
  const schemas = readdirSync(join(root, 'schema')).map((name) => `schema/${name}`);
  // What tsup writes: scripts in both module formats, their declarations and source maps.
  const distFile = /^dist\/[\w/-]+\.(?:js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/;
  for (const file of [...fixed, ...schemas]) assert.ok(files.has(file), `${file} is not in the tarball`);
  for (const file of files) {
    assert.ok(fixed.includes(file) || schemas.includes(file) || distFile.test(file), `${file} should not be in the tarball`);
  }

  // Every path package.json sends a user to is shipped (wildcards: the schemas, checked above).
  const named = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin)];
  const collect = (target) => (typeof target === 'string' ? named.push(target) : Object.values(target).forEach(collect));
  collect(pkg.exports);
  for (const path of named.filter((target) => !target.includes('*'))) assert.ok(files.has(path.replace(/^\.\//, '')), `${path} (named in package.json) is not in the tarball`);

  // Source maps: shipped beside every script and carrying the sources they map to, because
  // src/ is not in the package; a map that pointed at missing files would only mislead.
  const scripts = [...files].filter((file) => /\.c?js$/.test(file));
  assert.ok(scripts.length >= 6, 'the builds are missing');
  for (const script of scripts) {
    assert.ok(files.has(`${script}.map`), `${script} has no source map`);
    const map = JSON.parse(readFileSync(join(root, `${script}.map`), 'utf8'));
    assert.equal(map.sourcesContent?.length, map.sources.length, `${script}.map does not embed its sources`);
    assert.ok(map.sourcesContent.every((text) => typeof text === 'string' && text.length > 0), `${script}.map has an empty source`);
  }
  // Declarations beside each entry, in both module formats; Deno finds the ESM ones through
  // the `@ts-self-types` comment, so it must name a shipped file.
  for (const entry of ['dist/index', 'dist/node/index']) {
    for (const ext of ['.js', '.cjs', '.d.ts', '.d.cts']) assert.ok(files.has(entry + ext), `${entry}${ext} is missing`);
    const [firstLine] = readFileSync(join(root, `${entry}.js`), 'utf8').split('\n', 1);
    const selfTypes = /^\/\/ @ts-self-types="(?<path>[^"]+)"$/.exec(firstLine)?.groups?.path;
    assert.ok(selfTypes !== undefined, `${entry}.js does not start with a @ts-self-types comment`);
    assert.ok(files.has(join(dirname(entry), selfTypes)), `${entry}.js names ${selfTypes}, which is not shipped`);
  }
  console.log(`tarball contents ok (${files.size} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked)`);

  // --- 3. attw and publint, on this very tarball. -----------------------------------------
  // node16 profile: node10 resolution (TypeScript's legacy `moduleResolution: node`) cannot
  // see subpath exports like `newsdoc/node`, and Node 20 (`engines`) never resolves that way.
  const schemaEntries = schemas.map((file) => `./${file}`);
  run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'table-flipped', '--include-entrypoints', ...schemaEntries]);
  run(bin('publint'), ['run', tarball, '--strict']);

  // --- 4. A consumer project with the tarball installed. ----------------------------------
  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'newsdoc-consumer', private: true, type: 'module' }, null, 2)}\n`);
  // --offline: the tarball has no dependencies, so nothing may be fetched.
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: project });
  for (const name of readdirSync(consumerSources)) copyFileSync(join(consumerSources, name), join(project, name));

  run(process.execPath, ['esm.mjs'], { cwd: project });
  run(process.execPath, ['cjs.cjs'], { cwd: project });

  // The command, with two workers, so cli-worker.js and the shared chunk are proven shipped.
  const { DOC, EXPECTED } = await import(new URL('consumer/doc.mjs', import.meta.url).href);
  mkdirSync(join(project, 'docs'));
  for (const name of ['a.txt', 'b.txt']) writeFileSync(join(project, 'docs', name), DOC);
  const ndjson = execFileSync(join(project, 'node_modules', '.bin', 'newsdoc'), ['--format', 'ndjson', '--jobs', '2', 'docs'], { cwd: project, encoding: 'utf8' });
  const records = ndjson.trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(records.map((record) => [record.source, record.ok, record.article?.title]), [
    ['docs/a.txt', true, EXPECTED.title],
    ['docs/b.txt', true, EXPECTED.title],
  ]);
  console.log('consumer command ok');

  // TypeScript as users configure it: Node projects with Node's types and skipLibCheck (as
  // most have, and Node's own declarations are not ours to check); a browser app through a
  // bundler with DOM types and no Node types, skipLibCheck off, so that every line of our
  // declarations is checked, and seen to need nothing from Node. One `tsc -b` for the three
  // saves two start-ups; `--verbose` names the project an error belongs to.
  const base = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    resolveJsonModule: true,
    target: 'ES2022',
    lib: ['ES2022'],
    types: ['node'],
    typeRoots: [join(root, 'node_modules', '@types')],
  };
  const modes = {
    node16: { options: { module: 'node16', moduleResolution: 'node16' }, files: ['index.ts', 'require.cts'] },
    nodenext: { options: { module: 'nodenext', moduleResolution: 'nodenext' }, files: ['index.ts', 'require.cts', 'schema.ts'] },
    bundler: {
      options: { module: 'esnext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false, skipDefaultLibCheck: true },
      files: ['index.ts', 'schema.ts'],
    },
  };
  const configs = Object.entries(modes).map(([mode, { options, files: sources }]) => {
    writeFileSync(join(project, `tsconfig.${mode}.json`), JSON.stringify({ compilerOptions: { ...base, ...options }, files: sources }, null, 2));
    return `tsconfig.${mode}.json`;
  });
  run(process.execPath, [tsc, '-b', '--verbose', ...configs], { cwd: project });
  console.log(`consumer types ok under ${Object.keys(modes).join(', ')}`);

  // Deno, offline, its caches in the temporary directory.
  run(bin('deno'), ['check', '--no-remote', '--no-config', 'deno.ts'], { cwd: project, env: { ...process.env, DENO_DIR: join(work, 'deno'), NO_COLOR: '1' } });
  console.log('deno check of dist/index.js by path ok');
} finally {
  rmSync(work, { recursive: true, force: true });
}
