/**
 * The metadata stage's behaviours a mutation run (issue 13) found untested: what the
 * header line carries after its date, which stamp is the publication time and the
 * diagnostics it brings, the headline's absence and its variant, the tags and the image.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

const spans = (text: string, code: string): [number, number][] =>
  parseArticle(text)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => [d.start.offset, d.end.offset]);
const codes = (text: string): string[] => parseArticle(text).diagnostics.map((d) => d.code);

const HEAD = ' date 2021-11-04 https://apnews.com/article/harbour-reopens-1234500120';
const TITLE = 'Harbour reopens to small boats after repairs';
const TEXT = 'KAZAN, Russia (AP) — The river harbour reopened to small boats on Thursday after two months of repairs, officials said.';

describe('the header tail', () => {
  it('reports page text after the header date where it stands', () => {
    const text = ` date 2021-11-02 The council met on Tuesday to talk about the new bridge over the river.\n\n${TEXT}\n`;
    const at = text.indexOf('The council');
    expect(spans(text, 'HEADER_TEXT')).toEqual([[at, text.indexOf('\n')]]);
    expect(codes(text)).not.toContain('HEADER_CHROME');
  });

  it('reports page chrome after the header date as chrome, not text', () => {
    const text = ` date 2021-12-01 KEL 3.12 Increased By ▲ 0.05 (1.63%)\nBridge works to start in spring\n\nReuters 01 Dec 2021\n\n${TEXT}\n`;
    expect(spans(text, 'HEADER_CHROME')).toEqual([[text.indexOf('KEL'), text.indexOf('\n')]]);
    expect(codes(text)).not.toContain('HEADER_TEXT');
  });

  it('reports nothing for a header with nothing after it', () => {
    const found = codes(`${HEAD}\n\n${TITLE}\n\n${TEXT}\n`);
    expect(found).not.toContain('HEADER_TEXT');
    expect(found).not.toContain('HEADER_CHROME');
  });
});

describe('the publication time', () => {
  it('is the first stamp of the metadata, with the weekday mismatch at its place', () => {
    const text = `${HEAD}\n\n${TITLE}\n\nBy JANE DOE\nWed., 4 Nov 2021 09:15 EDT\nThu., 4 Nov 2021 11:15 EDT\n\n${TEXT}\n`;
    const { article } = parseArticle(text);
    expect(article?.published).toBe('2021-11-04T09:15-04:00');
    const stamp = text.indexOf('Wed.');
    expect(spans(text, 'TIMESTAMP_WEEKDAY_MISMATCH')).toEqual([[stamp, text.indexOf('\n', stamp)]]);
    expect(parseArticle(text).article?.sections.find((s) => s.kind === 'timestamp')?.start).toBe(stamp);
  });

  it('takes a year-less stamp from the header date, and says so at the stamp', () => {
    const text = ' date 2024-03-05\n\nRegional parliament to meet on Friday\n5 Mar. 14:30 (UTC+3 MSK)\n\nThe regional parliament will meet on Friday to discuss the budget, its speaker said.\n';
    expect(parseArticle(text).article?.published).toBe('2024-03-05T14:30+03:00');
    const at = text.indexOf('5 Mar.');
    const found = spans(text, 'TIMESTAMP_YEAR_INFERRED');
    expect(found).toHaveLength(1);
    expect(found[0]?.[0]).toBe(at);
  });

  it('takes the year from a date line of the page when the document has no date', () => {
    const text = 'https://example.com/news/parliament-1234500034.html\n\nRegional parliament to meet on Friday\n2024-03-05\n5 Mar. 14:30\n\nThe regional parliament will meet on Friday to discuss the budget, its speaker said.\n';
    const { article } = parseArticle(text);
    expect(article?.published?.slice(0, 16)).toBe('2024-03-05T14:30');
    expect(spans(text, 'TIMESTAMP_YEAR_INFERRED').map(([s]) => s)).toEqual([text.indexOf('5 Mar.')]);
  });

  it('is null when the first stamp has no year to take, even if a later one has', () => {
    const text = 'https://example.com/news/parliament-1234500034.html\n\nRegional parliament to meet on Friday\n5 Mar. 14:30\n2024-03-06T10:00\n\nThe regional parliament will meet on Friday to discuss the budget, its speaker said.\n';
    expect(parseArticle(text).article?.published).toBeNull();
    const at = text.indexOf('5 Mar.');
    expect(spans(text, 'TIMESTAMP_NO_YEAR')).toEqual([[at, at + '5 Mar. 14:30'.length]]);
  });

  it('reports a repaired stamp at its place and reads it', () => {
    const text = ' date 2021-11-20 https://ria.ru/20211120/sputnik-1760118452.html\n\nSatellite launch set for December\n\n2021-11-20T19: 12\n\n2021-11-20T20: 03\n\nMOSCOW, November 20 – RIA Novosti. Russia will launch a new weather satellite, the agency said.\n';
    expect(parseArticle(text).article?.published).toBe('2021-11-20T19:12');
    const at = text.indexOf('2021-11-20T19');
    expect(spans(text, 'TIMESTAMP_REPAIRED')).toEqual([[at, at + '2021-11-20T19: 12'.length]]);
  });

  it('is read from the header line when the page is flattened onto it', () => {
    const text = ' date 2021-10-22 NewsWorldFire destroys warehouse near Tver, no one hurtFirefighters worked through the nightIvan SmirnovFriday 22 October 2021 09:25 commentsA fire destroyed a large warehouse near the town overnight, but no one was hurt, officials said.';
    expect(parseArticle(text).article?.published).toBe('2021-10-22T09:25');
    // The stamp's place inside the line: a dateline without a year would take it from there.
    const at = text.indexOf('Friday 22');
    expect(parseArticle(text).article?.sections.find((s) => s.kind === 'timestamp')?.start).toBe(at);
  });

  it('is read from article text on the header line, at its place in that line', () => {
    // The header line's text is the article here, not metadata, yet its stamp still counts.
    const text = ' date 2021-11-02 https://example.com/news/bridge-123 Bridge opens after repairs 2021-11-02T10: 30 The new bridge over the river opened on Tuesday after two years of repairs, the city council said in a statement.\n';
    expect(parseArticle(text).article?.published).toBe('2021-11-02T10:30');
    const at = text.indexOf('2021-11-02T10');
    expect(spans(text, 'TIMESTAMP_REPAIRED')).toEqual([[at, at + '2021-11-02T10: 30'.length]]);
  });

  it('gives a year-less dateline its year, reported at the stamp, when the file has no date', () => {
    const text = 'https://example.com/news/parliament-1234500034.html\n\nRegional parliament to meet on Friday\n2024-03-05T10:00\n\nKAZAN, March 5 – Example News. The regional parliament will meet on Friday to discuss the budget, its speaker said.\n';
    expect(parseArticle(text).article?.dateline?.date).toBe('2024-03-05');
    const at = text.indexOf('2024-03-05T');
    expect(spans(text, 'DATELINE_YEAR_FROM_PAGE')).toEqual([[at, at + '2024-03-05T10:00'.length]]);
  });

  it('is never the header time', () => {
    const text = ' date 2021-11-02 12:41 https://ria.ru/20211102/a-1234567.html\n\nBridge works to start in spring\n\nMOSCOW, November 2 – RIA Novosti. The works start in spring.\n';
    const { article } = parseArticle(text);
    expect(article?.time).toBe('12:41');
    expect(article?.published).toBeNull();
  });
});

describe('the headline', () => {
  it('reports a missing headline at the first unit', () => {
    const text = ' date 2021-11-20 https://ria.ru/20211120/sputnik-1760118452.html\n\n2021-11-20T19:12\n\nMOSCOW, November 20 – RIA Novosti. Russia will launch a new weather satellite, the agency said.\n';
    expect(parseArticle(text).article?.title).toBeNull();
    const at = text.indexOf('2021-11-20T19');
    expect(spans(text, 'TITLE_MISSING')).toEqual([[at, at]]);
  });

  it('reports a missing headline after the header when there is no unit', () => {
    const text = ' date 2021-11-20 https://ria.ru/20211120/sputnik-1760118452.html\n';
    const end = text.indexOf('\n');
    expect(spans(text, 'TITLE_MISSING')).toEqual([[end, end]]);
  });

  it('reports a headline taken from a suffixed variant at that variant', () => {
    const line = 'Harbour reopens after winter repairs – RIA Novosti, 11/02/2021';
    const text = ` date 2021-11-02 https://ria.ru/20211102/port-1234500010.html\n\n${line}\n\nKAZAN, November 2 – RIA Novosti. The river harbour reopened to small boats after the winter repairs.\n`;
    expect(parseArticle(text).article?.title).toBe('Harbour reopens after winter repairs');
    const at = text.indexOf(line);
    expect(spans(text, 'TITLE_FROM_VARIANT')).toEqual([[at, at + line.length]]);
    expect(codes(text)).not.toContain('TITLE_MISSING');
  });

  it('reports no variant for a plain headline', () => {
    expect(codes(`${HEAD}\n\n${TITLE}\n\n${TEXT}\n`)).not.toContain('TITLE_FROM_VARIANT');
  });
});

describe('tags and the image', () => {
  const head = ' date 2021-11-09 https://ria.ru/20211109/paromy-1758300412.html';
  const image = 'https://cdnn21.img.ria.ru/images/07e5/0b/09/1758300000_0:0:1920:1080_1920x0_80_0_0_a1b2c3d4.jpg';
  const other = 'https://cdnn21.img.ria.ru/images/07e5/0b/09/1758300001_0:0:1920:1080_1920x0_80_0_0_b1b2c3d4.jpg';
  const page = (tags: string, images: string): string =>
    `${head}\n\nTwo new ferries will link the islands by spring\n\nTwo new ferries will link the islands by spring – RIA Novosti, 09.11.2021\n\nThe ministry has ordered two electric ferries for the island routes, its press service said. RIA Novosti, 09.11.2021\n\n2021-11-09T10:41\n\n${tags}\n\n${images}\n\nPETROZAVODSK, November 9 – RIA Novosti. The regional transport ministry has ordered two electric ferries that will carry passengers between the islands of the lake from next spring, its press service said on Tuesday.\n`;

  it('keeps every tag in order, and the first image of the metadata', () => {
    const { article } = parseArticle(page('ferries\n\ntransport\n\nlakes', `${image}\n\n${other}`));
    expect(article?.tags).toEqual(['ferries', 'transport', 'lakes']);
    expect(article?.image).toBe(image);
    expect(article?.published).toBe('2021-11-09T10:41');
    const found = parseArticle(page('ferries', image)).diagnostics.map((d) => d.code);
    for (const code of ['TIMESTAMP_REPAIRED', 'TIMESTAMP_WEEKDAY_MISMATCH', 'TIMESTAMP_YEAR_INFERRED', 'TIMESTAMP_NO_YEAR']) expect(found).not.toContain(code);
  });

  it('takes no image from the canonical URL line of the metadata', () => {
    const text = ' date 2021-11-09\n\nTwo new ferries will link the islands by spring\nhttps://ria.ru/20211109/paromy-1758300412.html\n2021-11-09T10:41\n\nPETROZAVODSK, November 9 – RIA Novosti. The regional transport ministry has ordered two electric ferries, its press service said on Tuesday.\n';
    const { article } = parseArticle(text);
    expect(article?.url).toBe('https://ria.ru/20211109/paromy-1758300412.html');
    expect(article?.image).toBeNull();
  });

  it('drops a tag line that is nothing but hidden characters', () => {
    const { article, diagnostics } = parseArticle(page('ferries\n\n\u001b[0m\n\nlakes', image));
    expect(article?.tags).toEqual(['ferries', 'lakes']);
    expect(diagnostics.map((d) => d.code)).toContain('FIELD_CHARACTERS_REMOVED');
  });

  it('has no tags and no image when the page has none', () => {
    const text = `${HEAD}\n\n${TITLE}\n\n${TEXT}\n`;
    const { article } = parseArticle(text);
    expect(article?.tags).toEqual([]);
    expect(article?.image).toBeNull();
  });
});
