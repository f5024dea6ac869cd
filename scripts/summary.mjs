// `npm start`: a one-line-per-document report over a directory of `.txt` files (or the
// files named), read with the BUILT package. A report, not a check: documents with
// diagnostics still exit 0; only a usage error or a crash exits non-zero.
//
//   node scripts/summary.mjs fixtures
//   node scripts/summary.mjs fixtures/seed.txt fixtures/crlf.txt
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TITLE_WIDTH = 60;

function usage(message) {
  if (message) console.error(`summary: ${message}`);
  console.error('usage: node scripts/summary.mjs <dir | file.txt …>');
  process.exit(2);
}

/** Expands directories into their `*.txt` files (sorted); keeps named files as given. */
function collectFiles(args) {
  const files = [];
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      usage(`no such file or directory: ${arg}`);
    }
    if (stat.isDirectory()) {
      const names = readdirSync(arg)
        .filter((name) => name.endsWith('.txt'))
        .sort();
      for (const name of names) files.push(join(arg, name));
    } else {
      files.push(arg);
    }
  }
  return files;
}

function truncate(text, width) {
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('').trimEnd()}…`;
}

function describeDateline(dateline) {
  if (!dateline) return '-';
  return [dateline.place ?? '-', dateline.agency ?? '-', dateline.date ?? '-'].join('/');
}

/**
 * One row per document: a file holding several documents (split by `parseCorpus` at their
 * header lines) gives one row each, named `file.txt#1`, `file.txt#2` …
 */
function summariseFile(file, api) {
  const text = readFileSync(file, 'utf8');
  const records = typeof api.parseCorpus === 'function' ? api.parseCorpus(text) : [];
  if (records.length > 1) {
    return records.map((record, i) => summarise(`${basename(file)}#${i + 1}`, record));
  }
  return [summarise(basename(file), api.parseArticle(text))];
}

function summarise(name, { article, diagnostics }) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const title = article?.title ? truncate(article.title.replace(/\s+/gu, ' '), TITLE_WIDTH) : '(no title)';
  const counts = [errors ? `${errors} error${errors === 1 ? '' : 's'}` : '', warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(', ');
  return {
    cells: [
      name,
      article?.date ?? '-',
      article?.source?.host ?? '-',
      title,
      describeDateline(article?.dateline),
      `diagnostics ${diagnostics.length}${counts ? ` (${counts})` : ''}`,
    ],
    hasTitle: Boolean(article?.title),
    hasDateline: Boolean(article?.dateline),
    errors,
    warnings,
  };
}

/** Pads every column but the last to its widest cell, counting code points, not UTF-16 units. */
function printAligned(rows) {
  const widths = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, Array.from(cell).length);
    });
  }
  for (const row of rows) {
    const line = row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - Array.from(cell).length)))
      .join('  ');
    console.log(line);
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) usage();

  const dist = new URL('../dist/index.js', import.meta.url);
  let api;
  try {
    api = await import(dist.href);
  } catch (error) {
    console.error(`summary: cannot load ${dist.pathname}; run \`npm run build\` first`);
    throw error;
  }

  const files = collectFiles(args);
  const results = files.flatMap((file) => summariseFile(file, api));
  printAligned(results.map((r) => r.cells));

  const total = (key) => results.filter((r) => r[key]).length;
  const sum = (key) => results.reduce((acc, r) => acc + r[key], 0);
  if (results.length > 0) console.log('');
  console.log(
    `total: ${results.length} documents, ${total('hasTitle')} with title, ${total('hasDateline')} with dateline, ` +
      `${sum('errors')} errors, ${sum('warnings')} warnings`,
  );
}

// Guard so the helpers can be imported without running the report.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
