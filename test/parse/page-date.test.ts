import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { dateOnlyLine } from '../../src/parse/page-date.js';

describe('dateOnlyLine', () => {
  it.each([
    ['14.03.2024', { year: 2024, month: 3, day: 14 }],
    ['2024-03-14', { year: 2024, month: 3, day: 14 }],
    ['14 March 2024', { year: 2024, month: 3, day: 14 }],
    ['Sputnik 03.04.2023', { year: 2023, month: 4, day: 3 }],
    ['Published November 16,2022', { year: 2022, month: 11, day: 16 }],
    ['Reuters 01 Dec 2021', { year: 2021, month: 12, day: 1 }],
    ['Updated: 14.03.2024', { year: 2024, month: 3, day: 14 }],
    ['Harbour reopens after repairs - RIA Novosti, 14.03.2024', { year: 2024, month: 3, day: 14 }],
    ['The harbour will reopen to small boats on Friday. RIA Novosti, 14.03.2024', { year: 2024, month: 3, day: 14 }],
  ])('reads %j', (text, date) => {
    expect(dateOnlyLine(text)).toEqual(date);
  });

  it.each([
    '2024',
    'March 2024',
    '14 Mar',
    'The summit is set for 14.03.2024',
    'The harbour reopened on Thursday, March 14, 2024',
    'The harbour reopened. 14.03.2024',
    '14.03.2024 and more',
    '31.02.2024',
  ])('finds no date-only line in %j', (text) => {
    expect(dateOnlyLine(text)).toBeNull();
  });
});

describe('the year of a dateline in a file without a header or URL date', () => {
  const codes = (text: string): string[] => parseArticle(text).diagnostics.map((d) => d.code);

  it('comes from the published stamp before a date line', () => {
    const text = 'Ferry service resumes\n14.03.2024\n09:40 05.06.2025\n\nKAZAN, 5 Jun - RIA Novosti. Ferries resumed service on Thursday, the operator said.';
    const { article, diagnostics } = parseArticle(text);
    expect(article?.dateline).toMatchObject({ date: '2025-06-05', yearInferred: true });
    const from = diagnostics.find((d) => d.code === 'DATELINE_YEAR_FROM_PAGE');
    expect(text.slice(from?.start.offset, from?.end.offset)).toBe('09:40 05.06.2025');
  });

  it('never comes from a caption, the headline or the body', () => {
    const captioned = 'Ferry service resumes\n\nA ferry at the pier - RIA Novosti, 1920, 05.06.2025\n\nKAZAN, 5 Jun - RIA Novosti. Ferries resumed service on Thursday, the operator said.';
    expect(parseArticle(captioned).article?.dateline).toMatchObject({ date: null, yearInferred: false });
    expect(codes(captioned)).toContain('DATELINE_NO_YEAR');
    const inBody = 'Ferry service resumes\n\nKAZAN, 5 Jun - RIA Novosti. Ferries resumed service on Thursday.\n\nThe season ends on 01.10.2025';
    expect(parseArticle(inBody).article?.dateline?.date).toBeNull();
  });

  it('is the header date when there is one, whatever the page says', () => {
    const text = ' date 2024-06-06\n\nFerry service resumes\n05.06.2020\n\nKAZAN, 5 Jun - RIA Novosti. Ferries resumed service on Thursday, the operator said.';
    expect(parseArticle(text).article?.dateline?.date).toBe('2024-06-05');
    expect(codes(text)).not.toContain('DATELINE_YEAR_FROM_PAGE');
  });

  it('gives a stamp without a year its year, from the header or a date line', () => {
    const headed = ' date 2024-03-05\n\nParliament meets on Friday\n5 Mar. 14:30 (UTC+3 MSK)\n\nThe regional parliament will meet on Friday, its speaker said.';
    expect(parseArticle(headed).article?.published).toBe('2024-03-05T14:30+03:00');
    expect(codes(headed)).toContain('TIMESTAMP_YEAR_INFERRED');
    const dated = 'Parliament meets on Friday\nAgency 05.03.2024\n5 Mar. 14:30\n\nThe regional parliament will meet on Friday, its speaker said.';
    expect(parseArticle(dated).article?.published).toBe('2024-03-05T14:30');
    const none = 'Parliament meets on Friday\n5 Mar. 14:30\n\nThe regional parliament will meet on Friday, its speaker said.';
    expect(parseArticle(none).article?.published).toBeNull();
    expect(codes(none)).toContain('TIMESTAMP_NO_YEAR');
  });
});
