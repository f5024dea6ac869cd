import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, findBodyIssues, type BodyIssue } from '../../../src/parse/body/checks.js';

function issuesOf(text: string): BodyIssue[] {
  return findBodyIssues(text, 0, text.length);
}

function repaired(text: string): string {
  return applyFixes(text, 0, text.length, issuesOf(text));
}

/** `{ code, start, end }` of each issue, for compact assertions. */
function places(text: string): { code: string; start: number; end: number }[] {
  return issuesOf(text).map(({ code, start, end }) => ({ code, start, end }));
}

describe('findBodyIssues: glued sentences', () => {
  it('reports a full stop between two sentences and fixes it with a space', () => {
    const text = 'Officials discussed these things.Situation reports came later.';
    expect(issuesOf(text)).toEqual([
      { code: 'BODY_GLUED_SENTENCE', start: 31, end: 34, fix: { start: 33, end: 33, replacement: ' ' } },
    ]);
    expect(repaired(text)).toBe('Officials discussed these things. Situation reports came later.');
  });

  it('reports ! and ? and a closing quote or parenthesis before the mark', () => {
    expect(places('Talks resumed in Ukraine.The ministry agreed!Both sides?Yes.')).toEqual([
      { code: 'BODY_GLUED_SENTENCE', start: 23, end: 26 },
      { code: 'BODY_GLUED_SENTENCE', start: 43, end: 46 },
      { code: 'BODY_GLUED_SENTENCE', start: 54, end: 57 },
    ]);
    const quoted = 'She said "no".Then she left (quickly).After that it rained.';
    expect(places(quoted)).toEqual([
      { code: 'BODY_GLUED_SENTENCE', start: 12, end: 15 },
      { code: 'BODY_GLUED_SENTENCE', start: 36, end: 39 },
    ]);
    expect(repaired(quoted)).toBe('She said "no". Then she left (quickly). After that it rained.');
  });

  it('reports St.Petersburg-style spacing, whose fix only adds a space', () => {
    expect(repaired('He flew to St.Petersburg on Monday.')).toBe('He flew to St. Petersburg on Monday.');
  });

  it('reports a sentence starter glued to a word, without a fix', () => {
    const text = 'More tension in UkraineIn the east, officials said.';
    expect(issuesOf(text)).toEqual([{ code: 'BODY_GLUED_SENTENCE', start: 22, end: 24, fix: null }]);
    expect(text.slice(22, 24)).toBe('eI');
    expect(repaired(text)).toBe(text);
  });

  it('reports both kinds in one paragraph', () => {
    expect(places('He spoke about these things.Situation in UkraineIn the east remains tense.')).toEqual([
      { code: 'BODY_GLUED_SENTENCE', start: 26, end: 29 },
      { code: 'BODY_GLUED_SENTENCE', start: 47, end: 49 },
    ]);
  });

  it.each([
    'U.S. officials met on Monday.',
    'Several states, e.g. Texas, voted.',
    'The novel by J.R.R. Tolkien was reprinted.',
    'Growth reached 3.5 per cent in No.5 district.',
    'Read more at ria.ru or sputniknews.com today.',
    'The server runs Node.js and Deno.',
    'Visit www.Example.com for details.',
    'Write to press@Agency.Com or see https://site.org/Page.Html now.',
    'The site news.Example.ru/Item was down.',
    'Apple sold the iPhone while LinkedIn, YouTube, PlayStation and JavaScript grew.',
    'McDonald opened a shop. LinkedIn users and CheckIn kiosks were counted.',
    'A normal paragraph. It has two sentences and nothing wrong in it.',
    'Ukraine.it is a domain.',
    'Shares of the company rose in early trading in Frankfurt.',
  ])('reports nothing in %j', (text) => {
    expect(issuesOf(text)).toEqual([]);
  });
});

describe('findBodyIssues: space before punctuation', () => {
  it('moves the space after the mark', () => {
    const text = 'This contradicts all logic .Vladimir Putin said so.';
    expect(issuesOf(text)).toEqual([
      { code: 'BODY_SPACE_BEFORE_PUNCTUATION', start: 26, end: 28, fix: { start: 26, end: 28, replacement: '. ' } },
    ]);
    expect(repaired(text)).toBe('This contradicts all logic. Vladimir Putin said so.');
  });

  it('covers every space of a run and handles , ; : and the end of the paragraph', () => {
    const text = 'Wait  ,what happened ;then :Reuters reported the end .';
    expect(places(text)).toEqual([
      { code: 'BODY_SPACE_BEFORE_PUNCTUATION', start: 4, end: 7 },
      { code: 'BODY_SPACE_BEFORE_PUNCTUATION', start: 20, end: 22 },
      { code: 'BODY_SPACE_BEFORE_PUNCTUATION', start: 26, end: 28 },
      { code: 'BODY_SPACE_BEFORE_PUNCTUATION', start: 52, end: 54 },
    ]);
    expect(repaired(text)).toBe('Wait, what happened; then: Reuters reported the end.');
  });

  it.each([
    'They said ...Then we left.',
    'Prices fell - sharply - on Monday.',
    'Only .5 per cent voted.',
    'Pourquoi ? Parce que ! Voilà :',
    'Microsoft .NET and the .com bubble.',
    'The score was 2 : 1 at half-time.',
    ' .Leading space at the start of the range.',
  ])('reports nothing in %j', (text) => {
    expect(issuesOf(text)).toEqual([]);
  });
});

describe('findBodyIssues: HTML entities', () => {
  it('decodes entity remnants, with or without a space after the ampersand', () => {
    const text = 'The index rose & lt; 5 % & gt; and AT&amp;T fell &quot;sharply&quot; &#39;today&#39; & #8212; a lot.';
    expect(places(text)).toEqual([
      { code: 'BODY_HTML_ENTITY', start: 15, end: 20 },
      { code: 'BODY_HTML_ENTITY', start: 25, end: 30 },
      { code: 'BODY_HTML_ENTITY', start: 37, end: 42 },
      { code: 'BODY_HTML_ENTITY', start: 49, end: 55 },
      { code: 'BODY_HTML_ENTITY', start: 62, end: 68 },
      { code: 'BODY_HTML_ENTITY', start: 69, end: 74 },
      { code: 'BODY_HTML_ENTITY', start: 79, end: 84 },
      { code: 'BODY_HTML_ENTITY', start: 85, end: 93 },
    ]);
    expect(repaired(text)).toBe('The index rose < 5 % > and AT&T fell "sharply" \'today\' — a lot.');
  });

  it('decodes &nbsp; to a space, hex references and Windows-1252 references', () => {
    expect(repaired('Moscow&nbsp;time, &#x2014; and &#150; and &#8230;')).toBe('Moscow time, — and – and …');
  });

  it('reports without a fix where decoding could change meaning or make a new defect', () => {
    const text = 'A&amp;lt;B and &amp; gt; and x&nbsp;. and &#65;BC and &#46; and &#0; and &#x200B;';
    const issues = issuesOf(text);
    expect(issues.map((issue) => [issue.code, text.slice(issue.start, issue.end), issue.fix])).toEqual([
      ['BODY_HTML_ENTITY', '&amp;', null],
      ['BODY_HTML_ENTITY', '&amp;', null],
      ['BODY_HTML_ENTITY', '&nbsp;', null],
      ['BODY_HTML_ENTITY', '&#65;', null],
      ['BODY_HTML_ENTITY', '&#46;', null],
      ['BODY_HTML_ENTITY', '&#0;', null],
      ['BODY_HTML_ENTITY', '&#x200B;', null],
    ]);
    expect(repaired(text)).toBe(text);
  });

  it.each(['Tom & Jerry', 'R&D spending', 'A & B; C', '&unknown; and &lt and & ;', '&#; and &#x;'])('reports nothing in %j', (text) => {
    expect(issuesOf(text)).toEqual([]);
  });
});

describe('findBodyIssues: drop caps and run-in headings', () => {
  it('reports a split drop cap at the start of the paragraph', () => {
    const text = 'B.At least six people were killed on Monday.';
    expect(issuesOf(text)).toEqual([{ code: 'BODY_DROP_CAP', start: 0, end: 2, fix: null }]);
  });

  it('reads the drop cap at the start of the range, not of the input', () => {
    const input = 'Headline\n\nB.At least six people were hurt.';
    expect(findBodyIssues(input, 10, input.length)).toEqual([{ code: 'BODY_DROP_CAP', start: 10, end: 12, fix: null }]);
  });

  it.each(['U.S. officials said so.', 'J.Smith said he would come.', 'A. At least six.', 'Police said B.At least was the name.'])(
    'reports no drop cap in %j',
    (text) => {
      expect(issuesOf(text).filter((issue) => issue.code === 'BODY_DROP_CAP')).toEqual([]);
    },
  );

  it('reports a run-in subheading between two sentences', () => {
    const text = 'Relations improved over the past year. The Situation with Diplomats In recent years, embassies were cut.';
    expect(issuesOf(text)).toEqual([{ code: 'BODY_RUN_IN_HEADING', start: 39, end: 67, fix: null }]);
    expect(text.slice(39, 67)).toBe('The Situation with Diplomats');
    expect(places('It ended. Gas Prices in Europe According to traders, prices rose.')).toEqual([
      { code: 'BODY_RUN_IN_HEADING', start: 10, end: 30 },
    ]);
  });

  it.each([
    'It ended. The Harbour Master Anna Petrova said the talks went well.',
    'It ended. President Joe Biden In Washington said so.',
    'It ended. The Ministry In a statement said so.',
    'It ended. Foreign Minister Sergei Lavrov met his counterpart.',
    'It ended. The Situation with Diplomats, in recent years, got worse.',
    'It ended. One Two Three Four Five Six Seven In recent years it grew.',
  ])('reports no run-in heading in %j', (text) => {
    expect(issuesOf(text)).toEqual([]);
  });
});

describe('findBodyIssues and applyFixes: documented examples', () => {
  it('gives the results the TSDoc shows', () => {
    expect(findBodyIssues('Ukraine.The talks', 0, 17)).toEqual([
      { code: 'BODY_GLUED_SENTENCE', start: 6, end: 9, fix: { start: 8, end: 8, replacement: ' ' } },
    ]);
    const text = 'Ukraine.The talks & amp; logic .Vladimir';
    expect(applyFixes(text, 0, text.length, findBodyIssues(text, 0, text.length))).toBe('Ukraine. The talks & logic. Vladimir');
  });

  it('leaves a space before ; that would complete an entity unfixed', () => {
    expect(issuesOf('&lt ;a')).toEqual([{ code: 'BODY_SPACE_BEFORE_PUNCTUATION', start: 3, end: 5, fix: null }]);
  });
});

describe('findBodyIssues and applyFixes: ranges and misuse', () => {
  it('uses offsets into the whole input and never looks outside the range', () => {
    const input = 'Title line\n\nThis contradicts all logic .Vladimir said.\n\nNext things.Situation';
    const from = 12;
    const to = input.indexOf('\n\nNext');
    const issues = findBodyIssues(input, from, to);
    expect(issues.map(({ code, start, end }) => ({ code, start, end }))).toEqual([
      { code: 'BODY_SPACE_BEFORE_PUNCTUATION', start: 38, end: 40 },
    ]);
    expect(input.slice(38, 40)).toBe(' .');
    expect(applyFixes(input, from, to, issues)).toBe('This contradicts all logic. Vladimir said.');
    // The glue just past `to` is not this paragraph's.
    expect(findBodyIssues('things.Situation', 0, 7)).toEqual([]);
  });

  it('clamps offsets and returns nothing for an empty range', () => {
    expect(findBodyIssues('logic .Vladimir', 10, 5)).toEqual([]);
    expect(findBodyIssues('logic .Vladimir', -5, 99).map((issue) => issue.start)).toEqual([5]);
    expect(applyFixes('abc', 2, 1, [])).toBe('');
  });

  it('skips overlapping fixes and fixes outside the range', () => {
    const issues: BodyIssue[] = [
      { code: 'BODY_HTML_ENTITY', start: 0, end: 3, fix: { start: 0, end: 3, replacement: 'X' } },
      { code: 'BODY_HTML_ENTITY', start: 1, end: 4, fix: { start: 1, end: 4, replacement: 'Y' } },
      { code: 'BODY_HTML_ENTITY', start: 8, end: 12, fix: { start: 8, end: 12, replacement: 'Z' } },
    ];
    expect(applyFixes('abcdefghij', 0, 10, issues)).toBe('Xdefghij');
  });

  it('throws TypeError on misuse', () => {
    expect(() => findBodyIssues(1 as unknown as string, 0, 1)).toThrow(TypeError);
    expect(() => findBodyIssues('abc', 0.5, 2)).toThrow(TypeError);
    expect(() => findBodyIssues('abc', 0, Number.NaN)).toThrow(TypeError);
    expect(() => applyFixes(null as unknown as string, 0, 0, [])).toThrow(TypeError);
  });
});

/** Pieces that combine into the shapes the checks look for, and near misses. */
const pieces = fc.constantFrom(
  ' ', ' ', '  ', '.', ',', ';', ':', '!', '?', '&', '& ', 'amp;', 'lt;', 'nbsp;', 'quot;', '#', '#39;', '#46;',
  '#32;', '#x41;', '&amp;', '&nbsp;', '&quot;', '&raquo;', '&#39;', '&#160;', 'The', 'In', 'At', 'Situation',
  'Diplomats', 'with', 'things', 'Ukraine', 'e', 'g', 'x', 'B', 'U', 'S', 'T', 'he', 'ria', 'ru', 'com', 'www',
  '/', '@', '"', ')', '’', 'é', 'É', '3', '5', 'recent', 'years', '\n', '\u00a0',
);

const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')));

describe('findBodyIssues: properties', () => {
  it('never throws; issues and fixes lie inside the range', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const to = from + (text.length - from === 0 ? 0 : b % (text.length - from + 1));
        for (const issue of findBodyIssues(text, from, to)) {
          expect(issue.start).toBeGreaterThanOrEqual(from);
          expect(issue.start).toBeLessThanOrEqual(issue.end);
          expect(issue.end).toBeLessThanOrEqual(to);
          if (issue.fix) {
            expect(issue.fix.start).toBeGreaterThanOrEqual(from);
            expect(issue.fix.start).toBeLessThanOrEqual(issue.fix.end);
            expect(issue.fix.end).toBeLessThanOrEqual(to);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('repairing twice equals repairing once', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, a) => {
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const once = applyFixes(text, from, text.length, findBodyIssues(text, from, text.length));
        const twice = applyFixes(once, 0, once.length, findBodyIssues(once, 0, once.length));
        expect(twice).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it('changes nothing without fixes', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const issues = issuesOf(text);
        if (issues.every((issue) => issue.fix === null)) expect(repaired(text)).toBe(text);
      }),
    );
  });
});
