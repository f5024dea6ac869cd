/**
 * The language stage (src/parse/language.ts) on its own, behaviours a mutation run (issue 13)
 * found untested: which fields make the text, when the hook is asked, where its sample ends
 * around a character of two code units, which answers are tags, and how a tag is cased.
 */
import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/internal/report.js';
import { readLanguage, type LanguageHook } from '../../src/parse/language.js';

// Vietnamese, whose letters (ơ, ư, đ) no listed alphabet has: the built-in detector abstains.
const VI_BODY = 'Chiếc phà mới đã chở khách qua sông suốt mùa đông, người dân trong làng cho biết.';
const VI_TITLE = 'Phà mới qua sông';
// English the built-in detector tells by its function words.
const EN_BODY = 'The new ferry has carried people across the river all winter, the villagers said.';

interface Run {
  readonly language: string | null;
  readonly basis: string | null;
  readonly calls: readonly string[];
  readonly codes: readonly (readonly [string, number])[];
}

/** Runs the stage with a hook that records what it is given and answers `answer`; `at` is 7. */
function run(body: string | null, lead: string | null, title: string | null, answer: unknown, withHook = true): Run {
  const calls: string[] = [];
  const hook: LanguageHook = (text) => (calls.push(text), answer as string | null);
  const report = new Reporter();
  const reading = readLanguage(body, lead, title, 7, withHook ? hook : undefined, report);
  const codes = report.finish([0]).map((d) => [d.code, d.start.offset] as const);
  return { language: reading?.language ?? null, basis: reading?.basis ?? null, calls, codes };
}

describe('readLanguage: the text it reads', () => {
  it('joins the fields there are, body, lead, title, by line breaks', () => {
    expect(run(VI_BODY, null, VI_TITLE, null).calls).toEqual([`${VI_BODY}\n${VI_TITLE}`]);
    expect(run(null, VI_BODY, VI_TITLE, null).calls).toEqual([`${VI_BODY}\n${VI_TITLE}`]);
    expect(run(null, null, VI_TITLE, null).calls).toEqual([VI_TITLE]);
    expect(run(VI_BODY, VI_TITLE, null, null).calls).toEqual([`${VI_BODY}\n${VI_TITLE}`]);
  });

  it('tells the language from the fields itself, asking no hook', () => {
    expect(run(EN_BODY, null, null, 'vi')).toEqual({ language: 'en', basis: 'stopwords', calls: [], codes: [] });
    expect(run(null, EN_BODY, null, 'vi')).toMatchObject({ language: 'en', calls: [] });
  });

  it('with no field at all, asks nothing and reports the language unknown at the offset given', () => {
    expect(run(null, null, null, 'vi')).toEqual({ language: null, basis: null, calls: [], codes: [['LANGUAGE_UNKNOWN', 7]] });
    expect(run('', null, null, 'vi')).toEqual({ language: null, basis: null, calls: [], codes: [['LANGUAGE_UNKNOWN', 7]] });
  });

  it('without a hook, reports the language unknown and no hook failure', () => {
    expect(run(VI_BODY, null, VI_TITLE, 'vi', false)).toEqual({ language: null, basis: null, calls: [], codes: [['LANGUAGE_UNKNOWN', 7]] });
  });
});

describe('readLanguage: the hook', () => {
  it('names the language where the built-in abstains, with nothing reported', () => {
    expect(run(VI_BODY, null, VI_TITLE, 'vi')).toEqual({ language: 'vi', basis: 'hook', calls: [`${VI_BODY}\n${VI_TITLE}`], codes: [] });
  });

  it('abstains with null or und: unknown, no failure', () => {
    expect(run(VI_BODY, null, null, null).codes).toEqual([['LANGUAGE_UNKNOWN', 7]]);
    expect(run(VI_BODY, null, null, 'und').codes).toEqual([['LANGUAGE_UNKNOWN', 7]]);
  });

  it.each([
    ['an array holding a tag', ['vi']],
    ['a number', 42],
    ['an object', { language: 'vi' }],
  ])('reports %s as a failed hook, then the language unknown, both at the offset given', (_what, answer) => {
    expect(run(VI_BODY, null, null, answer)).toMatchObject({
      language: null,
      codes: [
        ['LANGUAGE_HOOK_FAILED', 7],
        ['LANGUAGE_UNKNOWN', 7],
      ],
    });
  });

  it('reports a throw as a failed hook', () => {
    const report = new Reporter();
    const reading = readLanguage(VI_BODY, null, null, 3, () => {
      throw new Error('model not loaded');
    }, report);
    expect(reading).toBeNull();
    expect(report.finish([0]).map((d) => [d.code, d.start.offset])).toEqual([
      ['LANGUAGE_HOOK_FAILED', 3],
      ['LANGUAGE_UNKNOWN', 3],
    ]);
  });

  it('takes a tag of 35 characters, not one of 36', () => {
    const tag35 = 'de-CH-1901-abcdefgh-abcdefgh-abcdef';
    expect(tag35).toHaveLength(35);
    expect(run(VI_BODY, null, null, tag35)).toMatchObject({ language: tag35, basis: 'hook', codes: [] });
    expect(run(VI_BODY, null, null, `${tag35}g`)).toMatchObject({ language: null, codes: [['LANGUAGE_HOOK_FAILED', 7], ['LANGUAGE_UNKNOWN', 7]] });
  });

  it.each([
    ['vi', 'vi'],
    ['VI', 'vi'],
    ['yue', 'yue'],
    ['pt-br', 'pt-BR'],
    ['sr-latn', 'sr-Latn'],
    ['SR-LATN-RS', 'sr-Latn-RS'],
    ['es-419', 'es-419'],
    ['de-ch-1901', 'de-CH-1901'],
    ['de-1901', 'de-1901'],
    ['DE-ABCDE', 'de-abcde'],
    ['sl-rozaj-biske', 'sl-rozaj-biske'],
    ['en-abcdefgh', 'en-abcdefgh'],
    ['en-abc12', 'en-abc12'],
  ])('takes %j as the tag %j', (answer, language) => {
    expect(run(VI_BODY, null, null, answer)).toMatchObject({ language, basis: 'hook', codes: [] });
  });

  it.each([
    ['a single letter', 'e'],
    ['four letters', 'engl'],
    ['a name', 'english'],
    ['an underscore', 'en_US'],
    ['a blank before', ' en'],
    ['a blank after', 'en '],
    ['a script of three letters', 'sr-lat'],
    ['a script of five letters then a region', 'sr-latnx-RS'],
    ['a region of one letter', 'pt-b'],
    ['a region of two figures', 'es-41'],
    ['a variant of nine characters', 'de-abcdefghi'],
    ['a variant of four letters after a region', 'de-CH-abcd'],
    ['a script after a region', 'pt-BR-Latn'],
    ['an extension', 'en-u-ca-gregory'],
    ['a private-use tag', 'x-whatever'],
    ['an empty string', ''],
  ])('reports %s as no tag', (_what, answer) => {
    expect(run(VI_BODY, null, null, answer)).toMatchObject({ language: null, codes: [['LANGUAGE_HOOK_FAILED', 7], ['LANGUAGE_UNKNOWN', 7]] });
  });
});

describe('readLanguage: the sample the hook gets', () => {
  // 2,100 code units of Vietnamese without characters outside the BMP.
  const filler = 'Chiếc phà mới đã chở khách qua sông. '.repeat(60).slice(0, 2100);
  /** `filler` with `ch` put at `at`, in place of as many code units as it has. */
  const withAt = (ch: string, at: number): string => filler.slice(0, at) + ch + filler.slice(at + ch.length);
  const sample = (body: string): string => run(body, null, null, null).calls[0] ?? '';

  it('is the first 2,000 code units of a longer text', () => {
    expect(sample(filler)).toBe(filler.slice(0, 2000));
  });

  it('is the whole of a shorter text', () => {
    expect(sample(filler.slice(0, 1999))).toBe(filler.slice(0, 1999));
  });

  it.each([
    ['the first high surrogate (U+10000)', '\u{10000}'],
    ['the last high surrogate (U+10FFFD)', '\u{10FFFD}'],
  ])('stops before a character of two code units at 1,999–2,000 that starts with %s', (_what, ch) => {
    expect(sample(withAt(ch, 1999))).toBe(filler.slice(0, 1999));
  });

  it('keeps a character of two code units that ends at 2,000 whole', () => {
    const body = withAt('\u{10000}', 1998);
    expect(sample(body)).toBe(body.slice(0, 2000));
    expect(sample(body).endsWith('\u{10000}')).toBe(true);
  });

  it('keeps a character just below the surrogates at 2,000', () => {
    const body = withAt('\ud7ff', 1999);
    expect(sample(body)).toBe(body.slice(0, 2000));
  });
});
