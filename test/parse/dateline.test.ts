import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/index.js';
import { isReferenceDate, readOptions } from '../../src/internal/options.js';
import { fullDayReference } from '../../src/parse/dateline.js';

// Each style of dateline the format shows, with the text that follows it.
const styles: [string, string | undefined, { raw: string; place: string | null; agency: string | null; date: string | null; yearInferred: boolean }][] = [
  ['MOSCOW, November 2 – RIA Novosti. In relations …', '2021-11-02', { raw: 'MOSCOW, November 2 – RIA Novosti.', place: 'MOSCOW', agency: 'RIA Novosti', date: '2021-11-02', yearInferred: true }],
  ['NOVOSIBIRSK, 25 Nov – RIA Novosti. In the mine …', '2021-11-25', { raw: 'NOVOSIBIRSK, 25 Nov – RIA Novosti.', place: 'NOVOSIBIRSK', agency: 'RIA Novosti', date: '2021-11-25', yearInferred: true }],
  ['GLASGO, November 2 – RIA Novosti. The prime minister …', '2021-11-02', { raw: 'GLASGO, November 2 – RIA Novosti.', place: 'GLASGO', agency: 'RIA Novosti', date: '2021-11-02', yearInferred: true }],
  ['МОСКВА, 27 фев - РИА Новости. Официальный …', '2026-02-27', { raw: 'МОСКВА, 27 фев - РИА Новости.', place: 'МОСКВА', agency: 'РИА Новости', date: '2026-02-27', yearInferred: true }],
  ['MOSCOW (RIA Novosti): The ambassador …', '2021-12-28', { raw: 'MOSCOW (RIA Novosti):', place: 'MOSCOW', agency: 'RIA Novosti', date: null, yearInferred: false }],
  ['MOSCOW (Sputnik) - The harbour is reopening …', undefined, { raw: 'MOSCOW (Sputnik) -', place: 'MOSCOW', agency: 'Sputnik', date: null, yearInferred: false }],
  ['Moscow (Sputnik) – Another group …', undefined, { raw: 'Moscow (Sputnik) –', place: 'Moscow', agency: 'Sputnik', date: null, yearInferred: false }],
  ['MOSCOW (UrduPoint News / Sputnik - 23rd October, 2021) Moldova is …', undefined, { raw: 'MOSCOW (UrduPoint News / Sputnik - 23rd October, 2021)', place: 'MOSCOW', agency: 'UrduPoint News / Sputnik', date: '2021-10-23', yearInferred: false }],
  ['CAIRO, October 15. /TASS/. Egypt and …', '2021-10-16', { raw: 'CAIRO, October 15. /TASS/.', place: 'CAIRO', agency: 'TASS', date: '2021-10-15', yearInferred: true }],
  ['MOSCOW, November 1. / TASS /. The authorities …', '2021-11-02', { raw: 'MOSCOW, November 1. / TASS /.', place: 'MOSCOW', agency: 'TASS', date: '2021-11-01', yearInferred: true }],
  ['MOSCOW. Sept 19 (Interfax) - Voting ends …', '2021-09-19', { raw: 'MOSCOW. Sept 19 (Interfax) -', place: 'MOSCOW', agency: 'Interfax', date: '2021-09-19', yearInferred: true }],
  ['LONDON (Reuters) - Shipping firms …', undefined, { raw: 'LONDON (Reuters) -', place: 'LONDON', agency: 'Reuters', date: null, yearInferred: false }],
  ['March 16 - BLiTZ. Kremlin spokesman …', '2023-03-16', { raw: 'March 16 - BLiTZ.', place: null, agency: 'BLiTZ', date: '2023-03-16', yearInferred: true }],
  ['YEREVAN, NOVEMBER 16, ARMENPRESS. The minister …', '2021-11-16', { raw: 'YEREVAN, NOVEMBER 16, ARMENPRESS.', place: 'YEREVAN', agency: 'ARMENPRESS', date: '2021-11-16', yearInferred: true }],
  ['New Delhi, Nov 26 (PTI) A new harbour …', '2021-11-26', { raw: 'New Delhi, Nov 26 (PTI)', place: 'New Delhi', agency: 'PTI', date: '2021-11-26', yearInferred: true }],
  ['Roma, 23 nov. (LaPresse) – La Russia …', '2021-11', { raw: 'Roma, 23 nov. (LaPresse) –', place: 'Roma', agency: 'LaPresse', date: '2021-11-23', yearInferred: true }],
  ['MOSCOW — Russia confirmed on Tuesday …', undefined, { raw: 'MOSCOW —', place: 'MOSCOW', agency: null, date: null, yearInferred: false }],
  ['RIGA: US Secretary of State …', undefined, { raw: 'RIGA:', place: 'RIGA', agency: null, date: null, yearInferred: false }],
  ['WASHINGTON – The race remains …', undefined, { raw: 'WASHINGTON –', place: 'WASHINGTON', agency: null, date: null, yearInferred: false }],
  ['(RFE/RL) -- The German government …', undefined, { raw: '(RFE/RL) --', place: null, agency: 'RFE/RL', date: null, yearInferred: false }],
  ['WASHINGTON, November 2 – RIA Novosti, Kirill Rogov. The talks …', '2021-11-02', { raw: 'WASHINGTON, November 2 – RIA Novosti, Kirill Rogov.', place: 'WASHINGTON', agency: 'RIA Novosti', date: '2021-11-02', yearInferred: true }],
  ['Москва. 2 ноября. INTERFAX.RU - Власти …', '2021-11-02', { raw: 'Москва. 2 ноября. INTERFAX.RU -', place: 'Москва', agency: 'INTERFAX.RU', date: '2021-11-02', yearInferred: true }],
  ['BEIJING, Nov. 2 (Xinhua) -- China said …', '2021-11-03', { raw: 'BEIJING, Nov. 2 (Xinhua) --', place: 'BEIJING', agency: 'Xinhua', date: '2021-11-02', yearInferred: true }],
  ['ISLAMABAD, (UrduPoint / Pakistan Point News - 01st Nov, 2021) :The federal …', undefined, { raw: 'ISLAMABAD, (UrduPoint / Pakistan Point News - 01st Nov, 2021) :', place: 'ISLAMABAD', agency: 'UrduPoint / Pakistan Point News', date: '2021-11-01', yearInferred: false }],
  ['KYIV, Ukraine (AP) — Officials said …', undefined, { raw: 'KYIV, Ukraine (AP) —', place: 'KYIV, Ukraine', agency: 'AP', date: null, yearInferred: false }],
  ['UNITED NATIONS (AP) — The council …', undefined, { raw: 'UNITED NATIONS (AP) —', place: 'UNITED NATIONS', agency: 'AP', date: null, yearInferred: false }],
  ['Київ, 16 листопада – УНІАН. Уряд …', '2021-11-16', { raw: 'Київ, 16 листопада – УНІАН.', place: 'Київ', agency: 'УНІАН', date: '2021-11-16', yearInferred: true }],
  ['ST. PETERSBURG, June 3 – RIA Novosti. The forum …', '2021-06-03', { raw: 'ST. PETERSBURG, June 3 – RIA Novosti.', place: 'ST. PETERSBURG', agency: 'RIA Novosti', date: '2021-06-03', yearInferred: true }],
  // Places with a qualifier: an abbreviated first word, two places joined by a slash.
  ['ST. PETERSBURG, June 3. /TASS/. The forum …', '2021-06-03', { raw: 'ST. PETERSBURG, June 3. /TASS/.', place: 'ST. PETERSBURG', agency: 'TASS', date: '2021-06-03', yearInferred: true }],
  ['St. Petersburg - The forum opened …', undefined, { raw: 'St. Petersburg -', place: 'St. Petersburg', agency: null, date: null, yearInferred: false }],
  ['KAZAN/SAMARA – Both cities …', undefined, { raw: 'KAZAN/SAMARA –', place: 'KAZAN/SAMARA', agency: null, date: null, yearInferred: false }],
  // The agency in parentheses after the date, any dash or none.
  ['TEHRAN, Jan. 4 (MNA) – Iran and Iraq …', '2022-01-04', { raw: 'TEHRAN, Jan. 4 (MNA) –', place: 'TEHRAN', agency: 'MNA', date: '2022-01-04', yearInferred: true }],
  ['Tehran, Jan. 4 (IRNA) - Iran and Iraq …', '2022-01-04', { raw: 'Tehran, Jan. 4 (IRNA) -', place: 'Tehran', agency: 'IRNA', date: '2022-01-04', yearInferred: true }],
  ['BEIJING, March 2 (Xinhua) — China said …', '2022-03-03', { raw: 'BEIJING, March 2 (Xinhua) —', place: 'BEIJING', agency: 'Xinhua', date: '2022-03-02', yearInferred: true }],
  // A place with a bare separator: agency null.
  ['KAZAN • The city council …', undefined, { raw: 'KAZAN •', place: 'KAZAN', agency: null, date: null, yearInferred: false }],
  ['KAZAN | The city council …', undefined, { raw: 'KAZAN |', place: 'KAZAN', agency: null, date: null, yearInferred: false }],
  ['Torino - Il nuovo ponte …', undefined, { raw: 'Torino -', place: 'Torino', agency: null, date: null, yearInferred: false }],
  ['Madrid – El Gobierno …', undefined, { raw: 'Madrid –', place: 'Madrid', agency: null, date: null, yearInferred: false }],
  ['Berlin/Potsdam | Die Landesregierung …', undefined, { raw: 'Berlin/Potsdam |', place: 'Berlin/Potsdam', agency: null, date: null, yearInferred: false }],
  ['New York • The city …', undefined, { raw: 'New York •', place: 'New York', agency: null, date: null, yearInferred: false }],
  // An outlet alone before the separator is the agency.
  ['Reuters – The talks …', undefined, { raw: 'Reuters –', place: null, agency: 'Reuters', date: null, yearInferred: false }],
  ['AP — The council …', undefined, { raw: 'AP —', place: null, agency: 'AP', date: null, yearInferred: false }],
  ['ANSA | Il governo …', undefined, { raw: 'ANSA |', place: null, agency: 'ANSA', date: null, yearInferred: false }],
  ['عمون | افتتحت البلدية جسرا', undefined, { raw: 'عمون |', place: null, agency: 'عمون', date: null, yearInferred: false }],
  // Without capitals, another name may be a place or an outlet: neither is filled.
  ['المدينة الخضراء • افتتحت البلدية', undefined, { raw: 'المدينة الخضراء •', place: null, agency: null, date: null, yearInferred: false }],
];

describe('parseDateline', () => {
  it.each(styles)('reads %s', (text, reference, expected) => {
    expect(parseDateline(text, reference === undefined ? {} : { reference })).toEqual(expected);
  });

  it('keeps a doubled dateline whole and takes its parts from the first', () => {
    const d = parseDateline('PETROPAVLOVSK-KAMCHATSKIY (UrduPoint News / Sputnik - 12th June, 2020) KAMCHATSKIY, June 12 (Sputnik) - The port will …');
    expect(d).toEqual({
      raw: 'PETROPAVLOVSK-KAMCHATSKIY (UrduPoint News / Sputnik - 12th June, 2020) KAMCHATSKIY, June 12 (Sputnik) -',
      place: 'PETROPAVLOVSK-KAMCHATSKIY',
      agency: 'UrduPoint News / Sputnik',
      date: '2020-06-12',
      yearInferred: false,
    });
  });

  it.each([
    ['December 31 under 2022-01-01 is the day before', 'MOSCOW, December 31 – RIA Novosti. Text.', '2022-01-01', '2021-12-31'],
    ['January 1 under 2021-12-31 is the day after', 'MOSCOW, January 1 – RIA Novosti. Text.', '2021-12-31', '2022-01-01'],
    ['a day two days ahead belongs to last year', 'MOSCOW, June 5 – RIA Novosti. Text.', '2021-06-03', '2020-06-05'],
    ['a month-only reference counts as its last day', 'Roma, 30 nov. (LaPresse) – Testo.', '2021-11', '2021-11-30'],
    ['29 February goes to the nearest leap year before', 'MOSCOW, February 29 – RIA Novosti. Text.', '2021-03-01', '2020-02-29'],
  ])('resolves the year: %s', (_why, text, reference, date) => {
    expect(parseDateline(text, { reference })?.date).toBe(date);
  });

  it('leaves the date null without a reference, and says the year was not inferred', () => {
    expect(parseDateline('MOSCOW, November 2 – RIA Novosti. Text.')).toMatchObject({ date: null, yearInferred: false });
  });

  it.each([
    'NATO - the alliance said nothing',
    'NATO: Russia must withdraw, the alliance said.',
    'US: The talks will go on, officials said.',
    'MOSCOW, Russia said on Monday that talks would go on.',
    'LIVE: Mayor holds annual press conference in Kazan',
    'BREAKING: Earthquake hits the coast',
    'Moscow will launch electric ferries next summer.',
    'The talks in Geneva (Switzerland) ended without a deal.',
    'MOSCOW',
    'B.At least six people were killed.',
    '',
    'In 2021, the city grew.',
    // Bylines: an agency and a section, a time, a date; an agency and a label.
    'AFP EUROPE',
    'AFP EUROPE The border will reopen.',
    '(Xinhua) 09:20, March 3, 2022',
    'Sputnik 03.04.2023',
    'Reuters | Updated: 23-10-2021 20:41 IST',
    // Kickers in any case, lower case after the separator, a colon after a capitalised word.
    'Live – Mayor holds annual press conference',
    'Update | The bridge is closed',
    'Kazan - the city said nothing',
    'Putin: The talks will go on.',
    'EU – The talks will go on.',
    // A separator glued to the place, or a dash in text without capitals.
    'KAZAN•The council met.',
    'KAZAN |The council met.',
    'المدينة - افتتحت البلدية',
    'المدينة |',
  ])('finds no dateline in %j', (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it('throws on misuse: TypeError for a wrong type, RangeError for a reference that is no real date', () => {
    expect(() => parseDateline(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseDateline('MOSCOW (Sputnik) - x', { reference: 20211102 as unknown as string })).toThrow(TypeError);
    for (const reference of ['yesterday', '2021-13', '2021-00', '2021-02-30']) {
      expect(() => parseDateline('MOSCOW, May 2 – RIA Novosti. x', { reference })).toThrow(RangeError);
    }
  });

  it('reads a dateline day that does not exist, and resolves no date for it', () => {
    expect(parseDateline('SOCHI, February 30 – RIA Novosti. Text', { reference: '2021-03-01' })).toEqual({
      raw: 'SOCHI, February 30 – RIA Novosti.',
      place: 'SOCHI',
      agency: 'RIA Novosti',
      date: null,
      yearInferred: false,
    });
  });
});

/** Strings shaped like a reference date, most of them nearly right: the fast path's edge. */
const referenceLike = fc.oneof(
  fc.date({ min: new Date('0999-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.stringMatching(/^[\d\u0660-\u0669+ .-]{7,11}$/),
  fc.constantFrom('2021-02-29', '2024-02-29', '2021-11', '2021-11-02 ', '+021-11-02', '2021-1-02', '2021-11-0٢', '２０２１-11-02', ''),
);

describe('parseDateline: the full-day reference fast path', () => {
  const general = (options: unknown): unknown => readOptions('parseDateline', options, { reference: isReferenceDate }).reference ?? null;
  const generalOrError = (options: unknown): unknown => {
    try {
      return general(options);
    } catch (error) {
      return error instanceof Error ? error.name : 'thrown';
    }
  };

  it('gives the general check’s day wherever it answers', () => {
    fc.assert(
      fc.property(
        referenceLike,
        fc.constantFrom('plain', 'extra key', 'array', 'undefined value', 'null prototype'),
        (reference, shape) => {
          const options =
            shape === 'plain' ? { reference }
            : shape === 'extra key' ? { reference, other: 1 }
            : shape === 'array' ? Object.assign([], { reference })
            : shape === 'undefined value' ? { reference: undefined }
            : Object.assign(Object.create(null) as object, { reference });
          const fast = fullDayReference(options);
          if (fast !== null) expect(fast).toEqual(generalOrError(options));
        },
      ),
    );
  });

  it('answers for every real YYYY-MM-DD day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const options = { reference: d.toISOString().slice(0, 10) };
        expect(fullDayReference(options)).toEqual(general(options));
      }),
    );
  });
});
