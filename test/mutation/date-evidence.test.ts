/**
 * The date-evidence stage (src/parse/date-evidence.ts): the gap between two dates, the
 * agreement of several and its bounds (0 days agree, up to 2 are close), and when
 * `DATES_DISAGREE` is reported and where (issue 13's mutation run).
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoTimestamp } from '../../src/index.js';
import { parseIsoDate, type Ymd } from '../../src/internal/calendar.js';
import { lineStartsOf } from '../../src/internal/positions.js';
import { Reporter } from '../../src/internal/report.js';
import { agreementOf, dateEvidence, daysApart, readDates } from '../../src/parse/date-evidence.js';

const d = (s: string): IsoDate => s as IsoDate;
const ymd = (s: string): Ymd => parseIsoDate(s) as Ymd;

describe('daysApart', () => {
  it.each([
    ['2021-11', '2021-11', 0],
    ['2021-11', '2021-12', 1],
    ['2021-11', '2022-01', 32],
    ['2021-11', '2021-11-01', 0],
    ['2021-11', '2021-10-31', 1],
    ['2021-11', '2021-10-29', 3],
    ['2024-02', '2024-03-01', 1],
    ['2023-02', '2023-03-02', 2],
    ['2021-11-02', '2021-11-12', 10],
  ])('%s and %s are %i days apart, either way round', (a, b, n) => {
    expect(daysApart(ymd(a), ymd(b))).toBe(n);
    expect(daysApart(ymd(b), ymd(a))).toBe(n);
  });
});

describe('agreementOf', () => {
  it.each([
    [[], 'unknown', 0],
    [[d('2021-11-02')], 'unknown', 0],
    [[null, d('2021-11-02'), null], 'unknown', 0],
    [[d('2021-02-30'), d('2021-11-02')], 'unknown', 0],
    [[d('2021-11-02'), d('2021-11-02')], 'agree', 0],
    [[d('2021-11-02'), d('2021-11')], 'agree', 0],
    [[d('2021-11-02'), d('2021-11-03')], 'close', 1],
    [[d('2021-11-02'), d('2021-11-04')], 'close', 2],
    [[d('2021-11-02'), d('2021-11-05')], 'disagree', 3],
    // the widest gap of any two, wherever they stand
    [[d('2021-11-01'), d('2021-11-02'), d('2021-11-10')], 'disagree', 9],
    [[d('2021-11-10'), d('2021-11-02'), d('2021-11-01')], 'disagree', 9],
    [[d('2021-11-02'), d('2021-11-10'), d('2021-11-01'), d('2021-11-03')], 'disagree', 9],
    [[d('2021-11-02'), null, d('2021-11-03'), d('2021-11-02')], 'close', 1],
  ] as const)('%j: %s, spread %i', (dates, agreement, spread) => {
    expect(agreementOf(dates)).toEqual({ agreement, spread });
  });
});

describe('dateEvidence and readDates', () => {
  const run = (header: string | null, url: string | null, dateline: string | null, published: string | null, span: readonly [number, number] | null = [0, 16]) => {
    const report = new Reporter();
    const evidence = readDates(
      header as IsoDate | null,
      url as IsoDate | null,
      dateline as IsoDate | null,
      published as IsoTimestamp | null,
      span,
      report,
    );
    const diagnostics = report.finish(lineStartsOf('x'.repeat(40))).map((x) => [x.code, x.start.offset, x.end.offset]);
    return { evidence, diagnostics };
  };

  it('puts the four dates side by side, the published stamp as its day', () => {
    expect(run('2021-11-02', '2021-11-02', '2021-11-01', '2021-11-03T10:00+03:00')).toEqual({
      evidence: { header: '2021-11-02', url: '2021-11-02', dateline: '2021-11-01', published: '2021-11-03', agreement: 'close' },
      diagnostics: [],
    });
    expect(run(null, null, null, null).evidence).toEqual({ header: null, url: null, dateline: null, published: null, agreement: 'unknown' });
    expect(dateEvidence(d('2021-11-02'), null, d('2021-11-02'), null)).toEqual({
      header: '2021-11-02',
      url: null,
      dateline: '2021-11-02',
      published: null,
      agreement: 'agree',
    });
  });

  it('reports DATES_DISAGREE on the header span when header, URL and published are over two days apart', () => {
    expect(run('2021-11-02', '2021-11-10', null, null, [3, 19]).diagnostics).toEqual([['DATES_DISAGREE', 3, 19]]);
    expect(run('2021-11-02', null, null, '2021-11-05T10:00').diagnostics).toEqual([['DATES_DISAGREE', 0, 16]]);
    expect(run(null, '2021-11-02', null, '2021-11-05T10:00', null).diagnostics).toEqual([['DATES_DISAGREE', 0, 0]]);
  });

  it('does not report two days apart, nor a far dateline (it has its own code)', () => {
    expect(run('2021-11-02', '2021-11-04', null, null).diagnostics).toEqual([]);
    const far = run('2021-11-02', '2021-11-02', '2021-10-01', null);
    expect(far.diagnostics).toEqual([]);
    expect(far.evidence.agreement).toBe('disagree');
  });
});
