// Checks the API site that typedoc wrote (`npm run docs` runs it after typedoc):
//
// - no broken link: every relative `href` and `src` of every page, and every path in the
//   navigation and search data, names a file of the site, and every `#fragment` an `id`
//   (or `name`) in the page it points to;
// - the site is the one the docs promise: it opens on the README, lists functions before
//   types on each module page, shows the fields of `Article` in their order in the source,
//   and has a page for every guide in docs/.
//
//   node scripts/check-site.mjs [site=docs/api]
//
// Prints each problem and exits 1 when there is one. Importable: `brokenLinks(site)` and
// `shapeProblems(site, expected)`; see check-site.d.mts.
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every file under `dir`, as paths relative to it with `/` separators. */
function filesUnder(dir, base = dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, base, out);
    else out.push(relative(base, path).split(sep).join('/'));
  }
  return out;
}

// An attribute that names another resource: `href="…"`, `src="…"`.
const LINK_ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
// An anchor a fragment can name: `id="…"`, `name="…"`.
const ANCHOR_ATTRIBUTE = /\s(?:id|name)="([^"]*)"/g;
// A link that leaves the site: a scheme (`https:`, `mailto:`) or a protocol-relative `//host`.
const EXTERNAL = /^(?:[a-z][\d+.a-z-]*:|\/\/)/i;

/** Decodes the entities typedoc writes in attribute values. */
function unescapeAttribute(value) {
  return value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** The anchors of a page (or an SVG sprite), read once per file. */
function anchorsOf(site, file, cache) {
  let anchors = cache.get(file);
  if (anchors === undefined) {
    const text = readFileSync(join(site, file), 'utf8');
    anchors = new Set([...text.matchAll(ANCHOR_ATTRIBUTE)].map((m) => unescapeAttribute(m[1] ?? '')));
    cache.set(file, anchors);
  }
  return anchors;
}

/** The paths of the navigation tree (`assets/navigation.js`: base64 of deflated JSON). */
function navigationPaths(site) {
  const file = join(site, 'assets', 'navigation.js');
  if (!existsSync(file)) return [];
  const data = /"([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const tree = JSON.parse(inflateSync(Buffer.from(data, 'base64')).toString('utf8'));
  const out = [];
  const walk = (nodes) => {
    for (const node of nodes) {
      if (typeof node.path === 'string') out.push(node.path);
      if (Array.isArray(node.children)) walk(node.children);
    }
  };
  walk(tree);
  return out;
}

/** The page paths of the search index (`assets/search.js`, the same encoding). */
function searchPaths(site) {
  const file = join(site, 'assets', 'search.js');
  if (!existsSync(file)) return [];
  const data = /"([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const index = JSON.parse(inflateSync(Buffer.from(data, 'base64')).toString('utf8'));
  return (index.rows ?? []).map((row) => row.url).filter((url) => typeof url === 'string');
}

/**
 * Checks one link of `from` (a path relative to the site): `null` when it resolves, else why not.
 * `fromRoot` links (navigation and search data) are relative to the site's root.
 */
function checkLink(site, from, link, cache, fromRoot = false) {
  if (link === '' || EXTERNAL.test(link)) return null;
  const hashAt = link.indexOf('#');
  const pathPart = (hashAt < 0 ? link : link.slice(0, hashAt)).split('?')[0] ?? '';
  const fragment = hashAt < 0 ? null : decodeURIComponent(link.slice(hashAt + 1));
  let target = from;
  if (pathPart !== '') {
    let absolute = resolve(fromRoot ? site : dirname(join(site, from)), decodeURIComponent(pathPart));
    // A link to a directory (typedoc links the README's page as `../`) is its index.html, as a server serves it.
    if (existsSync(absolute) && statSync(absolute).isDirectory()) absolute = join(absolute, 'index.html');
    target = relative(site, absolute).split(sep).join('/');
    if (target.startsWith('..')) return 'points outside the site';
    if (!existsSync(absolute) || !statSync(absolute).isFile()) return 'no such file';
  }
  if (fragment === null || fragment === '') return null;
  if (!/\.(?:html|svg)$/.test(target)) return null;
  return anchorsOf(site, target, cache).has(fragment) ? null : `no anchor #${fragment} in ${target}`;
}

/**
 * Every broken link of the site in `site`: `file: link (why)`, in file order.
 *
 * @param {string} site - The directory typedoc wrote.
 * @returns {string[]}
 */
export function brokenLinks(site) {
  const cache = new Map();
  const problems = [];
  for (const file of filesUnder(site).filter((f) => f.endsWith('.html'))) {
    const text = readFileSync(join(site, file), 'utf8');
    for (const m of text.matchAll(LINK_ATTRIBUTE)) {
      const link = unescapeAttribute(m[1] ?? '');
      const why = checkLink(site, file, link, cache);
      if (why !== null) problems.push(`${file}: ${link} (${why})`);
    }
  }
  for (const [what, paths] of [
    ['assets/navigation.js', navigationPaths(site)],
    ['assets/search.js', searchPaths(site)],
  ]) {
    for (const path of paths) {
      const why = checkLink(site, what, path, cache, true);
      if (why !== null) problems.push(`${what}: ${path} (${why})`);
    }
  }
  return problems;
}

/** The text of an HTML fragment without its tags and with its entities decoded. */
function textOf(html) {
  return unescapeAttribute(html.replace(/<[^<>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** The headings of a page, as plain text, in order. */
function headingsOf(html) {
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => textOf(m[2] ?? ''));
}

/** A Markdown heading as typedoc renders its text: without code spans' backticks, emphasis and link targets. */
function markdownHeadingText(line) {
  return line
    .replace(/^#+\s+/, '')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .trim();
}

/**
 * What the site should show, read from the sources.
 *
 * @param {string} root - The repository.
 */
export function expectedShape(root = ROOT) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const readmeHeadings = readme.split('\n').filter((l) => /^#{1,3} /.test(l)).map(markdownHeadingText);
  const article = readFileSync(join(root, 'src', 'model', 'article.ts'), 'utf8');
  const body = /export interface Article \{([\s\S]*?)\n\}/.exec(article)?.[1] ?? '';
  const articleFields = [...body.matchAll(/^ {2}readonly (\w+)/gm)].map((m) => m[1] ?? '');
  const docsDir = join(root, 'docs');
  const guides = readdirSync(docsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => markdownHeadingText(readFileSync(join(docsDir, f), 'utf8').split('\n').find((l) => l.startsWith('# ')) ?? ''));
  return { readmeHeadings, articleFields, guides };
}

/** The position of the group heading `title` (`Functions`, `Interfaces`) in a module page, or -1. */
function groupAt(html, title) {
  const m = new RegExp(`<h2[^>]*>${title}<`).exec(html);
  return m === null ? -1 : m.index;
}

/**
 * Where the site in `site` differs from what it should show.
 *
 * @param {string} site - The directory typedoc wrote.
 * @param {{ readmeHeadings: string[], articleFields: string[], guides: string[] }} expected - See {@link expectedShape}.
 * @returns {string[]}
 */
export function shapeProblems(site, expected) {
  const problems = [];
  const read = (file) => (existsSync(join(site, file)) ? readFileSync(join(site, file), 'utf8') : null);

  const index = read('index.html');
  if (index === null) problems.push('index.html is missing');
  else {
    const shown = new Set(headingsOf(index));
    const missing = expected.readmeHeadings.filter((h) => !shown.has(h));
    if (missing.length > 0) problems.push(`index.html does not show the README (headings missing: ${missing.join(', ')})`);
  }

  const modules = filesUnder(site).filter((f) => f.startsWith('modules/') && f.endsWith('.html'));
  if (modules.length === 0) problems.push('no module page');
  for (const file of modules) {
    const html = read(file) ?? '';
    const functions = groupAt(html, 'Functions');
    for (const types of ['Interfaces', 'Type Aliases']) {
      const at = groupAt(html, types);
      if (at >= 0 && (functions < 0 || at < functions)) problems.push(`${file}: ${types} are listed before Functions`);
    }
  }

  const articlePage = modules.length === 0 ? null : read('interfaces/index.Article.html');
  if (articlePage === null) problems.push('interfaces/index.Article.html is missing');
  else {
    // Each member's section opens with its anchor; the index above them only links to it.
    const order = expected.articleFields
      .map((field) => ({ field, at: articlePage.search(new RegExp(`<(?:a|h3|section)[^>]*\\sid="${field.toLowerCase()}"`)) }))
      .filter((f) => f.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((f) => f.field);
    if (order.join() !== expected.articleFields.join()) {
      problems.push(`Article's fields are shown as ${order.join(', ')}; the source has ${expected.articleFields.join(', ')}`);
    }
  }

  const titles = new Set(filesUnder(site).filter((f) => f.startsWith('documents/')).flatMap((f) => headingsOf(read(f) ?? '').slice(0, 1)));
  for (const guide of expected.guides) if (!titles.has(guide)) problems.push(`no page for the guide "${guide}"`);
  return problems;
}

function main(argv) {
  const site = resolve(argv[0] ?? join(ROOT, 'docs', 'api'));
  if (!existsSync(join(site, 'index.html'))) {
    console.error(`check-site: no site in ${site}; run typedoc first`);
    return 1;
  }
  const problems = [...brokenLinks(site), ...shapeProblems(site, expectedShape(ROOT))];
  for (const p of problems) console.error(`check-site: ${p}`);
  const pages = filesUnder(site).filter((f) => f.endsWith('.html')).length;
  console.log(`check-site: ${pages} pages, ${problems.length === 0 ? 'no broken link, the expected shape' : `${problems.length} problems`}`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
