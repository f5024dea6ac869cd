/**
 * The page's date line (src/parse/page-date.ts): which lines count as date-only, the limits
 * of a byline before the date (three words, no sentence mark), the window a date is looked
 * for in, and which kinds of line are passed over (issue 13's mutation run).
 */
import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../src/model/article.js';
import { dateOnlyLine, findPageDate } from '../../src/parse/page-date.js';
import type { Unit } from '../../src/parse/page.js';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('dateOnlyLine', () => {
  it.each([
    ['Agency 14.03.2024', day(2024, 3, 14)],
    ['One Two Three 14.03.2024', day(2024, 3, 14)],
    ['News agency desk: 14.03.2024', day(2024, 3, 14)],
    ['Text with more words than a byline, 14.03.2024', day(2024, 3, 14)],
    ['  14.03.2024', day(2024, 3, 14)],
    ['Wednesday, 22 septiembre de 2021', day(2021, 9, 22)],
    ['25 сентября 2021 года', day(2021, 9, 25)],
    ['Agency 25 сентября 2021 г.', day(2021, 9, 25)],
    ['11/21/2021', day(2021, 11, 21)],
    ['Agency,14.03.2024', day(2024, 3, 14)],
    ['x'.repeat(60) + ', 14.03.2024', day(2024, 3, 14)],
    ['Agency2 14.03.2024', day(2024, 3, 14)],
  ])('reads %j', (text, date) => {
    expect(dateOnlyLine(text)).toEqual(date);
  });

  it.each([
    ['One Two Three Four 14.03.2024'],
    ['Text with more words than a byline, 14 March 2024'],
    ['Agency! 14.03.2024'],
    ['Wait… 14.03.2024'],
    ['Agency; desk 14.03.2024'],
    ['Agency. 14.03.2024'],
    ['Agency? 14.03.2024'],
    ['Dr. Who 14.03.2024'],
    ['Agency 14.03.2024.'],
    ['Agency 14.03.20245'],
    ['Agency 114.03.2024'],
    ['Agency x14.03.2024'],
    ['14 March 2024 news'],
    ['Agency 14.03.2024 x'],
    [''],
    ['Today'],
  ])('finds none in %j', (text) => {
    expect(dateOnlyLine(text)).toBeNull();
  });

  it('reads a date that ends the line, whatever its form, and only then', () => {
    expect(dateOnlyLine('14.03.2024 15.03.2024')).toEqual(day(2024, 3, 15));
    expect(dateOnlyLine('Agency 2024-03-14')).toEqual(day(2024, 3, 14));
    // A numeric date that does not end the line is passed over; the next start is tried.
    expect(dateOnlyLine('Agency 01.02.2024 March 2024')).toBeNull();
  });

  it('looks for the date in the last 40 characters only', () => {
    const gaps = (a: number, b: number, c: number, d: number) => `22${' '.repeat(a)}de${' '.repeat(b)}septiembre${' '.repeat(c)}de${' '.repeat(d)}2021`;
    expect(gaps(8, 8, 2, 2)).toHaveLength(40);
    expect(dateOnlyLine(`A ${gaps(8, 8, 2, 2)}`)).toEqual(day(2021, 9, 22));
    expect(dateOnlyLine(`A ${gaps(8, 8, 3, 2)}`)).toBeNull();
    expect(dateOnlyLine(gaps(8, 8, 8, 8))).toBeNull();
  });

  it('needs a word start: the date does not start inside a number or a word', () => {
    expect(dateOnlyLine('Agency a1 March 2024')).toBeNull();
    expect(dateOnlyLine('Agency 31 March 2024')).toEqual(day(2024, 3, 31));
  });
});

describe('findPageDate', () => {
  const unit = (text: string, start: number): Unit => ({ start, end: start + text.length, text, words: text.split(' ').length, onHeaderLine: false });
  const units = [unit('Harbour reopens', 0), unit('14.03.2024', 16), unit('Agency 15.03.2024', 27), unit('16.03.2024', 45)];

  it('takes the first date-only line of the metadata, in the order given', () => {
    expect(findPageDate(units, ['title', 'timestamp', 'timestamp', 'timestamp'], [0, 1, 2])).toEqual({ date: day(2024, 3, 14), start: 16, end: 26 });
    expect(findPageDate(units, ['title', 'timestamp', 'timestamp', 'timestamp'], [2, 1])).toEqual({ date: day(2024, 3, 15), start: 27, end: 44 });
    expect(findPageDate(units, ['title', 'timestamp', 'timestamp', 'timestamp'], [0])).toBeNull();
    expect(findPageDate(units, ['title', 'timestamp', 'timestamp', 'timestamp'], [])).toBeNull();
  });

  it.each([['title'], ['body'], ['credit'], ['footer'], ['xpath'], ['image'], ['link']] as const)('passes over a %s line', (kind) => {
    const kinds: SectionKind[] = ['title', kind, kind, 'timestamp'];
    expect(findPageDate(units, kinds, [1, 2, 3])).toEqual({ date: day(2024, 3, 16), start: 45, end: 55 });
  });

  it('reads lines of the other kinds, and lines with no kind', () => {
    expect(findPageDate(units, ['title', 'lead', 'timestamp', 'timestamp'], [1])).toEqual({ date: day(2024, 3, 14), start: 16, end: 26 });
    expect(findPageDate(units, ['title'], [1])).toEqual({ date: day(2024, 3, 14), start: 16, end: 26 });
  });
});
