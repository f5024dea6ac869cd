/**
 * The page stage's rules (src/parse/page.ts), behaviours a mutation run (issue 13) found
 * untested: each rule of the layout on a small page of our own, read straight from
 * `layoutPage` (the kinds, the headline, the lead, where the article starts), and the units
 * and dateline the stage finds.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/index.js';
import { emptyLayout, findDateline, layoutPage, slugWords, type Layout, type Unit } from '../../src/parse/page.js';
import { countWords } from '../../src/parse/page/line-kinds.js';
import { pageOf, type PageOptions } from './page-of.js';

const layoutOf = (lines: readonly string[], options?: PageOptions): Layout => layoutPage(pageOf(lines, options));
const kindsOf = (lines: readonly string[], options?: PageOptions): readonly string[] => layoutOf(lines, options).kinds;

const TITLE = 'Harbour reopens after the winter repairs';
const TEXT = 'The harbour reopened to small boats on Tuesday after four months of repairs, the port said.';
const MORE = 'Larger ships will follow next month, when the new quay is finished.';
const DATELINE_TEXT = 'GDANSK, Nov 2 (Reuters) - The harbour reopened to small boats on Tuesday after four months of repairs.';

describe('slugWords', () => {
  const source = (slug: string | null): Source => ({ slug }) as unknown as Source;

  it('splits the slug at hyphens and underscores, in lower case', () => {
    expect(slugWords(source('Harbour-Reopens_after--repairs'))).toEqual(['harbour', 'reopens', 'after', 'repairs']);
    expect(slugWords(source('-harbour_'))).toEqual(['harbour']);
  });

  it('is empty without a source or a slug', () => {
    expect(slugWords(null)).toEqual([]);
    expect(slugWords(source(null))).toEqual([]);
    expect(slugWords(source(''))).toEqual([]);
  });
});

describe('emptyLayout', () => {
  it('keeps every unit as chrome and reads nothing', () => {
    const { units } = pageOf(['One', 'Two']);
    const layout = emptyLayout(units);
    expect(layout).toMatchObject({
      kinds: ['chrome', 'chrome'],
      title: -1,
      titleText: null,
      titleFromVariant: false,
      lead: null,
      leadUnit: -1,
      bodyStart: null,
      bodyStartSuffix: -1,
      dateline: null,
      body: [],
      metadata: [],
      setAside: [],
    });
    expect(layout.isMetadata(0)).toBe(false);
  });
});

describe('findDateline', () => {
  const unitOf = (text: string): [string, Unit] => [text, pageOf([text]).units[0] as Unit];

  it('finds a strong dateline at the start of the unit', () => {
    const [input, unit] = unitOf(DATELINE_TEXT);
    expect(findDateline(input, unit)?.at).toBe(0);
  });

  it('finds one after a date prefix, with or without a weekday, its comma and empty parentheses', () => {
    for (const prefix of ['Wednesday, 2 September 2020 () ', '2 September 2020 ', 'Wednesday 2 September 2020 ', 'Wednesday, 2 September 2020 ']) {
      const [input, unit] = unitOf(`${prefix}${DATELINE_TEXT}`);
      expect(findDateline(input, unit)?.at, prefix).toBe(prefix.length);
    }
  });

  it('finds none after a date prefix without a year', () => {
    const [input, unit] = unitOf(`2 September ${DATELINE_TEXT}`);
    expect(findDateline(input, unit)).toBeNull();
  });

  it('finds none in running text', () => {
    const [input, unit] = unitOf(TEXT);
    expect(findDateline(input, unit)).toBeNull();
  });
});

describe('the dateline', () => {
  it('opens the article, and lines before it are metadata', () => {
    const layout = layoutOf([TITLE, DATELINE_TEXT, MORE]);
    expect(layout.kinds).toEqual(['title', 'body', 'body']);
    expect(layout.bodyStart).toEqual({ unit: 1, at: 0 });
    expect(layout.dateline?.start).toBe(TITLE.length + 1);
    expect(layout.body).toEqual([1, 2]);
    expect(layout.metadata).toEqual([0]);
    expect(layout.isMetadata(0)).toBe(true);
    expect(layout.isMetadata(1)).toBe(false);
  });

  it('is looked for in the first forty units only', () => {
    const chrome = Array.from({ length: 39 }, () => 'Share');
    expect(layoutOf([TITLE, ...chrome.slice(1), DATELINE_TEXT]).dateline).not.toBeNull();
    expect(layoutOf([TITLE, ...chrome, DATELINE_TEXT]).dateline).toBeNull();
    // A page shorter than the window is read to its end.
    expect(layoutOf([TITLE, 'Share', DATELINE_TEXT]).dateline).not.toBeNull();
  });

  it('is read on a chrome or a date line, not on a credit', () => {
    expect(layoutOf([TITLE, `© ${DATELINE_TEXT}`, TEXT]).dateline).toBeNull();
  });
});

describe('the headline', () => {
  it('is the first headline-shaped line before the article', () => {
    const layout = layoutOf(['Share', TITLE, 'Boats are back on the water', TEXT, MORE]);
    expect(layout.title).toBe(1);
    expect(layout.titleText).toBe(TITLE);
    expect(layout.titleFromVariant).toBe(false);
    expect(layout.kinds).toEqual(['chrome', 'title', 'lead', 'body', 'body']);
    expect(layout.lead).toBe('Boats are back on the water');
    expect(layout.leadUnit).toBe(2);
  });

  it('prefers a line the page repeats over an earlier one', () => {
    const other = 'Find the latest sports stories and photos here';
    const layout = layoutOf([other, TITLE, TITLE, TEXT]);
    expect(layout.title).toBe(1);
    expect(layout.kinds).toEqual(['lead', 'title', 'title-repeat', 'body']);
  });

  it('prefers a line the slug spells, with three slug words or more', () => {
    const other = 'Ferry timetable changes for the winter season';
    expect(layoutOf([other, TITLE, TEXT], { slug: ['harbour', 'reopens', 'after', 'repairs'] }).title).toBe(1);
    // Half the slug words make it.
    expect(layoutOf([other, TITLE, TEXT], { slug: ['harbour', 'reopens', 'x', 'y'] }).title).toBe(1);
    expect(layoutOf([other, TITLE, TEXT], { slug: ['harbour', 'x', 'y', 'z'] }).title).toBe(0);
    expect(layoutOf([other, TITLE, TEXT], { slug: ['harbour', 'reopens'] }).title).toBe(0);
  });

  it('prefers a line of four words or more over a shorter first one', () => {
    expect(layoutOf(['Mayor meets farmers', TITLE, TEXT]).title).toBe(1);
    expect(layoutOf(['Mayor meets farmers', 'Boats are back', TEXT]).title).toBe(0);
    expect(layoutOf(['Mayor meets farmers today', TITLE, TEXT]).title).toBe(0);
  });

  it('prefers a clean line over one glued from two links', () => {
    const glued = 'Budget talks at the town hallFerry timetable changes';
    expect(layoutOf([glued, 'Boats are back', TEXT]).title).toBe(1);
    const layout = layoutOf([glued, TEXT]);
    expect(layout.title).toBe(0);
  });

  it('keeps a glued line that is not the headline as chrome', () => {
    expect(kindsOf([TITLE, 'Budget talks at the town hallFerry timetable changes', TEXT])).toEqual(['title', 'chrome', 'body']);
  });

  it('is a repeat only with a length close to the headline', () => {
    const repeat = `${TITLE} and more`;
    expect(kindsOf([TITLE, repeat, TEXT])).toEqual(['title', 'title-repeat', 'body']);
    // The same words under another order and punctuation: one headline.
    expect(kindsOf([TITLE, '“Harbour reopens after the winter repairs”', TEXT])).toEqual(['title', 'title-repeat', 'body']);
  });

  it('reads a repeat by the share of words the two lines have in common', () => {
    // Seven of eight words in common (7/9 ≥ 0.7) is a repeat; five of seven (5/9) is not.
    expect(kindsOf([TITLE, 'Harbour reopens after the long winter repairs', TEXT])[1]).toBe('title-repeat');
    expect(kindsOf([TITLE, 'Harbour reopens after storm damage repairs', TEXT])[1]).not.toBe('title-repeat');
  });

  it('is not a line with a timestamp or a keywords line', () => {
    // Seventeen words: too many for a date line, few enough for a headline.
    const stamped = 'Harbour reopens after the long winter repairs and more, the port of Gdansk says again today 2021-03-05T14:30';
    expect(countWords(stamped)).toBe(17);
    expect(layoutOf([stamped, TITLE, TEXT]).title).toBe(1);
    expect(layoutOf(['harbour, repairs, port', TITLE, TEXT]).title).toBe(1);
  });

  it('is not a summary: the whole first sentence after the dateline', () => {
    const summary = 'The harbour reopened to small boats on Tuesday after four months of repairs';
    const layout = layoutOf([summary, DATELINE_TEXT]);
    expect(layout.title).toBe(-1);
    expect(layout.kinds).toEqual(['lead', 'body']);
    // A headline that only opens like the text is one.
    const opening = 'The harbour reopened to small boats on Tuesday';
    expect(layoutOf([opening, DATELINE_TEXT]).title).toBe(0);
    // A short one is a headline even when it is the whole sentence.
    expect(layoutOf(['The harbour reopened', 'GDANSK, Nov 2 (Reuters) - The harbour reopened.']).title).toBe(0);
  });

  it('with a full stop, stands over the page stamp', () => {
    const layout = layoutOf(['Ferry service to the islands resumes after the storm.', 'March 3, 2022 8:15 am', TEXT]);
    expect(layout.title).toBe(0);
    expect(layout.kinds).toEqual(['title', 'timestamp', 'body']);
    expect(layoutOf(['Ferry service to the islands resumes after the storm..', 'March 3, 2022 8:15 am', TEXT]).title).toBe(-1);
    expect(layoutOf(['Ferry service to the islands resumes after the storm.', '2022', TEXT]).title).toBe(-1);
  });

  it('may be read from a title variant without its site suffix', () => {
    const layout = layoutOf([`${TITLE} – RIA Novosti, 11/21/2021`, TEXT]);
    expect(layout.title).toBe(0);
    expect(layout.titleText).toBe(TITLE);
    expect(layout.titleFromVariant).toBe(true);
    expect(layout.kinds).toEqual(['title', 'body']);
  });

  it('from a variant, is looked for before the dateline only', () => {
    const layout = layoutOf([DATELINE_TEXT, `${TITLE} – RIA Novosti, 11/21/2021`]);
    expect(layout.title).toBe(-1);
  });

  it('keeps a variant with its dated suffix out of the date lines', () => {
    expect(kindsOf([TITLE, `${TITLE} – RIA Novosti, 11/02/2021`, TEXT])).toEqual(['title', 'title-repeat', 'body']);
  });

  it('may come after the text it heads, when nothing is before it', () => {
    const layout = layoutOf([TEXT, MORE, 'Boats are back on the water today']);
    expect(layout.bodyStart?.unit).toBe(0);
  });
});
