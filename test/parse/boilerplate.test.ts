/**
 * Boilerplate profiles: learned on a generated corpus (our fixtures on four invented hosts,
 * with lines of our own injected at known shares and places, test/parse/boilerplate-corpus.ts),
 * then applied. The bars of issue 12: lines on 20 % or more of one host's documents leave
 * the body in at least 90 % of their occurrences, and no dateline, lead or first body line
 * of the page is ever lost. Counts here come from the tests' own reading of the text.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseCorpus, type Article, type BoilerplateProfile } from '../../src/index.js';
import { createBoilerplateLearner, learnBoilerplate } from '../../src/node/index.js';
import { checkDiagnostics, checkSections } from '../invariants.js';
import { generatedCorpus, HOSTS, type GeneratedDocument } from './boilerplate-corpus.js';

/** A line as the tests compare lines: blanks folded, lower case. */
const keyOf = (line: string): string => line.replace(/\s+/g, ' ').trim().toLowerCase();

/** In how many of each host's documents each line stands, read from the raw text. */
function lineShares(corpus: readonly GeneratedDocument[]): Map<string, { documents: number; lines: Map<string, number> }> {
  const out = new Map<string, { documents: number; lines: Map<string, number> }>();
  for (const d of corpus) {
    const host = out.get(d.host) ?? { documents: 0, lines: new Map<string, number>() };
    out.set(d.host, host);
    host.documents++;
    for (const line of new Set(d.text.split(/\r\n|\r|\n/).map(keyOf).filter((l) => l !== ''))) host.lines.set(line, (host.lines.get(line) ?? 0) + 1);
  }
  return out;
}

const BAR_SHARE = 0.2;
const BAR_LEFT_BODY = 0.9;

describe.each([
  ['fixture-length pages', false],
  ['full-length pages (2–6 KB of text)', true],
])('a profile learned from a generated corpus of %s', (_label, full) => {
  const corpus = generatedCorpus({ full });
  const profile = learnBoilerplate(corpus.map((d) => d.text));
  const shares = lineShares(corpus);
  const parsed = corpus.map((d) => ({ d, with: parseArticle(d.text, { boilerplate: profile }), without: parseArticle(d.text) }));

  it('is made of four hosts of twenty documents or more each', () => {
    expect(Object.keys(profile.hosts).sort()).toEqual(Object.keys(HOSTS).sort());
    for (const [host, entry] of Object.entries(profile.hosts)) {
      expect(entry.documents, host).toBe(shares.get(host)?.documents);
      expect(entry.documents, host).toBeGreaterThanOrEqual(20);
    }
  });

  it('lists every injected line on a fifth of its host or more, with its count, and no rarer one', () => {
    for (const [host, items] of Object.entries(HOSTS)) {
      const own = shares.get(host);
      for (const { line } of items) {
        const count = own?.lines.get(keyOf(line)) ?? 0;
        const share = count / (own?.documents ?? 1);
        if (share >= BAR_SHARE) expect(profile.hosts[host]?.lines[keyOf(line)], `${host}: ${line}`).toBe(count);
        else expect(profile.hosts[host]?.lines[keyOf(line)], `${host}: ${line} (${share})`).toBeUndefined();
      }
    }
  });

  it('lists no line that stands on less than a fifth of its host, nor one of another host', () => {
    for (const [host, entry] of Object.entries(profile.hosts)) {
      const own = shares.get(host);
      for (const line of Object.keys(entry.lines)) expect((own?.lines.get(line) ?? 0) / (own?.documents ?? 1), `${host}: ${line}`).toBeGreaterThanOrEqual(BAR_SHARE);
    }
  });

  it('keeps the repeated lines out of the body in at least 90 % of their occurrences', () => {
    let occurrences = 0;
    let left = 0;
    let leftWithout = 0;
    for (const { d, with: w, without } of parsed) {
      const own = shares.get(d.host);
      for (const { line } of d.injected) {
        if ((own?.lines.get(keyOf(line)) ?? 0) / (own?.documents ?? 1) < BAR_SHARE) continue;
        occurrences++;
        if (!(w.article?.body ?? '').includes(line)) left++;
        if (!(without.article?.body ?? '').includes(line)) leftWithout++;
      }
    }
    expect(occurrences).toBeGreaterThan(150);
    expect(left / occurrences).toBeGreaterThanOrEqual(BAR_LEFT_BODY);
    // Without the profile most of them stay: the bar measures the profile, not the page rules.
    expect(leftWithout / occurrences).toBeLessThan(BAR_LEFT_BODY);
  });

  it('never loses the dateline, the headline, the lead or the first body line of the page', () => {
    const lost: string[] = [];
    for (const { d, with: w } of parsed) {
      const a = w.article as Article;
      const o = d.originalArticle;
      if (JSON.stringify(a.dateline) !== JSON.stringify(o.dateline)) lost.push(`${d.name} on ${d.host}: dateline`);
      if (a.title !== o.title) lost.push(`${d.name} on ${d.host}: title`);
      if (a.lead !== o.lead) lost.push(`${d.name} on ${d.host}: lead`);
      if (a.paragraphs[0] !== o.paragraphs[0]) lost.push(`${d.name} on ${d.host}: first body line`);
    }
    expect(lost).toEqual([]);
  });

  it('gives back the page’s own body on nine pages of ten; the others carry a line too rare to learn', () => {
    const same = parsed.filter(({ d, with: w }) => w.article?.body === d.originalArticle.body);
    expect(same.length / parsed.length).toBeGreaterThanOrEqual(0.9);
    // A trailer too rare to learn stays in the body, and the publisher block above it with it:
    // the page rules read trailers from the end up to the first line that is none.
    for (const { d } of parsed.filter((p) => !same.includes(p))) {
      const rare = d.injected.filter((i) => (shares.get(d.host)?.lines.get(keyOf(i.line)) ?? 0) / (shares.get(d.host)?.documents ?? 1) < BAR_SHARE);
      expect(rare.length, d.name).toBeGreaterThan(0);
    }
  });

  it('marks each line it sets aside: a chrome or footer section spanning it, with a BOILERPLATE_LINE there', () => {
    for (const { d, with: w } of parsed) {
      const sections = w.article?.sections ?? [];
      checkSections(d.text, sections, 0, d.text.length);
      checkDiagnostics(d.text, w.diagnostics, 0, d.text.length);
      for (const { line } of d.injected) {
        if (profile.hosts[d.host]?.lines[keyOf(line)] === undefined) continue;
        const section = sections.find((s) => s.text === line);
        expect(section?.kind === 'chrome' || section?.kind === 'footer', `${d.name}: ${line}`).toBe(true);
      }
      const marked = w.diagnostics.filter((x) => x.code === 'BOILERPLATE_LINE').map((x) => d.text.slice(x.start.offset, x.end.offset));
      for (const text of marked) expect(profile.hosts[d.host]?.lines[keyOf(text)], text).toBeDefined();
    }
  });

  it('changes nothing on a page of a host the profile does not know', () => {
    for (const { d } of parsed.slice(0, 20)) {
      const elsewhere = d.original.replace(`https://${d.host}/`, 'https://elsewhere.example/');
      expect(parseArticle(elsewhere, { boilerplate: profile })).toEqual(parseArticle(elsewhere));
    }
  });

  it('is the same profile whatever the order of the documents and whatever they are given as', () => {
    expect(JSON.stringify(learnBoilerplate([...corpus].reverse().map((d) => d.text)))).toBe(JSON.stringify(profile));
    expect(learnBoilerplate(parsed.map((p) => p.without))).toEqual(profile);
    expect(learnBoilerplate(parsed.map((p) => p.without.article as Article))).toEqual(profile);
  });
});

const page = (host: string, n: number, extra: { top?: string; end?: string } = {}): string =>
  [
    ` date 2021-11-02 https://${host}/news/${n}`,
    extra.top ?? '',
    `The ${WORDS[n % WORDS.length]} reopens after ${n} weeks of repairs`,
    `KAZAN, November 2 – RIA Novosti. The ${WORDS[n % WORDS.length]} reopened on Friday after ${n} weeks, the mayor said.`,
    `Workers also repaired ${n} benches nearby.`,
    extra.end ?? '',
  ].join('\n\n');
const WORDS = ['harbour', 'bridge', 'school', 'market', 'museum', 'park', 'stadium', 'library', 'station', 'theatre'];
const TRAILER = 'Follow North Post on Telegram for the news of the day';

describe('learnBoilerplate', () => {
  it('needs ten documents of a host, and a line in three of them and a fifth', () => {
    const pages = (total: number, withTrailer: number): string[] => Array.from({ length: total }, (_, n) => page('a.example', n, n < withTrailer ? { end: TRAILER } : {}));
    const lines = (texts: string[]): unknown => learnBoilerplate(texts).hosts['a.example']?.lines[TRAILER.toLowerCase()];
    expect(lines(pages(9, 9))).toBeUndefined(); // nine documents: too few
    expect(lines(pages(10, 3))).toBe(3);
    expect(lines(pages(10, 2))).toBeUndefined(); // a fifth, but only two
    expect(lines(pages(15, 3))).toBe(3);
    expect(lines(pages(16, 3))).toBeUndefined(); // three of sixteen is less than a fifth
    expect(learnBoilerplate(pages(16, 4), { share: 0.25 }).hosts['a.example']?.lines[TRAILER.toLowerCase()]).toBe(4);
    expect(learnBoilerplate(pages(9, 9), { minDocuments: 9 }).hosts['a.example']?.lines[TRAILER.toLowerCase()]).toBe(9);
  });

  it('counts reposts of one story once, so that a story is never learned as its host’s boilerplate', () => {
    const story = page('a.example', 3);
    const texts = [...Array.from({ length: 10 }, (_, n) => page('a.example', n + 10)), story, story, story, story, story];
    const profile = learnBoilerplate(texts);
    expect(profile.hosts['a.example']).toBeUndefined();
    // Had they counted, the story's lines would be on a third of the pages.
    const result = parseArticle(story, { boilerplate: profile });
    expect(result.article?.paragraphs).toEqual(parseArticle(story).article?.paragraphs);
  });

  it('reads the records of a corpus as it reads their texts (their sections count from the start of the corpus)', () => {
    const texts = Array.from({ length: 12 }, (_, n) => page('a.example', n, n % 2 === 0 ? { end: TRAILER } : { top: TRAILER }));
    const profile = learnBoilerplate(texts);
    expect(profile.hosts['a.example']?.lines).toEqual({ [TRAILER.toLowerCase()]: 12 });
    expect(learnBoilerplate(parseCorpus(texts.join('\n')))).toEqual(profile);
  });

  it('remembers a line on a fifth of a long run of pages exactly, while forgetting lines seen once', () => {
    const texts = Array.from({ length: 1000 }, (_, n) => page('a.example', n, n % 5 === 2 ? { end: TRAILER } : { end: `A line of page ${n} alone` }));
    const learner = createBoilerplateLearner();
    for (const text of texts) learner.add(text);
    expect(learner.profile().hosts['a.example']?.lines).toEqual({ [TRAILER.toLowerCase()]: 200 });
    // Of the last hundred pages, held: three lines of each (headline, dateline line, second
    // line), the last line of the eighty without the trailer, and the trailer (without
    // forgetting, every line of the thousand pages: 3,801).
    expect(learner.lines).toBe(3 * 100 + 80 + 1);
  });

  it('learns no line of tags, dates, URLs, images or credits, nor one without a letter', () => {
    const texts = Array.from({ length: 12 }, (_, n) =>
      [` date 2021-11-02 https://a.example/news/${n}`, `The ${WORDS[n % 10]} reopens after ${n} weeks`, '2021-11-02T10:00', 'harbour', 'city council', 'https://a.example/subscribe', '***', `KAZAN, November 2 – RIA Novosti. Text ${n} here, the mayor said on Friday.`].join('\n'),
    );
    expect(learnBoilerplate(texts).hosts).toEqual({});
  });

  it('is checked: a bad option or document is a TypeError or RangeError', () => {
    expect(() => learnBoilerplate([], { share: 0 })).toThrow(RangeError);
    expect(() => learnBoilerplate([], { share: 1.5 })).toThrow(RangeError);
    expect(() => learnBoilerplate([], { share: '0.2' } as never)).toThrow(TypeError);
    expect(() => learnBoilerplate([], { minDocuments: 2.5 })).toThrow(RangeError);
    expect(() => learnBoilerplate([], { Share: 0.2 } as never)).toThrow(TypeError);
    expect(() => learnBoilerplate(42 as never)).toThrow(TypeError);
    expect(() => learnBoilerplate([42] as never)).toThrow(TypeError);
    const article = parseArticle(page('a.example', 1)).article as Article;
    const withoutSections = Object.fromEntries(Object.entries(article).filter(([key]) => key !== 'sections'));
    expect(() => learnBoilerplate([withoutSections] as never)).toThrow(TypeError);
  });
});

describe('parseArticle with a boilerplate profile', () => {
  const profile = (lines: readonly string[], host = 'a.example'): BoilerplateProfile => ({
    version: 1,
    hosts: { [host]: { documents: 20, lines: Object.fromEntries(lines.map((l) => [l.toLowerCase(), 10])) } },
  });

  it('never sets aside the line with the dateline, even when the profile lists it', () => {
    const text = page('a.example', 1);
    const datelineLine = 'KAZAN, November 2 – RIA Novosti. The bridge reopened on Friday after 1 weeks, the mayor said.';
    expect(text).toContain(datelineLine);
    const result = parseArticle(text, { boilerplate: profile([datelineLine]) });
    expect(result.article?.dateline?.place).toBe('KAZAN');
    expect(result).toEqual(parseArticle(text));
  });

  it('reads a page as without the profile when the profile lists all of its article text', () => {
    const text = ' date 2021-11-02 https://a.example/news/1\n\nBridge reopens after repairs\n\nThe bridge reopened on Friday after repairs, the mayor said.';
    const result = parseArticle(text, { boilerplate: profile(['The bridge reopened on Friday after repairs, the mayor said.']) });
    expect(result).toEqual(parseArticle(text));
  });

  it('sets a listed banner aside where it would have been the headline, the lead or the start of the text', () => {
    const banner = 'Subscribe to the morning letter of North Post and read the news before breakfast';
    const text = [' date 2021-11-02 https://a.example/news/1', 'North Post Daily Edition For You', 'Bridge reopens after repairs', banner, 'The bridge reopened on Friday after repairs, the mayor said.'].join('\n\n');
    const without = parseArticle(text).article;
    const w = parseArticle(text, { boilerplate: profile(['North Post Daily Edition For You', banner]) });
    expect(without?.title).toBe('North Post Daily Edition For You');
    expect(w.article?.title).toBe('Bridge reopens after repairs');
    expect(w.article?.lead).toBeNull();
    expect(w.article?.paragraphs).toEqual(['The bridge reopened on Friday after repairs, the mayor said.']);
    expect(w.diagnostics.filter((d) => d.code === 'BOILERPLATE_LINE').map((d) => [d.start.line, d.start.column, d.end.column])).toEqual([
      [3, 1, 33],
      [7, 1, banner.length + 1],
    ]);
  });

  it('makes a listed line after the article a footer, one inside it chrome, and keeps tags that a host repeats', () => {
    const text = [
      ' date 2021-11-02 https://a.example/news/1',
      'Bridge reopens after repairs',
      '2021-11-02T10:00',
      'harbour',
      'city council',
      'KAZAN, November 2 – RIA Novosti. The bridge reopened on Friday after repairs.',
      'Read our special page on the repairs of the city bridges and roads this year',
      'Workers also repaired the benches nearby.',
      'North Post is registered as a mass medium; reprinting only with a link.',
    ].join('\n');
    const w = parseArticle(text, { boilerplate: profile(['Read our special page on the repairs of the city bridges and roads this year', 'North Post is registered as a mass medium; reprinting only with a link.', 'harbour']) });
    const kinds = w.article?.sections.filter((s) => s.kind !== 'whitespace').map((s) => s.kind);
    expect(kinds).toEqual(['header', 'title', 'timestamp', 'tags', 'tags', 'body', 'chrome', 'body', 'footer']);
    expect(w.article?.tags).toEqual(['harbour', 'city council']);
  });

  it('is checked on the call: a profile of the wrong shape is a TypeError, one that could never match a RangeError', () => {
    const call = (boilerplate: unknown): unknown => parseArticle(page('a.example', 1), { boilerplate: boilerplate as BoilerplateProfile });
    expect(() => call({ hosts: {} })).toThrow(TypeError); // no version
    expect(() => call({ version: '1', hosts: {} })).toThrow(TypeError);
    expect(() => call({ version: 2, hosts: {} })).toThrow(RangeError);
    expect(() => call({ version: 1 })).toThrow(TypeError);
    expect(() => call({ version: 1, hosts: [] })).toThrow(TypeError);
    expect(() => call({ version: 1, hosts: { 'a.example': { lines: [] } } })).toThrow(TypeError);
    expect(() => call({ version: 1, hosts: { 'a.example': { lines: { share: '3' } } } })).toThrow(TypeError);
    expect(() => call({ version: 1, hosts: { 'A.example': { lines: {} } } })).toThrow(RangeError);
    expect(() => call({ version: 1, hosts: { 'www.a.example': { lines: {} } } })).toThrow(RangeError);
    expect(() => call({ version: 1, hosts: { 'a.example': { lines: { 'Share This': 3 } } } })).toThrow(RangeError);
    expect(() => call({ version: 1, hosts: { 'a.example': { lines: { '***': 3 } } } })).toThrow(RangeError);
    expect(() => call({ version: 1, hosts: { 'a.example': { documents: 3, lines: { 'share this': 3 } } } })).not.toThrow();
    expect(() => call({ version: 1, hosts: { 'a.example': { lines: { 'share this': '3' } } } })).toThrow(/options\.boilerplate\.hosts\["a\.example"\]\.lines\["share this"\]/);
  });

  it('is checked once by the corpus and stream entries, and applied to each document', () => {
    const texts = [page('a.example', 1, { end: TRAILER }), page('a.example', 2, { end: TRAILER })];
    const records = parseCorpus(texts.join('\n'), { boilerplate: profile([TRAILER]) });
    expect(records.map((r) => r.diagnostics.filter((d) => d.code === 'BOILERPLATE_LINE').length)).toEqual([1, 1]);
  });
});
