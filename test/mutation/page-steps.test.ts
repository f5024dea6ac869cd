/**
 * The page stage's later steps (src/parse/page.ts, `layoutPage`), behaviours a mutation run
 * (issue 13) found untested: where the article starts without a dateline, the template
 * block under a description, tag blocks, the footer, the article text and the lines a
 * boilerplate profile sets aside. Each on a small page of our own, one unit a line; and the
 * units the stage cuts a page into.
 */
import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/internal/report.js';
import { readHeader } from '../../src/parse/header.js';
import { layoutPage, pageUnits, type Layout, type Unit } from '../../src/parse/page.js';
import { countWords } from '../../src/parse/page/line-kinds.js';
import { scanLines } from '../../src/parse/scan.js';
import { pageOf, type PageOptions } from './page-of.js';

const layoutOf = (lines: readonly string[], options?: PageOptions): Layout => layoutPage(pageOf(lines, options));
const kindsOf = (lines: readonly string[], options?: PageOptions): readonly string[] => layoutOf(lines, options).kinds;
/** Which of `lines` the profile lists. */
const listing = (lines: readonly string[], ...listed: string[]): boolean[] => lines.map((l) => listed.includes(l));

const TITLE = 'Harbour reopens after the winter repairs';
const TEXT = 'The harbour reopened to small boats on Tuesday after four months of repairs, the port said.';
const MORE = 'Larger ships will follow next month, when the new quay is finished.';
const DATELINE_TEXT = 'GDANSK, Nov 2 (Reuters) - The harbour reopened to small boats on Tuesday after four months of repairs.';
// A description that opens the article, with the agency's dated suffix after it.
const DESCRIPTION = 'MOSCOW (Sputnik) - The navy is tracking a destroyer in the strait, the ministry said. 17.10.2021, Sputnik International';
const STAMP = 'March 3, 2022 8:15 am';
const XPATH = '/ html / head / meta[@name="og:title"]/ @ content';
const IMAGE = 'https://cdn.example.com/images/ship.jpg';
const LINK = 'https://example.com/harbour/ferries';
// A line of fifteen words that does not end like a sentence.
const LONG_LINE = 'Boats are back on the water and the ferries run again from the old quay';

describe('the dateline', () => {
  it('is read on a date line and on a chrome line', () => {
    const dated = 'GDANSK, Nov 2, 2021 (Reuters) - Boats return';
    const layout = layoutOf([TITLE, dated, TEXT]);
    expect(layout.bodyStart).toEqual({ unit: 1, at: 0 });
    expect(layout.dateline?.start).toBe(TITLE.length + 1);
    const linked = 'GDANSK, Nov 2 (Reuters) - Boats are back, see https://example.com for times';
    expect(layoutOf([TITLE, linked, TEXT]).bodyStart).toEqual({ unit: 1, at: 0 });
  });

  it('gives its offsets in the input, a doubled one’s second part too', () => {
    const doubled = 'LONDON (Reuters) - MOSCOW, November 2 — The talks went on for hours and ended without a deal.';
    const at = TITLE.length + 1;
    const layout = layoutOf([TITLE, doubled]);
    expect(layout.dateline).toMatchObject({ start: at, end: at + doubled.indexOf(' The talks'), doubledAt: at + doubled.indexOf('MOSCOW') });
    expect(layoutOf([TITLE, DATELINE_TEXT]).dateline).toMatchObject({ start: at, end: at + DATELINE_TEXT.indexOf(' The harbour'), doubledAt: -1 });
  });

  it('after a date prefix, opens the article there', () => {
    const prefix = 'Wednesday, 2 September 2020 () ';
    const line = `${prefix}(RFE/RL) -- The talks went on for hours and ended without a deal.`;
    const layout = layoutOf([TITLE, line]);
    expect(layout.bodyStart).toEqual({ unit: 1, at: prefix.length });
    expect(layout.dateline?.start).toBe(TITLE.length + 1 + prefix.length);
  });
});

describe('the article start without a dateline', () => {
  it('is the first running text under the headline, not a paragraph over it', () => {
    const layout = layoutOf([TEXT, TITLE, MORE]);
    expect(layout.title).toBe(1);
    expect(layout.bodyStart).toEqual({ unit: 2, at: 0 });
    expect(layout.kinds).toEqual(['lead', 'title', 'body']);
    expect(layout.lead).toBe(TEXT);
    expect(layout.leadUnit).toBe(0);
  });

  it('is the first time-stamped entry over the first prose of a live page', () => {
    const entry = '10:34am: Organisers move the start line';
    const layout = layoutOf([TITLE, entry, TEXT]);
    expect(layout.bodyStart?.unit).toBe(1);
    expect(layout.body).toEqual([1, 2]);
    expect(layout.kinds).toEqual(['title', 'body', 'body']);
    // A bare time may be a line of a programme: it is a standfirst under the headline.
    const programme = layoutOf([TITLE, '11:00 Brass band concert', TEXT]);
    expect(programme.bodyStart?.unit).toBe(2);
    expect(programme.kinds).toEqual(['title', 'lead', 'body']);
  });

  it('is after a live page’s standfirst that stands over the first entry', () => {
    const standfirst = 'Follow our coverage of the harbour reopening as it happens.';
    const layout = layoutOf([TITLE, standfirst, '10:34am: Organisers move the start line', TEXT]);
    expect(layout.bodyStart?.unit).toBe(2);
    expect(layout.kinds).toEqual(['title', 'lead', 'body', 'body']);
    expect(layout.lead).toBe(standfirst);
    expect(layout.leadUnit).toBe(1);
    // Without an entry under it, the paragraph is the article.
    expect(layoutOf([TITLE, standfirst, TEXT]).bodyStart?.unit).toBe(1);
    // Without a headline over it, too.
    expect(layoutOf([standfirst, '10:34am: ORGANISERS MOVE THE START LINE', TEXT]).bodyStart?.unit).toBe(0);
  });

  it('is the second paragraph under a Sputnik headline, the first the description', () => {
    const layout = layoutOf([TITLE, TEXT, MORE], { slot: true });
    expect(layout.bodyStart?.unit).toBe(2);
    expect(layout.kinds).toEqual(['title', 'lead', 'body']);
    expect(layout.lead).toBe(TEXT);
    // A lone paragraph is the article.
    expect(layoutOf([TITLE, TEXT], { slot: true }).kinds).toEqual(['title', 'body']);
    // Lines that are no prose do not take the article's part.
    expect(layoutOf([TITLE, TEXT, 'Share'], { slot: true }).bodyStart?.unit).toBe(1);
    // Elsewhere both paragraphs are the article.
    expect(layoutOf([TITLE, TEXT, MORE]).kinds).toEqual(['title', 'body', 'body']);
  });

  it('is not moved for a description when a lead with its suffix stands before it', () => {
    const lead = 'River ferries resumed service on Sunday. RIA Novosti, 21.11.2021';
    const layout = layoutOf([TITLE, lead, TEXT, MORE], { slot: true });
    expect(layout.bodyStart?.unit).toBe(2);
    expect(layout.kinds).toEqual(['title', 'lead', 'body', 'body']);
    expect(layout.lead).toBe('River ferries resumed service on Sunday.');
    expect(layout.leadUnit).toBe(1);
  });

  it('reads a lower-case keywords line over the headline as the Sputnik template', () => {
    const layout = layoutOf(['harbour, repairs', TITLE, TEXT, MORE]);
    expect(layout.title).toBe(1);
    expect(layout.kinds).toEqual(['chrome', 'title', 'lead', 'body']);
    // Items in capitals are no template's keywords line.
    expect(kindsOf(['Harbour, Repairs', TITLE, TEXT, MORE])).toEqual(['chrome', 'title', 'body', 'body']);
    // Under the headline it does not show the template.
    expect(kindsOf([TITLE, 'harbour, repairs', TEXT, MORE])).toEqual(['title', 'chrome', 'body', 'body']);
  });

  it('falls back to the first line of twelve words or more without a sentence', () => {
    const eleven = 'Boats are back on the water and the ferries run again';
    expect(countWords(LONG_LINE)).toBe(15);
    expect(countWords(eleven)).toBe(11);
    const layout = layoutOf([TITLE, 'Share', LONG_LINE, 'More']);
    expect(layout.bodyStart?.unit).toBe(2);
    expect(layout.kinds).toEqual(['title', 'chrome', 'body', 'footer']);
    const twelve = `${eleven} today`;
    expect(layoutOf([TITLE, twelve]).bodyStart?.unit).toBe(1);
    expect(layoutOf([TITLE, eleven]).bodyStart).toBeNull();
    // Nor a line with a kind of its own.
    expect(layoutOf([TITLE, `${LONG_LINE} https://example.com/page`]).bodyStart).toBeNull();
  });

  it('is after a standfirst that a call to follow the outlet sets apart from the text', () => {
    const call = 'Follow NorthPost on Telegram';
    const layout = layoutOf([TITLE, TEXT, call, MORE]);
    expect(layout.bodyStart?.unit).toBe(3);
    expect(layout.kinds).toEqual(['title', 'lead', 'chrome', 'body']);
    expect(layout.lead).toBe(TEXT);
    // With no text under the call, the paragraph is the article and the call its trailer.
    expect(kindsOf([TITLE, TEXT, call])).toEqual(['title', 'body', 'footer']);
    expect(kindsOf([TITLE, TEXT, call, 'Share'])).toEqual(['title', 'body', 'footer', 'footer']);
    // Not a paragraph further down.
    expect(layoutOf([TITLE, 'Share', TEXT, call, MORE]).bodyStart?.unit).toBe(2);
    // Nor a paragraph with any other line under it.
    expect(layoutOf([TITLE, TEXT, 'Share', MORE]).bodyStart?.unit).toBe(1);
  });

  it('is after a paragraph that repeats the lead word for word', () => {
    const lead = 'River ferries resumed service on Sunday. RIA Novosti, 21.11.2021';
    const again = 'River ferries resumed service on Sunday.';
    const layout = layoutOf([TITLE, lead, again, TEXT]);
    expect(layout.bodyStart?.unit).toBe(3);
    expect(layout.kinds).toEqual(['title', 'lead', 'lead', 'body']);
    expect(layout.lead).toBe(again);
    expect(layout.leadUnit).toBe(1);
    // The repeat is the article when nothing follows it.
    expect(layoutOf([TITLE, lead, again]).bodyStart?.unit).toBe(2);
    // A paragraph that says more than the lead is the article.
    expect(layoutOf([TITLE, lead, TEXT, MORE]).bodyStart?.unit).toBe(2);
  });

  it('is in the text over the headline when the headline comes last', () => {
    const layout = layoutOf([TEXT, MORE, 'Boats are back']);
    expect(layout.title).toBe(2);
    expect(layout.bodyStart?.unit).toBe(0);
    expect(layout.body).toEqual([0, 1]);
    expect(layout.kinds).toEqual(['body', 'body', 'title']);
    expect(layout.metadata).toEqual([]);
  });

  it('skips a pull quote over the page’s byline and stamp', () => {
    const quote = 'Nothing will stop us from sailing again this spring, the harbour master said.';
    const layout = layoutOf([TITLE, quote, 'Jane Doe', STAMP, TEXT, MORE]);
    expect(layout.bodyStart?.unit).toBe(4);
    expect(layout.kinds).toEqual(['title', 'chrome', 'chrome', 'timestamp', 'body', 'body']);
    expect(layout.lead).toBeNull();
    expect(layout.metadata).toEqual([0, 1, 2, 3]);
    // Two byline lines of four words at most may stand between them.
    expect(layoutOf([TITLE, quote, 'Jane Doe', 'AFP WORLD', STAMP, TEXT]).bodyStart?.unit).toBe(5);
    expect(layoutOf([TITLE, quote, 'Jane Mary Doe Smith', STAMP, TEXT]).bodyStart?.unit).toBe(4);
    expect(layoutOf([TITLE, quote, STAMP, TEXT]).bodyStart?.unit).toBe(3);
  });

  it('keeps the quote as the article without the byline, stamp and text of the pattern', () => {
    const quote = 'Nothing will stop us from sailing again this spring, the harbour master said.';
    // Three byline lines.
    expect(layoutOf([TITLE, quote, 'Jane Doe', 'AFP', 'WORLD', STAMP, TEXT]).bodyStart?.unit).toBe(1);
    // A byline of five words.
    expect(layoutOf([TITLE, quote, 'Jane Mary Doe Smith Jones', STAMP, TEXT]).bodyStart?.unit).toBe(1);
    // A byline line that is prose, or has a kind of its own.
    expect(layoutOf([TITLE, quote, 'Share', STAMP, TEXT]).bodyStart?.unit).toBe(1);
    // A lone year is no stamp.
    expect(layoutOf([TITLE, quote, 'Jane Doe', '2022', TEXT]).bodyStart?.unit).toBe(1);
    // No text under the stamp.
    expect(layoutOf([TITLE, quote, 'Jane Doe', STAMP]).bodyStart?.unit).toBe(1);
    expect(layoutOf([TITLE, quote, 'Jane Doe', STAMP, 'Share']).bodyStart?.unit).toBe(1);
    // A stamp before the quote is the page's: the article goes on past the second one.
    const stamped = layoutOf([STAMP, TITLE, quote, 'Jane Doe', STAMP, TEXT]);
    expect(stamped.bodyStart?.unit).toBe(2);
    expect(stamped.body).toEqual([2, 3, 4, 5]);
  });
});

describe('kinds before the article', () => {
  it('sets a listed line aside where it would be the headline', () => {
    const lines = ['Boats are back on the water', TITLE, TEXT];
    expect(layoutOf(lines).title).toBe(0);
    const layout = layoutOf(lines, { listed: listing(lines, lines[0] as string) });
    expect(layout.title).toBe(1);
    expect(layout.kinds).toEqual(['chrome', 'title', 'body']);
    expect(layout.setAside).toEqual([0]);
  });

  it('takes a keywords line for chrome, however long', () => {
    const keywords = 'harbour works, winter repairs, port of gdansk, small fishing boats';
    expect(countWords(keywords)).toBe(10);
    expect(kindsOf([TITLE, keywords, TEXT])).toEqual(['title', 'chrome', 'body']);
  });

  it('takes a line of eight words or more for the lead, shorter ones for chrome', () => {
    const eight = 'Boats Are Back On The Water This Spring';
    expect(kindsOf([TITLE, 'Jane Doe', eight, TEXT])).toEqual(['title', 'chrome', 'lead', 'body']);
    expect(kindsOf([TITLE, 'Jane Doe', 'Boats Are Back On The Water Again', TEXT])).toEqual(['title', 'chrome', 'chrome', 'body']);
  });

  it('takes a short line right under the headline for its standfirst only in running case', () => {
    expect(kindsOf([TITLE, 'Boats are back today', TEXT])).toEqual(['title', 'lead', 'body']);
    expect(layoutOf([TITLE, 'Boats are back today', TEXT]).lead).toBe('Boats are back today');
    expect(kindsOf([TITLE, 'Boats Are back today', TEXT])[1]).toBe('lead');
    expect(kindsOf([TITLE, 'Boats Are Back today', TEXT])[1]).toBe('chrome');
    expect(kindsOf([TITLE, 'Boats are back', TEXT])[1]).toBe('chrome');
    expect(kindsOf([TITLE, 'BOATS ARE BACK TODAY', TEXT])[1]).toBe('chrome');
    // Further down it is a byline or a kicker.
    expect(kindsOf([TITLE, 'Jane Doe', 'Boats are back today', TEXT])[2]).toBe('chrome');
  });

  it('reads a repeat against a variant headline without its suffix', () => {
    const layout = layoutOf([`${TITLE} – RIA Novosti, 11/21/2021`, TITLE.toUpperCase(), TEXT]);
    expect(layout.titleFromVariant).toBe(true);
    expect(layout.kinds).toEqual(['title', 'title-repeat', 'body']);
  });

  it('takes a line of the headline’s words three times over for no repeat', () => {
    const thrice = `${TITLE} ${TITLE} ${TITLE}`;
    expect(kindsOf([TITLE, thrice, TEXT])).toEqual(['title', 'lead', 'body']);
    expect(kindsOf([TITLE, `${TITLE} ${TITLE}`, TEXT])).toEqual(['title', 'title-repeat', 'body']);
  });

  it('gives the lead of the first lead line, its suffix left off', () => {
    const first = 'River ferries resumed service on Sunday. RIA Novosti, 21.11.2021';
    const second = 'Nine boats will run until October on the river. RIA Novosti, 21.11.2021';
    const layout = layoutOf([TITLE, first, second, TEXT]);
    expect(layout.kinds).toEqual(['title', 'lead', 'lead', 'body']);
    expect(layout.lead).toBe('River ferries resumed service on Sunday.');
    expect(layout.leadUnit).toBe(1);
    const plain = layoutOf([TITLE, 'Jane Doe', LONG_LINE, 'Ferries will carry cars again when the new quay is finished next month or later', TEXT]);
    expect(plain.lead).toBe(LONG_LINE);
    expect(plain.leadUnit).toBe(2);
  });
});

describe('the template block under a description that opens the article', () => {
  it('takes the stamps, tags, XPath and image after it for metadata', () => {
    const lines = [TITLE, DESCRIPTION, '2021-10-17T10:05', 'navy', 'Black Sea', XPATH, IMAGE, TEXT, MORE];
    const layout = layoutOf(lines);
    expect(layout.bodyStart?.unit).toBe(1);
    expect(layout.kinds).toEqual(['title', 'body', 'timestamp', 'tags', 'tags', 'xpath', 'image', 'body', 'body']);
    expect(layout.body).toEqual([1, 7, 8]);
    expect(layout.metadata).toEqual([0, 2, 3, 4, 5, 6]);
    expect(layout.isMetadata(3)).toBe(true);
    expect(layout.isMetadata(7)).toBe(false);
    // The suffix starts at its date, in input offsets.
    expect(layout.bodyStartSuffix).toBe(lines.join('\n').indexOf('17.10.2021'));
  });

  it('follows a dateline when a stamp, an XPath or an image comes next', () => {
    for (const next of ['2021-10-17T10:05', XPATH, IMAGE]) {
      const layout = layoutOf([TITLE, DATELINE_TEXT, next, TEXT]);
      expect(layout.metadata, next).toEqual([0, 2]);
      expect(layout.body, next).toEqual([1, 3]);
      expect(layout.bodyStartSuffix).toBe(-1);
    }
    // A credit or a link next is part of the article.
    for (const next of ['© Jane Doe', LINK, 'Share']) {
      const layout = layoutOf([TITLE, DATELINE_TEXT, next, TEXT]);
      expect(layout.metadata, next).toEqual([0]);
      expect(layout.body, next).toEqual([1, 3]);
    }
  });

  it('holds links and credits, and ends at the first line of text', () => {
    const layout = layoutOf([TITLE, DATELINE_TEXT, '2021-10-17T10:05', LINK, '© Jane Doe', 'Share', TEXT, MORE]);
    expect(layout.metadata).toEqual([0, 2, 3, 4, 5]);
    expect(layout.kinds).toEqual(['title', 'body', 'timestamp', 'link', 'credit', 'chrome', 'body', 'body']);
    expect(layout.body).toEqual([1, 6, 7]);
  });

  it('keeps a lone tag-shaped line in it as chrome', () => {
    const layout = layoutOf([TITLE, DATELINE_TEXT, '2021-10-17T10:05', 'navy', TEXT]);
    expect(layout.kinds).toEqual(['title', 'body', 'timestamp', 'chrome', 'body']);
    expect(layout.metadata).toEqual([0, 2, 3]);
  });

  it('is not cut into by the footer', () => {
    const layout = layoutOf([TITLE, DATELINE_TEXT, '2021-10-17T10:05', LINK]);
    expect(layout.kinds).toEqual(['title', 'body', 'timestamp', 'link']);
    expect(layoutOf([TITLE, DATELINE_TEXT, MORE, LINK]).kinds).toEqual(['title', 'body', 'body', 'footer']);
  });
});

describe('tag blocks', () => {
  it('are short lines under the headline only with the template after them', () => {
    expect(kindsOf([TITLE, 'navy', 'Black Sea', IMAGE, TEXT])).toEqual(['title', 'tags', 'tags', 'image', 'body']);
    expect(kindsOf([TITLE, 'navy', 'Black Sea', XPATH, TEXT])).toEqual(['title', 'tags', 'tags', 'xpath', 'body']);
    expect(kindsOf([TITLE, 'navy', 'Black Sea', LINK, TEXT])).toEqual(['title', 'tags', 'tags', 'link', 'body']);
    expect(kindsOf([TITLE, 'navy', 'Black Sea', TEXT])).toEqual(['title', 'chrome', 'chrome', 'body']);
    expect(kindsOf([TITLE, 'navy', 'Black Sea', '© Jane Doe', TEXT])).toEqual(['title', 'chrome', 'chrome', 'credit', 'body']);
  });

  it('are two lines or more after a stamp, a lead or a repeat, up to the article', () => {
    expect(kindsOf([TITLE, STAMP, 'navy', 'Black Sea', TEXT])).toEqual(['title', 'timestamp', 'tags', 'tags', 'body']);
    expect(kindsOf([TITLE, TITLE, 'navy', 'Black Sea', TEXT])).toEqual(['title', 'title-repeat', 'tags', 'tags', 'body']);
    expect(kindsOf([TITLE, LONG_LINE, 'navy', 'Black Sea', TEXT])).toEqual(['title', 'lead', 'tags', 'tags', 'body']);
    // One line after a stamp is a byline.
    expect(kindsOf([TITLE, STAMP, 'Jane Doe', TEXT])).toEqual(['title', 'timestamp', 'chrome', 'body']);
    expect(kindsOf([TITLE, STAMP, 'Jane Doe', IMAGE, TEXT])).toEqual(['title', 'timestamp', 'tags', 'image', 'body']);
    // A run that other lines end is none.
    expect(kindsOf([TITLE, STAMP, 'navy', 'Black Sea', 'Reporting from Gdansk.', TEXT])).toEqual([
      'title', 'timestamp', 'chrome', 'chrome', 'chrome', 'body',
    ]);
  });

  it('are the lines right after the description that opens the article', () => {
    expect(kindsOf([TITLE, DESCRIPTION, 'navy', 'Black Sea', XPATH, TEXT])).toEqual(['title', 'body', 'tags', 'tags', 'xpath', 'body']);
  });

  it('need something before them', () => {
    expect(kindsOf(['navy', 'Black Sea'])).toEqual(['chrome', 'chrome']);
    expect(kindsOf(['navy', 'Black Sea', IMAGE, TEXT])).toEqual(['chrome', 'chrome', 'image', 'body']);
  });

  it('may hold chrome words, not other chrome', () => {
    expect(kindsOf([TITLE, STAMP, 'World', 'Europe', TEXT])).toEqual(['title', 'timestamp', 'tags', 'tags', 'body']);
    expect(kindsOf([TITLE, STAMP, 'World', '5 min read', TEXT])).toEqual(['title', 'timestamp', 'chrome', 'chrome', 'body']);
  });

  it('are no photo item: a caption and its source/platform credit', () => {
    const credit = 'Ministry of Defence/Telegram';
    expect(kindsOf([TITLE, STAMP, 'Ships in the harbour', credit, TEXT])).toEqual(['title', 'timestamp', 'credit', 'credit', 'body']);
    expect(kindsOf([TITLE, STAMP, 'navy', 'Ships in the harbour', credit, TEXT])).toEqual([
      'title', 'timestamp', 'chrome', 'credit', 'credit', 'body',
    ]);
    expect(kindsOf([TITLE, STAMP, 'navy', 'Ships in the harbour', credit, IMAGE, TEXT])).toEqual([
      'title', 'timestamp', 'chrome', 'credit', 'credit', 'image', 'body',
    ]);
    expect(kindsOf([TITLE, STAMP, credit, TEXT])).toEqual(['title', 'timestamp', 'credit', 'body']);
  });

  it('are the lines a keywords line below lists, from the first', () => {
    const filler = 'Reporting from Gdansk.';
    const run = [TITLE, STAMP, 'Belarus', 'Poland', filler];
    expect(kindsOf([...run, 'belarus, europe, poland', TEXT])).toEqual(['title', 'timestamp', 'tags', 'tags', 'chrome', 'chrome', 'body']);
    expect(kindsOf([...run, 'belarus, europe', TEXT])).toEqual(['title', 'timestamp', 'tags', 'chrome', 'chrome', 'chrome', 'body']);
    expect(kindsOf([...run, 'poland, europe', TEXT])).toEqual(['title', 'timestamp', 'chrome', 'chrome', 'chrome', 'chrome', 'body']);
    // The keywords line right under the run.
    expect(kindsOf([TITLE, STAMP, 'Belarus', 'Poland', 'poland, belarus', filler, TEXT]).slice(2, 4)).toEqual(['tags', 'tags']);
    // Of two keywords lines, the one that lists more.
    expect(kindsOf([...run, 'belarus, poland', 'belarus, europe', TEXT]).slice(2, 4)).toEqual(['tags', 'tags']);
    expect(kindsOf([...run, 'belarus, europe', 'belarus, poland', TEXT]).slice(2, 4)).toEqual(['tags', 'tags']);
  });

  it('are listed by a keywords line up to eight lines below, before the article', () => {
    const fillers = (k: number): string[] => Array.from({ length: k }, () => 'Reporting from Gdansk.');
    const at = (k: number): readonly string[] => kindsOf([TITLE, STAMP, 'Belarus', 'Poland', ...fillers(k), 'belarus, poland', TEXT]).slice(2, 4);
    expect(at(7)).toEqual(['tags', 'tags']);
    expect(at(8)).toEqual(['chrome', 'chrome']);
    expect(kindsOf([TITLE, STAMP, 'Belarus', 'Poland', 'Reporting from Gdansk.', TEXT, 'belarus, poland']).slice(2, 4)).toEqual(['chrome', 'chrome']);
  });
});

describe('the footer', () => {
  it('is the trailers after the article, read from the end', () => {
    const layout = layoutOf([TITLE, TEXT, 'Share', MORE, 'internet-group@example.com', '2021']);
    expect(layout.kinds).toEqual(['title', 'body', 'chrome', 'body', 'footer', 'footer']);
    expect(layout.body).toEqual([1, 3]);
  });

  it('is never the headline that comes last', () => {
    expect(kindsOf([TEXT, MORE, 'Boats are back'])).toEqual(['body', 'body', 'title']);
  });

  it('takes listed lines that are no trailers', () => {
    const follow = 'Follow us everywhere you read the news today at our site';
    const lines = [TITLE, TEXT, follow];
    expect(kindsOf(lines)).toEqual(['title', 'body', 'body']);
    const layout = layoutOf(lines, { listed: listing(lines, follow) });
    expect(layout.kinds).toEqual(['title', 'body', 'footer']);
    expect(layout.setAside).toEqual([2]);
  });
});

describe('the article text', () => {
  it('leaves out XPath, image, credit and link lines and short chrome', () => {
    const layout = layoutOf([TITLE, TEXT, IMAGE, '© Jane Doe', LINK, XPATH, 'Share', MORE]);
    expect(layout.kinds).toEqual(['title', 'body', 'image', 'credit', 'link', 'xpath', 'chrome', 'body']);
    expect(layout.body).toEqual([1, 7]);
  });

  it('keeps chrome of seven words or more', () => {
    const six = 'Sign up for our newsletter today';
    const seven = 'Sign up for our harbour newsletter today';
    expect(layoutOf([TITLE, TEXT, six, MORE]).body).toEqual([1, 3]);
    expect(layoutOf([TITLE, TEXT, seven, MORE]).body).toEqual([1, 2, 3]);
  });

  it('keeps a stamp inside it', () => {
    const layout = layoutOf([TITLE, TEXT, MORE, STAMP, TEXT]);
    expect(layout.kinds).toEqual(['title', 'body', 'body', 'body', 'body']);
    expect(layout.body).toEqual([1, 2, 3, 4]);
  });

  it('sets a listed line aside, a listed URL kept as one', () => {
    const listedLine = 'Boats are back on the water again this spring and summer';
    const lines = [TITLE, TEXT, listedLine, LINK, MORE];
    expect(layoutOf(lines).body).toEqual([1, 2, 4]);
    const layout = layoutOf(lines, { listed: listing(lines, listedLine, LINK) });
    expect(layout.kinds).toEqual(['title', 'body', 'chrome', 'link', 'body']);
    expect(layout.body).toEqual([1, 4]);
    expect(layout.setAside).toEqual([2]);
  });

  it('opens on the dateline line, listed or not', () => {
    const lines = [TITLE, DATELINE_TEXT, MORE];
    const layout = layoutOf(lines, { listed: listing(lines, DATELINE_TEXT) });
    expect(layout.bodyStart?.unit).toBe(1);
    expect(layout.setAside).toEqual([]);
  });

  it('keeps the profile on a page without article text when the listed lines are tags', () => {
    const lines = [STAMP, 'Boats are back on the water', 'Black Sea'];
    expect(layoutOf(lines).title).toBe(1);
    const layout = layoutOf(lines, { listed: listing(lines, lines[1] as string) });
    expect(layout.title).toBe(-1);
    expect(layout.kinds).toEqual(['timestamp', 'tags', 'tags']);
    expect(layout.setAside).toEqual([]);
  });

  it('is read without the profile when the profile would take it all', () => {
    const lines = [TITLE, TEXT];
    const layout = layoutOf(lines, { listed: listing(lines, TEXT) });
    expect(layout.bodyStart?.unit).toBe(1);
    expect(layout.kinds).toEqual(['title', 'body']);
    expect(layout.setAside).toEqual([]);
  });
});

describe('the site clock', () => {
  it('over a Listen Live button is chrome, not metadata', () => {
    const layout = layoutOf(['12:22 GMT 04 November 2020', 'Listen Live', TITLE, DATELINE_TEXT]);
    expect(layout.kinds).toEqual(['chrome', 'chrome', 'title', 'body']);
    expect(layout.metadata).toEqual([1, 2]);
    const stamped = layoutOf(['12:22 GMT 04 November 2020', 'Share', TITLE, DATELINE_TEXT]);
    expect(stamped.kinds).toEqual(['timestamp', 'chrome', 'title', 'body']);
    expect(stamped.metadata).toEqual([0, 1, 2]);
  });

  it('is a page stamp as the last line', () => {
    const layout = layoutOf([TITLE, TEXT, STAMP]);
    expect(layout.kinds).toEqual(['title', 'body', 'timestamp']);
    expect(layout.metadata).toEqual([0, 2]);
  });
});

describe('the description suffix', () => {
  it('is found in the input as written, or not at all', () => {
    // Blanks the units fold differ from the input: the suffix is read in the input.
    const raw = 'MOSCOW (Sputnik) - The navy is tracking a destroyer, the ministry said. 17.10.2021,  Sputnik International';
    const text = raw.replace(/ {2}/g, ' ');
    const input = `${TITLE}\n${raw}`;
    const units: Unit[] = [
      { start: 0, end: TITLE.length, text: TITLE, words: countWords(TITLE), onHeaderLine: false },
      { start: TITLE.length + 1, end: input.length, text, words: countWords(text), onHeaderLine: false },
    ];
    const layout = layoutPage({ input, units, slugWords: [], descriptionSlot: false });
    expect(layout.bodyStart?.unit).toBe(1);
    expect(layout.bodyStartSuffix).toBe(-1);
    const plain = layoutOf([TITLE, text]);
    expect(plain.bodyStartSuffix).toBe(TITLE.length + 1 + text.indexOf('17.10.2021'));
  });
});

describe('pageUnits', () => {
  /** The units of `input` (`[start, end, text, onHeaderLine]`) and the codes reported. */
  const unitsOf = (input: string): { units: [number, number, string, boolean][]; codes: [string, number, number][] } => {
    const report = new Reporter();
    const lines = scanLines(input);
    const units = pageUnits(input, lines, readHeader(input, lines, report), report);
    const codes = report.finish([0]).map((d) => [d.code, d.start.offset, d.end.offset] as [string, number, number]);
    return { units: units.map((u) => [u.start, u.end, u.text, u.onHeaderLine]), codes };
  };

  it('is each non-blank line after the header, its blanks folded', () => {
    const input = ' date 2021-11-02 https://example.com/a\nHarbour  reopens\n\n   \n  The port said so.  \n';
    const first = input.indexOf('Harbour');
    const second = input.indexOf('The port');
    expect(unitsOf(input).units).toEqual([
      [first, first + 'Harbour  reopens'.length, 'Harbour reopens', false],
      [second, second + 'The port said so.'.length, 'The port said so.', false],
    ]);
  });

  it('opens with the text on the header line', () => {
    const input = ' date 2021-11-02 Harbour reopens\nThe port said so.';
    expect(unitsOf(input).units).toEqual([
      [17, 32, 'Harbour reopens', true],
      [33, input.length, 'The port said so.', false],
    ]);
  });

  it('starts on the first line without a header', () => {
    const input = 'Harbour reopens\nThe port said so.';
    expect(unitsOf(input).units.map(([start, , text]) => [start, text])).toEqual([
      [0, 'Harbour reopens'],
      [16, 'The port said so.'],
    ]);
  });

  it('cuts a page glued onto the header line at its seams', () => {
    const page = 'NewsWorldFire destroys a warehouseA blaze broke out overnight';
    const input = ` date 2021-10-22 ${page}`;
    const { units, codes } = unitsOf(input);
    expect(units).toEqual([
      [17, 21, 'News', true],
      [21, 26, 'World', false],
      [26, 51, 'Fire destroys a warehouse', false],
      [51, input.length, 'A blaze broke out overnight', false],
    ]);
    expect(codes).toEqual([['PAGE_TEXT_GLUED', 17, input.length]]);
  });

  it('leaves a glued header line whole when lines follow it, or with fewer than three seams', () => {
    const glued = ' date 2021-10-22 NewsWorldFire destroys a warehouseA blaze broke out overnight';
    const { units, codes } = unitsOf(`${glued}\nThe port said so.`);
    expect(units).toHaveLength(2);
    expect(codes.map(([code]) => code)).not.toContain('PAGE_TEXT_GLUED');
    expect(unitsOf(' date 2021-10-22 WorldFire destroys a warehouseA blaze broke out overnight').units).toHaveLength(1);
    // A glued line that is not the header's is no page flattened onto one line.
    expect(unitsOf(' date 2021-10-22 https://example.com/a\nNewsWorldFire destroys a warehouseA blaze broke out').units).toHaveLength(1);
  });
});
