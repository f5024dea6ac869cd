/**
 * The Markdown docs (README.md, CONTRIBUTING.md, docs/*.md) keep the promises a newcomer
 * relies on: every code block says what it is, every JavaScript block shows results that
 * test/dist/doc-examples.test.ts checks (or says why it cannot run), every relative link
 * and anchor resolves, and the guides are listed in one order in the README and in the
 * site's navigation (docs/guides.md), with the guides the project promises among them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownFences, markdownPages, SCRIPT_LANGUAGES } from './dist/doc-examples.js';

const root = join(import.meta.dirname, '..');
const pages = markdownPages(root);

// What a block may be: scripts (run when they show `//=>`), shell sessions (run), shell
// commands without output, inputs in the newsdoc format, SQL (run by test/warehouse.test.ts),
// Python recipes for Spark, and JSON.
const LANGUAGES = new Set([...SCRIPT_LANGUAGES, 'console', 'sh', 'text', 'sql', 'python', 'json']);

/** GitHub's anchor for a heading: lower case, punctuation removed, each space a hyphen. */
function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replaceAll(' ', '-');
}

/** The lines of a page outside its fenced blocks. */
function proseLines(text: string): string[] {
  const out: string[] = [];
  let inFence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    else if (!inFence) out.push(line);
  }
  return out;
}

/** The anchors of a page's headings, numbered as GitHub numbers repeats (`-1`, `-2`). */
function anchorsOf(path: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(readFileSync(path, 'utf8'))) {
    const heading = /^#{1,6} (.*)$/.exec(line)?.[1]?.trim();
    if (heading === undefined) continue;
    const base = githubSlug(heading.replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1'));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** The relative link targets of a page's prose (code spans left out). */
function linksOf(path: string): string[] {
  const links: string[] = [];
  for (const line of proseLines(readFileSync(path, 'utf8'))) {
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] ?? '';
      if (!/^[a-z][\d+.a-z-]*:/i.test(target)) links.push(target);
    }
  }
  return links;
}

/** The guides of docs/guides.md's front matter (`Title: file.md` under `children:`), in order. */
function siteGuides(): [string, string][] {
  const text = readFileSync(join(root, 'docs', 'guides.md'), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return [...front.matchAll(/^ {2}(.+?):\s+(\S+)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

describe('code blocks of the docs', () => {
  const blocks = pages.flatMap((p) => markdownFences(root, p));

  it('are found on every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(14);
    for (const page of pages) expect(existsSync(page), page).toBe(true);
    expect(blocks.length).toBeGreaterThan(50);
  });

  it('each name their language', () => {
    expect(blocks.filter((b) => !LANGUAGES.has(b.lang)).map((b) => `${b.where} \`\`\`${b.lang}`)).toEqual([]);
  });

  it('each JavaScript block shows results, or says why it cannot run', () => {
    const silent = blocks.filter((b) => SCRIPT_LANGUAGES.has(b.lang) && !b.code.includes('//=>') && !/^not run: \S/.test(b.note ?? ''));
    expect(silent.map((b) => b.where)).toEqual([]);
  });

  it('a JSON block is a value shown without running: each says why', () => {
    expect(blocks.filter((b) => b.lang === 'json' && !/^not run: \S/.test(b.note ?? '')).map((b) => b.where)).toEqual([]);
  });

  it('a console block opens with a command; a sh block holds commands only (output goes in console blocks)', () => {
    expect(blocks.filter((b) => b.lang === 'console' && !b.code.startsWith('$ ')).map((b) => b.where)).toEqual([]);
    expect(blocks.filter((b) => b.lang === 'sh' && /^\$ /m.test(b.code)).map((b) => b.where)).toEqual([]);
  });

  it('a file note names a plain relative path', () => {
    const files = blocks.filter((b) => (b.note ?? '').startsWith('file:'));
    expect(files.length).toBeGreaterThan(0);
    for (const b of files) expect(b.note, b.where).toMatch(/^file: [\w-]+(?:\/[\w-]+)*\.\w+$/);
  });
});

describe('links of the docs', () => {
  it('every relative link names a file, and every anchor a heading of it', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of linksOf(page)) {
        const [path = '', anchor] = link.split('#');
        const target = path === '' ? page : join(dirname(page), decodeURIComponent(path));
        const from = relative(root, page);
        if (!existsSync(target)) broken.push(`${from}: ${link} (no such file)`);
        else if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(target).has(anchor)) broken.push(`${from}: ${link} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the slug rule gives GitHub anchors', () => {
    expect(githubSlug('1. The header line')).toBe('1-the-header-line');
    expect(githubSlug('`parseArticle(text, options?)`')).toBe('parsearticletext-options');
    expect(githubSlug('Dates: what is never invented')).toBe('dates-what-is-never-invented');
    expect(githubSlug('The `reference` option')).toBe('the-reference-option');
  });
});

describe('the guides', () => {
  const guides = siteGuides();
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md') && f !== 'guides.md').sort();

  it("are every page of docs/, and CONTRIBUTING.md, in the site's navigation", () => {
    expect(guides.map(([, file]) => file).filter((f) => !f.startsWith('../')).sort()).toEqual(docs);
    expect(guides.map(([, file]) => file)).toContain('../CONTRIBUTING.md');
    for (const [title, file] of guides) {
      const text = readFileSync(join(root, 'docs', file), 'utf8');
      // The navigation shows the title as plain text: the page's heading without code marks.
      expect(text.split('\n').find((l) => l.startsWith('# '))?.replaceAll('`', ''), file).toBe(`# ${title}`);
    }
  });

  it('include those the project promises a newcomer', () => {
    for (const page of ['getting-started', 'format', 'dates', 'urls', 'diagnostics', 'cli', 'streaming', 'schema', 'warehouse', 'scale', 'performance', 'fixtures', 'limits']) {
      expect(docs, page).toContain(`${page}.md`);
    }
  });

  it('are listed in the README in the order of the navigation', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = /\n## Documentation\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    const listed = [...section.matchAll(/^- \[[^\]]*\]\(([^)#]+)\)/gm)].map((m) => m[1]);
    expect(listed).toEqual(guides.map(([, file]) => (file.startsWith('../') ? file.slice(3) : `docs/${file}`)));
  });

  it('are what the site is built from: typedoc opens on the README and adds docs/guides.md', () => {
    const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { readme: string; projectDocuments: string[] };
    expect(config.readme).toBe('README.md');
    expect(config.projectDocuments).toEqual(['docs/guides.md']);
  });
});
