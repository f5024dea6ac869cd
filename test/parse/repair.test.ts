/**
 * `repair: 'safe'` is idempotent: repairing a repaired body changes nothing, and reading a
 * repaired body again reports no defect that a repair would fix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

const doc = (paragraph: string): string => ` date 2021-11-02\n\nHarbour reopens after repairs\n\nThe port authority said that ${paragraph}`;
const repaired = (paragraph: string): { body: string | null; repairs: number } => {
  const { article, diagnostics } = parseArticle(doc(paragraph), { repair: 'safe' });
  return {
    body: article?.body ?? null,
    repairs: diagnostics.filter((d) => d.code === 'REPAIR_APPLIED').length,
  };
};

describe("repair: 'safe'", () => {
  it('fixes a space of any kind before punctuation, and the fix needs no second pass', () => {
    const once = repaired('the harbour reopened\u00a0.Boats may dock on Friday\u00a0.');
    expect(once.body).toBe('The port authority said that the harbour reopened. Boats may dock on Friday.');
    expect(once.repairs).toBe(2);
    const twice = repaired((once.body ?? '').replace('The port authority said that ', ''));
    expect(twice).toEqual({ body: once.body, repairs: 0 });
  });

  it('repairing twice equals repairing once, and a repaired body reports nothing a repair would fix', () => {
    const token = fc.constantFrom(
      'harbour', 'Boats', 'ended', 'The', 'In', 'Situation', 'with', 'Visas', 'logic', 'Friday', 'B',
      ' ', ' ', ' ', '\u00a0', '  ', '\t', '.', ',', ';', ':', '!', '?', '. ', ', ',
      '& lt;', '& gt;', '&amp;', '&amp;lt;', '&nbsp;', '&#150;', '&quot;', '”', '"', ')', '(', 'ria.ru', 'e.g.', '3.5',
    );
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 30 }), (tokens) => {
        const paragraph = `${tokens.join('')} and the harbour reopened.`;
        const once = repaired(paragraph);
        fc.pre(once.body !== null && once.body.startsWith('The port authority said that '));
        const again = repaired((once.body ?? '').slice('The port authority said that '.length));
        expect(again.body).toBe(once.body);
        expect(again.repairs).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });
});
