/**
 * Hostile input, each shape with the input that showed it: binary junk decoded as text,
 * giant runs, terminal escapes, invisible lines. parseArticle never throws, never emits a
 * control character into a short field, never loses text, and stays linear.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseCorpus, type Article } from '../src/index.js';
import { checkSections, HIDDEN } from './invariants.js';

const H = ' date 2021-11-02 https://ria.ru/20211102/a-1234500100.html\n\n';
const T = 'The harbour reopens to small boats after repairs\n\n';
const D = 'MOSCOW, November 2 – RIA Novosti. ';
const n = 4_500_000;


/** Every short field of an article. */
function shortFields(a: Article): (string | null)[] {
  return [a.title, a.lead, ...a.tags, a.dateline?.raw ?? null, a.dateline?.place ?? null, a.dateline?.agency ?? null, a.source?.slug ?? null, a.source?.agency ?? null];
}

describe('long runs of one character (the engine stack)', () => {
  it.each([
    ['U+FFFD replacement characters', H + T + '\uFFFD'.repeat(n)],
    ['em dashes after a dateline', H + T + D + '—'.repeat(n)],
    ['Cyrillic letters', H + T + 'ж'.repeat(n)],
    ['spaces inside a dateline paragraph', `${H}${T}${D}a${' '.repeat(n)}b.`],
  ])('%s: parses without throwing and keeps every character', (_what, text) => {
    const { article, diagnostics } = parseArticle(text);
    expect(diagnostics.filter((d) => d.code === 'INTERNAL_ERROR')).toEqual([]);
    expect(article?.title).toBe('The harbour reopens to small boats after repairs');
    checkSections(text, article?.sections ?? [], 0, text.length);
  });

  it('never lets one document take the others of a corpus with it', () => {
    const records = parseCorpus(`${H}${T}${D}Boats are back.\n\n${H}${T}${'\uFFFD'.repeat(n)}\n\n${H}${T}${D}Boats are back.\n`);
    expect(records.map((r) => r.article?.title ?? null)).toEqual([T.trim(), T.trim(), T.trim()]);
  });
});

describe('a description that is only its suffix', () => {
  it('gives no lead, not an empty one', () => {
    const { article } = parseArticle(`${H}${T}RIA Novosti, 21.11.2021\n\n${D}The harbour reopened on Tuesday.\n`);
    expect(article?.lead).toBeNull();
    expect(article?.body?.startsWith(D.trim())).toBe(true);
  });
});

describe('control characters, escape sequences and bidi controls', () => {
  it('never reach a short field, and each removed run is reported where it is', () => {
    const title = 'Harbour \u001b[2J\u001b]0;pwned\u0007 reopens to \u202eboats\u202c after repairs';
    const text = ` date 2021-11-02 https://ria.ru/20211102/x%1B%5B31mred%0Aline-1234500100.html\n\n${title}\n\nharbour\n\u0085ports\u200b\n/ html / head / meta[@name=”og:title”]/ @ content\n\n${D}The harbour\u009b reopened.\n`;
    const { article, diagnostics } = parseArticle(text);
    expect(article?.title).toBe('Harbour reopens to boats after repairs');
    expect(article?.tags).toEqual(['harbour', 'ports']);
    expect(article?.source?.slug).toBe('x%1B[31mred%0Aline');
    for (const field of shortFields(article as Article)) expect(field ?? '').not.toMatch(HIDDEN);
    const titleAt = text.indexOf(title);
    expect(diagnostics.filter((d) => d.code === 'FIELD_CHARACTERS_REMOVED').map((d) => [d.start.offset - titleAt, d.end.offset - titleAt])).toEqual([
      [8, 22],
      [34, 35],
      [40, 41],
    ]);
    // Every run of C0/C1 controls is marked, the CSI U+009B in the body too.
    expect(diagnostics.filter((d) => d.code === 'INPUT_CONTROL_CHARACTERS').map((d) => text.slice(d.start.offset, d.end.offset))).toEqual(['\u001b', '\u001b', '\u0007', '\u0085', '\u009b']);
  });

  it('never reach a short field of any fixture-like document with such characters inserted', () => {
    const hostile = fc.constantFrom('\u0000', '\u001b[2J', '\u001b]0;x\u0007', '\u0085', '\u009b', '\u202e', '\u2066', '\u200d', '\u200e', '\u061c', '\u0007');
    const base = `${H}Harbour reopens to small boats\n\nharbour\nports\n/ html / head / meta[@name=”og:title”]/ @ content\n\n${D}The harbour reopened on Tuesday.\n`;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length), hostile), { maxLength: 6 }), (inserts) => {
        let text = base;
        for (const [at, what] of inserts.sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + what + text.slice(at);
        const { article } = parseArticle(text);
        if (article) for (const field of shortFields(article)) expect(field ?? '').not.toMatch(HIDDEN);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a line of invisible blanks before the header', () => {
  it.each([['U+2028', '\u2028'], ['U+2029', '\u2029'], ['U+1680', '\u1680'], ['NEL', '\u0085']])('%s is a blank line', (_name, blank) => {
    const doc = `${blank}\n${H}${T}${D}The harbour reopened.\n`;
    const { article } = parseArticle(doc);
    expect(article?.date).toBe('2021-11-02');
    expect(article?.url).toBe('https://ria.ru/20211102/a-1234500100.html');
    const records = parseCorpus(`${H}${T}${D}One.\n\n${doc}`);
    expect(records).toHaveLength(2);
    expect(records[1]?.article?.date).toBe('2021-11-02');
  });
});

describe('output per document', () => {
  it('holds at most 100 diagnostics of one code, and one count of the rest', () => {
    const text = `${H}${T}${D}${'The talks ended.Both sides left. '.repeat(20_000)}\n`;
    const { diagnostics } = parseArticle(text);
    expect(diagnostics.filter((d) => d.code === 'BODY_GLUED_SENTENCE')).toHaveLength(100);
    const truncated = diagnostics.filter((d) => d.code === 'DIAGNOSTICS_TRUNCATED');
    expect(truncated).toHaveLength(1);
    expect(truncated[0]?.start.offset).toBeGreaterThan(text.indexOf('.Both') + 100 * 32);
  });
});
