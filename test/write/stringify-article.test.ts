/**
 * The round trip: `parseArticle(stringifyArticle(a))` gives `a`'s date, url, title,
 * dateline, body and paragraphs for every fixture and every document of the real corpus
 * (those the canonical form cannot hold are pinned below, with the reason); a fixture laid
 * out canonically is written back byte for byte; awkward hand-built articles either read
 * back the same or are refused with a RangeError, never written as text that reads as
 * something else or splits into two documents. The read-back checks here are the test's
 * own (parseArticle and parseCorpus called on the output), not the writer's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as newsdoc from '../../src/index.js';
import { ArticleStringifyError, parseArticle, parseCorpus, stringifyArticle, type Article, type CanonicalArticle, type ParseResult } from '../../src/index.js';
import { parseFixture } from '../../scripts/fixture-mode.cjs';

const root = join(import.meta.dirname, '..', '..');
const fixturesDir = join(root, 'fixtures');
const corpusDocs = join(root, '..', 'shared', 'corpus', 'docs');
const hasCorpus = existsSync(corpusDocs);
const required = process.env['NEWSDOC_CORPUS'] === 'required';

const FIELDS = ['date', 'url', 'title', 'dateline', 'body', 'paragraphs'] as const;
const fieldsOf = (a: CanonicalArticle | null): unknown => (a === null ? null : Object.fromEntries(FIELDS.map((f) => [f, a[f]])));
const lf = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Every document of a text and its article: a fixture as its name says, a corpus file as a corpus. */
interface Doc {
  readonly key: string;
  readonly text: string;
  readonly article: Article | null;
}

const fixtureNames = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const fixtureTexts = new Map(fixtureNames.map((name) => [name, readFileSync(join(fixturesDir, `${name}.txt`), 'utf8')]));
const fixtureDocs: Doc[] = fixtureNames.flatMap((name) => {
  const text = fixtureTexts.get(name) ?? '';
  const parsed = parseFixture(newsdoc, name, text) as ParseResult | ParseResult[];
  return (Array.isArray(parsed) ? parsed : [parsed]).map((r, i) => ({ key: `fixtures/${name}#${i}`, text, article: r.article }));
});
const corpusDocsList: Doc[] = hasCorpus
  ? readdirSync(corpusDocs).filter((f) => f.endsWith('.txt')).sort().flatMap((file) => {
      const text = readFileSync(join(corpusDocs, file), 'utf8');
      return parseCorpus(text).map((r, i) => ({ key: `corpus/${file.slice(0, -4)}#${i}`, text, article: r.article }));
    })
  : [];

/** What stringifyArticle did with a document: its text, or the code and field it refused it with. */
type Outcome = { text: string } | { code: string; field: string | null } | 'no article';
function outcome(article: CanonicalArticle | null): Outcome {
  if (article === null) return 'no article';
  try {
    return { text: stringifyArticle(article) };
  } catch (error) {
    if (!(error instanceof ArticleStringifyError)) throw error;
    expect(error).toBeInstanceOf(RangeError);
    return { code: error.code, field: error.field };
  }
}

/** The text reads back as one document with the article's fields. */
function expectReadsBack(text: string, article: CanonicalArticle, label: string): void {
  expect(parseCorpus(text), `${label}: one document`).toHaveLength(1);
  expect(fieldsOf(parseArticle(text).article), label).toStrictEqual(fieldsOf(article));
}

const noHeader = { code: 'NO_HEADER', field: null };
/**
 * The documents the canonical form cannot hold, and why. Every other document must round
 * trip; a document that starts or stops round-tripping fails until this list says so.
 */
const REFUSED: Record<string, Outcome> = {
  // Nothing article-like: no article to write.
  'fixtures/empty#0': 'no article',
  'fixtures/garbage#0': 'no article',
  'fixtures/too-large-document#0': 'no article',
  // Pages stored without a header: no date and no URL, so no header line to open the text.
  'fixtures/call-to-action-standfirst#0': noHeader,
  'fixtures/keywords-over-headline#0': noHeader,
  'fixtures/multiple-documents-bad-record#1': noHeader,
  'fixtures/no-header#0': noHeader,
  'fixtures/tags-with-keywords-line#0': noHeader,
  // The dateline's year came from the page's own stamp or date line (no header date, no URL
  // date), which the canonical form leaves out: read back, the dateline has no year.
  'fixtures/byline-agency-date#0': { code: 'READS_BACK_DIFFERENTLY', field: 'dateline' },
  'fixtures/undated-page-date-line#0': { code: 'READS_BACK_DIFFERENTLY', field: 'dateline' },
  'fixtures/undated-page-stamp#0': { code: 'READS_BACK_DIFFERENTLY', field: 'dateline' },
  // A headline with a final full stop is one only over the page's stamp; alone over the text
  // it reads as the first paragraph.
  'fixtures/headline-final-period#0': { code: 'READS_BACK_DIFFERENTLY', field: 'title' },
  // A live page whose first entry opens with a stamp line right under the headline: alone
  // under the headline, that stamp reads as the page's own stamp and the entry's heading
  // under it as the lead.
  'fixtures/live-blog-stamp-lines#0': { code: 'READS_BACK_DIFFERENTLY', field: 'body' },
};
const REFUSED_CORPUS: Record<string, Outcome> = {
  // Stored without a header.
  'corpus/203#0': noHeader,
  'corpus/205#0': noHeader,
  'corpus/210#0': noHeader,
  'corpus/218#0': noHeader,
  'corpus/223#0': noHeader,
  'corpus/239#0': noHeader,
  'corpus/253#0': noHeader,
  'corpus/255#0': noHeader,
  'corpus/261#0': noHeader,
  // A Sputnik page without a dateline: under the headline, the first paragraph reads as the
  // description the template puts there.
  'corpus/216#0': { code: 'READS_BACK_DIFFERENTLY', field: 'body' },
  // The headline, written on the header line with a final full stop, reads as body text on
  // a line of its own.
  'corpus/240#0': { code: 'READS_BACK_DIFFERENTLY', field: 'title' },
};

function checkRoundTrips(docs: readonly Doc[], refused: Record<string, Outcome>): void {
  const got: Record<string, Outcome> = {};
  for (const doc of docs) {
    const result = outcome(doc.article);
    if (typeof result === 'object' && 'text' in result) expectReadsBack(result.text, doc.article as Article, doc.key);
    else got[doc.key] = result;
  }
  expect(got).toStrictEqual(refused);
}

describe('stringifyArticle over the fixtures and the real corpus', () => {
  it('writes every fixture document as text that reads back with the same fields, but those pinned', () => {
    expect(fixtureDocs.length).toBeGreaterThan(100);
    checkRoundTrips(fixtureDocs, REFUSED);
  });

  describe.runIf(hasCorpus || required)('the real corpus', () => {
    it('is there', () => {
      expect(hasCorpus, `${corpusDocs} is required (NEWSDOC_CORPUS=required) but missing`).toBe(true);
    });

    it('writes every document as text that reads back with the same fields, but those pinned', () => {
      expect(corpusDocsList.length).toBeGreaterThan(100);
      checkRoundTrips(corpusDocsList, REFUSED_CORPUS);
    });
  });

});

/**
 * Whether a fixture is laid out canonically, read from its sections (not from the writer):
 * a space and the header, whose tokens are `date`, the date and the URL exactly as the
 * article normalises them; then the title and each paragraph, each after one blank line
 * and exactly as its field holds it; one line end at the end. Nothing else: no metadata,
 * chrome or footer line, no indentation, no second blank line.
 */
function isCanonicalLayout(article: Article): boolean {
  const s = article.sections;
  const header = s[1];
  if (s[0]?.kind !== 'whitespace' || s[0].text !== ' ' || header?.kind !== 'header') return false;
  const tokens = header.text.split(' ');
  const want = ['date', ...(article.dateRaw === null ? [] : [article.dateRaw]), ...(article.urlRaw === null ? [] : [article.urlRaw])];
  if (tokens.join('\u0000') !== want.join('\u0000') || article.dateRaw !== article.date || article.urlRaw !== article.url) return false;
  const blocks = [...(article.title === null ? [] : [article.title]), ...article.paragraphs];
  const rest = s.slice(2);
  if (rest.length !== 2 * blocks.length + 1) return false;
  return blocks.every((block, i) => {
    const gap = rest[2 * i] as Article['sections'][number];
    const line = rest[2 * i + 1] as Article['sections'][number];
    return gap.kind === 'whitespace' && lf(gap.text) === '\n\n' && line.kind === (i === 0 && article.title !== null ? 'title' : 'body') && line.text === block;
  }) && rest.at(-1)?.kind === 'whitespace' && lf(rest.at(-1)?.text ?? '') === '\n';
}

/**
 * The fixtures a person reads as canonical shape: header, blank line, headline, blank line,
 * paragraphs between blank lines (some without a headline or a URL), in LF, CRLF or lone-CR
 * line ends. The detector above must find exactly these, so neither can drift alone.
 */
const CANONICAL_FIXTURES = [
  'article-opens-with-time', 'article-subheadings', 'article-timetable',
  'body-defects', 'crlf', 'date-far-mismatch', 'dateline-bullet', 'dateline-date-invalid', 'dateline-outlet-pipe',
  'dateline-uncased-name', 'dates-disagree', 'day-first-dateline', 'digest-titled', 'header-date-missing',
  'live-blog-undated', 'lone-cr', 'media-marker-title',
  'misspelt-place-dateline', 'month-only-header', 'polish-body', 'ria-correspondent-dateline', 'seed',
  'serbian-cyrillic-body', 'serbian-latin-body', 'short-headline', 'source-prefix-title', 'ukrainian-dropped-letters',
  'year-boundary-dec31', 'year-boundary-jan1',
];

describe('stringifyArticle on canonical-shape fixtures', () => {
  const single = fixtureDocs.filter((d) => d.key.endsWith('#0') && !d.key.startsWith('fixtures/multiple-') && d.article !== null);
  const name = (d: Doc): string => d.key.slice('fixtures/'.length, -2);

  it('finds by their sections exactly the fixtures listed as canonical', () => {
    expect(single.filter((d) => isCanonicalLayout(d.article as Article)).map(name)).toEqual(CANONICAL_FIXTURES);
  });

  it.each(CANONICAL_FIXTURES)('writes %s back byte for byte (line ends as LF)', (fixture) => {
    const text = fixtureTexts.get(fixture) ?? '';
    const doc = single.find((d) => name(d) === fixture) as Doc;
    expect(stringifyArticle(doc.article as Article)).toBe(lf(text));
  });
});

/** A parsed article to build awkward ones from. */
const base = parseArticle(fixtureTexts.get('seed') ?? '').article as Article;
const refusal = (code: string, field: string | null = null): { code: string; field: string | null } => ({ code, field });

describe('stringifyArticle on awkward hand-built articles', () => {
  const cases: [string, Partial<CanonicalArticle>, { code: string; field: string | null } | 'reads back'][] = [
    ['a title with a line break', { title: 'Ferries return\nto the river' }, refusal('READS_BACK_DIFFERENTLY', 'title')],
    ['a title with a carriage return', { title: 'Ferries return\rto the river' }, refusal('READS_BACK_DIFFERENTLY', 'title')],
    ['a title with U+2028 (a blank that ends no line)', { title: 'Ferries return\u2028to the river' }, refusal('READS_BACK_DIFFERENTLY', 'title')],
    ['a title with a control character', { title: 'Ferries return\u0007 to the river' }, refusal('READS_BACK_DIFFERENTLY', 'title')],
    ['a title that is a header', { title: 'date 2021-11-03 https://ria.ru/20211103/other-1234567.html' }, refusal('MORE_THAN_ONE_DOCUMENT')],
    ['a title that is a dateline', { title: 'MOSCOW, November 2 – RIA Novosti.' }, refusal('READS_BACK_DIFFERENTLY', 'title')],
    ['a title that is a timestamp', { title: '2021-11-02T09:15' }, refusal('READS_BACK_DIFFERENTLY', 'title')],
    ['a title that is an image URL', { title: 'https://cdn.example.com/img/ferry_1920x0.jpg' }, refusal('READS_BACK_DIFFERENTLY', 'title')],
    ['an empty title', { title: '' }, refusal('READS_BACK_DIFFERENTLY', 'title')],
    ['no title', { title: null }, 'reads back'],
    ['an empty body', { body: null, paragraphs: [], dateline: null }, 'reads back'],
    ['no title and no body', { title: null, body: null, paragraphs: [], dateline: null }, 'reads back'],
    ['no URL', { url: null }, 'reads back'],
    ['no date', { date: null }, 'reads back'],
    ['no date and no URL', { date: null, url: null }, refusal('NO_HEADER')],
    ['a URL with a space', { url: 'https://ria.ru/a b' as Article['url'] }, refusal('READS_BACK_DIFFERENTLY', 'url')],
    ['a URL with a line break and a second header', { url: 'https://ria.ru/a\n date 2021-11-03 https://ria.ru/b' as Article['url'] }, refusal('MORE_THAN_ONE_DOCUMENT')],
    ['a date that is not one', { date: '2021-13-45' as Article['date'] }, refusal('READS_BACK_DIFFERENTLY', 'date')],
    ['a date with a time', { date: '2021-11-02 12:41' as Article['date'] }, refusal('READS_BACK_DIFFERENTLY', 'date')],
  ];
  const withParagraphs = (paragraphs: string[]): Partial<CanonicalArticle> => ({ paragraphs, body: paragraphs.join('\n\n') });
  const first = base.paragraphs[0] ?? '';
  cases.push(
    ['a paragraph that opens with a canonical header', withParagraphs([first, ' date 2021-11-03 https://ria.ru/20211103/x-1234567.html']), refusal('MORE_THAN_ONE_DOCUMENT')],
    ['a paragraph that opens with a loose header', withParagraphs([first, 'date 2021-1-3 and more text after it']), refusal('MORE_THAN_ONE_DOCUMENT')],
    ['a paragraph that is a bare article URL', withParagraphs([first, 'https://ria.ru/20211103/other-1234567.html']), refusal('MORE_THAN_ONE_DOCUMENT')],
    ['a paragraph that is a bare URL of no article', withParagraphs([first, 'https://example.com/about']), refusal('READS_BACK_DIFFERENTLY', 'body')],
    // Its body is the two paragraphs joined; the paragraphs differ.
    ['a paragraph with an internal blank line', withParagraphs([`${first}\n\nThe second half.`]), refusal('READS_BACK_DIFFERENTLY', 'paragraphs')],
    ['a paragraph with a line break', withParagraphs([`${first}\nThe second half.`]), refusal('READS_BACK_DIFFERENTLY', 'body')],
    ['a paragraph with a carriage return before a header', withParagraphs([`${first}\r date 2021-11-03 https://ria.ru/b-1234567.html`]), refusal('MORE_THAN_ONE_DOCUMENT')],
    ['a paragraph with U+2028', withParagraphs([`${first}\u2028The second half.`]), refusal('READS_BACK_DIFFERENTLY', 'body')],
    ['an empty paragraph', withParagraphs([first, '']), refusal('READS_BACK_DIFFERENTLY', 'body')],
    ['a paragraph with leading blanks', withParagraphs([first, '   The second paragraph has a few more words in it.']), refusal('READS_BACK_DIFFERENTLY', 'body')],
    ['a second paragraph of plain text', withParagraphs([first, 'The harbour will stay open all winter, the port authority said on Tuesday.']), 'reads back'],
    ['a body that disagrees with its paragraphs', { body: 'Something else entirely was said on Tuesday.' }, refusal('READS_BACK_DIFFERENTLY', 'body')],
    ['a dateline the body does not open with', { dateline: { ...(base.dateline as NonNullable<Article['dateline']>), place: 'KAZAN' } }, refusal('READS_BACK_DIFFERENTLY', 'dateline')],
  );

  it.each(cases)('%s', (_name, change, expected) => {
    const article = { ...fieldsOf(base) as CanonicalArticle, ...change };
    const result = outcome(article);
    if (expected === 'reads back') {
      expect(result).toHaveProperty('text');
      expectReadsBack((result as { text: string }).text, article, _name);
    } else {
      expect(result).toStrictEqual(expected);
    }
  });
});

describe('stringifyArticle, properties', () => {
  // Pieces that the splitter, the header stage and the page stage react to, among ordinary words.
  const atom = fc.constantFrom(
    'harbour', 'reopens', 'The', 'said', 'on', 'Friday.', 'MOSCOW,', 'November 2 –', 'RIA Novosti.', ' ', '  ', '\n', '\n\n', '\r', '\r\n',
    '\u2028', '\u2029', '\u00a0', '\u200b', '\ufeff', '\u0000', '\u001b[31m', '\u202e', ' date 2021-11-03 ', 'date 2021-11 ', 'date https://x.com/a ',
    'https://ria.ru/20211103/x-1234567.html', 'https://cdn.example.com/a_1920x0.jpg', '2021-11-02T09: 15', '© Photo', '/ html / head / meta',
    'RIA Novosti, 02.11.2021', '10:34am:', 'Share', '#', '.', ',',
  );
  const awkward = fc.array(fc.oneof({ weight: 3, arbitrary: atom }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { maxLength: 14 }).map((parts) => parts.join(' '));
  // Plain headlines and sentences, so that the writing branch is reached as often as the refusals.
  const word = fc.constantFrom('harbour', 'ferries', 'the', 'city', 'port', 'winter', 'boats', 'council', 'repairs', 'river', 'new', 'routes');
  const headline = fc.array(word, { minLength: 4, maxLength: 9 }).map((w) => w.join(' ').replace(/^./, (c) => c.toUpperCase()));
  const sentence = fc.array(word, { minLength: 6, maxLength: 16 }).map((w) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}, officials said.`);
  const title = fc.oneof(headline, awkward);
  const text = fc.oneof({ weight: 2, arbitrary: sentence }, { weight: 1, arbitrary: awkward });
  const date = fc.constantFrom(null, '2021-11-02', '2021-12', '2022-01-01');
  const url = fc.constantFrom(null, 'https://ria.ru/20211102/harbour-1234567890.html', 'https://example.com/news', 'https://sputniknews.com/20211102/a-1090000000.html');
  const hand = fc.record({ date, url, title: fc.option(title), paragraphs: fc.array(text, { maxLength: 4 }) }).map(
    ({ paragraphs, ...rest }) => ({ ...rest, paragraphs, body: paragraphs.length > 0 ? paragraphs.join('\n\n') : null, dateline: null }) as CanonicalArticle,
  );

  it('either writes one document that reads back the same, or refuses with a RangeError', () => {
    let written = 0;
    fc.assert(
      fc.property(hand, (article) => {
        const result = outcome(article);
        if (typeof result === 'object' && 'text' in result) {
          written++;
          expectReadsBack(result.text, article, 'generated');
          expect(result.text.endsWith('\n')).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    // The generator must reach the writing branch too, not only the refusals.
    expect(written).toBeGreaterThan(100);
  });

  it('writes the article of a generated document so that it reads back the same, when it writes one', () => {
    const doc = fc.tuple(date, url, fc.array(text, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\n\n', '\r\n\r\n')).map(
      ([d, u, lines, sep]) => `${[' date', d ?? '', u ?? ''].join(' ')}${sep}${lines.join(sep)}`,
    );
    let written = 0;
    fc.assert(
      fc.property(doc, (input) => {
        const article = parseArticle(input).article;
        const result = outcome(article);
        if (typeof result === 'object' && 'text' in result) {
          written++;
          expectReadsBack(result.text, article as Article, 'generated');
          // Written again, the canonical text is a fixed point.
          expect(stringifyArticle(parseArticle(result.text).article as Article)).toBe(result.text);
        }
      }),
      { numRuns: 600 },
    );
    expect(written).toBeGreaterThan(200);
  });
});

describe('stringifyArticle, misuse', () => {
  const good = fieldsOf(base) as CanonicalArticle;

  it('throws a TypeError for an argument that is no article', () => {
    for (const bad of [null, undefined, 'text', 42, [], () => 1]) expect(() => stringifyArticle(bad as unknown as CanonicalArticle)).toThrow(TypeError);
  });

  it('throws a TypeError for a field of the wrong type or a missing one', () => {
    for (const change of [{ date: 20211102 }, { url: undefined }, { title: ['a'] }, { body: 1 }, { paragraphs: 'one' }, { paragraphs: ['a', 2] }, { dateline: 'MOSCOW' }, { dateline: [] }]) {
      expect(() => stringifyArticle({ ...good, ...change } as unknown as CanonicalArticle), JSON.stringify(change)).toThrow(TypeError);
    }
    const withoutDateline = Object.fromEntries(Object.entries(good).filter(([key]) => key !== 'dateline'));
    expect(() => stringifyArticle(withoutDateline as unknown as CanonicalArticle)).toThrow(TypeError);
  });

  it('checks its options: TypeError for a wrong type or an unknown key, RangeError for a bad value', () => {
    expect(() => stringifyArticle(good, 'big' as never)).toThrow(TypeError);
    expect(() => stringifyArticle(good, { maxDocumentSize: '10' } as never)).toThrow(TypeError);
    expect(() => stringifyArticle(good, { lineEnding: '\r\n' } as never)).toThrow(TypeError);
    expect(() => stringifyArticle(good, { maxDocumentSize: 0 })).toThrow(RangeError);
    expect(() => stringifyArticle(good, { maxDocumentSize: 1.5 })).toThrow(RangeError);
  });

  it('refuses a text longer than maxDocumentSize, which the parser would not read, and writes one that fits', () => {
    const text = stringifyArticle(good);
    expect(outcomeWith(good, text.length - 1)).toStrictEqual({ code: 'TOO_LARGE', field: null });
    expect(stringifyArticle(good, { maxDocumentSize: text.length })).toBe(text);
  });
});

function outcomeWith(article: CanonicalArticle, maxDocumentSize: number): unknown {
  try {
    return stringifyArticle(article, { maxDocumentSize });
  } catch (error) {
    return error instanceof ArticleStringifyError ? { code: error.code, field: error.field } : error;
  }
}
