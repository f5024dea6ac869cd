import { describe, expect, it } from 'vitest';
import { countWords, isCallToAction, isHeadlineShape, keywordItems } from '../../../src/parse/page/line-kinds.js';

const headline = (text: string): boolean => isHeadlineShape(text, countWords(text));

describe('isHeadlineShape', () => {
  it.each([
    ['a line in a script without case', 'افتتاح جسر جديد فوق القناة', true],
    ['a kicker, a full stop, then the headline', 'Harbour strike. Dockers walk out for a second day', true],
    ['a kicker of six words', 'One two three four five six. Dockers walk out again', true],
    ['a kicker of seven words is a sentence', 'One two three four five six seven. Dockers walk out again', false],
    ['two stops are two sentences', 'Harbour strike. Dockers walk out. Talks stall', false],
    ['a kicker line that ends with a stop is prose', 'Harbour strike. Dockers walk out for a second day.', false],
    ['all capitals is a banner', 'HARBOUR STRIKE IN GDYNIA', false],
    ['figures only in a caseless script is no headline', '٢٠٢٢ ١٢ ٠٥', false],
  ])('%s', (_, text, want) => {
    expect(headline(text)).toBe(want);
  });
});

describe('keywordItems', () => {
  it('reads two or more short comma-separated items', () => {
    expect(keywordItems('belarus, europe, poland')).toEqual(['belarus', 'europe', 'poland']);
    expect(keywordItems('В мире, Европа, Дмитрий Песков')).toEqual(['В мире', 'Европа', 'Дмитрий Песков']);
  });

  it.each([
    ['one item', 'belarus'],
    ['a sentence', 'Crews walked out, the union said.'],
    ['an item of five words', 'one two three four five, poland'],
    ['a quoted item', 'ferries, "strikes"'],
    ['an empty item', 'ferries, , strikes'],
    ['figures', '2021, 2022'],
  ])('not %s', (_, text) => {
    expect(keywordItems(text)).toBeNull();
  });
});

describe('isCallToAction', () => {
  it.each([
    ['Subscribe to Baltic Herald on Telegram', true],
    ['Подписывайтесь на Sputnik в Дзен', true],
    ['Follow us on X', true],
    ['Subscribers to the ferry pass will get a refund from the operator next month', false],
    ['Subscribe to our channel and get the news first, every morning, before work starts', false],
  ])('%s', (text, want) => {
    expect(isCallToAction(text, countWords(text))).toBe(want);
  });
});
