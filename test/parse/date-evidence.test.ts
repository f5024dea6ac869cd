import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/index.js';
import { agreementOf, daysApart } from '../../src/parse/date-evidence.js';
import { parseIsoDate, type Ymd } from '../../src/internal/calendar.js';

const d = (s: string): IsoDate => s as IsoDate;
const ymd = (s: string): Ymd => parseIsoDate(s) as Ymd;

describe('date evidence', () => {
  it.each([
    ['2021-11-02', '2021-11-02', 0],
    ['2021-11-02', '2021-10-31', 2],
    ['2021-12-31', '2022-01-01', 1],
    ['2020-02-28', '2020-03-01', 2],
    ['2021-11', '2021-11-30', 0],
    ['2021-11', '2021-12-02', 2],
  ])('%s and %s are %i days apart', (a, b, n) => {
    expect(daysApart(ymd(a), ymd(b))).toBe(n);
    expect(daysApart(ymd(b), ymd(a))).toBe(n);
  });

  it.each([
    [[d('2021-11-02'), d('2021-11-02'), null], 'agree'],
    [[d('2021-10-18'), d('2021-10-16')], 'close'],
    [[d('2021-11-20'), d('2021-11-10')], 'disagree'],
    [[d('2021-11-20'), null, null], 'unknown'],
  ] as const)('%j %s', (dates, agreement) => {
    expect(agreementOf(dates).agreement).toBe(agreement);
  });
});
