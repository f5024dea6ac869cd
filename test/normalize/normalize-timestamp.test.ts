import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimestamp, normalizeTimestamp } from '../../src/normalize/normalize-timestamp.js';

// An ISO timestamp as this library writes it, e.g. `2021-10-27T13:02+00:00`.
const ISO_TIMESTAMP_SHAPE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:[+-](?:0\d|1[0-4]):[0-5]\d)?$/;

interface Expected {
  readonly value: string;
  /** The matched text, `text.slice(start, end)`. */
  readonly matched: string;
  readonly repaired?: boolean;
}

describe('findTimestamp: found', () => {
  const table: readonly (readonly [string, Expected])[] = [
    // ISO forms, the RIA space after the colon repaired
    ['2021-11-21T11: 02', { value: '2021-11-21T11:02', matched: '2021-11-21T11: 02', repaired: true }],
    ['2021-11-21T11:02', { value: '2021-11-21T11:02', matched: '2021-11-21T11:02' }],
    ['2021-10-27T13:02+0000', { value: '2021-10-27T13:02+00:00', matched: '2021-10-27T13:02+0000' }],
    ['2022-01-31T20:16:00+03:00', { value: '2022-01-31T20:16:00+03:00', matched: '2022-01-31T20:16:00+03:00' }],
    ['2022-01-31T20:16:00-0500', { value: '2022-01-31T20:16:00-05:00', matched: '2022-01-31T20:16:00-0500' }],
    ['2022-01-31T20:16+03', { value: '2022-01-31T20:16+03:00', matched: '2022-01-31T20:16+03' }],
    ['2021-10-27T13:02Z', { value: '2021-10-27T13:02+00:00', matched: '2021-10-27T13:02Z' }],
    ['2021-10-27T13:02:05.250Z', { value: '2021-10-27T13:02:05.250+00:00', matched: '2021-10-27T13:02:05.250Z' }],
    ['published 2021-10-27T13:02+0000 by', { value: '2021-10-27T13:02+00:00', matched: '2021-10-27T13:02+0000' }],
    ['2021-10-28 12:58 Putin will hold a meeting', { value: '2021-10-28T12:58', matched: '2021-10-28 12:58' }],
    ['2021-10-27T13:02 GMT', { value: '2021-10-27T13:02+00:00', matched: '2021-10-27T13:02 GMT' }],
    // time first, then the date
    [
      '09:41 GMT 14.03.2022 (Updated: 10:05 GMT 14.03.2022)',
      { value: '2022-03-14T09:41+00:00', matched: '09:41 GMT 14.03.2022' },
    ],
    ['15:39 27.02.2026', { value: '2026-02-27T15:39', matched: '15:39 27.02.2026' }],
    ['10:56 22.10.2021', { value: '2021-10-22T10:56', matched: '10:56 22.10.2021' }],
    ['9:05 MSK 22.10.2021', { value: '2021-10-22T09:05+03:00', matched: '9:05 MSK 22.10.2021' }],
    ['10:00 GMT+3 25.11.2021', { value: '2021-11-25T10:00+03:00', matched: '10:00 GMT+3 25.11.2021' }],
    ['10:00 UTC+05:30, 25.11.2021', { value: '2021-11-25T10:00+05:30', matched: '10:00 UTC+05:30, 25.11.2021' }],
    ['13:50, 21 сентября 2025', { value: '2025-09-21T13:50', matched: '13:50, 21 сентября 2025' }],
    // date first, then the time
    ['16 Nov, 2021 17:21', { value: '2021-11-16T17:21', matched: '16 Nov, 2021 17:21' }],
    ['October 27, 2021, 22:00', { value: '2021-10-27T22:00', matched: 'October 27, 2021, 22:00' }],
    ['21 сентября 2025, 13:50', { value: '2025-09-21T13:50', matched: '21 сентября 2025, 13:50' }],
    ['25 сентября 2021 года, 09:57', { value: '2021-09-25T09:57', matched: '25 сентября 2021 года, 09:57' }],
    [
      'Some Author 6 minutes ago Sun 31st May 2020 | 04:30 PM',
      { value: '2020-05-31T16:30', matched: 'Sun 31st May 2020 | 04:30 PM' },
    ],
    [
      'Agency | Updated: 12-03-2022 08:47 IST | Created: 12-03-2022 08:10 IST',
      { value: '2022-03-12T08:47+05:30', matched: '12-03-2022 08:47 IST' },
    ],
    [
      'the region, officials saidJane DoeFriday 22 October 2021 09:25 comments Article bookmarked',
      { value: '2021-10-22T09:25', matched: '22 October 2021 09:25' },
    ],
    [
      'Статья о деньгах до зарплаты 25 сентября 2021, 09:57 Текст: Иван Иванов',
      { value: '2021-09-25T09:57', matched: '25 сентября 2021, 09:57' },
    ],
    ['Friday, 22 October 2021 09:25', { value: '2021-10-22T09:25', matched: 'Friday, 22 October 2021 09:25' }],
    ['25.11.2021 17:12', { value: '2021-11-25T17:12', matched: '25.11.2021 17:12' }],
    ['11/21/2021 10:00', { value: '2021-11-21T10:00', matched: '11/21/2021 10:00' }],
    ['Nov 16, 2021 • 10:00 am', { value: '2021-11-16T10:00', matched: 'Nov 16, 2021 • 10:00 am' }],
    ['Nov 16, 2021 - 12:15 a.m.', { value: '2021-11-16T00:15', matched: 'Nov 16, 2021 - 12:15 a.m.' }],
    ['Nov 16, 2021 12:15 PM EST', { value: '2021-11-16T12:15-05:00', matched: 'Nov 16, 2021 12:15 PM EST' }],
    ['Nov 16, 2021 1:05pm', { value: '2021-11-16T13:05', matched: 'Nov 16, 2021 1:05pm' }],
    ['16 Nov 2021 17:21:09 CET', { value: '2021-11-16T17:21:09+01:00', matched: '16 Nov 2021 17:21:09 CET' }],
    ['16 Nov 2021 17:21 CEST', { value: '2021-11-16T17:21+02:00', matched: '16 Nov 2021 17:21 CEST' }],
    ['16 Nov 2021 17:21 EET', { value: '2021-11-16T17:21+02:00', matched: '16 Nov 2021 17:21 EET' }],
    ['16 Nov 2021 17:21 EEST', { value: '2021-11-16T17:21+03:00', matched: '16 Nov 2021 17:21 EEST' }],
    ['16 Nov 2021 17:21 BST', { value: '2021-11-16T17:21+01:00', matched: '16 Nov 2021 17:21 BST' }],
    ['16 Nov 2021 17:21 EDT', { value: '2021-11-16T17:21-04:00', matched: '16 Nov 2021 17:21 EDT' }],
    ['16 Nov 2021 17:21 PST', { value: '2021-11-16T17:21-08:00', matched: '16 Nov 2021 17:21 PST' }],
    ['16 Nov 2021 17:21 PDT', { value: '2021-11-16T17:21-07:00', matched: '16 Nov 2021 17:21 PDT' }],
    ['16 Nov 2021 17:21 UTC', { value: '2021-11-16T17:21+00:00', matched: '16 Nov 2021 17:21 UTC' }],
    ['16 Nov 2021 17:21 est', { value: '2021-11-16T17:21', matched: '16 Nov 2021 17:21' }],
    ['16 Nov 2021 17:21 Updated', { value: '2021-11-16T17:21', matched: '16 Nov 2021 17:21' }],
    ['29 February 2020 00:00', { value: '2020-02-29T00:00', matched: '29 February 2020 00:00' }],
    // the first clock time with its own date wins
    ['12:41 then 2021-11-02T10:00 and 2021-11-03T11:00', { value: '2021-11-02T10:00', matched: '2021-11-02T10:00' }],
    ['ratio 3:15 in 16 Nov 2021 17:21', { value: '2021-11-16T17:21', matched: '16 Nov 2021 17:21' }],
    // a time between two dates belongs to the one before it
    ['25.11.2021 17:12 26.11.2021', { value: '2021-11-25T17:12', matched: '25.11.2021 17:12' }],
    // Ukrainian months, a one-digit 12-hour time
    ['3 березня 2024, 08:15', { value: '2024-03-03T08:15', matched: '3 березня 2024, 08:15' }],
    ['October 12, 2022 4:05 pm', { value: '2022-10-12T16:05', matched: 'October 12, 2022 4:05 pm' }],
    // one joining word between the date and its time
    ['publié par Radio Exemple • 14/03/2022 à 09:12', { value: '2022-03-14T09:12', matched: '14/03/2022 à 09:12' }],
    ['14.03.2022 um 09:12 Uhr', { value: '2022-03-14T09:12', matched: '14.03.2022 um 09:12' }],
    ['14 marzo 2022 alle 09:12', { value: '2022-03-14T09:12', matched: '14 marzo 2022 alle 09:12' }],
    ['14 марта 2022 в 09:12', { value: '2022-03-14T09:12', matched: '14 марта 2022 в 09:12' }],
    ['3 березня 2024 о 08:15', { value: '2024-03-03T08:15', matched: '3 березня 2024 о 08:15' }],
    // a zone note in parentheses: every word a zone, all agreeing
    ['5 Mar 2024 14:30 (UTC+3 MSK)', { value: '2024-03-05T14:30+03:00', matched: '5 Mar 2024 14:30 (UTC+3 MSK)' }],
    ['5 Mar 2024 14:30 (MSK)', { value: '2024-03-05T14:30+03:00', matched: '5 Mar 2024 14:30 (MSK)' }],
    ['5 Mar 2024 14:30 (GMT+05:30)', { value: '2024-03-05T14:30+05:30', matched: '5 Mar 2024 14:30 (GMT+05:30)' }],
    ['5 Mar 2024 2:30 pm (UTC)', { value: '2024-03-05T14:30+00:00', matched: '5 Mar 2024 2:30 pm (UTC)' }],
    // a note with other words gives no offset, and none is invented
    ['5 Mar 2024 14:30 (Moscow time)', { value: '2024-03-05T14:30', matched: '5 Mar 2024 14:30' }],
  ];
  it.each(table)('%j', (text, expected) => {
    const match = findTimestamp(text);
    expect(match).not.toBeNull();
    expect(match?.value).toBe(expected.value);
    expect(match?.date).toBe(expected.value.slice(0, 10));
    expect(match?.repaired).toBe(expected.repaired ?? false);
    expect(text.slice(match?.start, match?.end)).toBe(expected.matched);
    expect(match?.start).toBe(text.indexOf(expected.matched));
  });
});

describe('findTimestamp: not found', () => {
  const table: readonly string[] = [
    '',
    '2021-10-16',
    '27.02.2026',
    'Nov 16, 2021  •  38 minutes ago  •  1 minute read',
    'Reuters 01 Dec 2021',
    'Wednesday, 2 September 2020 ()',
    '2026',
    '12:41',
    '10:34am: Headline of a live blog entry',
    '2021-13-01T10:00',
    '2021-02-30T10:00',
    '2021-11-02T24:00',
    '2021-11-02T10:60',
    '2021-11-02T10:00+99:00',
    '10:00 GMT+99 25.11.2021',
    '25:61',
    '25:61 25.11.2021',
    '16 Nov 2021 24:00',
    '16 Nov 2021 13:00 PM',
    '16 Nov 2021 0:30 AM',
    '12:22 GMT04 November 2020',
    '12:22 IST04 November 2020',
    'on 17 October at 7:35 a.m. Moscow time (4:35 a.m. GMT).',
    'October 27, 2021 at 22:00',
    '14/03/2022 à09:12',
    '14/03/2022 et 09:12',
    '14/03/2022 à à 09:12',
    '5 Mar 2024 14:30 (UTC+2 MSK)',
    '5 Mar 2024 14:30 (MSK EET)',
    // no year and no reference
    '5 Mar. 14:30 (UTC+3 MSK)',
    '16 Nov 17:21',
    'Nov 16 17:21',
    '16 Nov, 2021 17:21:9',
    '16 Nov, 2021 17:2',
    '16 Nov, 2021 117:21',
    '16 Nov, 2021 17:210',
    '16 Nov, 2021 17:21comments',
    '16 Nov, 2021 T17:21',
    '16 Nov, 2021 , , 17:21',
    '16 Nov, 2021                    17:21',
    '15: 39 27.02.2026',
    '15:39 27.02.2026.5',
    '1015:39 27.02.2026',
    '15:39 2021',
    'https://cdn.example.com/images/1755183297_0:151:3072:1879_1920x0.jpg',
    'a:b:c::: 2021-11-02',
    '2021-11-02T',
    '20211102T10:00',
  ];
  it.each(table)('%j → null', (text) => {
    expect(findTimestamp(text)).toBeNull();
  });
});

describe('normalizeTimestamp', () => {
  const table: readonly (readonly [string, string | null])[] = [
    ['2021-11-21T11: 02', '2021-11-21T11:02'],
    ['2021-10-27T13:02+0000', '2021-10-27T13:02+00:00'],
    ['2022-01-31T20:16:00+03:00', '2022-01-31T20:16:00+03:00'],
    ['  2022-01-31T20:16:00+03:00\n', '2022-01-31T20:16:00+03:00'],
    ['15:39 27.02.2026', '2026-02-27T15:39'],
    ['17:12 GMT 25.11.2021', '2021-11-25T17:12+00:00'],
    ['16 Nov, 2021 17:21', '2021-11-16T17:21'],
    ['October 27, 2021, 22:00', '2021-10-27T22:00'],
    ['21 сентября 2025, 13:50', '2025-09-21T13:50'],
    ['Sun 31st May 2020 | 04:30 PM', '2020-05-31T16:30'],
    ['Wed., 3 Nov 2021 09:15 EDT', '2021-11-03T09:15-04:00'],
    ['2. November 2021, 14:05', '2021-11-02T14:05'],
    ['09:15 Wed., 3 Nov 2021', '2021-11-03T09:15'],
    // The weekday names another day: no timestamp is better than a doubtful one.
    ['Thu., 3 Nov 2021 09:15', null],
    ['09:15 Thu 3 Nov 2021', null],
    ['23-10-2021 19:24 IST', '2021-10-23T19:24+05:30'],
    ['Friday 22 October 2021 09:25', '2021-10-22T09:25'],
    ['\u00a02021-10-28 12:58\u00a0', '2021-10-28T12:58'],
    // whole string only
    ['09:41 GMT 14.03.2022 (Updated: 10:05 GMT 14.03.2022)', null],
    ['Some Author 6 minutes ago Sun 31st May 2020 | 04:30 PM', null],
    ['Agency | Updated: 12-03-2022 08:47 IST', null],
    ['Updated: 16 Nov, 2021 17:21', null],
    ['16 Nov, 2021 17:21 comments', null],
    ['2021-10-28 12:58 Putin', null],
    ['', null],
    ['2021-10-16', null],
    ['12:41', null],
    ['2021-13-01T10:00', null],
    ['12:22 GMT04 November 2020', null],
  ];
  it.each(table)('%j → %s', (raw, expected) => {
    expect(normalizeTimestamp(raw)).toBe(expected);
  });

  it('throws a TypeError for a non-string argument', () => {
    for (const bad of [undefined, null, 1635339720000, new Date(0), {}]) {
      expect(() => normalizeTimestamp(bad as unknown as string)).toThrow(TypeError);
      expect(() => findTimestamp(bad as unknown as string)).toThrow(TypeError);
    }
  });
});

describe('timestamps: properties', () => {
  const pieces = fc.constantFrom(
    '2021', '-', '11', '02', 'T', ':', ': ', '13', '59', '+0000', '+03:00', 'Z', ' ', ', ', ' | ',
    'GMT', 'GMT04', 'IST', 'PM', 'a.m.', '25.11.2021', 'Nov', '16', 'сентября', 'года', 'Sun', '31st', 'May',
    '1', '7', '\u00a0', 'x',
  );
  const timestampLike = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));
  const anyText = fc.oneof(fc.string({ unit: 'binary' }), timestampLike);

  it('never throws; matches lie inside the text and have the ISO shape', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const match = findTimestamp(text);
        if (match === null) return;
        expect(match.value).toMatch(ISO_TIMESTAMP_SHAPE);
        expect(match.value.startsWith(`${match.date}T`)).toBe(true);
        expect(match.start).toBeGreaterThanOrEqual(0);
        expect(match.end).toBeGreaterThan(match.start);
        expect(match.end).toBeLessThanOrEqual(text.length);
        // The matched text alone is the same timestamp, unless its weekday names another day,
        // which normalizeTimestamp refuses (`Sun 25.11.2021 13:25`: the 25th was a Thursday).
        expect(normalizeTimestamp(text.slice(match.start, match.end))).toBe(match.weekdayMismatch ? null : match.value);
      }),
      { numRuns: 3000 },
    );
  });

  it('normalizeTimestamp never throws, returns null or the ISO shape, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = normalizeTimestamp(raw);
        if (once === null) return;
        expect(once).toMatch(ISO_TIMESTAMP_SHAPE);
        expect(normalizeTimestamp(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back every timestamp it writes', () => {
    const two = (n: number): string => String(n).padStart(2, '0');
    const written = fc
      .record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.option(fc.integer({ min: 0, max: 59 })),
        offset: fc.constantFrom('', '+00:00', '+03:00', '-05:00', '+05:30'),
      })
      .map(
        ({ year, month, day, hour, minute, second, offset }) =>
          `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}${second === null ? '' : `:${two(second)}`}${offset}`,
      );
    fc.assert(
      fc.property(written, (iso) => {
        expect(normalizeTimestamp(iso)).toBe(iso);
      }),
    );
  });
});

describe('findTimestamp: long lines', () => {
  it('finds a timestamp at the end of a long line full of near misses', () => {
    const noise = '12:41 x 2021 Nov 16, 2021 • 1:1 0:151:3072 GMT04 '.repeat(4000);
    const text = `${noise}16 Nov, 2021 17:21`;
    const match = findTimestamp(text);
    expect(match?.value).toBe('2021-11-16T17:21');
    expect(match?.start).toBe(noise.length);
  });

  it('handles long runs of blanks, digits and letters without a match', () => {
    for (const text of [
      `2021-11-02${' '.repeat(100_000)}10:00`,
      `${'1'.repeat(100_000)}:00 25.11.2021`,
      `10:00 ${'a'.repeat(100_000)}`,
      ':'.repeat(100_000),
    ]) {
      expect(findTimestamp(text)).toBeNull();
    }
  });
});

describe('findTimestamp: a stamp without a year', () => {
  const table: readonly (readonly [string, string, Expected & { readonly start?: number }])[] = [
    ['5 Mar. 14:30 (UTC+3 MSK)', '2024-03-05', { value: '2024-03-05T14:30+03:00', matched: '5 Mar. 14:30 (UTC+3 MSK)' }],
    ['Mar 5, 14:30', '2024-03-05', { value: '2024-03-05T14:30', matched: 'Mar 5, 14:30' }],
    ['Agency | 5 Mar 14:30 GMT', '2024-03-05', { value: '2024-03-05T14:30+00:00', matched: '5 Mar 14:30 GMT' }],
    ['Updated: 5 Mar 14:30', '2024-03-06', { value: '2024-03-05T14:30', matched: '5 Mar 14:30' }],
    // the year as for a dateline: no more than a day after the reference
    ['31 Dec 23:50', '2022-01-01', { value: '2021-12-31T23:50', matched: '31 Dec 23:50' }],
    ['1 Jan 00:10', '2021-12-31', { value: '2022-01-01T00:10', matched: '1 Jan 00:10' }],
    ['5 Mar 14:30', '2024-03', { value: '2024-03-05T14:30', matched: '5 Mar 14:30' }],
  ];
  it.each(table)('%j under %s', (text, reference, expected) => {
    const match = findTimestamp(text, { reference });
    expect(match).toMatchObject({ value: expected.value, date: expected.value.slice(0, 10), yearInferred: true, repaired: false });
    expect(text.slice(match?.start, match?.end)).toBe(expected.matched);
  });

  it.each([
    // inside a sentence, or joined by a word: weaker evidence than a stamp with its year
    'on 17 October at 7:35 a.m. Moscow time.',
    'The talks began on 5 March 14:30 local time.',
    '5 Mar à 14:30',
    // a day that no candidate year has
    '30 Feb 14:30',
  ])('%j is no stamp, even with a reference', (text) => {
    expect(findTimestamp(text, { reference: '2024-03-05' })).toBeNull();
  });

  it('reads a written year before the reference, and says it was written', () => {
    expect(findTimestamp('5 Mar 14:30 | 6 Mar 2024', { reference: '2020-01-01' })).toMatchObject({ value: '2024-03-06T14:30', yearInferred: false });
    expect(findTimestamp('2024-03-05T14:30', { reference: '2020-01-01' })).toMatchObject({ value: '2024-03-05T14:30', yearInferred: false });
  });

  it('throws on misuse: TypeError for a wrong option, RangeError for a reference that is no real date', () => {
    expect(() => findTimestamp('5 Mar 14:30', { reference: 20240305 as unknown as string })).toThrow(TypeError);
    expect(() => findTimestamp('5 Mar 14:30', { year: 2024 } as unknown as { reference: string })).toThrow(TypeError);
    expect(() => findTimestamp('5 Mar 14:30', { reference: '2024-02-30' })).toThrow(RangeError);
  });
});

describe('findTimestamp and the weekday written with the date', () => {
  it('says whether the weekday names the date, before or after the time', () => {
    expect(findTimestamp('Wed., 3 Nov 2021 09:15')?.weekdayMismatch).toBe(false);
    expect(findTimestamp('Thu., 3 Nov 2021 09:15')).toMatchObject({ value: '2021-11-03T09:15', start: 0, weekdayMismatch: true });
    expect(findTimestamp('09:15 Thu 3 Nov 2021')).toMatchObject({ value: '2021-11-03T09:15', weekdayMismatch: true });
    expect(findTimestamp('2021-11-03T09:15')?.weekdayMismatch).toBe(false);
  });
});
