/**
 * The body stage's behaviours a mutation run (issue 13) found untested: the paragraphs and
 * where each was read, a repeated paragraph, a page without article text, the date prefix
 * and site suffix of the first article unit, and the defects checked and repaired.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

const HEAD = ' date 2021-11-02 https://ria.ru/20211102/port-1234500010.html';
const TITLE = 'Harbour reopens after winter repairs';
const ONE = 'KAZAN, November 2 – RIA Novosti. The river harbour reopened to small boats on Tuesday after the winter repairs.';
const TWO = 'The port authority said larger ships would follow next month.';
const spans = (text: string, code: string, options?: Parameters<typeof parseArticle>[1]): [number, number][] =>
  parseArticle(text, options)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => [d.start.offset, d.end.offset]);
const kinds = (text: string): [string, number, number][] =>
  (parseArticle(text).article?.sections ?? []).filter((s) => s.kind !== 'whitespace').map((s) => [s.kind, s.start, s.end]);

describe('the paragraphs', () => {
  it('are the article units in order, joined by a blank line, blanks inside folded', () => {
    const text = `${HEAD}\n\n${TITLE}\n\n${ONE}\n\nThe port  authority\tsaid larger ships would follow next month.\n`;
    const { article } = parseArticle(text);
    expect(article?.paragraphs).toEqual([ONE, TWO]);
    expect(article?.body).toBe(`${ONE}\n\n${TWO}`);
  });

  it('report a paragraph that repeats an earlier one where it repeats, and keep it', () => {
    const text = `${HEAD}\n\n${TITLE}\n\n${ONE}\n\n${TWO}\n\n${TWO}\n`;
    const again = text.lastIndexOf(TWO);
    expect(spans(text, 'BODY_REPEATED_PARAGRAPH')).toEqual([[again, again + TWO.length]]);
    expect(parseArticle(text).article?.paragraphs).toEqual([ONE, TWO, TWO]);
    expect(spans(`${HEAD}\n\n${TITLE}\n\n${ONE}\n\n${TWO}\n`, 'BODY_REPEATED_PARAGRAPH')).toEqual([]);
  });

  it('are none, with BODY_MISSING after the last unit, on a page without article text', () => {
    const text = `${HEAD}\n\n${TITLE}\n\n`;
    const { article } = parseArticle(text);
    expect(article?.body).toBeNull();
    expect(article?.paragraphs).toEqual([]);
    const end = text.indexOf(TITLE) + TITLE.length;
    expect(spans(text, 'BODY_MISSING')).toEqual([[end, end]]);
  });

  it('are none, with BODY_MISSING at the end of the input, when there is no unit at all', () => {
    const text = `${HEAD}\n\n`;
    expect(spans(text, 'BODY_MISSING')).toEqual([[text.length, text.length]]);
  });

  it('report no BODY_MISSING when there is article text', () => {
    expect(spans(`${HEAD}\n\n${TITLE}\n\n${ONE}\n`, 'BODY_MISSING')).toEqual([]);
  });
});

describe('the sections', () => {
  it('cover the input, one after another, with and without article text', () => {
    for (const text of [`${HEAD}\n\n${TITLE}\n\n${ONE}\n\n${TWO}\n`, `${HEAD}\n\n${TITLE}\n`, `${HEAD}\n`]) {
      let at = 0;
      for (const s of parseArticle(text).article?.sections ?? []) {
        expect(s.start).toBe(at);
        expect(s.text).toBe(text.slice(s.start, s.end));
        at = s.end;
      }
      expect(at).toBe(text.length);
    }
  });
});

describe('the first article unit', () => {
  const head = ' date 2021-10-27 https://sputniknews.com/20211027/ice-melt-in-the-north-sea-1090123456.html\n\nScientists Report Record Ice Melt in Northern Sea\n\n';
  const rest = '\n\n2021-10-27T13:02+0000\n\nThe expedition returned to port last week after two months at sea.\n';
  const lead = 'MOSCOW (Sputnik) - Polar researchers recorded the fastest summer ice melt in four decades, the institute said.';

  it('ends before a site suffix, which is chrome from its first non-blank', () => {
    const suffix = '27.10.2021, Sputnik International';
    const text = `${head}${lead}   ${suffix}${rest}`;
    const at = text.indexOf(lead);
    const s = text.indexOf(suffix);
    expect(kinds(text).slice(2, 4)).toEqual([
      ['body', at, at + lead.length],
      ['chrome', s, s + suffix.length],
    ]);
    expect(parseArticle(text).article?.paragraphs[0]).toBe(lead);
  });

  it('ends before the blanks and commas that come before a site suffix', () => {
    const cut = lead.slice(0, -1);
    const text = `${head}${cut} , 27.10.2021, Sputnik International${rest}`;
    const at = text.indexOf(cut);
    expect(kinds(text)[2]).toEqual(['body', at, at + cut.length]);
    expect(kinds(text)[3]?.[1]).toBe(at + cut.length + 1);
    expect(parseArticle(text).article?.paragraphs[0]).toBe(cut);
  });

  it('folds the text before a site suffix alone, however many blanks it folds away', () => {
    // As after a date prefix: the unit's folded text is as long as the article text here
    // (folding removes one blank more than the suffix has characters), and must not stand in.
    const suffix = '27.10.2021, Sputnik International';
    const wide = lead.replace(' recorded ', ` recorded${' '.repeat(suffix.length + 2)}`);
    const text = `${head}${wide}   ${suffix}${rest}`;
    const at = text.indexOf(wide);
    expect(kinds(text)[2]).toEqual(['body', at, at + wide.length]);
    expect(parseArticle(text).article?.paragraphs[0]).toBe(lead);
  });

  it('is whole without a suffix', () => {
    const text = `${head}${lead}${rest}`;
    const at = text.indexOf(lead);
    expect(kinds(text)[2]).toEqual(['body', at, at + lead.length]);
  });

  it('starts after a date prefix, which is a timestamp without the blanks after it', () => {
    const prefix = 'Wednesday, 2 September 2020 () (RFE/RL) --';
    const dated = 'KYIV (Reuters) - The city council approved the new budget on Wednesday after a long debate.';
    const text = ` date 2020-09-02\n\nCity council approves the budget\n\n${prefix.slice(0, -'(RFE/RL) --'.length)}  ${dated}\n\nMore text of the article follows here.\n`;
    const { article } = parseArticle(text);
    const stamp = text.indexOf('Wednesday');
    const at = text.indexOf(dated);
    expect(article?.paragraphs[0]).toBe(dated);
    expect(kinds(text).filter(([k]) => k === 'timestamp' || k === 'body')[0]).toEqual(['timestamp', stamp, stamp + 'Wednesday, 2 September 2020 ()'.length]);
    expect(kinds(text).filter(([k]) => k === 'body')[0]).toEqual(['body', at, at + dated.length]);
    expect(article?.paragraphs[1]).toBe('More text of the article follows here.');
  });

  it('folds the text after a date prefix alone, however many blanks it folds away', () => {
    // The unit's own folded text is the paragraph's only when the paragraph is the whole
    // unit: here, after a prefix of 30 characters, folding removes 31 blanks, so the unit's
    // folded text is exactly as long as the article text, and must still not stand in for it.
    const prefix = 'Wednesday, 2 September 2020 ()';
    const wide = `KYIV (Reuters) - The city council approved${' '.repeat(prefix.length + 2)}the new budget on Wednesday after a long debate.`;
    const text = ` date 2020-09-02\n\nCity council approves the budget\n\n${prefix}  ${wide}\n\nMore text of the article follows here.\n`;
    const { article } = parseArticle(text);
    expect(article?.paragraphs[0]).toBe('KYIV (Reuters) - The city council approved the new budget on Wednesday after a long debate.');
    const at = text.indexOf('KYIV');
    expect(kinds(text).filter(([k]) => k === 'body')[0]).toEqual(['body', at, at + wide.length]);
  });
});

describe('the defects', () => {
  const glued = 'KAZAN, November 2 – RIA Novosti. The harbour reopened.Small boats came first.';

  it('are reported where they are, and repaired only with repair: safe', () => {
    const text = `${HEAD}\n\n${TITLE}\n\n${glued}\n`;
    const dot = text.indexOf('reopened.') + 'reopened'.length;
    expect(spans(text, 'BODY_GLUED_SENTENCE')).toEqual([[dot - 1, dot + 2]]);
    expect(parseArticle(text).article?.paragraphs).toEqual([glued]);
    expect(spans(text, 'REPAIR_APPLIED')).toEqual([]);
    const repaired = parseArticle(text, { repair: 'safe' });
    expect(repaired.article?.paragraphs).toEqual([glued.replace('reopened.Small', 'reopened. Small')]);
    expect(spans(text, 'REPAIR_APPLIED', { repair: 'safe' })).toEqual([[dot - 1, dot + 2]]);
    expect(spans(text, 'BODY_GLUED_SENTENCE', { repair: 'safe' })).toEqual([[dot - 1, dot + 2]]);
  });

  it('are looked for only after the dateline in the first article unit', () => {
    const text = `${HEAD}\n\n${TITLE}\n\nKAZAN (Tass.Ru) — The harbour reopened.Small boats came first.\n\nThe port said.More ships follow.\n`;
    expect(parseArticle(text).article?.dateline?.raw).toBe('KAZAN (Tass.Ru) —');
    const dot = text.indexOf('reopened.') + 'reopened'.length;
    const later = text.indexOf('said.More') + 'said'.length;
    expect(spans(text, 'BODY_GLUED_SENTENCE')).toEqual([
      [dot - 1, dot + 2],
      [later - 1, later + 2],
    ]);
  });

  it('without a fix are reported and left alone, even with repair: safe', () => {
    const drop = 'B.At least four boats came in on the first day, the port said.';
    const text = `${HEAD}\n\n${TITLE}\n\nThe harbour reopened on Tuesday after the winter repairs, officials said.\n\n${drop}\n`;
    const at = text.indexOf(drop);
    for (const repair of ['none', 'safe'] as const) {
      expect(spans(text, 'BODY_DROP_CAP', { repair })).toEqual([[at, at + 2]]);
      expect(spans(text, 'REPAIR_APPLIED', { repair })).toEqual([]);
      expect(parseArticle(text, { repair }).article?.paragraphs[1]).toBe(drop);
    }
  });

  it('drop a paragraph that a repair empties', () => {
    const text = `${HEAD}\n\n${TITLE}\n\n${ONE}\n\n&nbsp;\n\n${TWO}\n`;
    expect(parseArticle(text).article?.paragraphs).toEqual([ONE, '&nbsp;', TWO]);
    expect(parseArticle(text, { repair: 'safe' }).article?.paragraphs).toEqual([ONE, TWO]);
  });
});
