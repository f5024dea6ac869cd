/**
 * The HTML-entity check of the body checks (issue 13): every named entity and every
 * Windows-1252 reference, the edges of each range of code points that is decoded to a
 * space, left alone or decoded as it is, the shape of a reference, the end of the range,
 * the decodings left unfixed so that a second repair finds nothing, and the `&lt ;` guard
 * of the space-before-punctuation check.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, findBodyIssues, type BodyIssue } from '../../src/parse/body/checks.js';

const ENTITY = 'BODY_HTML_ENTITY';
const SPACED = 'BODY_SPACE_BEFORE_PUNCTUATION';

function issuesOf(text: string, from = 0, to = text.length): BodyIssue[] {
  return findBodyIssues(text, from, to);
}

/** The entity issues of `[from, to)` as `[start, end, replacement or null]`. */
function entities(text: string, from = 0, to = text.length): [number, number, string | null][] {
  return issuesOf(text, from, to)
    .filter((issue) => issue.code === ENTITY)
    .map((issue) => [issue.start, issue.end, issue.fix === null ? null : issue.fix.replacement]);
}

/** The one entity issue of `rose <reference> sharply`, at offset 5, as `[end, replacement]`. */
function decodingOf(reference: string): [number, string | null][] {
  const text = `rose ${reference} sharply`;
  return issuesOf(text).map((issue) => {
    expect(issue.code).toBe(ENTITY);
    expect(issue.start).toBe(5);
    if (issue.fix !== null) expect(issue.fix).toEqual({ start: 5, end: issue.end, replacement: issue.fix.replacement });
    return [issue.end, issue.fix === null ? null : issue.fix.replacement];
  });
}

const NAMED: [string, string][] = [
  ['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"], ['nbsp', ' '],
  ['mdash', '—'], ['ndash', '–'], ['hellip', '…'], ['laquo', '«'], ['raquo', '»'],
  ['lsquo', '‘'], ['rsquo', '’'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'],
  ['bull', '•'], ['middot', '·'], ['copy', '©'], ['reg', '®'], ['trade', '™'],
  ['euro', '€'], ['deg', '°'], ['times', '×'],
];

const WINDOWS_1252: Record<number, string> = {
  0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x99: '™',
};

describe('named entities', () => {
  it.each(NAMED)('&%s; is decoded to %j, with or without a space after the &', (name, character) => {
    expect(decodingOf(`&${name};`)).toEqual([[5 + name.length + 2, character]]);
    expect(decodingOf(`& ${name};`)).toEqual([[5 + name.length + 3, character]]);
    const text = `rose &${name}; sharply`;
    expect(applyFixes(text, 0, text.length, issuesOf(text))).toBe(`rose ${character} sharply`);
  });

  it('reads names of two to six letters, in lower case, with their ;', () => {
    expect(entities('a &hellip; b &lt; c')).toEqual([
      [2, 10, '…'],
      [13, 17, '<'],
    ]);
    for (const text of ['a &hellips; b', 'a &hellipx; b', 'a &l; b', 'a &LT; b', 'a &Lt; b', 'a &lT; b', 'a &lt b', 'a &lt', 'a &  lt; b', 'a &ltz; b']) {
      expect(entities(text)).toEqual([]);
    }
  });
});

describe('numeric references', () => {
  it('in 0x80-0x9F mean the Windows-1252 character, and the rest of that block gets no fix', () => {
    for (let cp = 0x80; cp <= 0x9f; cp++) {
      const expected = WINDOWS_1252[cp] ?? null;
      expect(decodingOf(`&#${cp};`), `&#${cp};`).toEqual([[5 + `&#${cp};`.length, expected]]);
      expect(decodingOf(`&#x${cp.toString(16)};`), cp.toString(16)).toEqual([[5 + 6, expected]]);
    }
  });

  it.each([
    // Blanks become a plain space.
    [0x09, ' '], [0x20, ' '], [0xa0, ' '], [0x2000, ' '], [0x2005, ' '], [0x200a, ' '], [0x202f, ' '], [0x205f, ' '], [0x3000, ' '],
    // ASCII controls, DEL, letters, digits and punctuation other than quotes and <>&: no fix.
    [0x00, null], [0x0a, null], [0x1f, null], [0x21, null], [0x2e, null], [0x30, null], [0x41, null], [0x7e, null], [0x7f, null],
    [0x22, '"'], [0x27, "'"], [0x3c, '<'], [0x3e, '>'],
    // Letters, digits and marks of any script: no fix.
    [0xe9, null], [0xb2, null], [0x301, null], [0x2070, null],
    // Neighbours of the blanks and the invisible ranges are decoded as they are.
    [0xa1, '¡'], [0x2010, '‐'], [0x2027, '‧'], [0x2030, '‰'], [0x20ac, '€'], [0x3001, '、'],
    // Invisible and direction characters: no fix.
    [0x200b, null], [0x200e, null], [0x200f, null], [0x2028, null], [0x202a, null], [0x202e, null],
    [0x2060, null], [0x2066, null], [0x206f, null], [0xfeff, null],
    // Surrogates, noncharacters and values past Unicode: no fix, and no exception.
    [0xd7ff, '\ud7ff'], [0xd800, null], [0xdbff, null], [0xdc00, null], [0xdfff, null], [0xe000, '\ue000'],
    [0xfeff - 1, '\ufefe'], [0xfffd, '\ufffd'], [0xfffe, null], [0xffff, null], [0x1fffe, null], [0x1ffff, null],
    [0x1f600, '😀'], [0x10fffd, '\u{10fffd}'], [0x10ffff, null], [0x110000, null], [0xffffffff, null],
  ] as [number, string | null][])('code point %i as a hex and a decimal reference is fixed to %j', (cp, expected) => {
    const hex = `&#x${cp.toString(16)};`;
    expect(decodingOf(hex)).toEqual([[5 + hex.length, expected]]);
    if (cp <= 99_999_999) {
      const decimal = `&#${cp};`;
      expect(decodingOf(decimal)).toEqual([[5 + decimal.length, expected]]);
    }
  });

  it('take x or X, and hex digits 0-9, a-f and A-F only after it', () => {
    expect(decodingOf('&#x41;')).toEqual([[11, null]]);
    expect(decodingOf('&#X41;')).toEqual([[11, null]]);
    expect(decodingOf('&#xab;')).toEqual([[11, '«']]);
    expect(decodingOf('&#xAB;')).toEqual([[11, '«']]);
    expect(decodingOf('&#xf7;')).toEqual([[11, '÷']]);
    expect(decodingOf('&#xF7;')).toEqual([[11, '÷']]);
    expect(decodingOf('&#xb0;')).toEqual([[11, '°']]);
    expect(decodingOf('&#171;')).toEqual([[11, '«']]);
    // The characters beside the hex letters, and hex letters in a decimal reference, end it.
    for (const reference of ['&#x4g;', '&#x4G;', '&#x4@;', '&#x4`;', '&#6a;', '&#6f;', '&#6F;', '&#4x;', '&#49 ;', '&#4.9;', '&#x;', '&#;', '&# 60;']) {
      expect(entities(`rose ${reference} sharply`), reference).toEqual([]);
    }
  });

  it('take at most eight digits, and need their ;', () => {
    expect(decodingOf('&#00000065;')).toEqual([[16, null]]);
    expect(decodingOf('&#00008212;')).toEqual([[16, '—']]);
    expect(decodingOf('&#x000000e9;')).toEqual([[17, null]]);
    expect(decodingOf('&#x00002014;')).toEqual([[17, '—']]);
    for (const reference of ['&#000000065;', '&#000008212;', '&#x0000002014;', '&#x000002014;', '&#8212', '&#8212 and', '&#x2014,']) {
      expect(entities(`rose ${reference} sharply`), reference).toEqual([]);
    }
  });
});

describe('the end of the range', () => {
  it('is not looked past for the ; or the rest of an entity', () => {
    const cases: [string, number][] = [
      ['a &lt; b', 5], ['a &hellip; b', 9], ['a &#60; b', 6], ['a &#6', 4], ['a &#x3c; b', 7],
      ['a &#x3c; b', 4], ['a &#x3c; b', 3], ['a & lt; b', 3], ['a & lt; b', 4], ['a &amp; b', 3],
    ];
    for (const [text, to] of cases) expect(entities(text, 0, to), `${text} to ${to}`).toEqual([]);
    expect(entities('a &lt; b', 0, 6)).toEqual([[2, 6, '<']]);
  });

  it('is not looked past for what follows a decoding', () => {
    // Past the range an `lt;` would make `&amp;lt;` and `&nbsp;lt;` unsafe, and a full stop `&nbsp;.`.
    expect(entities('A&amp;lt;B', 0, 6)).toEqual([[1, 6, '&']]);
    expect(entities('x&&nbsp;lt;', 0, 8)).toEqual([[2, 8, ' ']]);
    expect(entities('x&nbsp;.', 0, 7)).toEqual([[1, 7, ' ']]);
    expect(entities('x&nbsp; .', 0, 8)).toEqual([[1, 7, ' ']]);
    expect(entities('x&nbsp;.', 0, 8)).toEqual([[1, 7, null]]);
  });
});

describe('decodings left without a fix', () => {
  it('an & before an entity name, but any other character may go there', () => {
    expect(entities('AT&amp;lt;T')).toEqual([[2, 7, null]]);
    expect(entities('AT&amp; lt;T')).toEqual([[2, 7, null]]);
    expect(entities('AT&amp;#60;T')).toEqual([[2, 7, null]]);
    expect(entities('AT&amp;ltT')).toEqual([[2, 7, '&']]);
    expect(entities('wait&hellip;amp; now')).toEqual([[4, 12, '…']]);
    expect(entities('say &quot;lt; now')).toEqual([[4, 10, '"']]);
  });

  it('a space right before an entity name, which an & before it would complete', () => {
    expect(entities('x&&nbsp;lt;')).toEqual([[2, 8, null]]);
    expect(entities('x&nbsp;lt;')).toEqual([[1, 7, null]]);
    expect(entities('x&#32;gt;')).toEqual([[1, 6, null]]);
    // With a space after it, `&` and two spaces make no entity.
    expect(entities('x&nbsp; lt;')).toEqual([[1, 7, ' ']]);
    expect(entities('x&nbsp;ltd')).toEqual([[1, 7, ' ']]);
  });

  it('any decoding before punctuation, or before spaces and punctuation', () => {
    for (const mark of ['.', ',', ';', ':', '!', '?']) {
      expect(entities(`x&nbsp;${mark} y`), mark).toEqual([[1, 7, null]]);
      expect(entities(`x&nbsp;  ${mark} y`), mark).toEqual([[1, 7, null]]);
      expect(entities(`x&mdash; ${mark} y`), mark).toEqual([[1, 8, null]]);
    }
    expect(entities('x&nbsp;  y.')).toEqual([[1, 7, ' ']]);
    expect(entities('x&mdash;- y')).toEqual([[1, 8, '—']]);
    expect(entities('x&mdash;  ')).toEqual([[1, 8, '—']]);
    expect(entities('x&mdash;')).toEqual([[1, 8, '—']]);
  });
});

describe('a space before ; that would complete an entity', () => {
  /** The space-before issues of `[from, to)` as `[start, end, replacement or null]`. */
  function spaced(text: string, from = 0, to = text.length): [number, number, string | null][] {
    return issuesOf(text, from, to)
      .filter((issue) => issue.code === SPACED)
      .map((issue) => [issue.start, issue.end, issue.fix === null ? null : issue.fix.replacement]);
  }

  it('is left unfixed after a name, a number or a hex number, with or without a space after the &', () => {
    const lead = 'The index rose sharply ';
    for (const name of ['lt', 'amp', 'oz', 'LT', 'Quot', '#60', '#x3c', '#X3C', 'hellipabcde']) {
      for (const amp of ['&', '& ']) {
        const text = `${lead}${amp}${name} ;then`;
        const s = text.indexOf(' ;');
        expect(spaced(text), text).toEqual([[s, s + 2, null]]);
      }
    }
  });

  it('is fixed after other characters, two spaces, or a name of twelve characters or more', () => {
    for (const body of ['&é ;then', '&(lt ;then', '&  lt ;then', '&.lt ;then', 'plain ;then', '&hellipabcdef ;then', '& hellipabcdef ;then']) {
      const text = `Prices rose ${body}`;
      const s = text.indexOf(' ;');
      expect(spaced(text), text).toEqual([[s, s + 2, '; ']]);
    }
  });

  it('looks for the & inside the range only', () => {
    expect(spaced('&lt ;then', 1)).toEqual([[3, 5, '; ']]);
    expect(spaced('&lt ;then', 2)).toEqual([[3, 5, '; ']]);
    expect(spaced('& lt ;then', 1)).toEqual([[4, 6, '; ']]);
    expect(spaced('& lt ;then', 2)).toEqual([[4, 6, '; ']]);
    expect(spaced('& lt ;then', 0)).toEqual([[4, 6, null]]);
    expect(spaced('x&lt ;then', 1)).toEqual([[4, 6, null]]);
  });
});
