/** The page stage's rules, each on a small page of our own. */
import { describe, expect, it } from 'vitest';
import { parseArticle, type SectionKind } from '../../src/index.js';

const kinds = (text: string): [SectionKind, string][] =>
  (parseArticle(text).article?.sections ?? []).filter((s) => s.kind !== 'whitespace').map((s) => [s.kind, s.text]);

const RIA_BLOCK = [
  ' date 2021-11-21 https://ria.ru/20211121/parom-1760011223.html',
  'Ferries return to the river after the winter break',
  'Ferries return to the river – RIA Novosti, 11/21/2021',
  'Ferries return to the river after the winter break',
  'River ferries in the city resumed service on Sunday. RIA Novosti, 21.11.2021',
  '2021-11-21T10: 05',
  '2021-11-21T12: 30',
  'transport',
  'City Council',
  '/ html / head / meta[@name=”og:title”]/ @ content',
  'https://cdnn21.img.ria.ru/images/07e5/0b/15/1760000000_0:0:1920:1080_1920x0_80_0_0_aa.jpg',
  'KAZAN, November 21 – RIA Novosti. River ferries in the city resumed service on Sunday after the winter break.',
  'Nine boats will run until October.',
  'internet-group@rian.ru',
  '7 495 645-6601',
  '2021',
].join('\n');

describe('the page stage', () => {
  it('reads a full RIA metadata block line by line', () => {
    expect(kinds(RIA_BLOCK).map(([k]) => k)).toEqual([
      'header', 'title', 'title-repeat', 'title-repeat', 'lead', 'timestamp', 'timestamp', 'tags', 'tags', 'xpath', 'image', 'body', 'body', 'footer', 'footer', 'footer',
    ]);
    const { article } = parseArticle(RIA_BLOCK);
    expect(article).toMatchObject({
      title: 'Ferries return to the river after the winter break',
      lead: 'River ferries in the city resumed service on Sunday.',
      published: '2021-11-21T10:05',
      tags: ['transport', 'City Council'],
      image: 'https://cdnn21.img.ria.ru/images/07e5/0b/15/1760000000_0:0:1920:1080_1920x0_80_0_0_aa.jpg',
      paragraphs: ['KAZAN, November 21 – RIA Novosti. River ferries in the city resumed service on Sunday after the winter break.', 'Nine boats will run until October.'],
    });
  });

  it('treats the first text under a Sputnik headline as the description, not the article', () => {
    const text = ' date 2022-04-20 https://sputniknews.com/20220420/harbour-reopens-after-repairs-1094900001.html\n\nHarbour Reopens After Repairs\n\nThe harbour will take boats again from Friday, the city said.\n\nThe port authority said repairs took two months and cost more than planned.';
    const { article } = parseArticle(text);
    expect(article?.lead).toBe('The harbour will take boats again from Friday, the city said.');
    expect(article?.body).toBe('The port authority said repairs took two months and cost more than planned.');
  });

  it('keeps a lone Sputnik description as the article', () => {
    const text = ' date 2022-04-20 https://sputniknews.com/20220420/harbour-reopens-after-repairs-1094900001.html\n\nHarbour Reopens After Repairs\n\nThe harbour will take boats again from Friday, the city said.';
    expect(parseArticle(text).article?.body).toBe('The harbour will take boats again from Friday, the city said.');
  });

  it('reads a UrduPoint summary as the lead, not the headline', () => {
    const sentence = 'Officials in the region said on Monday that the new harbour would open to fishing boats and small ferries from the first week of December';
    const text = ` date 2021-11-01 ${sentence}\n\nMOSCOW (UrduPoint News / Sputnik - 01st November, 2021) ${sentence}.`;
    const { article } = parseArticle(text);
    expect(article?.title).toBeNull();
    expect(article?.lead).toBe(sentence);
  });

  it('prefers the headline the page repeats over a promotional line before it', () => {
    const text = ' date 2022-11-06 Sport\nFind the latest sports stories and photos at our site!\nSkater Wins Grand Prix Stage in Sapporo\nSkater Wins Grand Prix Stage in Sapporo\n\nThe skater won the event on Sunday, finishing ten points ahead.';
    expect(parseArticle(text).article?.title).toBe('Skater Wins Grand Prix Stage in Sapporo');
  });

  it('does not take short lines under a headline for tags without the template after them', () => {
    const text = ' date 2021-11-02\nHarbour reopens after winter repairs\nBoats are back on the water\nJane Doe\nThe harbour reopened on Tuesday after four months of repairs, officials said.';
    const { article } = parseArticle(text);
    expect(article?.tags).toEqual([]);
    expect(article?.title).toBe('Harbour reopens after winter repairs');
  });

  it('takes photo captions and credits for credits', () => {
    const text = ' date 2021-11-25 Register\n© AP Photo / Jane Doe\nA destroyer in the strait, May 18, 2021. - Sputnik International, 1920, 25.11.2021\nBoats pass a pier. -REUTERS\nMOSCOW (Sputnik) - The navy is tracking a destroyer, the ministry said.';
    expect(kinds(text).filter(([k]) => k === 'credit').map(([, t]) => t)).toEqual([
      '© AP Photo / Jane Doe',
      'A destroyer in the strait, May 18, 2021. - Sputnik International, 1920, 25.11.2021',
      'Boats pass a pier. -REUTERS',
    ]);
  });
});
