/**
 * No stage can throw out of parseArticle: a stage that fails (here made to, on purpose)
 * leaves its own fields empty, puts an INTERNAL_ERROR on the document, and leaves the other
 * stages and the other documents of a corpus alone.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/parse/metadata.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parse/metadata.js')>();
  return {
    ...original,
    readMetadata: (...args: Parameters<typeof original.readMetadata>) => {
      if (args[0].includes('FAIL-HERE')) throw new RangeError('Maximum call stack size exceeded');
      return original.readMetadata(...args);
    },
  };
});

const { parseArticle, parseCorpus } = await import('../../src/index.js');

const good = ' date 2021-11-02\n\nHarbour reopens after repairs\n\nKAZAN, November 2 – RIA Novosti. The harbour reopened.\n';
const bad = ' date 2021-11-03\n\nBridge closes FAIL-HERE for the winter\n\nPERM, November 3 – RIA Novosti. The bridge closed.\n';

describe('a stage that throws', () => {
  it('becomes an INTERNAL_ERROR on the document, its fields empty, the rest read', () => {
    const { ok, article, diagnostics } = parseArticle(bad);
    expect(ok).toBe(false);
    expect(diagnostics.filter((d) => d.code === 'INTERNAL_ERROR').map((d) => [d.severity, d.start.offset])).toEqual([['error', 0]]);
    expect(article?.title).toBeNull();
    expect(article?.tags).toEqual([]);
    expect(article?.date).toBe('2021-11-03');
    expect(article?.dateline?.place).toBe('PERM');
    expect(article?.body).toBe('PERM, November 3 – RIA Novosti. The bridge closed.');
  });

  it('does not touch the other documents of a corpus', () => {
    const records = parseCorpus(good + bad + good);
    expect(records.map((r) => r.ok)).toEqual([true, false, true]);
    expect(records.map((r) => r.article?.title)).toEqual(['Harbour reopens after repairs', null, 'Harbour reopens after repairs']);
  });
});
