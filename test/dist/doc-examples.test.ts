/**
 * Docs that are true because they run: every example in the TSDoc of src/ and in
 * README.md that shows a result (`//=>`) is run against the BUILT package (internal
 * helpers against their own module) and its result compared with the one shown.
 * Run after `npm run build`, by `npm run test:dist`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileBlock, markdownBlocks, sourceFiles, tsdocBlocks, type ExampleBlock } from './doc-examples.js';

const root = join(import.meta.dirname, '..', '..');
const dist = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Record<string, unknown>;

const blocks: ExampleBlock[] = [...sourceFiles(join(root, 'src')).flatMap((f) => tsdocBlocks(root, f)), ...markdownBlocks(root, join(root, 'README.md'))];

async function scopeOf(block: ExampleBlock): Promise<Record<string, unknown>> {
  if (!block.file.startsWith('src/')) return dist;
  const own = (await import(pathToFileURL(join(root, block.file)).href)) as Record<string, unknown>;
  // Public names come from the built package; a helper that is not exported, from its module.
  return { ...own, ...dist };
}

describe('examples in the docs', () => {
  it('are found in src/ and README.md', () => {
    expect(blocks.filter((b) => b.file.startsWith('src/')).length).toBeGreaterThan(30);
    expect(blocks.filter((b) => b.file === 'README.md').length).toBeGreaterThanOrEqual(2);
  });

  it.each(blocks.map((b) => [b.where, b] as const))('%s shows what the code does', async (_where, block) => {
    const { script, checks } = compileBlock(block.code);
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
  });
});
