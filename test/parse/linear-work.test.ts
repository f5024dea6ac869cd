/**
 * The page stage does work linear in the page: counted here as the characters its word
 * counter reads, on the shape that once made it quadratic (a long headline-shaped first
 * line, then thousands of short lines: the headline's words were counted again for each).
 * Eight times the input may cost at most twelve times the work.
 */
import { describe, expect, it, vi } from 'vitest';

const work = { chars: 0 };
vi.mock('../../src/parse/page/line-kinds.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parse/page/line-kinds.js')>();
  return {
    ...original,
    countWords: (text: string) => {
      work.chars += text.length;
      return original.countWords(text);
    },
  };
});

const { parseArticle } = await import('../../src/index.js');

const H = ' date 2021-11-02 https://ria.ru/20211102/a-1234500100.html\n\n';
const shapes: Record<string, (k: number) => string> = {
  'a long first line, then short lines': (k) => `${H}${'Aa'.repeat(k / 4)} bb cc dd\n${'x\n'.repeat(k / 4)}`,
  'a headline with a base64 image, then table rows': (k) =>
    `${H}Harbour photo data:image/png;base64,${'QUJD'.repeat(k / 16)} reopens\n\n${Array.from({ length: k / 48 }, (_, i) => `| ${i} | row of the table | ${i} |`).join('\n')}\n`,
};

function workFor(text: string): number {
  work.chars = 0;
  parseArticle(text);
  return work.chars;
}

describe('the page stage', () => {
  it.each(Object.entries(shapes))('%s: 256 KB costs at most 12 times the work of 32 KB', (_name, make) => {
    const small = workFor(make(32_768));
    const large = workFor(make(262_144));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThanOrEqual(12);
  });
});
