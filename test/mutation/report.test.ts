/** The Reporter: diagnostics in input order, positioned once, each code capped at MAX_DIAGNOSTICS_PER_CODE. */
import { describe, expect, it } from 'vitest';
import { MAX_DIAGNOSTICS_PER_CODE, Reporter } from '../../src/internal/report.js';
import { lineStartsOf } from '../../src/internal/positions.js';

const text = 'ab\ncd\nef';
const spans = (r: Reporter): [string, number, number][] => r.finish(lineStartsOf(text)).map((d) => [d.code, d.start.offset, d.end.offset]);

describe('Reporter', () => {
  it('gives no diagnostic when none was added', () => {
    expect(new Reporter().finish(lineStartsOf(text))).toEqual([]);
  });

  it('orders by start offset, keeping the order of addition for equal starts', () => {
    const r = new Reporter();
    r.add('HEADER_TIME', 'm', 4, 5);
    r.add('HEADER_SPACING', 'm', 1, 2);
    r.add('HEADER_TEXT', 'm', 4, 6);
    r.add('HEADER_CHROME', 'm', 4);
    expect(spans(r)).toEqual([
      ['HEADER_SPACING', 1, 2],
      ['HEADER_TIME', 4, 5],
      ['HEADER_TEXT', 4, 6],
      ['HEADER_CHROME', 4, 4],
    ]);
  });

  it('positions each diagnostic by line and column, with its severity', () => {
    const r = new Reporter();
    r.add('HEADER_MISSING', 'm', 3, 7);
    const [d] = r.finish(lineStartsOf(text));
    expect(d).toMatchObject({ code: 'HEADER_MISSING', severity: 'error', start: { line: 2, column: 1, offset: 3 }, end: { line: 3, column: 2, offset: 7 } });
  });

  it(`keeps ${MAX_DIAGNOSTICS_PER_CODE} of one code and counts the rest in one DIAGNOSTICS_TRUNCATED over their span`, () => {
    const r = new Reporter();
    for (let i = 0; i < MAX_DIAGNOSTICS_PER_CODE + 3; i++) r.add('HEADER_TIME', 'm', i, i + 1);
    r.add('HEADER_TEXT', 'm', 0, 1);
    const out = spans(r);
    expect(out.filter(([c]) => c === 'HEADER_TIME')).toHaveLength(MAX_DIAGNOSTICS_PER_CODE);
    expect(out.filter(([c]) => c === 'HEADER_TEXT')).toHaveLength(1);
    expect(out.filter(([c]) => c === 'DIAGNOSTICS_TRUNCATED')).toEqual([['DIAGNOSTICS_TRUNCATED', MAX_DIAGNOSTICS_PER_CODE, MAX_DIAGNOSTICS_PER_CODE + 3]]);
  });

  it('widens the truncated span to the furthest end, not the last one', () => {
    const r = new Reporter();
    for (let i = 0; i < MAX_DIAGNOSTICS_PER_CODE; i++) r.add('HEADER_TIME', 'm', 0);
    r.add('HEADER_TIME', 'm', 2, 8);
    r.add('HEADER_TIME', 'm', 3, 4);
    expect(spans(r).filter(([c]) => c === 'DIAGNOSTICS_TRUNCATED')).toEqual([['DIAGNOSTICS_TRUNCATED', 2, 8]]);
  });
});
