/**
 * Finds the examples the docs show with a result and turns each into a check:
 *
 * - a JavaScript or TypeScript block that shows results (`expr; //=> value`, or `//=> value`
 *   on the lines after the statement, continued by `//` lines) becomes a script that checks
 *   every shown result. A result is a JavaScript expression compared with a deep equality,
 *   or `throws Name`, which expects the statement to throw an error of that name. Blocks
 *   come from the TSDoc of src/ (```ts fences inside doc comments) and from the Markdown
 *   pages (```js and ```ts fences).
 * - a ```console block of a Markdown page is a shell session: each `$ command` line is run
 *   and what it writes to standard output compared with the lines below it, where a line
 *   `...` stands for any number of lines. A block right after a `<!-- file: NAME -->` line
 *   is a file the page's sessions read (written to their directory first).
 *
 * A Markdown block may be marked `<!-- not run: why -->` on the line before it: it shows no
 * result (a recipe with a placeholder, a shape) and test/docs.test.ts holds every other
 * JavaScript block to showing one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface ExampleBlock {
  /** Where the block is: `src/normalize/normalize-url.ts:24` or `README.md:40`. */
  readonly where: string;
  /** The file the block documents (its exports are in scope for internal helpers). */
  readonly file: string;
  readonly code: string;
}

/** A fenced block of a Markdown page, with its language and the note on the line before it. */
export interface MarkdownBlock extends ExampleBlock {
  /** The fence's language (`js`, `console`, `text`), `''` when none is given. */
  readonly lang: string;
  /** The line number (1-based) of the opening fence. */
  readonly line: number;
  /** The text of an HTML comment on the line before the fence (`file: a.txt`, `not run: …`), or `null`. */
  readonly note: string | null;
}

export interface Check {
  /** The statement's source text, for the report. */
  readonly statement: string;
  /** The shown result: a JavaScript expression, or `throws Name`. */
  readonly expected: string;
}

/** A script of the block (run as an async function body) with every checked statement replaced by `await __check(i, async () => expr)`. */
export interface CompiledBlock {
  readonly script: string;
  readonly checks: readonly Check[];
}

/** The languages whose blocks are JavaScript. */
export const SCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['ts', 'js', 'typescript', 'javascript']);

const SCRIPT_FENCE = /^```(?:ts|js|typescript|javascript)\s*$/;
// An opening fence and its language: ```js, ```console, ``` (none).
const ANY_FENCE = /^```([\w-]*)\s*$/;
// A note on the line before a fence: `<!-- file: harbour.txt -->`.
const NOTE = /^<!--(.*)-->$/;

function fencedBlocks(lines: readonly string[], where: (line: number) => string, file: string): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!SCRIPT_FENCE.test(lines[i] ?? '')) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && (lines[end] ?? '').trim() !== '```') end++;
    const code = lines.slice(start, end).join('\n');
    if (code.includes('//=>')) blocks.push({ where: where(start), file, code });
    i = end;
  }
  return blocks;
}

// A doc comment line without the two characters that close the comment.
function withoutCommentEnd(line: string): string {
  return line.endsWith('*/') ? line.slice(0, -2).trimEnd() : line;
}

/** The example blocks in the doc comments of one source file. */
export function tsdocBlocks(root: string, path: string): ExampleBlock[] {
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path);
  const blocks: ExampleBlock[] = [];
  for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const firstLine = text.slice(0, m.index).split('\n').length;
    const lines = m[0].split('\n').map((l) => withoutCommentEnd(l.replace(/^\s*\/?\*\*?\/?\s?/, '')));
    blocks.push(...fencedBlocks(lines, (line) => `${file}:${firstLine + line}`, file));
  }
  return blocks;
}

/** Every fenced block of a Markdown file, in order. */
export function markdownFences(root: string, path: string): MarkdownBlock[] {
  const file = relative(root, path);
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: MarkdownBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = ANY_FENCE.exec(lines[i] ?? '');
    if (open === null) continue;
    let end = i + 1;
    while (end < lines.length && (lines[end] ?? '').trim() !== '```') end++;
    const note = NOTE.exec((lines[i - 1] ?? '').trim())?.[1]?.trim() ?? null;
    blocks.push({ where: `${file}:${i + 2}`, file, code: lines.slice(i + 1, end).join('\n'), lang: open[1] ?? '', line: i + 1, note });
    i = end;
  }
  return blocks;
}

/** The JavaScript blocks of a Markdown file that show a result. */
export function markdownBlocks(root: string, path: string): MarkdownBlock[] {
  return markdownFences(root, path).filter((b) => SCRIPT_LANGUAGES.has(b.lang) && b.code.includes('//=>'));
}

/** The Markdown pages whose examples run: README.md, CONTRIBUTING.md and docs/*.md. */
export function markdownPages(root: string): string[] {
  const docs = join(root, 'docs');
  const pages = readdirSync(docs)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(docs, f));
  return [join(root, 'README.md'), join(root, 'CONTRIBUTING.md'), ...pages];
}

/** Every `.ts` file under `dir`. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * How a block's imports are treated: `scope` drops them (a TSDoc example uses the package's
 * names, which the runner puts in scope); `module` turns each into a call of `__import`
 * (a Markdown example must import what it uses, as a reader who copies it must).
 */
export type ImportMode = 'scope' | 'module';

/** The statement an import declaration becomes under `module`: `const { a, b: c } = await __import('x');`. */
function importAsCall(node: ts.ImportDeclaration): string {
  const spec = (node.moduleSpecifier as ts.StringLiteral).text;
  const clause = node.importClause;
  if (clause === undefined) return `await __import(${JSON.stringify(spec)});`;
  if (clause.isTypeOnly) return '';
  const parts: string[] = [];
  if (clause.name !== undefined) parts.push(`default: ${clause.name.text}`);
  const bindings = clause.namedBindings;
  if (bindings !== undefined && ts.isNamespaceImport(bindings)) return `const ${bindings.name.text} = await __import(${JSON.stringify(spec)});`;
  if (bindings !== undefined) {
    for (const element of bindings.elements) {
      if (element.isTypeOnly) continue;
      parts.push(element.propertyName === undefined ? element.name.text : `${element.propertyName.getText()}: ${element.name.text}`);
    }
  }
  return `const { ${parts.join(', ')} } = await __import(${JSON.stringify(spec)});`;
}

/** Compiles a block; see {@link ImportMode} for what becomes of its imports. */
export function compileBlock(code: string, imports: ImportMode = 'scope'): CompiledBlock {
  const lines = code.split('\n');
  // The shown results, each with the offset of its `//=>` and the text after it.
  const marks: { at: number; expected: string }[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const k = line.indexOf('//=>');
    if (k >= 0) {
      let expected = line.slice(k + 4).trim();
      // Continuation lines: `//     agency: …` right below.
      let j = i + 1;
      let next = offset + line.length + 1;
      while (j < lines.length && /^\s*\/\/(?!=>)/.test(lines[j] ?? '')) {
        expected += ` ${(lines[j] ?? '').replace(/^\s*\/\//, '').trim()}`;
        next += (lines[j] ?? '').length + 1;
        j++;
      }
      marks.push({ at: offset + k, expected });
      // The continuation lines stay as they are (comments), so every offset stays true.
      offset = next;
      i = j - 1;
      continue;
    }
    offset += line.length + 1;
  }
  const source = lines.join('\n');
  const file = ts.createSourceFile('example.ts', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const statements: ts.ExpressionStatement[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) edits.push({ start: node.getStart(), end: node.getEnd(), text: imports === 'module' ? importAsCall(node) : '' });
    else if (imports === 'scope' && ts.isVariableStatement(node) && /require\(\s*['"]newsdoc['"]\s*\)/.test(node.getText())) edits.push({ start: node.getStart(), end: node.getEnd(), text: '' });
    if (ts.isExpressionStatement(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  const checks: Check[] = [];
  for (const mark of marks) {
    let best: ts.ExpressionStatement | undefined;
    for (const s of statements) if (s.getEnd() <= mark.at && (best === undefined || s.getEnd() > best.getEnd())) best = s;
    if (best === undefined) throw new Error(`no statement before //=> ${mark.expected}`);
    const index = checks.length;
    checks.push({ statement: best.expression.getText(), expected: mark.expected });
    edits.push({ start: best.getStart(), end: best.getEnd(), text: `await __check(${index}, async () => (${best.expression.getText()}));` });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  const script = ts.transpileModule(out, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  return { script, checks };
}

/** One command of a console session and the standard output shown for it. */
export interface ConsoleStep {
  readonly command: string;
  /** The lines shown; a line `...` stands for any number of lines. */
  readonly expected: readonly string[];
}

/** The commands of a ```console block (`$ ` lines) and the output shown under each. */
export function consoleSteps(code: string): ConsoleStep[] {
  const steps: { command: string; expected: string[] }[] = [];
  for (const line of code.split('\n')) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), expected: [] });
    else if (steps.length === 0) throw new Error(`console block: output before any $ command: ${line}`);
    else steps[steps.length - 1]?.expected.push(line);
  }
  return steps;
}

/** Whether `actual` output lines match the `expected` ones, where a line `...` matches any run of lines. */
export function outputMatches(expected: readonly string[], actual: readonly string[]): boolean {
  const match = (e: number, a: number): boolean => {
    if (e === expected.length) return a === actual.length;
    if (expected[e] === '...') {
      for (let k = a; k <= actual.length; k++) if (match(e + 1, k)) return true;
      return false;
    }
    return a < actual.length && expected[e] === actual[a] && match(e + 1, a + 1);
  };
  return match(0, 0);
}
