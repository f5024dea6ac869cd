/**
 * The entries stage, rule by rule: what splits a page, what does not, and how times are
 * dated. The fixtures (fixtures/live-blog*.txt, digest-*.txt, feed-header-time.txt, and the
 * ordinary article-*.txt) show each style whole; these cases pin the edges.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseCorpus } from '../../src/index.js';
import { codesOf, entriesOf, page, post, TITLE } from './live-page.js';


describe('time-stamped entries', () => {
  it('split a live page at each marker, the text before the first left out', () => {
    const text = page('2022-03-10', TITLE, 'We follow the regatta all day long on this page.', ...post('10:34am:', 'Wind delays the start'), ...post('10:12am:', 'Crowds gather on the pier'));
    const entries = entriesOf(text);
    expect(entries.map((e) => [e.time, e.title])).toEqual([
      ['2022-03-10T10:34', 'Wind delays the start'],
      ['2022-03-10T10:12', 'Crowds gather on the pier'],
    ]);
    expect(entries.map((e) => text.slice(e.start, e.start + 7))).toEqual(['10:34am', '10:12am']);
    expect(entries[1]?.end).toBe(text.length);
    expect(entries[0]?.body).toBe('The crews reported on wind delays the start this morning.');
  });

  it('read 12-hour times, zones and the other separators', () => {
    expect(entriesOf(page('2022-03-10', TITLE, ...post('12:05 a.m. –', 'Boats leave the harbour'), ...post('11:40 p.m. –', 'Night race ends'))).map((e) => e.time)).toEqual([
      '2022-03-10T00:05',
      '2022-03-10T23:40',
    ]);
    expect(entriesOf(page('2022-03-10', TITLE, ...post('2:15 p.m. |', 'Boats return to the harbour'), ...post('1:40 p.m. |', 'The second race ends'))).map((e) => e.time)).toEqual([
      '2022-03-10T14:15',
      '2022-03-10T13:40',
    ]);
    expect(entriesOf(page('2022-03-10', TITLE, ...post('14:15 GMT:', 'Boats return to the harbour'), ...post('13:40 GMT:', 'The second race ends'))).map((e) => e.time)).toEqual([
      '2022-03-10T14:15+00:00',
      '2022-03-10T13:40+00:00',
    ]);
  });

  it('take the date a stamp line gives, and the heading under it', () => {
    // The intro matters: a stamp line right under a title is the page's own stamp
    // (corpus 205), so a page without intro text is not split at stamp lines.
    const text = page('2022-03-10', TITLE, 'We follow the regatta all day long on this page.', '09:54 GMT 11.03.2022', 'Boats return to the harbour', 'All crews were back by ten.', '09:20 GMT 11.03.2022', 'Fog over the bay', 'The race office waited for the fog to lift.');
    expect(entriesOf(text).map((e) => [e.time, e.title, e.body])).toEqual([
      ['2022-03-11T09:54+00:00', 'Boats return to the harbour', 'All crews were back by ten.'],
      ['2022-03-11T09:20+00:00', 'Fog over the bay', 'The race office waited for the fog to lift.'],
    ]);
  });

  it('have no title when the marker opens a sentence: the sentence is the text', () => {
    const text = page('2022-03-10', TITLE, '10:34 The organisers moved the start of the first race by an hour because of the wind.', '10:12 Hundreds of people lined the pier before the gates opened at ten.');
    expect(entriesOf(text).map((e) => [e.title, e.body?.slice(0, 14)])).toEqual([
      [null, 'The organisers'],
      [null, 'Hundreds of pe'],
    ]);
  });

  it('are dated the day before where the times run back over midnight, in either order, across months and years', () => {
    const night = (date: string, ...markers: string[]): (string | null)[] => entriesOf(page(date, TITLE, ...markers.flatMap((m, i) => post(`${m} -`, `Update number ${i + 1} from the bay`)))).map((e) => e.time);
    expect(night('2024-03-01', '00:40', '00:05', '23:30')).toEqual(['2024-03-01T00:40', '2024-03-01T00:05', '2024-02-29T23:30']);
    expect(night('2023-03-01', '23:30', '00:05', '00:40')).toEqual(['2023-02-28T23:30', '2023-03-01T00:05', '2023-03-01T00:40']);
    expect(night('2023-01-01', '00:10', '23:50')).toEqual(['2023-01-01T00:10', '2023-01-01T23:50']);
    // The diagnostic marks the first entry dated the day before: the last, newest first; the first, oldest first.
    const crossing = (...markers: string[]): string[] => {
      const text = page('2024-03-01', TITLE, ...markers.flatMap((m, i) => post(`${m} -`, `Update number ${i + 1} from the bay`)));
      return parseArticle(text).diagnostics.filter((d) => d.code === 'ENTRIES_CROSS_MIDNIGHT').map((d) => text.slice(d.start.offset, d.start.offset + 5));
    };
    expect(crossing('00:40', '00:05', '23:30')).toEqual(['23:30']);
    expect(crossing('23:30', '23:50', '00:05', '00:40')).toEqual(['23:30']);
    expect(crossing('00:10', '23:50')).toEqual([]);
  });

  it('have a null time, and a warning, when the file gives no day', () => {
    const text = page('2022-03', TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('10:12am:', 'Crowds gather on the pier'));
    expect(entriesOf(text).map((e) => e.time)).toEqual([null, null]);
    expect(codesOf(text)).toContain('ENTRY_TIME_UNDATED');
  });

  it('take the day from the URL when the header has none', () => {
    const text = [' date 2022-03 https://ria.ru/20220310/regatta-1234567890.html', TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('10:12am:', 'Crowds gather on the pier')].join('\n\n');
    expect(entriesOf(text).map((e) => e.time)).toEqual(['2022-03-10T10:34', '2022-03-10T10:12']);
  });

  it('are not split: one marker, markers of two styles, times out of order, a time range, headings without text', () => {
    const one = page('2022-03-10', TITLE, 'We follow the regatta all day long on this page.', ...post('10:34am:', 'Wind delays the start'));
    const mixed = page('2022-03-10', TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('10:12 -', 'Crowds gather on the pier'));
    const unordered = page('2022-03-10', TITLE, ...post('10:34 -', 'Wind delays the start'), ...post('12:12 -', 'Crowds gather on the pier'), ...post('09:50 -', 'Boats leave the harbour'), ...post('11:05 -', 'A mast breaks'));
    const range = page('2022-03-10', TITLE, '10:00 – 12:00 races for juniors on the inner bay.', '12:00 – 14:00 races for seniors on the outer bay.');
    const headings = page('2022-03-10', TITLE, 'The regatta publishes its programme for the weekend.', '10:00 Junior races on the inner bay', '12:00 Senior races on the outer bay', '15:30 Prize giving on the pier');
    for (const [name, text] of Object.entries({ one, mixed, unordered, range, headings })) expect(entriesOf(text), name).toEqual([]);
    // A page that is not split says nothing about entry times.
    const undated = page('2022-03', TITLE, 'The regatta publishes its programme for the weekend.', '10:00 Junior races on the inner bay', '12:00 Senior races on the outer bay');
    expect(codesOf(undated).filter((c) => c.startsWith('ENTR'))).toEqual([]);
  });

  it('hold the repaired text with repair: safe, and no hidden characters in a title', () => {
    const text = page('2022-03-10', TITLE, '10:34am: Wind\u200b delays the start', 'The start moved.The crews waited.', ...post('10:12am:', 'Crowds gather on the pier'));
    const [first] = parseArticle(text, { repair: 'safe' }).article?.entries ?? [];
    expect(first?.title).toBe('Wind delays the start');
    expect(first?.body).toBe('The start moved. The crews waited.');
  });

  it('are placed in the whole input in a corpus', () => {
    const other = page('2022-03-09', 'Harbour reopens after repairs', 'The harbour reopened on Friday after a month of repairs.');
    const live = page('2022-03-10', TITLE, ...post('10:34am:', 'Wind delays the start'), ...post('10:12am:', 'Crowds gather on the pier'));
    const joined = `${other}\n\n${live}`;
    const records = parseCorpus(joined);
    const entries = records[1]?.article?.entries ?? [];
    expect(entries.map((e) => joined.slice(e.start, e.start + 7))).toEqual(['10:34am', '10:12am']);
    expect(entries.map((e) => e.time)).toEqual(entriesOf(live).map((e) => e.time));
  });
});

describe('digest stories', () => {
  const story = (heading: string): string[] => [heading, `The council said on Monday that ${heading.toLowerCase()} after a long debate.`];

  it('split a digest whose title says so, at each heading with text under it', () => {
    const text = page('2023-04-05', 'Top stories of the day: the council, the port and the museum', 'Here is what the city talked about on Wednesday, from the council to the museum.', ...story('The council approves the budget'), ...story('The port extends its opening hours'));
    expect(entriesOf(text).map((e) => [e.time, e.title])).toEqual([
      [null, 'The council approves the budget'],
      [null, 'The port extends its opening hours'],
    ]);
  });

  it('are not split without a digest cue, or with a single story', () => {
    expect(entriesOf(page('2023-04-05', 'The council, the port and the museum on Wednesday', ...story('The council approves the budget'), ...story('The port extends its opening hours')))).toEqual([]);
    expect(entriesOf(page('2023-04-05', 'Top stories of the day: the council', 'Here is what the city talked about on Wednesday, from the council to the museum.', ...story('The council approves the budget')))).toEqual([]);
  });
});
