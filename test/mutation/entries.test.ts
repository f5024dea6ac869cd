/**
 * The entries stage (src/parse/entries.ts), the edges issue 13's mutation run found
 * untested: every separator of a time marker, what may follow it, every digest cue, the
 * page's day and where it comes from, the day before across a month or a year, and the
 * share of entries that must have text.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { readTimeMarker } from '../../src/parse/entries.js';
import { codesOf, entriesOf, page, post, TITLE } from '../parse/live-page.js';


describe('readTimeMarker', () => {
  it.each([
    ['10:34am: Wind delays the start', { time: '10:34', textStart: 9, marked: true }],
    ['10:34am:Wind delays the start', { time: '10:34', textStart: 8, marked: true }],
    ['10:34 - Wind', { time: '10:34', textStart: 8, marked: true }],
    ['10:34 – Wind', { time: '10:34', textStart: 8, marked: true }],
    ['10:34 — Wind', { time: '10:34', textStart: 8, marked: true }],
    ['10:34 | Wind', { time: '10:34', textStart: 8, marked: true }],
    ['10:34 • Wind', { time: '10:34', textStart: 8, marked: true }],
    ['10:34 : Wind', { time: '10:34', textStart: 8, marked: true }],
    ['10:34 -Wind', { time: '10:34', textStart: 7, marked: true }],
    ['10:34 Wind', { time: '10:34', textStart: 6, marked: false }],
    ['10:34Wind', null],
    ['10:34  Wind', null],
    ['10:34 «Wind»', { time: '10:34', textStart: 6, marked: false }],
    ['10:34 "Wind"', { time: '10:34', textStart: 6, marked: false }],
    ["10:34 'Wind'", { time: '10:34', textStart: 6, marked: false }],
    ['10:34 “Wind”', { time: '10:34', textStart: 6, marked: false }],
    ['10:34 ‘Wind’', { time: '10:34', textStart: 6, marked: false }],
    ['10:34 „Wind“', { time: '10:34', textStart: 6, marked: false }],
    ['10:34 (Wind)', { time: '10:34', textStart: 6, marked: false }],
    ['10:34 Ветер', { time: '10:34', textStart: 6, marked: false }],
    ['10:34', { time: '10:34', textStart: 5, marked: false }],
    ['10:34 ', { time: '10:34', textStart: 6, marked: false }],
    ['10:34 GMT Wind', { time: '10:34', textStart: 10, marked: true }],
    ['09:54 GMT 22.10.2024', { time: '09:54', textStart: 20, marked: true }],
    ['09:54 22.10.2024', { time: '09:54', textStart: 16, marked: true }],
    ['10:30 – 12:00', null],
    ['10:30 12 boats', null],
    ['10:30 – 12 boats', null],
    ['10:30 - …', null],
    ['Wind at 10:30', null],
  ] as const)('%j', (text, expected) => {
    const marker = readTimeMarker(text);
    if (expected === null) expect(marker).toBeNull();
    else expect(marker).toMatchObject(expected);
  });
});

describe('the marker style', () => {
  it('is one style whatever the digits and whether am or pm', () => {
    const text = page('2022-03-10', TITLE, ...post('10:34pm:', 'Wind delays the start'), ...post('9:05am:', 'Crowds gather on the pier'));
    expect(entriesOf(text).map((e) => e.time)).toEqual(['2022-03-10T22:34', '2022-03-10T09:05']);
    const dotted = page('2022-03-10', TITLE, ...post('10:34 p.m. –', 'Wind delays the start'), ...post('9:05 a.m. –', 'Crowds gather on the pier'));
    expect(entriesOf(dotted).map((e) => e.time)).toEqual(['2022-03-10T22:34', '2022-03-10T09:05']);
  });

  it('differs with the separator or its spacing, and then the page is not split', () => {
    expect(entriesOf(page('2022-03-10', TITLE, ...post('10:34 -', 'Wind delays the start'), ...post('10:12 |', 'Crowds gather on the pier')))).toEqual([]);
    expect(entriesOf(page('2022-03-10', TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('10:12pm -', 'Crowds gather on the pier')))).toEqual([]);
    expect(entriesOf(page('2022-03-10', TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('10:12 am:', 'Crowds gather on the pier')))).toEqual([]);
  });
});

describe('the page day', () => {
  const live = (first: string): string => [first, TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('10:12am:', 'Crowds gather on the pier')].join('\n\n');

  it('is the header date, else the URL date', () => {
    expect(entriesOf(live(' date 2022-03-10 https://example.com/2022/03/12/regatta')).map((e) => e.time)).toEqual(['2022-03-10T10:34', '2022-03-10T10:12']);
    expect(entriesOf(live(' date 2022-03 https://example.com/2022/03/12/regatta')).map((e) => e.time)).toEqual(['2022-03-12T10:34', '2022-03-12T10:12']);
  });

  it('is the published stamp when the header and URL give no day', () => {
    const text = [' date 2022-03', TITLE, '11.03.2022 08:15', ...post('10:34am:', 'Wind delays the start'), ...post('10:12am:', 'Crowds gather on the pier')].join('\n\n');
    expect(entriesOf(text).map((e) => e.time)).toEqual(['2022-03-11T10:34', '2022-03-11T10:12']);
    expect(codesOf(text)).not.toContain('ENTRY_TIME_UNDATED');
  });

  it('is the page date line as a last resort', () => {
    const text = [TITLE, 'Agency 11.03.2022', 'We follow the regatta all day long on this page.', ...post('10:34am:', 'Wind delays the start'), ...post('10:12am:', 'Crowds gather on the pier')].join('\n\n');
    expect(entriesOf(text).map((e) => e.time)).toEqual(['2022-03-11T10:34', '2022-03-11T10:12']);
  });

  it('reports ENTRY_TIME_UNDATED at the first marker', () => {
    const text = live(' date 2022-03');
    const d = parseArticle(text).diagnostics.find((x) => x.code === 'ENTRY_TIME_UNDATED');
    expect(d?.start.offset).toBe(text.indexOf('10:34am'));
  });
});

describe('the day before midnight', () => {
  const night = (date: string, ...markers: string[]): (string | null)[] =>
    entriesOf(page(date, TITLE, ...markers.flatMap((m, i) => post(`${m} -`, `Update number ${i + 1} from the bay`)))).map((e) => e.time);

  it('is the last day of the month or year before on the first of one', () => {
    expect(night('2022-01-01', '00:40', '00:05', '23:30')).toEqual(['2022-01-01T00:40', '2022-01-01T00:05', '2021-12-31T23:30']);
    expect(night('2022-05-01', '00:40', '00:05', '23:30')).toEqual(['2022-05-01T00:40', '2022-05-01T00:05', '2022-04-30T23:30']);
    expect(night('2022-03-01', '00:40', '00:05', '23:30')).toEqual(['2022-03-01T00:40', '2022-03-01T00:05', '2022-02-28T23:30']);
    expect(night('2022-03-15', '00:40', '00:05', '23:30')).toEqual(['2022-03-15T00:40', '2022-03-15T00:05', '2022-03-14T23:30']);
    expect(night('2022-03-02', '23:30', '00:05', '00:40')).toEqual(['2022-03-01T23:30', '2022-03-02T00:05', '2022-03-02T00:40']);
  });

  it('is not read when the times run one way only', () => {
    expect(night('2022-03-15', '00:10', '23:50')).toEqual(['2022-03-15T00:10', '2022-03-15T23:50']);
    expect(night('2022-03-15', '23:50', '00:10')).toEqual(['2022-03-15T23:50', '2022-03-15T00:10']);
    expect(night('2022-03-15', '18:00', '12:00', '06:30')).toEqual(['2022-03-15T18:00', '2022-03-15T12:00', '2022-03-15T06:30']);
    expect(night('2022-03-15', '09:00', '10:00', '10:00')).toEqual(['2022-03-15T09:00', '2022-03-15T10:00', '2022-03-15T10:00']);
  });

  it('spans twelve hours at most', () => {
    // Newest first: 07:00, 05:00, then 19:00 the evening before, twelve hours in all.
    expect(night('2022-03-15', '07:00', '05:00', '19:00')).toEqual(['2022-03-15T07:00', '2022-03-15T05:00', '2022-03-14T19:00']);
    expect(night('2022-03-15', '08:00', '05:00', '19:00')).toEqual([]);
    // Oldest first: 19:00 the evening before, then 05:00, 07:00.
    expect(night('2022-03-15', '19:00', '05:00', '07:00')).toEqual(['2022-03-14T19:00', '2022-03-15T05:00', '2022-03-15T07:00']);
    expect(night('2022-03-15', '19:00', '05:00', '08:00')).toEqual([]);
  });

  it('takes the reading with one step back when the other has several', () => {
    // Two falls and one rise: newest first, whatever the spans.
    expect(night('2022-03-15', '02:00', '01:00', '00:30', '23:00')).toEqual(['2022-03-15T02:00', '2022-03-15T01:00', '2022-03-15T00:30', '2022-03-14T23:00']);
    expect(night('2022-03-15', '23:00', '00:30', '01:00', '02:00')).toEqual(['2022-03-14T23:00', '2022-03-15T00:30', '2022-03-15T01:00', '2022-03-15T02:00']);
    // More than one step each way: out of order.
    expect(night('2022-03-15', '13:00', '01:00', '12:59')).toEqual([]);
    expect(night('2022-03-15', '10:00', '11:00', '09:00', '10:30')).toEqual([]);
  });

  it('reads the diagnostic at the first entry of the day before', () => {
    const text = page('2022-03-15', TITLE, ...['23:30', '00:05', '00:40'].flatMap((m, i) => post(`${m} -`, `Update number ${i + 1} from the bay`)));
    const d = parseArticle(text).diagnostics.filter((x) => x.code === 'ENTRIES_CROSS_MIDNIGHT');
    expect(d.map((x) => x.start.offset)).toEqual([text.indexOf('23:30')]);
    const undated = page('2022-03', TITLE, ...['23:30', '00:05', '00:40'].flatMap((m, i) => post(`${m} -`, `Update number ${i + 1} from the bay`)));
    expect(codesOf(undated)).not.toContain('ENTRIES_CROSS_MIDNIGHT');
    expect(codesOf(undated)).toContain('ENTRY_TIME_UNDATED');
  });
});

describe('entries and their text', () => {
  it('split only when at least half the entries but the last have text', () => {
    const programme = (...withText: boolean[]): string =>
      page(
        '2022-03-10',
        TITLE,
        'The regatta publishes its programme for the weekend.',
        ...withText.flatMap((t, i) => [`1${i}:00 Race number ${i + 1} on the bay`, ...(t ? [`The crews of race ${i + 1} start from the pier.`] : [])]),
      );
    expect(entriesOf(programme(true, false, true))).toHaveLength(3);
    expect(entriesOf(programme(false, true, false, true))).toHaveLength(0);
    expect(entriesOf(programme(true, false, false))).toHaveLength(3);
    expect(entriesOf(programme(false, false, true))).toHaveLength(0);
    expect(entriesOf(programme(true, false))).toHaveLength(2);
    expect(entriesOf(programme(false, true))).toHaveLength(0);
  });

  it('give a stamp line the heading under it, or none when the next line is text or the next entry', () => {
    const intro = 'We follow the regatta all day long on this page.';
    const text = page('2022-03-10', TITLE, intro, '09:54 GMT 11.03.2022', 'The crews were back by ten, the race office said.', '09:20 GMT 11.03.2022', '09:10 GMT 11.03.2022', 'Fog over the bay', 'The race office waited for the fog to lift.');
    expect(entriesOf(text).map((e) => [e.time, e.title, e.body])).toEqual([
      ['2022-03-11T09:54+00:00', null, 'The crews were back by ten, the race office said.'],
      ['2022-03-11T09:20+00:00', null, null],
      ['2022-03-11T09:10+00:00', 'Fog over the bay', 'The race office waited for the fog to lift.'],
    ]);
  });

  it('end where the next entry starts, the last at the end of the body', () => {
    const text = page('2022-03-10', TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('10:12am:', 'Crowds gather on the pier'));
    const entries = entriesOf(text);
    const second = text.indexOf('10:12am');
    expect(entries.map((e) => [e.start, e.end])).toEqual([
      [text.indexOf('10:34am'), second - 2],
      [second, text.length],
    ]);
  });

  it('keep the paragraphs under a marker that opens a sentence, after that sentence', () => {
    const text = page(
      '2022-03-10',
      TITLE,
      '10:34 The organisers moved the start of the first race by an hour because of the wind.',
      'The crews waited on the pier.',
      '10:12 Hundreds of people lined the pier before the gates opened at ten.',
    );
    expect(entriesOf(text).map((e) => [e.title, e.body])).toEqual([
      [null, 'The organisers moved the start of the first race by an hour because of the wind.\n\nThe crews waited on the pier.'],
      [null, 'Hundreds of people lined the pier before the gates opened at ten.'],
    ]);
  });

  it('take the header time for the first entry only when its text is on the header line', () => {
    const feed = [
      ' date 2021-10-28 12:58 The regional governor will meet farmers on Thursday to discuss the harvest and the price of fuel.',
      '12:54 The ferry company will add two evening crossings from Monday, its press service said.',
      '12:40 The city library will stay open late during the exam weeks, the council said.',
    ].join('\n\n');
    expect(entriesOf(feed).map((e) => e.time)).toEqual(['2021-10-28T12:58', '2021-10-28T12:54', '2021-10-28T12:40']);
    const untimed = feed.replace(' 12:58', '');
    expect(entriesOf(untimed).map((e) => e.time)).toEqual(['2021-10-28T12:54', '2021-10-28T12:40']);
    const below = page('2022-03-10 12:58', TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('10:12am:', 'Crowds gather on the pier'));
    expect(entriesOf(below).map((e) => e.time)).toEqual(['2022-03-10T10:34', '2022-03-10T10:12']);
  });

  it('are none for a body of one paragraph', () => {
    expect(entriesOf(page('2022-03-10', TITLE, '10:34am: Wind delays the start'))).toEqual([]);
  });
});

describe('digest cues', () => {
  const story = (heading: string): string[] => [heading, `The council said on Monday that ${heading.toLowerCase()} after a long debate.`];
  const digest = (title: string): string =>
    page('2023-04-05', title, 'Here is what the city talked about on Wednesday, from the council to the museum.', ...story('The council approves the budget'), ...story('The port extends its opening hours'));

  it.each([
    ['The main events: council and port'],
    ['Top stories: council and port'],
    ['News of the day: council and port'],
    ['News digest: council and port'],
    ['Daily digest: council and port'],
    ['Roundup: council and port'],
    ['Round-up: council and port'],
    ['Дайджест: совет и порт'],
    ['Главное за день: совет и порт'],
    ['Главные события: совет и порт'],
    ['Главные новости: совет и порт'],
    ['Итоги дня: совет и порт'],
    ['MAIN EVENTS of Wednesday'],
  ])('%j is a digest title', (title) => {
    expect(entriesOf(digest(title)).map((e) => e.title)).toEqual(['The council approves the budget', 'The port extends its opening hours']);
  });

  it.each([['Roundups of the council and port'], ['Council xroundup and port'], ['The council and the port on Wednesday']])('%j is not', (title) => {
    expect(entriesOf(digest(title))).toEqual([]);
  });

  it('reads the cue in the standfirst too, and then the title is a story of its own', () => {
    const text = [
      ' date 2021-10-18 The harbour reopened, a new bridge opened, the autumn fair began. The main events of the day in our short evening review',
      'The harbour reopens after repairs',
      'The harbour reopened on Monday after a month of repairs, the port said.',
      'A new bridge opened over the river',
      'The bridge opened to traffic on Monday morning after three years of work.',
    ].join('\n\n');
    const entries = entriesOf(text);
    expect(entries.map((e) => [e.title, e.body])).toEqual([
      ['The harbour reopens after repairs', 'The harbour reopened on Monday after a month of repairs, the port said.'],
      ['A new bridge opened over the river', 'The bridge opened to traffic on Monday morning after three years of work.'],
    ]);
    expect(entries[0]?.start).toBe(text.indexOf('The harbour reopens'));
  });
});
