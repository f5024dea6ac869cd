// Prints what the core entry weighs and what it is made of, so that a size-limit failure in
// `npm test` comes with the list to act on. size-limit checks the budgets (package.json
// "size-limit"); this script measures and prints, and fails only when it cannot account for
// the bundle it measured or when dist/index.js no longer tree-shakes (part 3).
//
// Sizes are those a user's bundler would produce: esbuild bundles, tree-shakes and
// minifies (as size-limit's esbuild preset does), then gzip at level 9. The report has
// three parts:
// 1. the whole core entry, built from dist/index.js (what the package ships);
// 2. its largest contributors: the core built from src/index.ts with a module comment
//    before each source file, each file's share measured as what the gzipped bundle
//    shrinks by when that file's code is cut out (gzip shares context across files, so the
//    shares add up to less than the total);
// 3. every export imported alone from dist/index.js: what tree-shaking leaves of the
//    package for a user who needs one function. This part fails when an export alone takes
//    clearly more from dist/index.js than from the sources: one bundled file can only be
//    tree-shaken statement by statement, so a module-level statement a bundler must keep
//    would keep its whole dependency tree in every user's bundle.
import { build, transform } from 'esbuild';
import { Buffer } from 'node:buffer';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'index.js');

// How many contributors to print: the long tail of small files says nothing.
const SHOWN_CONTRIBUTORS = 25;
// How many more minified bytes an export imported alone from dist/index.js may take than the
// same export bundled from the sources. One file cannot drop module-level constants computed
// from others (`SCORE_UNIT / 2`: 60-80 bytes today); a module-level call that a bundler must
// keep drags in far more (the whole parser, before the tables were built in pure calls).
const MAX_SHAKE_LOSS = 256;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const group = (n) => n.toLocaleString('en-US');

/** Bundles `source` (module text resolved from the package root) as a user's bundler would. */
async function bundle(source, minifyWhitespace = true) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'size-report-entry.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    treeShaking: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    minifyWhitespace,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return { bytes: result.outputFiles[0].contents, text: result.outputFiles[0].text, metafile: result.metafile };
}

/** The runtime exports of the built core: the names a user can import. */
async function exportNames() {
  const { metafile } = await bundle(`export * from ${JSON.stringify(dist)};`);
  return Object.values(metafile.outputs)[0].exports.sort();
}

/**
 * Each source file's code in the minified core, in bundle order. esbuild writes a
 * `// src/…` comment before each file when whitespace is kept; each piece is then minified
 * on its own (whitespace only: names and syntax are already those of the real bundle).
 */
async function sourcePieces() {
  const { text, metafile } = await bundle(`export * from './src/index.ts';`, false);
  const marker = /^\/\/ (src\/\S+)$/gm;
  const starts = [...text.matchAll(marker)];
  const pieces = [{ file: '(bundle prelude and exports)', code: text.slice(0, starts[0]?.index ?? text.length) }];
  starts.forEach((m, k) => pieces.push({ file: m[1], code: text.slice(m.index, starts[k + 1]?.index ?? text.length) }));
  // The export list closes the last file's piece; it belongs to no file. It names bindings
  // of other pieces, so it cannot be minified on its own: its line breaks are simply dropped.
  const last = pieces[pieces.length - 1];
  const exportAt = last.code.lastIndexOf('\nexport {');
  const exportList = exportAt < 0 ? '' : last.code.slice(exportAt).split('\n').map((line) => line.trim()).join('');
  if (exportAt >= 0) last.code = last.code.slice(0, exportAt);
  for (const piece of pieces) piece.code = (await transform(piece.code, { minifyWhitespace: true, format: 'esm', loader: 'js' })).code;
  pieces[0].code += exportList;
  // Every file that puts code in the bundle must have its piece, or the shares are wrong.
  const inputs = Object.entries(Object.values(metafile.outputs)[0].inputs).filter(([, input]) => input.bytesInOutput > 0).map(([file]) => file);
  const found = new Set(pieces.map((piece) => piece.file));
  const missing = inputs.filter((file) => !found.has(file));
  if (missing.length > 0) throw new Error(`size-report: no module comment found for ${missing.join(', ')}`);
  return pieces;
}

if (!existsSync(dist)) {
  console.error('size-report: dist/index.js is missing; run `npm run build` first.');
  process.exit(1);
}
const core = await bundle(`export * from ${JSON.stringify(dist)};`);
console.log(`newsdoc core entry (${relative(root, dist)}), bundled and minified by esbuild:`);
console.log(`  ${group(core.bytes.length)} B minified, ${group(gzip(core.bytes))} B min+gz, ${group(brotli(core.bytes))} B min+brotli`);

const pieces = await sourcePieces();
const whole = pieces.map((piece) => piece.code).join('');
const wholeGz = gzip(Buffer.from(whole));
const rows = pieces.map((piece, k) => {
  const without = pieces.filter((_, j) => j !== k).map((other) => other.code).join('');
  return { file: piece.file, min: Buffer.byteLength(piece.code), gz: wholeGz - gzip(Buffer.from(without)) };
});
rows.sort((a, b) => b.gz - a.gz);
console.log(`\nlargest contributors (built from src/index.ts: ${group(Buffer.byteLength(whole))} B minified, ${group(wholeGz)} B min+gz);`);
console.log('gz = what the gzipped core shrinks by without the file:');
console.log('     gz     share   minified  file');
for (const row of rows.slice(0, SHOWN_CONTRIBUTORS)) {
  const share = `${((100 * row.gz) / wholeGz).toFixed(1)}%`;
  console.log(`  ${group(row.gz).padStart(6)}  ${share.padStart(7)}  ${group(row.min).padStart(8)}  ${row.file}`);
}
if (rows.length > SHOWN_CONTRIBUTORS) {
  const rest = rows.slice(SHOWN_CONTRIBUTORS);
  console.log(`  ${group(rest.reduce((sum, row) => sum + row.gz, 0)).padStart(6)}           ${group(rest.reduce((sum, row) => sum + row.min, 0)).padStart(8)}  ${rest.length} smaller files`);
}

console.log('\neach export imported alone from dist/index.js (tree-shaken, minified), and the same');
console.log('export bundled from src/index.ts, where a bundler can drop whole unused files:');
console.log('     gz   minified  from src  export');
const leaks = [];
for (const name of await exportNames()) {
  const alone = await bundle(`export { ${name} } from ${JSON.stringify(dist)};`);
  const fromSource = await bundle(`export { ${name} } from './src/index.ts';`);
  const extra = alone.bytes.length - fromSource.bytes.length;
  if (extra > MAX_SHAKE_LOSS) leaks.push(`${name}: ${group(extra)} B more than from the sources`);
  console.log(`  ${group(gzip(alone.bytes)).padStart(6)}  ${group(alone.bytes.length).padStart(8)}  ${group(fromSource.bytes.length).padStart(8)}  ${name}`);
}
if (leaks.length > 0) {
  // A module-level statement with possible side effects (a call, `new RegExp` from a template,
  // a class extending a global esbuild does not know) stays in every bundle of dist/index.js,
  // with everything it references: docs/performance.md, "Tree-shaking".
  console.error(`\nsize-report: dist/index.js tree-shakes worse than its sources:\n  ${leaks.join('\n  ')}`);
  process.exit(1);
}
