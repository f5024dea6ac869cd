/**
 * Dateline behaviours the first mutation run (issue 13) found untested: the words that
 * stand where a place would but are not one, parentheses and `/…/` agencies at their
 * limits, and a day that a reference cannot complete.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseDateline } from '../../src/index.js';
import { NOT_PLACES as LISTED } from '../../src/parse/dateline.js';

const TEXT = ' The talks went on.';

// Every word the dateline reader refuses as a place (NOT_PLACES in src/parse/dateline.ts),
// as a kicker or an organisation writes it at the start of a paragraph.
const NOT_PLACES = [
  'LIVE', 'BREAKING', 'UPDATE', 'UPDATED', 'UPD', 'WATCH', 'VIDEO', 'PHOTO', 'PHOTOS', 'EXCLUSIVE',
  'OPINION', 'ANALYSIS', 'EDITORIAL', 'COMMENT', 'NOTE', 'READ', 'ALSO', 'MORE', 'FACTBOX', 'EXPLAINER',
  'INTERVIEW', 'NEWS', 'WARNING', 'ALERT', 'URGENT', 'ВИДЕО', 'ФОТО', 'ОНЛАЙН', 'МНЕНИЕ',
  'NATO', 'OSCE', 'IAEA', 'OPEC', 'CSTO', 'BRICS', 'ASEAN', 'UNESCO', 'UNICEF', 'FIFA', 'UEFA', 'NASA',
  'ОДКБ', 'ОБСЕ', 'НАТО', 'МАГАТЭ', 'ОПЕК', 'ЕАЭС', 'ШОС',
];
// Places of the same shapes, which the same lines read as datelines: the control that
// shows each refusal above is the word's, not the shape's.
const PLACES = ['RIGA', 'KAZAN', 'LONDON', 'МОСКВА', 'КАЗАНЬ', 'KYIV'];
const title = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

describe('words that are not places', () => {
  it('are the list the reader holds, so a word added there is walked here too', () => {
    expect([...LISTED].sort()).toEqual([...NOT_PLACES].sort());
  });

  it.each(NOT_PLACES)('%s: is not a dateline, before a colon or a dash', (word) => {
    expect(parseDateline(`${word}:${TEXT}`)).toBeNull();
    expect(parseDateline(`${word} -${TEXT}`)).toBeNull();
    expect(parseDateline(`${word} —${TEXT}`)).toBeNull();
  });

  it.each(NOT_PLACES.filter((w) => /^\p{L}+$/u.test(w) && w.length > 1))('%s in title case is not a place before a dash', (word) => {
    expect(parseDateline(`${title(word)} -${TEXT}`)).toBeNull();
  });

  it.each(PLACES)('%s: is a dateline in the same shapes', (place) => {
    expect(parseDateline(`${place}:${TEXT}`)).toMatchObject({ raw: `${place}:`, place, agency: null, date: null });
    expect(parseDateline(`${place} -${TEXT}`)).toMatchObject({ raw: `${place} -`, place });
    expect(parseDateline(`${title(place)} -${TEXT}`)).toMatchObject({ raw: `${title(place)} -`, place: title(place) });
  });
});

describe('agencies in parentheses and slashes', () => {
  it('reads an agency in parentheses', () => {
    expect(parseDateline(`MOSCOW (RIA Novosti):${TEXT}`)).toMatchObject({ place: 'MOSCOW', agency: 'RIA Novosti' });
  });

  it.each([['\n'], ['\r'], ['\r\n']])('does not read a parenthesis that runs across a line break (%j)', (br) => {
    expect(parseDateline(`MOSCOW (RIA${br}Novosti):${TEXT}`)).toBeNull();
  });

  it('reads a parenthesis of up to 80 characters, not 81', () => {
    const agency = (n: number): string => `R${'r'.repeat(n - 1)}`;
    expect(parseDateline(`MOSCOW (${agency(80)}) -${TEXT}`)?.agency).toBe(agency(80));
    expect(parseDateline(`MOSCOW (${agency(81)}) -${TEXT}`)).toBeNull();
  });

  it.each([['MOSCOW (Reu(ters) -'], ['MOSCOW (  ) -'], ['MOSCOW () -']])('does not read %j', (line) => {
    expect(parseDateline(`${line}${TEXT}`)).toBeNull();
  });

  it('reads a /…/ agency of up to 39 characters between its slashes', () => {
    const name = `T${'A'.repeat(38)}`;
    expect(parseDateline(`CAIRO, October 15. /${name}/.${TEXT}`)).toMatchObject({ place: 'CAIRO', agency: name, raw: `CAIRO, October 15. /${name}/.` });
    expect(parseDateline(`CAIRO, October 15. /${name}A/.${TEXT}`)).toBeNull();
  });

  it('reads a /…/ agency with blanks inside the slashes', () => {
    expect(parseDateline(`CAIRO, October 15. / TASS /.${TEXT}`)).toMatchObject({ agency: 'TASS', raw: 'CAIRO, October 15. / TASS /.' });
  });

  it('does not read a /…/ agency across a line break', () => {
    expect(parseDateline(`CAIRO, October 15. /TA\nSS/.${TEXT}`)).toBeNull();
  });
});

describe('the dateline day and a reference', () => {
  it('completes a day without a year from the reference, and not without one', () => {
    const line = `MOSCOW, November 2 – RIA Novosti.${TEXT}`;
    expect(parseDateline(line)).toMatchObject({ date: null, yearInferred: false });
    expect(parseDateline(line, { reference: '2021-11-02' })).toMatchObject({ date: '2021-11-02', yearInferred: true });
    expect(parseDateline(line, { reference: '2021-11' })).toMatchObject({ date: '2021-11-02', yearInferred: true });
    expect(parseDateline(line, { reference: '2022-01-05' })).toMatchObject({ date: '2021-11-02', yearInferred: true });
  });

  it('gives no date, and infers no year, for a dateline without a day under a reference', () => {
    expect(parseDateline(`MOSCOW (Reuters) -${TEXT}`, { reference: '2021-11-02' })).toEqual({
      raw: 'MOSCOW (Reuters) -',
      place: 'MOSCOW',
      agency: 'Reuters',
      date: null,
      yearInferred: false,
    });
  });

  it('keeps a written year and says it was not inferred', () => {
    expect(parseDateline(`YEREVAN, NOVEMBER 16, 2021, ARMENPRESS.${TEXT}`, { reference: '2020-01-01' })).toMatchObject({ date: '2021-11-16', yearInferred: false });
  });

  it('gives no date for a day that does not exist, with or without a reference', () => {
    expect(parseDateline(`MOSCOW, February 30 – RIA Novosti.${TEXT}`, { reference: '2021-03-01' })).toMatchObject({ date: null, yearInferred: false });
  });
});

describe('misuse', () => {
  it.each([[null], [undefined], [42], [{}], [['MOSCOW']]])('throws a TypeError for text %j', (text) => {
    expect(() => parseDateline(text as unknown as string)).toThrow(TypeError);
  });

  it('throws a TypeError for a String object, which would otherwise read as its text', () => {
    expect(() => parseDateline(new String('MOSCOW (Reuters) - Text.') as unknown as string)).toThrow(TypeError);
  });

  it.each([[{ reference: 20211102 }], [{ place: 'MOSCOW' }], ['2021-11-02']])('throws a TypeError for options %j', (options) => {
    expect(() => parseDateline('MOSCOW (Reuters) - Text.', options as never)).toThrow(TypeError);
  });

  it.each([[{ reference: '2021-02-30' }], [{ reference: '2021-13' }], [{ reference: 'soon' }]])('throws a RangeError for options %j', (options) => {
    expect(() => parseDateline('MOSCOW (Reuters) - Text.', options)).toThrow(RangeError);
  });
});

// The second mutation run (issue 13): where each dateline part must stand, what may follow
// it, and what the dateline stage reports about its date.
const line = (text: string, reference?: string): unknown => {
  const d = parseDateline(text, reference === undefined ? undefined : { reference });
  return d && { raw: d.raw, place: d.place, agency: d.agency, date: d.date };
};

describe('a dateline starts where the text starts', () => {
  it.each([
    // A lower-case word as long as the place later in the line, then a separator.
    ['a place later in the line', 'abcdefgh — The KAZANSKY'],
    ['a name without capitals later in the line', 'xyz | نصص'],
    ['an agency later than the dash', 'MOSCOW, November 2 – ria. Ria'],
    ['a site agency later than the date', 'Москва. 2 ноября. ab – AB – Текст'],
    ['a capitals agency later than the comma', 'YEREVAN, NOVEMBER 16, ab. AB The minister'],
  ])('%s is no dateline', (_why, text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it('reads a correspondent only right after the comma', () => {
    expect(line('MOSCOW, November 2 – RIA Novosti, abcdefghijkl. Kirill Rogov said.')).toEqual({ raw: 'MOSCOW, November 2 –', place: 'MOSCOW', agency: null, date: null });
  });

  it('skips blanks and line breaks before the dateline', () => {
    expect(line(' \n\t LONDON (Reuters) - Shipping firms said.')).toEqual({ raw: 'LONDON (Reuters) -', place: 'LONDON', agency: 'Reuters', date: null });
  });
});

describe('the agency after a date', () => {
  it.each([
    ['a dash and a capitalised sentence: no agency', 'MOSCOW, November 2 — Russia said on Monday that talks would go on.', { raw: 'MOSCOW, November 2 —', place: 'MOSCOW', agency: null, date: '2021-11-02' }],
    ['a correspondent of three names', 'MOSCOW, November 2 – RIA Novosti, Anna Maria Petrova. The talks', { raw: 'MOSCOW, November 2 – RIA Novosti, Anna Maria Petrova.', place: 'MOSCOW', agency: 'RIA Novosti', date: '2021-11-02' }],
    ['an agency before a colon', 'MOSCOW, November 2 – RIA Novosti: The talks', { raw: 'MOSCOW, November 2 – RIA Novosti:', place: 'MOSCOW', agency: 'RIA Novosti', date: '2021-11-02' }],
    ['a period and a name: no correspondent', 'MOSCOW, November 2 – RIA Novosti. Anna Petrova. The talks', { raw: 'MOSCOW, November 2 – RIA Novosti.', place: 'MOSCOW', agency: 'RIA Novosti', date: '2021-11-02' }],
    ['a comma and no name after the agency', 'MOSCOW, November 2 – RIA Novosti, reporting. The talks', { raw: 'MOSCOW, November 2 –', place: 'MOSCOW', agency: null, date: '2021-11-02' }],
    ['a correspondent before a colon', 'MOSCOW, November 2 – RIA Novosti, Kirill Rogov: The talks', { raw: 'MOSCOW, November 2 –', place: 'MOSCOW', agency: null, date: '2021-11-02' }],
    ['words after the dash that end in a comma', 'MOSCOW, November 2 – Officials said on Monday, the talks', { raw: 'MOSCOW, November 2 –', place: 'MOSCOW', agency: null, date: '2021-11-02' }],
    ['a site agency of two letters', 'MOSCOW. Sept 19. AP - The talks', { raw: 'MOSCOW. Sept 19. AP -', place: 'MOSCOW', agency: 'AP', date: '2021-09-19' }],
    ['a site agency without its domain', 'MOSCOW. Sept 19. INTERFAX - The talks', { raw: 'MOSCOW. Sept 19. INTERFAX -', place: 'MOSCOW', agency: 'INTERFAX', date: '2021-09-19' }],
    ['a capitals agency of two words', 'YEREVAN, NOVEMBER 16, ARMEN PRESS. The minister', { raw: 'YEREVAN, NOVEMBER 16, ARMEN PRESS.', place: 'YEREVAN', agency: 'ARMEN PRESS', date: '2020-11-16' }],
    ['a capitals agency joined by a hyphen', 'YEREVAN, NOVEMBER 16, ARMEN-PRESS. The minister', { raw: 'YEREVAN, NOVEMBER 16, ARMEN-PRESS.', place: 'YEREVAN', agency: 'ARMEN-PRESS', date: '2020-11-16' }],
    ['a /…/ agency without a period after it', 'CAIRO, October 15. /TASS/ Egypt and', { raw: 'CAIRO, October 15. /TASS/', place: 'CAIRO', agency: 'TASS', date: '2021-10-15' }],
    ['a /…/ agency right after the date', 'CAIRO, October 15/TASS/. Egypt and', { raw: 'CAIRO, October 15/TASS/.', place: 'CAIRO', agency: 'TASS', date: '2021-10-15' }],
    ['two blanks after the dash', 'LONDON (Reuters) -  Shipping firms', { raw: 'LONDON (Reuters) -', place: 'LONDON', agency: 'Reuters', date: null }],
    ['two blanks after a site agency\'s dash', 'MOSCOW. Sept 19. INTERFAX.RU -  The talks', { raw: 'MOSCOW. Sept 19. INTERFAX.RU -', place: 'MOSCOW', agency: 'INTERFAX.RU', date: '2021-09-19' }],
    ['two blanks after a date\'s dash', 'MOSCOW, November 2 —  Russia said', { raw: 'MOSCOW, November 2 —', place: 'MOSCOW', agency: null, date: '2021-11-02' }],
    ['a dash after the parenthesis, then lower case', 'MOSCOW (Sputnik) - the talks', { raw: 'MOSCOW (Sputnik) -', place: 'MOSCOW', agency: 'Sputnik', date: null }],
    ['an agency and a date, then lower case', 'MOSCOW (UrduPoint News / Sputnik - 23rd October, 2021) moldova is', { raw: 'MOSCOW (UrduPoint News / Sputnik - 23rd October, 2021)', place: 'MOSCOW', agency: 'UrduPoint News / Sputnik', date: '2021-10-23' }],
    ['a mixed-case place, an agency and a date', 'Islamabad (UrduPoint News / Sputnik - 23rd October, 2021) Moldova is', { raw: 'Islamabad (UrduPoint News / Sputnik - 23rd October, 2021)', place: 'Islamabad', agency: 'UrduPoint News / Sputnik', date: '2021-10-23' }],
    ['an upper-case place, an agency, a capital', 'MOSCOW (Sputnik) The talks', { raw: 'MOSCOW (Sputnik)', place: 'MOSCOW', agency: 'Sputnik', date: null }],
    ['blanks around the dash before the date', 'MOSCOW (Sputnik  -  23rd October, 2021) Moldova', { raw: 'MOSCOW (Sputnik - 23rd October, 2021)', place: 'MOSCOW', agency: 'Sputnik', date: '2021-10-23' }],
    ['a dash inside with no date after it', 'MOSCOW (RFE - RL) - The talks', { raw: 'MOSCOW (RFE - RL) -', place: 'MOSCOW', agency: 'RFE - RL', date: null }],
    ['a dash inside and more than a date after it', 'MOSCOW (Sputnik - 23rd October, 2021 edition) - The talks', { raw: 'MOSCOW (Sputnik - 23rd October, 2021 edition) -', place: 'MOSCOW', agency: 'Sputnik - 23rd October, 2021 edition', date: null }],
    ['an agency and a date with no dash between', 'MOSCOW (TV 2 November) - The talks', { raw: 'MOSCOW (TV 2 November) -', place: 'MOSCOW', agency: 'TV 2 November', date: null }],
    ['a place of three letters before a colon', 'UFA: The city council met.', { raw: 'UFA:', place: 'UFA', agency: null, date: null }],
    ['a place of three letters before a dash', 'UFA — The city council met.', { raw: 'UFA —', place: 'UFA', agency: null, date: null }],
  ])('%s', (_why, text, expected) => {
    expect(line(text, '2021-11-02')).toEqual(expected);
  });

  it.each([
    ['a dash glued to the text', 'MOSCOW, November 2 –Text goes on'],
    ['a dash and nothing after it', 'MOSCOW, November 2 – '],
    ['a dash glued to the text after a parenthesis', 'LONDON (Reuters) -Shipping firms'],
    ['a parenthesis glued to the text', 'Pune, Nov 2 (PTI)Text goes on'],
    ['a parenthesis glued to the date', 'Pune, Nov 2,(PTI) Text goes on'],
    ['an agency without its opening parenthesis', 'MOSCOW. Sept 19 Interfax) - Text'],
    ['a parenthesis glued to a date after a period', 'MOSCOW. Sept 19,(Interfax) - Text'],
    ['a parenthesis after a date and a period, then text', 'MOSCOW. Sept 19 (Interfax) Text'],
    ['a parenthesis after a date and a period, a glued dash', 'MOSCOW. Sept 19 (Interfax) -Text'],
    ['a period after a place, no date', 'MOSCOW. The talks went on.'],
    ['a colon after the date', 'MOSCOW. Sept 19: INTERFAX - Text'],
    ['a lower-case word after the date', 'Москва. 2 ноября. в городе'],
    ['a site agency of one letter', 'MOSCOW. Sept 19. A - The talks'],
    ['a site agency and no dash', 'MOSCOW. Sept 19. INTERFAX.RU reports'],
    ['a lower-case word after the dash', 'MOSCOW, November 2 – ria novosti. Text'],
    ['a capitals agency without a comma', 'YEREVAN, NOVEMBER 16 ARMENPRESS. The minister'],
    ['a capitals agency without a blank after the comma', 'YEREVAN, NOVEMBER 16,ARMENPRESS. The minister'],
    ['a lower-case word after the comma', 'YEREVAN, NOVEMBER 16, armenpress. The minister'],
    ['a capitals agency before a comma', 'YEREVAN, NOVEMBER 16, ARMENPRESS, the agency said'],
    ['a period and nothing before it after the comma', 'YEREVAN, NOVEMBER 16, . The minister'],
    ['empty slashes', 'CAIRO, October 15. //. Egypt and'],
    ['blank slashes', 'CAIRO, October 15. / /. Egypt and'],
    ['a slash later in the sentence', 'CAIRO, October 15. Egypt/ Sudan talks'],
    ['a slash that is never closed', ' CAIRO, October 15. /TASS. Egypt and Sudan'],
    ['a mixed-case place and an agency without a dash', 'Moscow (Sputnik) The talks'],
    ['an upper-case place and an agency, then lower case', 'MOSCOW (Sputnik) the talks'],
    ['a region and an agency without a dash', 'KYIV, Ukraine (AP) Officials said'],
    ['a region and a parenthesis glued to it', 'KYIV, Ukraine,(AP) — Officials said'],
    ['a comma and a lower-case word after the place', 'KYIV, officials said on Monday.'],
    ['an agency without a place and without a dash', '(RFE/RL) The German government'],
    ['a parenthesis that is never closed, without a place', '(RFE/RL -- The German government'],
    ['a place and a parenthesis after a semicolon', 'MOSCOW; (Sputnik) - The talks'],
    ['a name without capitals and a parenthesis', 'المدينة (وكالة) - افتتحت البلدية'],
    ['a name without capitals and a comma', 'المدينة, افتتحت البلدية'],
    ['a name without capitals and a glued pipe', 'المدينة |افتتحت البلدية'],
    ['a name without capitals, a pipe and digits', 'المدينة | 2021'],
    ['a name without capitals, a pipe and a blank', 'المدينة | '],
  ])('%s: no dateline', (_why, text) => {
    expect(parseDateline(text, { reference: '2021-11-02' })).toBeNull();
  });

  it.each([['LONDON (Reuters) -'], ['MOSCOW, November 2 – RIA Novosti.'], ['(RFE/RL) --']])('reads %j at the very end of the text', (text) => {
    expect(parseDateline(text)?.raw).toBe(text);
  });

  it.each([['“'], ['"'], ['«']])('reads a bare dateline before a quotation opened by %s', (quote) => {
    expect(line(`MOSCOW — ${quote}We will go on,” the minister said.`)).toEqual({ raw: 'MOSCOW —', place: 'MOSCOW', agency: null, date: null });
  });
});

describe('a doubled dateline', () => {
  it.each([
    ['a second dateline with a day and no agency', 'LONDON (Reuters) - MOSCOW, November 2 — The talks', 'LONDON (Reuters) - MOSCOW, November 2 —'],
    ['a bare second dateline is not one', 'LONDON (Reuters) - WASHINGTON – The race', 'LONDON (Reuters) -'],
    ['a second dateline must be set off by a blank', 'MOSCOW (RIA Novosti):LONDON (Reuters) - The talks', 'MOSCOW (RIA Novosti):'],
  ])('%s', (_why, text, raw) => {
    expect(parseDateline(text)?.raw).toBe(raw);
  });
});

describe('the full-day reference of the options', () => {
  it.each([['2021-11-021'], ['2021+11-02'], ['2021-11+02'], ['2021-1/-02'], ['2021-0:-02']])('throws a RangeError for a reference %j', (reference) => {
    expect(() => parseDateline('MOSCOW, November 2 – RIA Novosti. Text', { reference })).toThrow(RangeError);
  });

  it('throws a TypeError for an unknown option, whatever its prototype holds', () => {
    const options = Object.assign(Object.create({ reference: '2021-11-02' }) as object, { place: 'MOSCOW' });
    expect(() => parseDateline('MOSCOW, November 2 – RIA Novosti. Text', options as never)).toThrow(TypeError);
  });

  it('throws a TypeError for null options', () => {
    expect(() => parseDateline('MOSCOW, November 2 – RIA Novosti. Text', null as never)).toThrow(TypeError);
  });
});

describe('the dateline stage', () => {
  // A header with a URL and no date: the dateline's year comes from the page, if at all.
  const URL_ONLY = 'https://example.com/news/harbour-1234567.html';
  const read = (text: string): { dateline: unknown; codes: string[] } => {
    const r = parseArticle(text);
    const d = r.article?.dateline ?? null;
    return {
      dateline: d && { raw: d.raw, place: d.place, agency: d.agency, date: d.date, yearInferred: d.yearInferred },
      codes: r.diagnostics.filter((x) => x.code.startsWith('DATELINE_') || x.code === 'FIELD_CHARACTERS_REMOVED' || x.code === 'INTERNAL_ERROR').map((x) => `${x.code}@${x.start.offset}-${x.end.offset}`),
    };
  };

  it('takes the year from the published stamp, and says where', () => {
    const text = `${URL_ONLY}\n\nHarbour reopens after repairs\n2024-03-14 10:20\n\nKAZAN, 14 Mar – RIA Novosti. The harbour reopened on Friday, officials said.\n`;
    expect(read(text)).toEqual({
      dateline: { raw: 'KAZAN, 14 Mar – RIA Novosti.', place: 'KAZAN', agency: 'RIA Novosti', date: '2024-03-14', yearInferred: true },
      codes: [`DATELINE_YEAR_FROM_PAGE@${text.indexOf('2024-03-14 10:20')}-${text.indexOf('2024-03-14 10:20') + 16}`],
    });
  });

  it('takes the year from a date line of the page', () => {
    const text = `${URL_ONLY}\n\nHarbour reopens after repairs\n14.03.2024\n\nKAZAN, 14 Mar – RIA Novosti. The harbour reopened on Friday, officials said.\n`;
    expect(read(text)).toEqual({
      dateline: { raw: 'KAZAN, 14 Mar – RIA Novosti.', place: 'KAZAN', agency: 'RIA Novosti', date: '2024-03-14', yearInferred: true },
      codes: [`DATELINE_YEAR_FROM_PAGE@${text.indexOf('14.03.2024')}-${text.indexOf('14.03.2024') + 10}`],
    });
  });

  it('reports a day that does not exist, not a year taken from the page', () => {
    const text = `${URL_ONLY}\n\nHarbour reopens after repairs\n2024-03-14 10:20\n\nKAZAN, 30 Feb – RIA Novosti. The harbour reopened on Friday, officials said.\n`;
    const at = text.indexOf('KAZAN');
    expect(read(text).codes).toEqual([`DATELINE_DATE_INVALID@${at}-${at + 'KAZAN, 30 Feb – RIA Novosti.'.length}`]);
  });

  it('takes nothing from the page for a dateline that writes its year', () => {
    const text = `${URL_ONLY}\n\nHarbour reopens after repairs\n2024-03-14 10:20\n\nMOSCOW (UrduPoint News / Sputnik - 14th March, 2024) The harbour reopened on Friday, officials said.\n`;
    expect(read(text)).toEqual({
      dateline: { raw: 'MOSCOW (UrduPoint News / Sputnik - 14th March, 2024)', place: 'MOSCOW', agency: 'UrduPoint News / Sputnik', date: '2024-03-14', yearInferred: false },
      codes: [],
    });
  });

  it('reports no missing year for a dateline without a day', () => {
    const text = `${URL_ONLY}\n\nHarbour reopens after repairs\n\nMOSCOW (Reuters) - The harbour reopened on Friday, officials said.\n`;
    expect(read(text).codes).toEqual([]);
  });

  it.each([
    ['two days', '2021-11-04', []],
    ['three days', '2021-11-05', ['DATELINE_DATE_FAR']],
  ])('reports a dateline far from the header only past two days (%s)', (_why, header, codes) => {
    const text = ` date ${header}\n\nHarbour reopens after repairs\n\nKAZAN, November 2 – RIA Novosti. The harbour reopened.\n`;
    expect(read(text).codes.map((c) => c.split('@')[0])).toEqual(codes);
  });

  it.each([
    ['an agency after a place', 'MOSCOW (Reu\u200Eters) - ', { raw: 'MOSCOW (Reu ters) -', place: 'MOSCOW', agency: 'Reu ters', date: null, yearInferred: false }],
    ['an agency without a place', '(RFE\u200E/RL) -- ', { raw: '(RFE /RL) --', place: null, agency: 'RFE /RL', date: null, yearInferred: false }],
  ])('takes hidden characters out of %s, and says where', (_why, opening, dateline) => {
    const text = ` date 2021-11-02\n\nHarbour reopens after repairs\n\n${opening}The harbour reopened on Friday, officials said.\n`;
    const at = text.indexOf('\u200E');
    expect(read(text)).toEqual({ dateline, codes: [`FIELD_CHARACTERS_REMOVED@${at}-${at + 1}`] });
  });
});
