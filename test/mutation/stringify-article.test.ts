/**
 * The writer's checks, one at a time (src/write/stringify-article.ts): the argument's shape
 * (an array or a function carrying an article's fields is still no article, a Set is no
 * array of paragraphs), each part of the dateline compared on reading back, paragraphs
 * that read back changed while the body does not, and the size limit as an integer that
 * may lie above the parser's default. test/write/stringify-article.test.ts has the round
 * trips over the fixtures and the corpus.
 */
import { describe, expect, it } from 'vitest';
import { ArticleStringifyError, DEFAULT_MAX_DOCUMENT_SIZE, parseArticle, stringifyArticle, type CanonicalArticle, type Dateline } from '../../src/index.js';

const TEXT = [
  ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html',
  '',
  'The harbour reopens to small boats after two months of repairs',
  '',
  'MOSCOW, November 2 – RIA Novosti. The city harbour will reopen on Friday, the port said.',
  '',
  'Larger ships will follow in the spring, a spokesman added.',
  '',
].join('\n');

const parsed = parseArticle(TEXT).article;
if (parsed === null) throw new Error('the sample document has no article');
const BASE: CanonicalArticle = {
  date: parsed.date,
  url: parsed.url,
  title: parsed.title,
  dateline: parsed.dateline,
  body: parsed.body,
  paragraphs: parsed.paragraphs,
};
const DATELINE = BASE.dateline as Dateline;

/** The code and field stringifyArticle refused an article with, or its text. */
function outcome(article: CanonicalArticle, maxDocumentSize?: number): { code: string; field: string | null } | { text: string } {
  try {
    return { text: stringifyArticle(article, maxDocumentSize === undefined ? undefined : { maxDocumentSize }) };
  } catch (error) {
    if (error instanceof ArticleStringifyError) return { code: error.code, field: error.field };
    throw error;
  }
}

describe('stringifyArticle, the sample', () => {
  it('writes the parsed sample back byte for byte (it is laid out canonically)', () => {
    expect(BASE.dateline).toMatchObject({ place: 'MOSCOW', agency: 'RIA Novosti' });
    expect(outcome(BASE)).toStrictEqual({ text: TEXT });
  });
});

describe('stringifyArticle, the argument', () => {
  const fields = { ...BASE };

  it('refuses an array or a function that carries every field of an article, with a TypeError', () => {
    const array = Object.assign([], fields);
    const fn = Object.assign(() => TEXT, fields);
    expect(() => stringifyArticle(array as unknown as CanonicalArticle)).toThrow(TypeError);
    expect(() => stringifyArticle(fn as unknown as CanonicalArticle)).toThrow(TypeError);
    // The same fields in a plain object are written.
    expect(stringifyArticle(fields)).toBe(TEXT);
  });

  it('refuses a Set of paragraphs, which is iterable but no array, with a TypeError', () => {
    const set = new Set(BASE.paragraphs);
    expect(() => stringifyArticle({ ...BASE, paragraphs: set } as unknown as CanonicalArticle)).toThrow(TypeError);
  });

  it('refuses a paragraphs array with a hole with a TypeError: a hole is no string', () => {
    // Two paragraphs long, only the first there.
    const holed = [BASE.paragraphs[0] ?? ''];
    holed.length = 2;
    const article = { ...BASE, body: holed[0] ?? null, paragraphs: holed };
    expect(() => stringifyArticle(article)).toThrow(TypeError);
  });
});

describe('stringifyArticle, the dateline on reading back', () => {
  const refusedForDateline = { code: 'READS_BACK_DIFFERENTLY', field: 'dateline' };

  it('refuses an article without a dateline whose body opens with one', () => {
    expect(outcome({ ...BASE, dateline: null })).toStrictEqual(refusedForDateline);
  });

  it('refuses an article with a dateline whose body does not open with one', () => {
    const paragraphs = ['The city harbour will reopen on Friday, the port said.', 'Larger ships will follow in the spring, a spokesman added.'];
    const article = { ...BASE, body: paragraphs.join('\n\n'), paragraphs };
    expect(outcome({ ...article, dateline: null })).toHaveProperty('text');
    expect(outcome(article)).toStrictEqual(refusedForDateline);
  });

  it.each([
    ['its raw text', { raw: 'MOSCOW, November 2 – RIA Novosti' }],
    ['its agency', { agency: 'TASS' }],
    ['its date', { date: '2021-11-03' }],
    ['whether its year was inferred', { yearInferred: false }],
  ] as const)('refuses a dateline that differs from the body’s in %s alone', (_name, change) => {
    expect(outcome({ ...BASE, dateline: { ...DATELINE, ...change } as Dateline })).toStrictEqual(refusedForDateline);
  });
});

describe('stringifyArticle, the paragraphs on reading back', () => {
  it('refuses a paragraph with trailing blanks, which reads back without them, though the body agrees', () => {
    const [first = '', second = ''] = BASE.paragraphs;
    const article = { ...BASE, paragraphs: [first, `${second}   `] };
    expect(article.body).toBe(`${first}\n\n${second}`);
    expect(outcome(article)).toStrictEqual({ code: 'READS_BACK_DIFFERENTLY', field: 'paragraphs' });
  });
});

describe('stringifyArticle, maxDocumentSize', () => {
  it('takes only a whole number: a fraction is a RangeError of the options, however large', () => {
    let caught: unknown = null;
    try {
      stringifyArticle(BASE, { maxDocumentSize: 100_000.5 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    expect(caught).not.toBeInstanceOf(ArticleStringifyError);
    expect(stringifyArticle(BASE, { maxDocumentSize: 100_000 })).toBe(TEXT);
  });

  it('writes a text over the default limit when given a larger one, and reads it back with that limit', () => {
    const paragraph = 'The harbour will stay open all winter, the port authority said on Tuesday. '.repeat(10).trim();
    // Enough paragraphs (each with its blank line) to pass the default limit.
    const paragraphs = Array.from({ length: Math.ceil(DEFAULT_MAX_DOCUMENT_SIZE / (paragraph.length + 2)) + 1 }, () => paragraph);
    const article: CanonicalArticle = { date: BASE.date, url: null, title: 'Harbour stays open', dateline: null, body: paragraphs.join('\n\n'), paragraphs };
    const expected = ` date 2021-11-02\n\nHarbour stays open\n\n${paragraphs.join('\n\n')}\n`;
    expect(expected.length).toBeGreaterThan(DEFAULT_MAX_DOCUMENT_SIZE);
    expect(outcome(article)).toStrictEqual({ code: 'TOO_LARGE', field: null });
    const written = outcome(article, 2 * DEFAULT_MAX_DOCUMENT_SIZE);
    expect('text' in written && written.text === expected).toBe(true);
  });
});
