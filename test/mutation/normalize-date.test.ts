/**
 * normalizeDate behaviours the first mutation run (issue 13) found untested: the whole
 * string must be the date (the anchors of the ISO forms), the calendar checks of each
 * form, and the argument checks.
 */
import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../src/index.js';

describe('the ISO forms are read whole', () => {
  it.each([
    ['20211102', '2021-11-02'],
    ['20240229', '2024-02-29'],
    ['2021-11', '2021-11'],
    ['\t2021-11\n', '2021-11'],
    [' 20211102 ', '2021-11-02'],
  ])('reads %j as %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it.each([
    ['120211102'],
    ['202111021'],
    ['2021110'],
    ['x20211102'],
    ['20211102x'],
    ['12021-11'],
    ['2021-111'],
    ['x2021-11'],
    ['2021-11x'],
    ['2021-11-02x'],
  ])('gives null for %j: more than the date', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });

  it.each([['20210229'], ['20211302'], ['20211100'], ['20211131'], ['2021-00'], ['2021-13'], ['0000-01']])('gives null for %j: not a real day or month', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });
});

describe('worded and numeric dates are read whole', () => {
  it.each([['2 November 2021 and more'], ['November 2021x'], ['02.11.2021x'], ['11/02/2021/'], ['2 November 2021 foo']])('gives null for %j', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
    expect(normalizeDate(raw, { reference: '2021-11-05' })).toBeNull();
  });

  it('takes the year of a yearless day from the reference only', () => {
    expect(normalizeDate('2 November')).toBeNull();
    expect(normalizeDate('2 November', { reference: '2021-11-05' })).toBe('2021-11-02');
    expect(normalizeDate('2 November extra', { reference: '2021-11-05' })).toBeNull();
    expect(normalizeDate('30 February', { reference: '2021-11-05' })).toBeNull();
  });

  it('checks a weekday against the date, under a reference too', () => {
    expect(normalizeDate('Tuesday, 2 November 2021')).toBe('2021-11-02');
    expect(normalizeDate('Monday, 2 November 2021')).toBeNull();
    expect(normalizeDate('Tuesday, 2 November', { reference: '2021-11-05' })).toBe('2021-11-02');
    expect(normalizeDate('Monday, 2 November', { reference: '2021-11-05' })).toBeNull();
    expect(normalizeDate('Tuesday, 02.11.2021')).toBe('2021-11-02');
    expect(normalizeDate('Monday, 02.11.2021')).toBeNull();
  });

  it('reads a month and year with its year word', () => {
    expect(normalizeDate('ноябрь 2021 г.')).toBe('2021-11');
    expect(normalizeDate('2 ноября 2021 г.')).toBe('2021-11-02');
  });

  it('swaps a slash date whose month would be over 12, under either order', () => {
    expect(normalizeDate('11/02/2021')).toBe('2021-11-02');
    expect(normalizeDate('11/02/2021', { slashOrder: 'dmy' })).toBe('2021-02-11');
    expect(normalizeDate('13/02/2021')).toBe('2021-02-13');
  });

  it('gives null for a blank string', () => {
    expect(normalizeDate('')).toBeNull();
    expect(normalizeDate(' \t\n')).toBeNull();
  });
});

describe('misuse', () => {
  it.each([[null], [undefined], [20211102], [{}], [['2021-11-02']]])('throws a TypeError for %j', (raw) => {
    expect(() => normalizeDate(raw as unknown as string)).toThrow(TypeError);
  });

  it.each([[{ slashOrder: 'ymd' }], [{ reference: '2021-02-30' }], [{ reference: 'soon' }]])('throws a RangeError for options %j', (options) => {
    expect(() => normalizeDate('2 November', options as never)).toThrow(RangeError);
  });

  it.each([[{ year: 2021 }], [{ reference: 2021 }], ['dmy']])('throws a TypeError for options %j', (options) => {
    expect(() => normalizeDate('2 November', options as never)).toThrow(TypeError);
  });
});
