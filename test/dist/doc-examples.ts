/**
 * Finds the examples the docs show with a result (`expr; //=> value`, or `//=> value` on
 * the lines after the statement, continued by `//` lines) and turns each code block into a
 * script that checks every shown result. Blocks come from the TSDoc of src/ (```ts fences
 * inside doc comments) and from README.md (```js and ```ts fences).
 *
 * A result is a JavaScript expression compared with a deep equality, or `throws Name`,
 * which expects the statement to throw an error of that name.
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

const FENCE = /^```(?:ts|js|typescript|javascript)\s*$/;

function fencedBlocks(lines: readonly string[], where: (line: number) => string, file: string): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE.test(lines[i] ?? '')) continue;
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

/** The example blocks of a Markdown file. */
export function markdownBlocks(root: string, path: string): ExampleBlock[] {
  const file = relative(root, path);
  return fencedBlocks(readFileSync(path, 'utf8').split('\n'), (line) => `${file}:${line + 1}`, file);
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

/** Compiles a block: imports and requires of the package are dropped (its exports are in scope). */
export function compileBlock(code: string): CompiledBlock {
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
      for (let s = i + 1; s < j; s++) lines[s] = '';
      offset = next;
      i = j - 1;
      continue;
    }
    offset += line.length + 1;
  }
  const source = lines.join('\n');
  const file = ts.createSourceFile('example.ts', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const statements: ts.ExpressionStatement[] = [];
  const drop: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) drop.push([node.getStart(), node.getEnd()]);
    else if (ts.isVariableStatement(node) && /require\(\s*['"]newsdoc['"]\s*\)/.test(node.getText())) drop.push([node.getStart(), node.getEnd()]);
    if (ts.isExpressionStatement(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  const checks: Check[] = [];
  const edits: { start: number; end: number; text: string }[] = drop.map(([start, end]) => ({ start, end, text: '' }));
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
