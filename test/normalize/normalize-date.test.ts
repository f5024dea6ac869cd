import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDayMonth } from '../../src/internal/date-words.js';
import { normalizeDate, type NormalizeDateOptions } from '../../src/normalize/normalize-date.js';

// An ISO calendar date or year-month, e.g. `2021-11-02` or `2021-11`.
const ISO_DATE_SHAPE = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;

describe('normalizeDate: accepted forms', () => {
  const table: readonly (readonly [string, string])[] = [
    // ISO 8601
    ['2021-11-02', '2021-11-02'],
    ['2021-11', '2021-11'],
    ['20211102', '2021-11-02'],
    ['2020-02-29', '2020-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2021/11/02', '2021-11-02'],
    ['2021.11.02', '2021-11-02'],
    // dots and dashes: day first
    ['02.11.2021', '2021-11-02'],
    ['2.11.2021', '2021-11-02'],
    ['25.11.2021', '2021-11-25'],
    ['23-10-2021', '2021-10-23'],
    ['01-02-2021', '2021-02-01'],
    // slashes: month first by default, day first when the first number is over 12
    ['11/21/2021', '2021-11-21'],
    ['12/05/2021', '2021-12-05'],
    ['21/11/2021', '2021-11-21'],
    ['1/2/2021', '2021-01-02'],
    // month first
    ['November 2, 2021', '2021-11-02'],
    ['November 2 2021', '2021-11-02'],
    ['Nov. 2, 2021', '2021-11-02'],
    ['Nov 2, 2021', '2021-11-02'],
    ['Nov 16,2021', '2021-11-16'],
    ['Sept 19, 2022', '2022-09-19'],
    ['NOVEMBER 16, 2021', '2021-11-16'],
    ['November 2nd, 2021', '2021-11-02'],
    ['May 31, 2020', '2020-05-31'],
    // day first
    ['2 November 2021', '2021-11-02'],
    ['2 november 2021', '2021-11-02'],
    ['25 Nov 2021', '2021-11-25'],
    ['25 Nov, 2021', '2021-11-25'],
    ['01st November, 2021', '2021-11-01'],
    ['23rd October, 2021', '2021-10-23'],
    ['22nd October 2021', '2021-10-22'],
    ['31st May 2020', '2020-05-31'],
    ['31st May, 2020', '2020-05-31'],
    ['24th August, 2020', '2020-08-24'],
    // weekday in front
    ['Sunday, 31 May 2020', '2020-05-31'],
    // German writes the day as an ordinal with a dot; AP abbreviates the weekday with one.
    ['2. November 2021', '2021-11-02'],
    ['Dienstag, 2. November 2021', '2021-11-02'],
    ['Wed., 3 Nov 2021', '2021-11-03'],
    ['Wed., Nov. 3, 2021', '2021-11-03'],
    ['Wednesday, 2 September 2020', '2020-09-02'],
    ['Sun 31st May 2020', '2020-05-31'],
    ['Friday 22 October 2021', '2021-10-22'],
    ['Tuesday, November 2, 2021', '2021-11-02'],
    // Russian
    ['2 ноября 2021', '2021-11-02'],
    ['2 ноября 2021 года', '2021-11-02'],
    ['2 ноября 2021 г.', '2021-11-02'],
    ['2 ноября 2021 г', '2021-11-02'],
    ['2 ноября 2021г.', '2021-11-02'],
    ['21 сентября 2025', '2025-09-21'],
    ['27 фев 2026', '2026-02-27'],
    ['27 ФЕВРАЛЯ 2026', '2026-02-27'],
    ['воскресенье, 31 мая 2020', '2020-05-31'],
    // Italian, French, Spanish, German
    ['23 nov. 2021', '2021-11-23'],
    ['23 novembre 2021', '2021-11-23'],
    ['1er décembre 2021', '2021-12-01'],
    ['1 DÉCEMBRE 2021', '2021-12-01'],
    ['12 févr. 2022', '2022-02-12'],
    ['5 de enero de 2022', '2022-01-05'],
    ['5 enero 2022', '2022-01-05'],
    ['3 März 2022', '2022-03-03'],
    // month only
    ['November 2021', '2021-11'],
    ['Nov 2021', '2021-11'],
    ['Nov. 2021', '2021-11'],
    ['November, 2021', '2021-11'],
    ['ноябрь 2021', '2021-11'],
    ['ноябрь 2021 года', '2021-11'],
    ['enero de 2022', '2022-01'],
    // surrounding blanks
    ['  2021-11-02  ', '2021-11-02'],
    ['\u00a02 November 2021\u00a0', '2021-11-02'],
    ['\t02.11.2021\n', '2021-11-02'],
    ['2\u00a0November\u00a02021', '2021-11-02'],
    ['2  November   2021', '2021-11-02'],
  ];
  it.each(table)('%j → %s', (raw, expected) => {
    expect(normalizeDate(raw)).toBe(expected);
  });
});

describe('normalizeDate: rejects', () => {
  const table: readonly string[] = [
    // A weekday that names another day than the date makes the date doubtful.
    'Thu., 3 Nov 2021',
    'Montag, 2. November 2021',
    'Saturday, 31 May 2020',
    '',
    '   ',
    '2021',
    '2021-02-30',
    '2021-02-29',
    '1900-02-29',
    '2021-13-01',
    '2021-00-10',
    '2021-11-00',
    '2021-13',
    '2021-1',
    '31.04.2021',
    '30.02.2020',
    '32.01.2021',
    '13/13/2021',
    '02.11.21',
    '2021-11-02T10:00',
    '2021-11-02 10:00',
    '20211302',
    '2021110',
    '0999-01-01',
    'November 31, 2021',
    'February 29, 2021',
    '0 November 2021',
    '32 November 2021',
    '123 November 2021',
    '2 Novembre2021x',
    '2 Foo 2021',
    'Foo 2, 2021',
    'November',
    'Sunday',
    'Sunday,',
    '2 November 2021 foo',
    'on 2 November 2021',
    'MOSCOW, November 2 – RIA Novosti.',
    'November 2, 2021, 22:00',
    '2 November 2021.',
    'November 2x, 2021',
    '2.11.2021.',
    '02.11-2021',
    '2 ноября 2021 годы',
    // a year-less date without a reference
    'Nov. 2',
    '25 Nov',
    'November 2',
    '2 ноября',
    '27 фев',
  ];
  it.each(table)('%j → null', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });
});

describe('normalizeDate: slashOrder', () => {
  const table: readonly (readonly [string, NormalizeDateOptions['slashOrder'], string])[] = [
    ['11/02/2021', 'mdy', '2021-11-02'],
    ['11/02/2021', 'dmy', '2021-02-11'],
    ['11/21/2021', 'dmy', '2021-11-21'],
    ['21/11/2021', 'dmy', '2021-11-21'],
    ['21/11/2021', 'mdy', '2021-11-21'],
    ['05/12/2021', undefined, '2021-05-12'],
  ];
  it.each(table)('%j with %s → %s', (raw, slashOrder, expected) => {
    const options: NormalizeDateOptions = slashOrder === undefined ? {} : { slashOrder };
    expect(normalizeDate(raw, options)).toBe(expected);
  });
  it('never changes the order of dotted or dashed dates', () => {
    expect(normalizeDate('02.11.2021', { slashOrder: 'mdy' })).toBe('2021-11-02');
    expect(normalizeDate('02-11-2021', { slashOrder: 'mdy' })).toBe('2021-11-02');
  });
});

describe('normalizeDate: reference year', () => {
  const table: readonly (readonly [string, string, string | null])[] = [
    ['Nov. 2', '2021-11-02', '2021-11-02'],
    ['25 Nov', '2021-11-26', '2021-11-25'],
    ['November 2', '2021-11-02', '2021-11-02'],
    ['2 ноября', '2021-11-05', '2021-11-02'],
    ['27 фев', '2026-02-27', '2026-02-27'],
    ['23 nov.', '2021-11', '2021-11-23'],
    ['1er décembre', '2021-12-01', '2021-12-01'],
    ['5 de enero', '2022-01-05', '2022-01-05'],
    ['Sunday, 31 May', '2020-05-31', '2020-05-31'],
    // the year rolls back and forward by at most a day
    ['December 31', '2022-01-01', '2021-12-31'],
    ['January 1', '2021-12-31', '2022-01-01'],
    ['January 2', '2021-12-31', '2021-01-02'],
    ['November 3', '2021-11-02', '2021-11-03'],
    ['November 4', '2021-11-02', '2020-11-04'],
    ['December 31', '2021-12', '2021-12-31'],
    ['29 February', '2021-03-01', '2020-02-29'],
    // a written year wins over the reference
    ['2 November 2019', '2021-11-02', '2019-11-02'],
    ['02.11.2019', '2021-11-02', '2019-11-02'],
    // impossible days stay impossible
    ['31 April', '2021-11-02', null],
    ['30 February', '2021-03-01', null],
    ['February 29', '2022-06-01', null],
    ['November 2 foo', '2021-11-02', null],
  ];
  it.each(table)('%j under %s → %s', (raw, reference, expected) => {
    expect(normalizeDate(raw, { reference })).toBe(expected);
  });
});

describe('normalizeDate: misuse', () => {
  it('throws a TypeError for a non-string argument', () => {
    for (const bad of [undefined, null, 20211102, new Date(0), {}, ['2021-11-02']]) {
      expect(() => normalizeDate(bad as unknown as string)).toThrow(TypeError);
    }
  });
  it('throws a RangeError for a reference that is no real date, even when the date has a year', () => {
    for (const reference of ['', '2021-13-01', '2021-02-30', '2021-13', '2021-00', '02.11.2021', 'November 2021', '2021-11-02T10:00', '2021']) {
      expect(() => normalizeDate('2 November 2021', { reference })).toThrow(RangeError);
      expect(() => normalizeDate('Nov 2', { reference })).toThrow(RangeError);
    }
    expect(() => normalizeDate('Nov 2', { reference: 20211102 as unknown as string })).toThrow(TypeError);
  });
  it('throws a RangeError for an unknown slashOrder', () => {
    expect(() => normalizeDate('11/02/2021', { slashOrder: 'ymd' as unknown as 'mdy' })).toThrow(RangeError);
  });
});

describe('readDayMonth', () => {
  const table: readonly (readonly [string, number, { day: number; month: number; year: number | null; text: string } | null])[] = [
    ['MOSCOW, November 2 – RIA Novosti.', 8, { day: 2, month: 11, year: null, text: 'November 2' }],
    ['MOSCOW, November 16. /TASS/.', 8, { day: 16, month: 11, year: null, text: 'November 16' }],
    ['NOVOSIBIRSK, 25 Nov – RIA Novosti.', 13, { day: 25, month: 11, year: null, text: '25 Nov' }],
    ['New Delhi, Nov 26 (PTI)', 11, { day: 26, month: 11, year: null, text: 'Nov 26' }],
    ['Nov. 26 (PTI)', 0, { day: 26, month: 11, year: null, text: 'Nov. 26' }],
    ['Sept 19', 0, { day: 19, month: 9, year: null, text: 'Sept 19' }],
    ['YEREVAN, NOVEMBER 16, ARMENPRESS.', 9, { day: 16, month: 11, year: null, text: 'NOVEMBER 16' }],
    ['Roma, 23 nov. (LaPresse) –', 6, { day: 23, month: 11, year: null, text: '23 nov.' }],
    ['МОСКВА, 27 фев - РИА Новости.', 8, { day: 27, month: 2, year: null, text: '27 фев' }],
    ['2 ноября', 0, { day: 2, month: 11, year: null, text: '2 ноября' }],
    ['MOSCOW (UrduPoint News / Sputnik - 01st November, 2021)', 35, { day: 1, month: 11, year: 2021, text: '01st November, 2021' }],
    ['(Sputnik - 31st May, 2020)', 11, { day: 31, month: 5, year: 2020, text: '31st May, 2020' }],
    ['KAMCHATSKIY, May 31 (Sputnik) -', 13, { day: 31, month: 5, year: null, text: 'May 31' }],
    ['March 16 - BLiTZ.', 0, { day: 16, month: 3, year: null, text: 'March 16' }],
    ['Nov 16, 2021  •  38 minutes ago', 0, { day: 16, month: 11, year: 2021, text: 'Nov 16, 2021' }],
    ['Reuters 01 Dec 2021', 8, { day: 1, month: 12, year: 2021, text: '01 Dec 2021' }],
    ['on 25 November. Then', 3, { day: 25, month: 11, year: null, text: '25 November' }],
    ['5 de enero de 2022.', 0, { day: 5, month: 1, year: 2022, text: '5 de enero de 2022' }],
    ['29 February', 0, { day: 29, month: 2, year: null, text: '29 February' }],
    ['November 2, in', 0, { day: 2, month: 11, year: null, text: 'November 2' }],
    ['November 2, 20 people', 0, { day: 2, month: 11, year: null, text: 'November 2' }],
    // rejects
    ['November 2021', 0, null],
    ['November 32', 0, null],
    ['November 0', 0, null],
    // Without a year any day up to 31 is read; whether it exists is for the caller to say.
    ['30 February', 0, { day: 30, month: 2, year: null, text: '30 February' }],
    ['32 February', 0, null],
    ['31 April 2021', 0, null],
    ['February 29, 2021', 0, null],
    ['Novemberx 2', 0, null],
    ['Mayor 5', 0, null],
    ['25Nov', 0, null],
    ['Nov 2x', 0, null],
    ['123 Nov', 0, null],
    ['Nov 123', 0, null],
    ['November, 2', 0, null],
    ['MOSCOW, November 2', 7, null],
    ['Nov 2', 5, null],
    ['Nov 2', -1, null],
  ];
  it.each(table)('%j at %i', (text, at, expected) => {
    const result = readDayMonth(text, at);
    if (expected === null) {
      expect(result).toBeNull();
      return;
    }
    expect(result).not.toBeNull();
    expect({ day: result?.day, month: result?.month, year: result?.year }).toEqual({
      day: expected.day,
      month: expected.month,
      year: expected.year,
    });
    expect(text.slice(at, result?.end)).toBe(expected.text);
  });
});

describe('normalizeDate: properties', () => {
  it('never throws on any string, and returns null or an ISO date', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const result = normalizeDate(raw);
        expect(result === null || ISO_DATE_SHAPE.test(result)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on date-like strings, with or without a reference', () => {
    const pieces = fc.constantFrom(
      '2', '31', '02', '2021', '11', '.', '-', '/', ' ', ',', 'Nov', 'nov.', 'November', 'ноября', 'фев',
      'de', 'st', 'er', 'года', 'г.', 'Sunday', '\u00a0', 'T', ':',
    );
    const dateLike = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(dateLike, fc.constantFrom(undefined, '2021-11-02', '2022-01', '2020-02-29'), (raw, reference) => {
        const result = normalizeDate(raw, reference === undefined ? {} : { reference });
        expect(result === null || ISO_DATE_SHAPE.test(result)).toBe(true);
        if (result !== null) expect(normalizeDate(result)).toBe(result);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent on its outputs', () => {
    const months = ['January', 'Feb', 'März', 'avril', 'мая', 'June', 'июля', 'ago', 'Sept.', 'octobre', 'ноября', 'Dec'];
    const written = fc
      .tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...months), fc.integer({ min: 1000, max: 9999 }), fc.nat(3))
      .map(([day, month, year, shape]) =>
        [`${day} ${month} ${year}`, `${month} ${day}, ${year}`, `${day}.${(year % 12) + 1}.${year}`, `${month} ${year}`][shape] ?? '',
      );
    fc.assert(
      fc.property(written, (raw) => {
        const once = normalizeDate(raw);
        if (once !== null) expect(normalizeDate(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every valid ISO date back unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const daysInMonth = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
        expect(normalizeDate(iso)).toBe(d <= daysInMonth ? iso : null);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeDate: chrono-node as an oracle', () => {
  const monthNames = [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ];
  it('agrees with chrono on unambiguous `D Month YYYY` dates', () => {
    const dates = fc
      .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([year, month, day]) => ({ year, month, day, text: `${day} ${monthNames[month - 1] ?? ''} ${year}` }));
    fc.assert(
      fc.property(dates, ({ year, month, day, text }) => {
        const [parsed] = chrono.parse(text);
        // chrono's components are the written fields, so the comparison does not depend on TZ.
        expect(parsed?.text).toBe(text);
        const oracle = [parsed?.start.get('year'), parsed?.start.get('month'), parsed?.start.get('day')];
        expect(oracle).toEqual([year, month, day]);
        const ours = normalizeDate(text);
        expect(ours).not.toBeNull();
        expect(ours?.split('-').map(Number)).toEqual(oracle);
      }),
      { numRuns: 500 },
    );
  });
});
