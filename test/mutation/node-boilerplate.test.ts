/**
 * Learning a boilerplate profile (src/node/boilerplate.ts) on small corpora of our own: the
 * defaults and the thresholds at their edges, the kinds of line never learned, reposts,
 * documents that count nothing, what the learner forgets every hundred pages, the order
 * of the profile, and the checks. test/parse/boilerplate.test.ts learns from a generated
 * corpus while its tests are collected, too slow for a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseCorpus, type Article } from '../../src/index.js';
import { createBoilerplateLearner, learnBoilerplate } from '../../src/node/index.js';

const HOST = 'north-post.example';
const BANNER = 'Follow North Post on Telegram';
const KEY = BANNER.toLowerCase();

/**
 * Page `n` of a host: a headline, a dateline paragraph and a second paragraph of its own,
 * then `extra` lines at its end.
 */
function page(n: number, extra: readonly string[] = [], host = HOST): string {
  return [
    ` date 2021-11-02 https://${host}/news/story-${n}`,
    `Story ${n} of the day: the harbour reopens`,
    `KAZAN, November 2 – North Post. The harbour of story ${n} reopened on Friday, the mayor said.`,
    `Workers also repaired ${n} benches and ${n + 1} lamps nearby.`,
    ...extra,
  ].join('\n\n');
}

/** `count` pages of a host, those whose number `withLine` accepts ending in `line`. */
function pages(count: number, withLine: (n: number) => boolean = () => true, line = BANNER, host = HOST): string[] {
  return Array.from({ length: count }, (_, n) => page(n, withLine(n) ? [line] : [], host));
}

describe('learnBoilerplate', () => {
  it('learns a line on every page of a host, and says which share and minimum it used', () => {
    expect(learnBoilerplate(pages(12))).toEqual({ version: 1, share: 0.2, minDocuments: 10, hosts: { [HOST]: { documents: 12, lines: { [KEY]: 12 } } } });
    expect(learnBoilerplate(pages(12), { share: 0.5, minDocuments: 3 })).toMatchObject({ share: 0.5, minDocuments: 3 });
  });

  it('needs ten pages of a host by default, or minDocuments', () => {
    expect(learnBoilerplate(pages(10)).hosts[HOST]?.lines).toEqual({ [KEY]: 10 });
    expect(learnBoilerplate(pages(9)).hosts).toEqual({});
    expect(learnBoilerplate(pages(9), { minDocuments: 9 }).hosts[HOST]?.documents).toBe(9);
    expect(learnBoilerplate(pages(3), { minDocuments: 3 }).hosts[HOST]?.lines).toEqual({ [KEY]: 3 });
  });

  it('needs a line on three pages at least, whatever the share', () => {
    // Two of ten is a fifth; three of ten is more.
    expect(learnBoilerplate(pages(10, (n) => n < 2)).hosts).toEqual({});
    expect(learnBoilerplate(pages(10, (n) => n < 3)).hosts[HOST]?.lines).toEqual({ [KEY]: 3 });
    expect(learnBoilerplate(pages(10, (n) => n < 2), { share: 0.01 }).hosts).toEqual({});
  });

  it('needs a line on the share of a host’s pages or more', () => {
    // Three of fifteen is a fifth exactly; three of twenty is less.
    expect(learnBoilerplate(pages(15, (n) => n < 3)).hosts[HOST]).toEqual({ documents: 15, lines: { [KEY]: 3 } });
    expect(learnBoilerplate(pages(20, (n) => n < 3)).hosts).toEqual({});
    expect(learnBoilerplate(pages(20, (n) => n < 4)).hosts[HOST]?.lines).toEqual({ [KEY]: 4 });
    // A share of 1: every page.
    expect(learnBoilerplate(pages(10), { share: 1 }).hosts[HOST]?.lines).toEqual({ [KEY]: 10 });
    expect(learnBoilerplate(pages(10, (n) => n > 0), { share: 1 }).hosts).toEqual({});
  });

  it('learns no line the parser reads as the header, tags, an XPath, an image, a link, a timestamp or a credit', () => {
    const words = ['harbour', 'bridge', 'school', 'market', 'museum', 'park', 'stadium', 'library', 'station', 'theatre', 'tower', 'garden'];
    // The same header, tags and template lines on every page; only the banner is boilerplate.
    const texts = words.map((w, n) =>
      [
        ` date 2021-11-02 https://${HOST}/news`,
        `The ${w} reopens after repairs`,
        'harbour',
        'city council',
        '/html/head/meta[3]',
        `https://${HOST}/img/front.jpg`,
        '2 November 2021, 10:34',
        `KAZAN, November 2 – North Post. The ${w} reopened on Friday, the mayor said.`,
        'Photo: Anna Lee / North Post',
        `https://${HOST}/subscribe`,
        `Workers also repaired ${n + 2} benches nearby.`,
        BANNER,
      ].join('\n\n'),
    );
    const kinds = (parseArticle(texts[0] as string).article as Article).sections.map((s) => s.kind).filter((k) => k !== 'whitespace');
    expect(kinds).toEqual(['header', 'title', 'tags', 'tags', 'xpath', 'image', 'timestamp', 'body', 'credit', 'link', 'body', 'footer']);
    expect(learnBoilerplate(texts).hosts).toEqual({ [HOST]: { documents: 12, lines: { [KEY]: 12 } } });
    // Read from the records of one corpus, whose sections count from its start, the same.
    expect(learnBoilerplate(parseCorpus(texts.join('\n'))).hosts).toEqual({ [HOST]: { documents: 12, lines: { [KEY]: 12 } } });
  });

  it('learns no line without a letter', () => {
    expect(learnBoilerplate(pages(12, () => true, '* * * 2021 * * *')).hosts).toEqual({});
  });

  it('reads parse results, articles and the records of a corpus as it reads the texts', () => {
    const texts = pages(12, (n) => n % 3 !== 0);
    const profile = learnBoilerplate(texts);
    expect(profile.hosts).toEqual({ [HOST]: { documents: 12, lines: { [KEY]: 8 } } });
    expect(learnBoilerplate(texts.map((t) => parseArticle(t)))).toEqual(profile);
    expect(learnBoilerplate(texts.map((t) => parseArticle(t).article as Article))).toEqual(profile);
    const records = parseCorpus(texts.join('\n'));
    expect(records.map((r) => r.start > 0)).toEqual(texts.map((_, n) => n > 0));
    expect(learnBoilerplate(records)).toEqual(profile);
  });

  it('counts a repost of a story once, whatever the case of its letters', () => {
    const story = page(100, ['A line of this story alone']);
    const texts = [...pages(10), story, story, story.toUpperCase().replace('HTTPS://NORTH-POST.EXAMPLE', `https://${HOST}`), story];
    // Counted once, the story's own line is on one page of eleven.
    expect(learnBoilerplate(texts).hosts).toEqual({ [HOST]: { documents: 11, lines: { [KEY]: 10 } } });
    expect(learnBoilerplate([...texts, page(101, ['A line of this story alone']), page(102, ['A line of this story alone'])]).hosts[HOST]).toEqual({
      documents: 13,
      lines: { [KEY]: 10, 'a line of this story alone': 3 },
    });
  });

  it('takes a story to be its headline and its first paragraph together', () => {
    const first = 'KAZAN, November 2 – North Post. The harbour reopened on Friday, the mayor said.';
    const sameTitle = Array.from({ length: 10 }, (_, n) => [` date 2021-11-02 https://${HOST}/news/${n}`, 'The news of the day', `KAZAN, November 2 – North Post. Item ${n} of the day is told here.`, BANNER].join('\n\n'));
    const sameLead = Array.from({ length: 10 }, (_, n) => [` date 2021-11-02 https://${HOST}/news/${n}`, `The news of day ${n}`, first, BANNER].join('\n\n'));
    // Ten stories each (the shared line itself is then on every page, and learned).
    expect(learnBoilerplate(sameTitle).hosts[HOST]?.documents).toBe(10);
    expect(learnBoilerplate(sameLead).hosts[HOST]?.documents).toBe(10);
  });

  it('without a headline, takes the story to be the first paragraph; with neither, counts each page', () => {
    /** Page `n` as an article without a headline, with the paragraphs given. */
    const untitled = (n: number, paragraphs: string[]): Article => ({ ...(parseArticle(page(n, [BANNER])).article as Article), title: null, paragraphs });
    // Twelve pages telling four stories: four documents.
    const fourStories = Array.from({ length: 12 }, (_, n) => untitled(n, [`Item ${n % 4} of the day is told here.`]));
    expect(learnBoilerplate(fourStories, { minDocuments: 3 }).hosts[HOST]).toEqual({ documents: 4, lines: { [KEY]: 4 } });
    // Twelve pages with no story to tell each other apart by: twelve documents.
    const noStory = Array.from({ length: 12 }, (_, n) => untitled(n, []));
    expect(learnBoilerplate(noStory).hosts[HOST]).toEqual({ documents: 12, lines: { [KEY]: 12 } });
  });

  it('lists hosts and their lines in code-unit order', () => {
    const tail = ['Subscribe to North Post', 'Éditions North Post', 'Ads by North Post'];
    const texts = ['north.example', 'north-post.example', 'alpha.example'].flatMap((host) => Array.from({ length: 10 }, (_, n) => page(n, tail, host)));
    const profile = learnBoilerplate(texts);
    // '-' comes before '.', and 'é' after every ASCII letter.
    expect(Object.keys(profile.hosts)).toEqual(['alpha.example', 'north-post.example', 'north.example']);
    expect(Object.keys(profile.hosts['north.example']?.lines ?? {})).toEqual(['ads by north post', 'subscribe to north post', 'éditions north post']);
    expect(JSON.stringify(learnBoilerplate([...texts].reverse()))).toBe(JSON.stringify(profile));
  });

  it('counts nothing for a document without a host or without an article', () => {
    const noUrl = Array.from({ length: 12 }, (_, n) => page(n, [BANNER]).replace(` https://${HOST}/news/story-${n}`, ''));
    expect(parseArticle(noUrl[0] as string).article?.source?.host).toBeUndefined();
    expect(learnBoilerplate(noUrl).hosts).toEqual({});
    const learner = createBoilerplateLearner();
    for (const document of [parseArticle(''), { article: null }, parseCorpus('')[0]]) learner.add(document as never);
    expect(learner.lines).toBe(0);
    expect(learner.profile().hosts).toEqual({});
  });

  it('is checked: a bad option or document is a TypeError or a RangeError', () => {
    for (const share of [0, -0.1, 1.5]) expect(() => learnBoilerplate([], { share }), String(share)).toThrow(RangeError);
    for (const minDocuments of [0, 2.5, Number.POSITIVE_INFINITY]) expect(() => learnBoilerplate([], { minDocuments }), String(minDocuments)).toThrow(RangeError);
    expect(learnBoilerplate([], { share: 1, minDocuments: 1 })).toEqual({ version: 1, share: 1, minDocuments: 1, hosts: {} });
    expect(() => learnBoilerplate([], { share: '0.2' } as never)).toThrow(TypeError);
    expect(() => learnBoilerplate([], { minDocuments: 5, Share: 0.2 } as never)).toThrow(TypeError);
    for (const documents of [null, undefined, 42, {}]) expect(() => learnBoilerplate(documents as never), String(documents)).toThrow(TypeError);
    for (const document of [null, 42, true]) expect(() => learnBoilerplate([document] as never), String(document)).toThrow(TypeError);
    const article = parseArticle(page(1)).article as Article;
    const withoutSections = Object.fromEntries(Object.entries(article).filter(([key]) => key !== 'sections'));
    expect(() => learnBoilerplate([withoutSections] as never)).toThrow(TypeError);
    expect(() => learnBoilerplate([{ article: withoutSections }] as never)).toThrow(TypeError);
  });
});

describe('createBoilerplateLearner', () => {
  it('forgets, every hundred pages of a host, the lines seen once on a page a hundred or more pages back', () => {
    const learner = createBoilerplateLearner();
    const held: number[] = [];
    for (let n = 1; n <= 200; n++) {
      // Each page: three lines of its own, the banner, and on pages 1 and 2 a line of those two.
      learner.add(page(n, n <= 2 ? ['Pages one and two only', BANNER] : [BANNER]));
      if (n === 99 || n === 100 || n === 199 || n === 200) held.push(learner.lines);
    }
    // At page 100 no page is a hundred back yet; at page 200 those of pages 1 to 100 go.
    expect(held).toEqual([3 * 99 + 2, 3 * 100 + 2, 3 * 199 + 2, 3 * 100 + 2]);
    expect(learner.profile().hosts[HOST]).toEqual({ documents: 200, lines: { [KEY]: 200 } });
  });

  it('holds the lines of all its hosts', () => {
    const learner = createBoilerplateLearner();
    learner.add(page(1, [BANNER]));
    learner.add(page(2, [BANNER]));
    learner.add(page(1, [BANNER], 'south.example'));
    // Three lines of each page and the banner once per host.
    expect(learner.lines).toBe(3 * 2 + 1 + 3 + 1);
  });
});
