/**
 * Dateline behaviours the first mutation run (issue 13) found untested: the words that
 * stand where a place would but are not one, parentheses and `/…/` agencies at their
 * limits, and a day that a reference cannot complete.
 */
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/index.js';

const TEXT = ' The talks went on.';

// Every word the dateline reader refuses as a place (NOT_PLACES in src/parse/dateline.ts),
// as a kicker or an organisation writes it at the start of a paragraph.
const NOT_PLACES = [
  'LIVE', 'BREAKING', 'UPDATE', 'UPDATED', 'UPD', 'WATCH', 'VIDEO', 'PHOTO', 'PHOTOS', 'EXCLUSIVE',
  'OPINION', 'ANALYSIS', 'EDITORIAL', 'COMMENT', 'NOTE', 'READ', 'ALSO', 'MORE', 'FACTBOX', 'EXPLAINER',
  'INTERVIEW', 'Q&A', 'NEWS', 'WARNING', 'ALERT', 'URGENT', 'ВИДЕО', 'ФОТО', 'ОНЛАЙН', 'МНЕНИЕ',
  'NATO', 'OSCE', 'IAEA', 'OPEC', 'CSTO', 'BRICS', 'ASEAN', 'UNESCO', 'UNICEF', 'FIFA', 'UEFA', 'NASA',
  'ОДКБ', 'ОБСЕ', 'НАТО', 'МАГАТЭ', 'ОПЕК', 'ЕАЭС', 'ШОС',
];
// Places of the same shapes, which the same lines read as datelines: the control that
// shows each refusal above is the word's, not the shape's.
const PLACES = ['RIGA', 'KAZAN', 'LONDON', 'МОСКВА', 'КАЗАНЬ', 'KYIV'];
const title = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

describe('words that are not places', () => {
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
