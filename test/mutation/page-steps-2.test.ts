/**
 * The page stage's first steps (src/parse/page.ts, `layoutPage`), behaviours a mutation run
 * (issue 13) found untested: the base kinds of a line, how headlines are compared, what a
 * summary is, and the date prefix of a dateline. Each on a small page of our own.
 */
import { describe, expect, it } from 'vitest';
import { findDateline, layoutPage, type Layout, type Unit } from '../../src/parse/page.js';
import { countWords } from '../../src/parse/page/line-kinds.js';
import { pageOf } from './page-of.js';

const layoutOf = (lines: readonly string[], onHeader = false): Layout => layoutPage(pageOf(lines, { onHeader }));
const kindsOf = (lines: readonly string[]): readonly string[] => layoutOf(lines).kinds;

const TITLE = 'Harbour reopens after the winter repairs';
const TEXT = 'The harbour reopened to small boats on Tuesday after four months of repairs, the port said.';
const MORE = 'Larger ships will follow next month, when the new quay is finished.';
const OTHER = 'Find the latest sports stories and photos here';
const STAMP = 'March 3, 2022 8:15 am';

describe('the header line', () => {
  it('holds chrome in place of the URL, three words at most', () => {
    const short = layoutOf(['Harbour News Today', TEXT], true);
    expect(short.title).toBe(-1);
    expect(short.kinds).toEqual(['chrome', 'body']);
    // Off the header line, the same words make a headline.
    expect(layoutOf(['Harbour News Today', TEXT]).title).toBe(0);
    expect(layoutOf(['Harbour Reopens For Boats', TEXT], true).title).toBe(0);
  });
});

describe('a dated title variant', () => {
  it('is a headline with its suffix, not a date line', () => {
    const layout = layoutOf(['Harbour reopens again – RIA Novosti, 11/02/2021', TEXT]);
    expect(layout.title).toBe(0);
    expect(layout.titleText).toBe('Harbour reopens again');
    expect(layout.titleFromVariant).toBe(true);
  });
});

describe('headline repeats', () => {
  it('are looked for in the first sixty lines', () => {
    const chrome = (k: number): string[] => Array.from({ length: k }, () => 'Share');
    // The repeat 40 lines below still makes the second line the headline.
    expect(layoutOf([OTHER, TITLE, ...chrome(40), TITLE, TEXT]).title).toBe(1);
    expect(layoutOf([OTHER, TITLE, ...chrome(57), TITLE, TEXT]).title).toBe(1);
    // At line 60 it is out of the window: the repeat itself, seeing the second line, wins.
    expect(layoutOf([OTHER, TITLE, ...chrome(58), TITLE, TEXT]).title).toBe(60);
  });

  it('count only when each line is short enough to repeat the other', () => {
    const thrice = `${TITLE} ${TITLE} ${TITLE}`;
    expect(layoutOf([OTHER, TITLE, thrice, TEXT]).title).toBe(0);
  });

  it('may be twice the headline and three words more', () => {
    const fifteen = `${TITLE} ${TITLE} Harbour reopens after`;
    expect(countWords(fifteen)).toBe(15);
    expect(kindsOf([TITLE, fifteen, TEXT])[1]).toBe('title-repeat');
    expect(kindsOf([TITLE, `${fifteen} the`, TEXT])[1]).toBe('lead');
  });

  it('share seven words in ten at least', () => {
    const title = 'Harbour reopens after the long winter repairs today';
    // Seven in common, ten in all.
    expect(kindsOf([title, 'Harbour reopens after the long winter repairs with boats', TEXT])[1]).toBe('title-repeat');
    // Seven in common, eleven in all.
    expect(kindsOf([title, 'Harbour reopens after the long winter repairs with more boats', TEXT])[1]).toBe('lead');
  });

  it('are read in any case', () => {
    expect(kindsOf([TITLE, TITLE.toUpperCase(), TEXT])).toEqual(['title', 'title-repeat', 'body']);
  });
});

describe('a summary', () => {
  const dateline = (sentence: string): string => `GDANSK, Nov 2 (Reuters) - ${sentence}`;

  it('is the whole first sentence, eight words or more, punctuation aside', () => {
    const sentence = 'The harbour reopened to small boats, the port said on Tuesday';
    const layout = layoutOf([sentence, dateline(`${sentence}. Ships follow.`)]);
    expect(layout.title).toBe(-1);
    expect(layout.kinds).toEqual(['lead', 'body']);
    const eight = 'The harbour reopened to small boats on Tuesday';
    expect(countWords(eight)).toBe(8);
    expect(layoutOf([eight, dateline(`${eight}.`)]).title).toBe(-1);
    const seven = 'The harbour reopened to small boats today';
    expect(layoutOf([seven, dateline(`${seven}.`)]).title).toBe(0);
  });

  it('may end the text without a full stop, or before closing quotes', () => {
    const sentence = 'The harbour reopened to small boats on Tuesday';
    expect(layoutOf([sentence, dateline(sentence)]).title).toBe(-1);
    expect(layoutOf([sentence, dateline(`"${sentence}", the port said.`)]).title).toBe(0);
    expect(layoutOf([sentence, dateline(`${sentence}»! Ships follow.`)]).title).toBe(-1);
  });

  it('has the words of the text, each one', () => {
    const other = 'The harbour closed to small boats on Tuesday';
    expect(layoutOf([other, dateline('The harbour reopened to small boats on Tuesday.')]).title).toBe(0);
    const longer = 'The harbour reopened to small boats on Tuesday and Wednesday';
    expect(layoutOf([longer, dateline('The harbour reopened to small boats on Tuesday.')]).title).toBe(0);
  });
});

describe('the Sputnik template without its URL', () => {
  it('shows in a keywords line over the headline, not in any lower-case line', () => {
    expect(kindsOf(['harbour news today', TITLE, TEXT, MORE])).toEqual(['chrome', 'title', 'body', 'body']);
    expect(kindsOf(['harbour, news', TITLE, TEXT, MORE])).toEqual(['chrome', 'title', 'lead', 'body']);
  });
});

describe('tags of chrome words', () => {
  it('are letters only', () => {
    expect(kindsOf([TITLE, STAMP, 'World', 'News • Sport', TEXT])).toEqual(['title', 'timestamp', 'chrome', 'chrome', 'body']);
    expect(kindsOf([TITLE, STAMP, 'World', 'Top stories', TEXT])).toEqual(['title', 'timestamp', 'tags', 'tags', 'body']);
  });
});

describe('a dateline', () => {
  const unitOf = (text: string): [string, Unit] => [text, pageOf([text]).units[0] as Unit];

  it('without a date, opens the article only in running text', () => {
    expect(layoutOf([TITLE, 'GDANSK – Boats return to the harbour', TEXT]).bodyStart?.unit).toBe(2);
    const prose = layoutOf([TITLE, 'GDANSK – The harbour reopened to small boats on Tuesday.', MORE]);
    expect(prose.bodyStart?.unit).toBe(1);
    expect(prose.dateline).not.toBeNull();
  });

  it('after a weekday, a comma and a stray one, is found', () => {
    const prefix = 'Wednesday, , 2 September 2020 ';
    const [input, unit] = unitOf(`${prefix}(RFE/RL) -- The talks went on for hours.`);
    expect(findDateline(input, unit)?.at).toBe(prefix.length);
  });

  it('after a comma alone, is not', () => {
    const [input, unit] = unitOf(', 2 September 2020 (RFE/RL) -- The talks went on for hours.');
    expect(findDateline(input, unit)).toBeNull();
  });
});
