/**
 * The body checks' scan, address test, glued-sentence and space-before-punctuation checks,
 * and applyFixes, at the edges a mutation run (issue 13) found unasked: every closing
 * character, punctuation mark, token boundary and address suffix; the range's two ends,
 * which no check may look past; and fixes handed over out of order, overlapping or inverted.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, findBodyIssues, type BodyFix, type BodyIssue } from '../../src/parse/body/checks.js';

/** `[code, start, end]` of each issue of `[from, to)`, the whole input by default. */
function found(input: string, from = 0, to = input.length): [string, number, number][] {
  return findBodyIssues(input, from, to).map((issue) => [issue.code, issue.start, issue.end]);
}

const GLUED = 'BODY_GLUED_SENTENCE';
const SPACED = 'BODY_SPACE_BEFORE_PUNCTUATION';

/** An issue that carries only its fix, for applyFixes. */
function fixing(start: number, end: number, replacement: string): BodyIssue {
  const fix: BodyFix = { start, end, replacement };
  return { code: GLUED, start, end, fix };
}

describe('glued sentences', () => {
  it.each([
    ['"', 'She said "no".Then she left.'],
    ["'", "She said 'no'.Then she left."],
    [')', 'She left (quickly).Then it rained.'],
    [']', 'She left [quickly].Then it rained.'],
    ['’', 'She said ‘no’.Then she left.'],
    ['”', 'She said “no”.Then she left.'],
    ['»', 'She said «no».Then she left.'],
  ])('are reported after a closing %s before the mark', (closing, text) => {
    const mark = text.indexOf(`${closing}.T`) + 1;
    expect(found(text)).toEqual([[GLUED, mark - 1, mark + 2]]);
  });

  it('are not reported after a single letter after a blank, an initial', () => {
    expect(found('Plan b.The talks went on.')).toEqual([]);
  });

  it('count the letters before the mark inside the range only', () => {
    // In the range `b.The talks` the `b` is a single letter: an initial.
    expect(found('ab.The talks', 1)).toEqual([]);
    expect(found('ab.The talks')).toEqual([[GLUED, 1, 4]]);
  });

  it('need the capital and the lower-case letter after the mark inside the range', () => {
    expect(found('Ukraine.The', 0, 9)).toEqual([]);
    expect(found('Ukraine.The', 0, 10)).toEqual([[GLUED, 6, 9]]);
  });

  it('need the character before the mark inside the range', () => {
    expect(found('a).The talks', 2)).toEqual([]);
    expect(found('a).The talks')).toEqual([[GLUED, 1, 4]]);
  });
});

describe('addresses', () => {
  it.each([
    'com', 'net', 'org', 'info', 'biz', 'gov', 'edu', 'mil', 'int', 'io', 'co', 'tv', 'me',
    'ru', 'su', 'ua', 'by', 'kz', 'uk', 'us', 'eu', 'de', 'fr', 'it', 'es', 'pl', 'nl', 'be',
    'ch', 'at', 'se', 'no', 'fi', 'dk', 'cz', 'sk', 'hu', 'ro', 'bg', 'gr', 'tr', 'il', 'in',
    'pk', 'cn', 'jp', 'kr', 'ca', 'au', 'nz', 'br', 'mx', 'ar', 'am', 'ge', 'az', 'uz', 'rs',
    'news', 'html', 'htm', 'php', 'aspx', 'pdf', 'js',
  ])('make a token with a dot before .%s one where no sentence is glued', (suffix) => {
    expect(found(`Shop at Kitchen.Example.${suffix} today.`)).toEqual([]);
  });

  it('are not made by a suffix that is not listed, or a listed one that goes on', () => {
    for (const suffix of ['xy', 'zz', 'rus', 'jsx', 'phpx']) {
      expect(found(`Shop at Kitchen.Example.${suffix} today.`)).toEqual([[GLUED, 14, 17]]);
    }
    expect(found('Shop at Kitchen.Example.com5 today.')).toEqual([[GLUED, 14, 17]]);
    expect(found('Shop at Kitchen.Example.comX today.')).toEqual([[GLUED, 14, 17]]);
    expect(found('Shop at Kitchen.Example.comic today.')).toEqual([[GLUED, 14, 17]]);
    expect(found('Shop at Kitchen.Example.comma today.')).toEqual([[GLUED, 14, 17]]);
    expect(found('Shop at Kitchen.Example.Com today.')).toEqual([
      [GLUED, 14, 17],
      [GLUED, 22, 25],
    ]);
  });

  it('end a suffix at any character that is not a lower-case Latin letter', () => {
    expect(found('Shop at Kitchen.Example.com. Then go.')).toEqual([]);
    expect(found('Shop at ‘Kitchen.Example.com’ today.')).toEqual([]);
    expect(found('Shop at Kitchen.Example.comé today.')).toEqual([[GLUED, 14, 17]]);
  });

  it('take a suffix up to the end of the range, whatever the input holds after it', () => {
    const text = 'Shop at Kitchen.Example.rux';
    expect(found(text, 0, text.length - 1)).toEqual([]);
    const cut = 'Shop at Kitchen.Example.net';
    expect(found(cut, 0, cut.length - 1)).toEqual([[GLUED, 14, 17]]);
  });

  it('are tokens with a slash or an at sign anywhere, or starting with www', () => {
    expect(found('See path/Ukraine.The talks.')).toEqual([]);
    expect(found('Write to press@Ukraine.The talks.')).toEqual([]);
    expect(found('Visit www.Example.Org today.')).toEqual([]);
    expect(found('Visit wwx.Example.Org today.')).toEqual([
      [GLUED, 8, 11],
      [GLUED, 16, 19],
    ]);
  });

  it('read www only inside the range', () => {
    expect(found('wwww.The talks', 2)).toEqual([[GLUED, 3, 6]]);
  });

  it.each([
    ['a blank', ' '],
    ['a tab', '\t'],
    ['an ampersand', '&'],
    ['a semicolon', ';'],
    ['a line feed', '\n'],
    ['a carriage return', '\r'],
  ])('end at %s, so an address before it does not shelter the glue after it', (_name, boundary) => {
    const text = `ria.ru/x${boundary}Ukraine.The talks`;
    expect(found(text).filter(([code]) => code === GLUED)).toEqual([[GLUED, 15, 18]]);
  });

  it('end at the range ends, whatever the input holds around the range', () => {
    expect(found('go/ Ukraine.The talks', 4)).toEqual([[GLUED, 10, 13]]);
    expect(found('go/ Ukraine.The talks')).toEqual([[GLUED, 10, 13]]);
    expect(found('x/Ukraine.The talks', 2)).toEqual([[GLUED, 8, 11]]);
    expect(found('Ukraine.The/x', 0, 11)).toEqual([[GLUED, 6, 9]]);
    expect(found('Ukraine.The talks/x', 0, 17)).toEqual([[GLUED, 6, 9]]);
  });
});

describe('a space before punctuation', () => {
  it.each([
    ['.', 'They met .Then it rained.', 'They met. Then it rained.'],
    [',', 'They met ,then it rained.', 'They met, then it rained.'],
    [';', 'They met ;then it rained.', 'They met; then it rained.'],
    [':', 'They met :then it rained.', 'They met: then it rained.'],
    ['!', 'They met !Then it rained.', 'They met! Then it rained.'],
    ['?', 'They met ?Then it rained.', 'They met? Then it rained.'],
  ])('is reported and fixed before %s', (_mark, text, repaired) => {
    expect(found(text)).toEqual([[SPACED, 8, 10]]);
    expect(applyFixes(text, 0, text.length, findBodyIssues(text, 0, text.length))).toBe(repaired);
  });

  it.each(['.', '!', '?'])('is not reported before %s and a lower-case word', (mark) => {
    expect(found(`They met ${mark}then it rained.`)).toEqual([]);
  });

  it.each([
    ['.', [[SPACED, 8, 10]]],
    [',', [[SPACED, 8, 10]]],
    [';', []],
    [':', []],
    ['!', []],
    ['?', []],
  ])('at the end of the paragraph is reported before %s only for . and ,', (mark, expected) => {
    const text = `They met ${mark}`;
    expect(found(text)).toEqual(expected);
    if (expected.length > 0) expect(applyFixes(text, 0, text.length, findBodyIssues(text, 0, text.length))).toBe(`They met${mark}`);
  });

  it('follows a word, a number or a closing quote, nothing else', () => {
    expect(found('In 2021 .The rains came.')).toEqual([[SPACED, 7, 9]]);
    expect(found('She said "no" .Then she left.')).toEqual([[SPACED, 13, 15]]);
    expect(found('They met — .Then it rained.')).toEqual([]);
    expect(found('They met ... .Then it rained.')).toEqual([]);
  });

  it('needs the word before the blanks inside the range', () => {
    expect(found('ab .Cd', 2)).toEqual([]);
    expect(found('ab   .Cd', 2)).toEqual([]);
    expect(found('ab .Cd')).toEqual([[SPACED, 2, 4]]);
  });

  it('needs the capital and its lower-case letter inside the range', () => {
    expect(found('They met .Th', 0, 11)).toEqual([]);
    expect(found('They met .Th')).toEqual([[SPACED, 8, 10]]);
  });

  it('does not take a mark just past the range end', () => {
    expect(found('word .x', 0, 5)).toEqual([]);
    expect(found('word ,x', 0, 5)).toEqual([]);
  });

  it('keeps its fix before a mark other than ; after an entity-shaped word', () => {
    const text = 'Use &lt ,then go';
    expect(findBodyIssues(text, 0, text.length)).toEqual([
      { code: SPACED, start: 7, end: 9, fix: { start: 7, end: 9, replacement: ', ' } },
    ]);
  });
});

describe('misuse', () => {
  it('refuses a String object as the input, as any other non-string', () => {
    const boxed = new String('Ukraine.The talks') as unknown as string;
    expect(() => findBodyIssues(boxed, 0, 17)).toThrow(TypeError);
    expect(() => applyFixes(boxed, 0, 17, [])).toThrow(TypeError);
  });
});

describe('applyFixes', () => {
  const text = 'one two three four five';

  it('applies fixes handed over in any order, in the order of their start', () => {
    const issues = [fixing(19, 23, 'FIVE'), fixing(8, 13, 'THREE'), fixing(0, 3, 'ONE')];
    expect(applyFixes(text, 0, text.length, issues)).toBe('ONE two THREE four FIVE');
  });

  it('keeps the fix that starts first of two overlapping ones, whatever their order', () => {
    const wide = fixing(0, 13, 'ALL');
    const inner = fixing(4, 7, 'TWO');
    expect(applyFixes(text, 0, text.length, [inner, wide])).toBe('ALL four five');
    expect(applyFixes(text, 0, text.length, [wide, inner])).toBe('ALL four five');
  });

  it('applies an insertion before a replacement at the same start, whatever their order', () => {
    const insert = fixing(4, 4, '(');
    const replace = fixing(4, 7, 'TWO');
    expect(applyFixes(text, 0, text.length, [replace, insert])).toBe('one (TWO three four five');
    expect(applyFixes(text, 0, text.length, [insert, replace])).toBe('one (TWO three four five');
  });

  it('skips a fix that starts before the range or ends before it starts', () => {
    expect(applyFixes(text, 4, text.length, [fixing(0, 5, 'X')])).toBe('two three four five');
    expect(applyFixes(text, 0, text.length, [fixing(8, 4, 'X')])).toBe(text);
  });
});
