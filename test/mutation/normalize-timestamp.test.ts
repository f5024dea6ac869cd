/**
 * findTimestamp and normalizeTimestamp behaviours issue 13's mutation run found untested:
 * every zone abbreviation and joining word, the limits of offsets, fractions, separators
 * and windows, the 12-hour clock, zone notes, and the internal readers the page and
 * entries stages use (scanTimestamp, leadingClock).
 */
import { describe, expect, it } from 'vitest';
import { findTimestamp, leadingClock, normalizeTimestamp, scanTimestamp } from '../../src/normalize/normalize-timestamp.js';

const value = (text: string): string | null => findTimestamp(text)?.value ?? null;
const matched = (text: string): string | null => {
  const m = findTimestamp(text);
  return m === null ? null : text.slice(m.start, m.end);
};

describe('zone abbreviations', () => {
  it.each([
    ['GMT', '+00:00'],
    ['UTC', '+00:00'],
    ['UT', '+00:00'],
    ['WET', '+00:00'],
    ['WEST', '+01:00'],
    ['BST', '+01:00'],
    ['CET', '+01:00'],
    ['CEST', '+02:00'],
    ['EET', '+02:00'],
    ['EEST', '+03:00'],
    ['MSK', '+03:00'],
    ['МСК', '+03:00'],
    ['IST', '+05:30'],
    ['EST', '-05:00'],
    ['EDT', '-04:00'],
    ['PST', '-08:00'],
    ['PDT', '-07:00'],
  ])('%s is %s, after the time, in a zone note, and before a date written after the time', (zone, offset) => {
    expect(findTimestamp(`16 Nov 2021 17:21 ${zone}`)).toMatchObject({ value: `2021-11-16T17:21${offset}`, end: 18 + zone.length });
    expect(value(`16 Nov 2021 17:21 (${zone})`)).toBe(`2021-11-16T17:21${offset}`);
    expect(value(`17:21 ${zone} 16.11.2021`)).toBe(`2021-11-16T17:21${offset}`);
  });

  it('reads Z and glued offsets only after an ISO time', () => {
    expect(value('16 Nov 2021 17:21Z')).toBeNull();
    expect(matched('16 Nov 2021 17:21+0300')).toBe('16 Nov 2021 17:21');
    expect(value('2021-10-27T13:02Z')).toBe('2021-10-27T13:02+00:00');
    expect(value('2021-10-27T13:02:05Z')).toBe('2021-10-27T13:02:05+00:00');
    expect(matched('16 Nov 2021 17:21 Z')).toBe('16 Nov 2021 17:21');
    expect(value('16 Nov 2021 17:21 (Z)')).toBe('2021-11-16T17:21');
    expect(value('2021-10-27T13:02Zulu')).toBeNull();
    expect(value('2021-10-27T13:02Z5')).toBeNull();
  });

  it('takes a zone word as a whole word, and only in upper case', () => {
    expect(matched('16 Nov 2021 17:21 GMTX')).toBe('16 Nov 2021 17:21');
    expect(matched('16 Nov 2021 17:21 CESTA')).toBe('16 Nov 2021 17:21');
    expect(matched('16 Nov 2021 17:21 gmt')).toBe('16 Nov 2021 17:21');
    expect(value('16 Nov 2021 17:21 (gmt)')).toBe('2021-11-16T17:21');
  });

  it('reads an offset after GMT, UTC and UT only', () => {
    expect(value('16 Nov 2021 17:21 GMT+3')).toBe('2021-11-16T17:21+03:00');
    expect(value('16 Nov 2021 17:21 UTC-5')).toBe('2021-11-16T17:21-05:00');
    expect(value('16 Nov 2021 17:21 UT+05:30')).toBe('2021-11-16T17:21+05:30');
    expect(value('16 Nov 2021 17:21 GMT−3')).toBe('2021-11-16T17:21-03:00');
    expect(value('16 Nov 2021 17:21 GMT+0300')).toBe('2021-11-16T17:21+03:00');
    expect(findTimestamp('16 Nov 2021 17:21 GMT+3 more')?.end).toBe(23);
    // any other zone with an offset glued on is no time
    expect(value('16 Nov 2021 17:21 MSK+1')).toBeNull();
    expect(value('16 Nov 2021 17:21 MSK-1')).toBeNull();
    expect(value('16 Nov 2021 17:21 MSK+')).toBe('2021-11-16T17:21+03:00');
    expect(findTimestamp('16 Nov 2021 17:21 GMT+')).toMatchObject({ value: '2021-11-16T17:21+00:00', end: 21 });
    expect(value('16 Nov 2021 17:21 GMT+012')).toBeNull();
    expect(value('16 Nov 2021 17:21 GMT+03:5')).toBeNull();
    // a zone glued to a number is a site clock widget, not a zone
    expect(value('16 Nov 2021 17:21 GMT04')).toBeNull();
    expect(value('16 Nov 2021 17:21 GMT+3 5')).toBe('2021-11-16T17:21+03:00');
    // a broken offset after GMT is no time either
    expect(value('16 Nov 2021 17:21 GMT+123')).toBeNull();
    expect(value('16 Nov 2021 17:21 GMT+15')).toBeNull();
  });

  it('takes zones in a note as one offset, or none', () => {
    expect(findTimestamp('5 Mar 2024 14:30 (UTC+3 MSK) more')).toMatchObject({ value: '2024-03-05T14:30+03:00', end: 28 });
    expect(findTimestamp('5 Mar 2024 14:30 ( MSK )')).toMatchObject({ value: '2024-03-05T14:30+03:00', end: 24 });
    expect(value('5 Mar 2024 14:30 (MSK EEST GMT+3)')).toBe('2024-03-05T14:30+03:00');
    expect(matched('5 Mar 2024 14:30 ()')).toBe('5 Mar 2024 14:30');
    expect(value('5 Mar 2024 14:30 (UT+05:30)')).toBe('2024-03-05T14:30+05:30');
    expect(value('5 Mar 2024 14:30 (GMT-3)')).toBe('2024-03-05T14:30-03:00');
    expect(matched('5 Mar 2024 14:30 (MSK+1)')).toBe('5 Mar 2024 14:30');
    expect(matched('5 Mar 2024 14:30 xMSK)')).toBe('5 Mar 2024 14:30');
    expect(value('5 Mar 2024 14:30 (MSK')).toBe('2024-03-05T14:30');
    expect(value('5 Mar 2024 14:30 (MSK, EET)')).toBe('2024-03-05T14:30');
    expect(value('5 Mar 2024 14:30 (MSK 3)')).toBe('2024-03-05T14:30');
    // the note is read up to 24 characters after its parenthesis
    expect(value(`5 Mar 2024 14:30 (MSK${' '.repeat(20)})`)).toBe('2024-03-05T14:30+03:00');
    expect(value(`5 Mar 2024 14:30 (MSK${' '.repeat(21)})`)).toBe('2024-03-05T14:30');
    expect(value('5 Mar 2024 14:30 (UTC+3 MSK EET)')).toBeNull();
  });
});

describe('offsets glued to an ISO time', () => {
  it.each([
    ['2022-01-31T20:16+0530', '2022-01-31T20:16+05:30'],
    ['2022-01-31T20:16-03', '2022-01-31T20:16-03:00'],
    ['2022-01-31T20:16+14:00', '2022-01-31T20:16+14:00'],
    ['2022-01-31T20:16+03:59', '2022-01-31T20:16+03:59'],
    ['2022-01-31T20:16:30.5+03:00', '2022-01-31T20:16:30.5+03:00'],
  ])('%s is %s', (text, iso) => {
    expect(value(text)).toBe(iso);
    expect(normalizeTimestamp(text)).toBe(iso);
  });

  it.each([
    ['2022-01-31T20:16+15'],
    ['2022-01-31T20:16+1500'],
    ['2022-01-31T20:16+03:60'],
    ['2022-01-31T20:16+0360'],
    ['2022-01-31T20:16+3'],
    ['2022-01-31T20:16+030'],
    ['2022-01-31T20:16+012'],
    ['2022-01-31T20:16+03000'],
    ['2022-01-31T20:16+03:5'],
    ['2022-01-31T20:16+03:'],
    ['2022-01-31T20:16+03:000'],
  ])('%s is no timestamp', (text) => {
    expect(value(text)).toBeNull();
  });

  it('reads a sign without digits as no offset', () => {
    expect(matched('2021-11-02T10:00 5 boats')).toBe('2021-11-02T10:00');
    expect(matched('2022-01-31T20:16+ more')).toBe('2022-01-31T20:16');
    expect(matched('2022-01-31T20:16-x')).toBe('2022-01-31T20:16');
  });
});

describe('seconds and fractions', () => {
  it.each([
    ['2021-10-27T13:02:05.1', '2021-10-27T13:02:05.1'],
    ['2021-10-27T13:02:05.123456789', '2021-10-27T13:02:05.123456789'],
    ['2021-10-27T13:02:59', '2021-10-27T13:02:59'],
    ['16 Nov 2021 17:21:09', '2021-11-16T17:21:09'],
  ])('%s is %s', (text, iso) => {
    expect(value(text)).toBe(iso);
  });

  it.each([['2021-10-27T13:02:05.1234567890'], ['2021-10-27T13:02:60'], ['16 Nov 2021 17:21:60'], ['2021-10-27T13:02:5']])('%s is no timestamp', (text) => {
    expect(value(text)).toBeNull();
  });

  it('reads a fraction only after an ISO time with seconds', () => {
    expect(matched('16 Nov 2021 17:21:09.5')).toBe('16 Nov 2021 17:21:09');
    expect(matched('2021-10-27T13:02:05. more')).toBe('2021-10-27T13:02:05');
    expect(matched('2021-10-27T13:02.5')).toBe('2021-10-27T13:02');
  });

  it('reads a colon after the minutes as punctuation', () => {
    expect(matched('16 Nov 2021 17:21: headline')).toBe('16 Nov 2021 17:21');
    expect(matched('2021-10-27T13:02: headline')).toBe('2021-10-27T13:02');
  });
});

describe('the 12-hour clock', () => {
  it.each([
    ['Nov 16, 2021 12:15 am', '2021-11-16T00:15'],
    ['Nov 16, 2021 12:15 pm', '2021-11-16T12:15'],
    ['Nov 16, 2021 1:15 AM', '2021-11-16T01:15'],
    ['Nov 16, 2021 11:15 p.m.', '2021-11-16T23:15'],
    ['Nov 16, 2021 11:15 P.M.', '2021-11-16T23:15'],
    ['Nov 16, 2021 11:15pm', '2021-11-16T23:15'],
    ['Nov 16, 2021 11:15 pm EST', '2021-11-16T23:15-05:00'],
    ['Nov 16, 2021 11:15 pm (EST)', '2021-11-16T23:15-05:00'],
  ])('%s is %s', (text, iso) => {
    expect(value(text)).toBe(iso);
    expect(normalizeTimestamp(text)).toBe(iso);
  });

  it('ends the stamp after the meridiem', () => {
    expect(matched('Nov 16, 2021 11:15 p.m. more')).toBe('Nov 16, 2021 11:15 p.m.');
    expect(matched('Nov 16, 2021 11:15 am, more')).toBe('Nov 16, 2021 11:15 am');
  });

  it.each([['Nov 16, 2021 13:15 pm'], ['Nov 16, 2021 0:15 am'], ['Nov 16, 2021 00:15 pm']])('%s is no timestamp', (text) => {
    expect(value(text)).toBeNull();
  });

  it('leaves words that only start like a meridiem', () => {
    expect(matched('Nov 16, 2021 11:15 amid')).toBe('Nov 16, 2021 11:15');
    expect(matched('Nov 16, 2021 11:15 pm2')).toBe('Nov 16, 2021 11:15');
    expect(matched('Nov 16, 2021 11:15 a.m')).toBe('Nov 16, 2021 11:15');
    expect(matched('Nov 16, 2021 11:15 p.x.')).toBe('Nov 16, 2021 11:15');
    expect(matched('Nov 16, 2021 11:15 pa')).toBe('Nov 16, 2021 11:15');
    expect(matched('Nov 16, 2021 11:15 bm')).toBe('Nov 16, 2021 11:15');
    expect(matched('Nov 16, 2021 11:15 p.m.x')).toBe('Nov 16, 2021 11:15');
  });
});

describe('joining words', () => {
  it.each([['à'], ['um'], ['alle'], ['às'], ['в'], ['о'], ['À'], ['UM']])('%s joins a date and the time after it', (word) => {
    expect(value(`14.03.2022 ${word} 09:12`)).toBe('2022-03-14T09:12');
    expect(value(`14 марта 2022 ${word} 09:12`)).toBe('2022-03-14T09:12');
  });

  it('joins only as one word with blanks around it', () => {
    expect(value('14.03.2022 at 09:12')).toBeNull();
    expect(value('14.03.2022à 09:12')).toBeNull();
    expect(value('09:12 um')).toBeNull();
    expect(value('14.03.2022 , à 09:12')).toBeNull();
    expect(value('14.03.2022 um, 09:12')).toBeNull();
  });
});

describe('separators between a date and its time', () => {
  it.each([[', '], [' | '], [' - '], [' – '], [' — '], [' • '], [' · '], ['  '], [',']])('%j separates', (sep) => {
    expect(value(`16.11.2021${sep}17:21`)).toBe('2021-11-16T17:21');
    expect(value(`17:21${sep}16.11.2021`)).toBe('2021-11-16T17:21');
  });

  it.each([[' / '], [' ; '], [' , | '], [''], [' x ']])('%j does not', (sep) => {
    expect(value(`16.11.2021${sep}17:21`)).toBeNull();
    expect(value(`17:21${sep}16.11.2021`)).toBeNull();
  });

  it('is at most twelve characters before the time, and eight blanks after it', () => {
    expect(value(`16.11.2021 |${' '.repeat(8)}17:21`)).toBe('2021-11-16T17:21');
    expect(value(`16.11.2021${' '.repeat(12)}17:21`)).toBe('2021-11-16T17:21');
    expect(value(`16.11.2021${' '.repeat(13)}17:21`)).toBeNull();
    expect(value(`16.11.2021 ,${' '.repeat(11)}17:21`)).toBeNull();
    expect(value(`17:21${' '.repeat(8)}16.11.2021`)).toBe('2021-11-16T17:21');
    expect(value(`17:21${' '.repeat(9)}16.11.2021`)).toBeNull();
    expect(value(`17:21${' '.repeat(6)},${' '.repeat(5)}16.11.2021`)).toBe('2021-11-16T17:21');
    expect(value(`17:21${' '.repeat(6)},${' '.repeat(6)}16.11.2021`)).toBeNull();
    // the date after a zone note needs a separator too
    expect(value('17:21 (MSK)16.11.2021')).toBeNull();
    expect(value('17:21 (MSK) 16.11.2021')).toBe('2021-11-16T17:21+03:00');
  });
});

describe('the date before the time', () => {
  it('is looked for in the 40 characters before its separator', () => {
    expect(matched('Wednesday, 22 septiembre de 2021, 10:00')).toBe('Wednesday, 22 septiembre de 2021, 10:00');
    const wide = `22${' '.repeat(8)}de${' '.repeat(8)}septiembre${' '.repeat(8)}de${' '.repeat(8)}2021`;
    expect(value(`${wide} 10:00`)).toBeNull();
    const forty = `22${' '.repeat(8)}de${' '.repeat(8)}septiembre de${' '.repeat(3)}2021`;
    expect(forty).toHaveLength(40);
    expect(value(`${forty} 10:00`)).toBe('2021-09-22T10:00');
    expect(value(`x ${forty} 10:00`)).toBe('2021-09-22T10:00');
  });

  it('starts at a token: not inside a number or a word', () => {
    expect(matched('116.11.2021 17:21')).toBe(null);
    expect(matched('a16 Nov 2021 17:21')).toBe('16 Nov 2021 17:21');
    expect(matched('x.16.11.2021 17:21')).toBe(null);
    expect(matched('x/16.11.2021 17:21')).toBe(null);
    expect(matched('x-16.11.2021 17:21')).toBe(null);
    expect(matched('(16.11.2021 17:21')).toBe('16.11.2021 17:21');
    expect(matched('ANov 16, 2021 17:21')).toBe(null);
    expect(matched('1Nov 16, 2021 17:21')).toBe('Nov 16, 2021 17:21');
  });

  it('ends in a digit or a Russian year word', () => {
    expect(value('25 сентября 2021 г. 09:57')).toBe('2021-09-25T09:57');
    expect(value('25 сентября 2021 г 09:57')).toBe('2021-09-25T09:57');
    expect(value('25 сентября 2021 года 09:57')).toBe('2021-09-25T09:57');
    expect(value('25 сентября 2021 годы 09:57')).toBeNull();
    expect(value('16 Nov 2021x 17:21')).toBeNull();
  });

  it('is not the ISO date when the T is glued to more digits', () => {
    expect(matched('12021-11-21T11:02')).toBeNull();
    expect(matched('x2021-11-21T11:02')).toBe('2021-11-21T11:02');
    expect(matched('2021/11/21T11:02')).toBeNull();
    expect(matched('1-11-2021T11:02')).toBeNull();
    expect(findTimestamp('at 2021-11-21T11:02')?.start).toBe(3);
  });

  it('is not read after a colon or a letter glued to the hours', () => {
    expect(value('x17:21 16.11.2021')).toBeNull();
    expect(value('::17:21 16.11.2021')).toBeNull();
    expect(value('x2021-11-2 T11:02')).toBeNull();
    expect(value('16 Nov 2021 x17:21')).toBeNull();
    expect(value('16 Nov 2021 :17:21')).toBeNull();
    expect(value('16 Nov 2021 T17:21')).toBeNull();
  });
});

describe('the weekday', () => {
  it.each([
    ['Sunday, 31 May 2020 16:30', 0, false],
    ['Sun 31 May 2020 16:30', 0, false],
    ['Sun. 31 May 2020 16:30', 0, false],
    ['Sun., 31 May 2020 16:30', 0, false],
    ['Sun.  31 May 2020 16:30', 0, false],
    ['Mon 31 May 2020 16:30', 0, true],
    ['Sunday 31 May 2020 16:30', 0, false],
    ['xSun 31 May 2020 16:30', 5, false],
    ['Sun,31 May 2020 16:30', 4, false],
    ['Sun    31 May 2020 16:30', 7, false],
    ['Fun 31 May 2020 16:30', 4, false],
  ])('%j starts at %i, mismatch %s', (text, start, mismatch) => {
    expect(findTimestamp(text)).toMatchObject({ value: '2020-05-31T16:30', start, weekdayMismatch: mismatch });
  });

  it('after the time too', () => {
    expect(findTimestamp('16:30 Sun 31 May 2020')).toMatchObject({ value: '2020-05-31T16:30', end: 21, weekdayMismatch: false });
    expect(findTimestamp('16:30 Mon, 31 May 2020')).toMatchObject({ value: '2020-05-31T16:30', weekdayMismatch: true });
    expect(normalizeTimestamp('16:30 Mon, 31 May 2020')).toBeNull();
  });
});

describe('a stamp without a year', () => {
  const ref = { reference: '2024-03-05' };
  it('stands at the start of the line or after a mark', () => {
    expect(findTimestamp('5 Mar 14:30', ref)).toMatchObject({ value: '2024-03-05T14:30', start: 0, yearInferred: true });
    expect(findTimestamp('Agency | 5 Mar 14:30', ref)?.start).toBe(9);
    expect(findTimestamp('Updated: 5 Mar 14:30', ref)?.start).toBe(9);
    expect(findTimestamp('( 5 Mar 14:30)', ref)?.start).toBe(2);
    expect(findTimestamp('(5 Mar 14:30)', ref)).toBeNull();
    expect(findTimestamp('Agency — 5 Mar 14:30', ref)?.start).toBe(9);
    expect(findTimestamp('Agency, Sun 3 Mar 14:30', ref)).toMatchObject({ start: 8, weekdayMismatch: false });
    expect(findTimestamp(`Updated:${' '.repeat(12)}5 Mar 14:30`, ref)?.start).toBe(20);
    expect(findTimestamp(`Updated:${' '.repeat(13)}5 Mar 14:30`, ref)).toBeNull();
    expect(findTimestamp('Updated:5 Mar 14:30', ref)).toBeNull();
    expect(findTimestamp('Agency 5 Mar 14:30', ref)).toBeNull();
    expect(findTimestamp('Agency. 5 Mar 14:30', ref)).toBeNull();
  });

  it('is separated from its time by blanks or one mark, with no word', () => {
    expect(findTimestamp('5 Mar, 14:30', ref)?.value).toBe('2024-03-05T14:30');
    expect(findTimestamp('5 Mar | 14:30', ref)?.value).toBe('2024-03-05T14:30');
    expect(findTimestamp('5 Mar um 14:30', ref)).toBeNull();
    expect(findTimestamp('5 Mar14:30', ref)).toBeNull();
  });

  it('is returned without a value by scanTimestamp when no reference gives the year', () => {
    expect(scanTimestamp('Agency | 5 Mar 14:30 GMT', null)).toEqual({ value: null, start: 9, end: 24 });
    expect(scanTimestamp('5 Mar 14:30', { year: 2024, month: 3, day: 5 })).toMatchObject({ value: '2024-03-05T14:30', yearInferred: true });
    expect(scanTimestamp('12:41 then 5 Mar 2024 14:30', null)).toMatchObject({ value: '2024-03-05T14:30', start: 11 });
    expect(scanTimestamp('12:41 only', null)).toBeNull();
    expect(scanTimestamp('no time', null)).toBeNull();
  });

  it('is passed over by findTimestamp for a later stamp with a year', () => {
    expect(findTimestamp('5 Mar 14:30, then 6 Mar 2024 15:00')).toMatchObject({ value: '2024-03-06T15:00', start: 18 });
  });
});

describe('leadingClock', () => {
  it.each([
    ['10:34am: heading', { time: '10:34', offset: null, date: null, end: 7 }],
    ['9:05 text', { time: '09:05', offset: null, date: null, end: 4 }],
    ['12:54', { time: '12:54', offset: null, date: null, end: 5 }],
    ['09:54 GMT 22.10.2024', { time: '09:54', offset: '+00:00', date: '2024-10-22', end: 20 }],
    ['09:54 22.10.2024 heading', { time: '09:54', offset: null, date: '2024-10-22', end: 16 }],
    ['09:54:30 MSK', { time: '09:54:30', offset: '+03:00', date: null, end: 12 }],
    ['11:05 p.m. – heading', { time: '23:05', offset: null, date: null, end: 10 }],
    // an offset glued to the minutes is read after an ISO date only
    ['10:34+0300 x', { time: '10:34', offset: null, date: null, end: 5 }],
  ])('%j', (text, expected) => {
    expect(leadingClock(text)).toEqual(expected);
  });

  it.each([['x10:34'], ['100:34'], [':34'], ['10.34'], ['10:3'], ['25:00'], ['10:34comments'], [''], ['1'], ['Updated 10:34'], ['1 23 boats'], [' 1:34'], ['(1:34'], ['10:34Z']])('%j opens with no time', (text) => {
    expect(leadingClock(text)).toBeNull();
  });
});

describe('the search', () => {
  it('goes on past a colon that opens the text', () => {
    expect(findTimestamp(':  16 Nov 2021 17:21')?.value).toBe('2021-11-16T17:21');
    expect(scanTimestamp(':  16 Nov 2021 17:21', null)?.value).toBe('2021-11-16T17:21');
  });

  it('reads the ISO forms only after a T', () => {
    expect(value('2021-11-21 11:02Z')).toBeNull();
    expect(value('2021-11-21 11: 02')).toBeNull();
    expect(value('2021-11-21 11:02+0300')).toBe('2021-11-21T11:02');
  });

  it('throws a TypeError for an array, which has an indexOf of its own', () => {
    expect(() => findTimestamp([] as unknown as string)).toThrow(TypeError);
    expect(() => findTimestamp([':'] as unknown as string)).toThrow(TypeError);
    expect(() => normalizeTimestamp([] as unknown as string)).toThrow(TypeError);
  });
});

describe('normalizeTimestamp', () => {
  it('takes only the whole string, blanks around it aside', () => {
    expect(normalizeTimestamp('\t16 Nov, 2021 17:21 ')).toBe('2021-11-16T17:21');
    expect(normalizeTimestamp('x16 Nov, 2021 17:21')).toBeNull();
    expect(normalizeTimestamp('16 Nov, 2021 17:21 x')).toBeNull();
    expect(normalizeTimestamp('16 Nov, 2021 17:21 GMT')).toBe('2021-11-16T17:21+00:00');
  });
});
