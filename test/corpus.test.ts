/**
 * The labelled real corpus in ../shared/corpus, when it is there: every document parses
 * without throwing, the canonical-shape documents (category A) match their labels
 * exactly, and every field is held to a ratchet: the misses it has today are listed
 * below, a new miss fails, and a fixed miss fails until it is taken off the list. The
 * corpus is never copied into this repository. A clone without it skips these tests with
 * a note, unless `NEWSDOC_CORPUS=required` (set in `.ci/run`) makes that a failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseCorpus, type Article } from '../src/index.js';

const corpusDir = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const hasCorpus = existsSync(join(corpusDir, 'labels.jsonl'));
const required = process.env['NEWSDOC_CORPUS'] === 'required';
if (!hasCorpus && !required) console.warn(`[newsdoc] ${corpusDir} not found: the real-corpus tests are skipped.`);

interface Label {
  file: string;
  documents: number;
  headerDate: string | null;
  headerTime: string | null;
  urlNormalized: string | null;
  urlDate: string | null;
  urlId: string | null;
  title: string | null;
  dateline: { raw: string; place: string | null; agency: string | null; date: string | null } | null;
  published: string | null;
  image: string | null;
  tags: string[];
  language: string | null;
  bodyStart: string | null;
  category: string;
  unscored?: string[];
}

function load(): { label: Label; text: string }[] {
  return readFileSync(join(corpusDir, 'labels.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Label)
    .map((label) => ({ label, text: readFileSync(join(corpusDir, 'docs', label.file), 'utf8') }));
}

const fold = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\s+/g, ' ').trim());
// Timestamps compare without zero seconds and with `+0000` written `+00:00`, as the labels allow.
const stamp = (s: string | null | undefined): string | null =>
  s == null ? null : s.replace(/([+-]\d{2}):?(\d{2})$/, '$1:$2').replace(/T(\d{2}:\d{2}):00(?=[+-]|$)/, 'T$1');
// The labels write a root URL with or without its slash.
const noSlash = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\/$/, ''));

/** Field readers: what we produced and what the label says; `null` on our side means "no value". */
const fields: Record<string, (a: Article | null, l: Label) => [unknown, unknown]> = {
  date: (a, l) => [a?.date ?? null, l.headerDate],
  headerTime: (a, l) => [a?.time ?? null, l.headerTime],
  url: (a, l) => [noSlash(a?.url), noSlash(l.urlNormalized)],
  urlDate: (a, l) => [a?.source?.urlDate ?? null, l.urlDate],
  urlId: (a, l) => [a?.source?.articleId ?? null, l.urlId],
  title: (a, l) => [fold(a?.title), fold(l.title)],
  'dateline.raw': (a, l) => [fold(a?.dateline?.raw), fold(l.dateline?.raw)],
  'dateline.place': (a, l) => [a?.dateline?.place ?? null, l.dateline?.place ?? null],
  'dateline.agency': (a, l) => [a?.dateline?.agency ?? null, l.dateline?.agency ?? null],
  'dateline.date': (a, l) => [a?.dateline?.date ?? null, l.dateline?.date ?? null],
  bodyStart: (a, l) => {
    const want = fold(l.bodyStart);
    if (want === null) return [a?.body ? 'body' : null, null];
    return [a?.body ? (fold(a.body) ?? '').slice(0, want.length) : null, want];
  },
  published: (a, l) => [stamp(a?.published), stamp(l.published)],
  tags: (a, l) => [[...(a?.tags ?? [])].sort(), [...l.tags].sort()],
  image: (a, l) => [a?.image ?? null, l.image],
  language: (a, l) => [a?.language ?? null, l.language],
};

/**
 * Today's misses, by file (without `.txt`). A miss is a value that differs from the label,
 * wrong or absent. This list may only shrink: fix a shape and take its files off.
 */
const KNOWN_MISSES: Record<string, readonly string[]> = {
  title: ['071'],
};

/** Whether a miss is a wrong value rather than an absent one (worse for a user than `null`). */
function isWrong(got: unknown): boolean {
  return got !== null && !(Array.isArray(got) && got.length === 0);
}

/**
 * Today's wrong answers per field, the subset of {@link KNOWN_MISSES} where a value was given
 * and it is not the label. A rule that trades a `null` for a wrong value fails here.
 */
const KNOWN_WRONG: Record<string, number> = {};

/** The fields of an article that do not count input offsets: no sections, entries without their span. */
function withoutPositions(article: Article | null): unknown {
  if (article === null) return null;
  return { ...article, sections: null, entries: article.entries.map(({ time, title, body }) => ({ time, title, body })) };
}

describe.runIf(hasCorpus || required)('the real corpus', () => {
  it('is there', () => {
    expect(hasCorpus, `${corpusDir} is required (NEWSDOC_CORPUS=required) but missing`).toBe(true);
  });

  const docs = hasCorpus ? load() : [];

  it('parses every document without throwing, each with an article', () => {
    expect(docs.length).toBeGreaterThan(0);
    for (const { label, text } of docs) {
      const { article } = parseArticle(text);
      expect(article, label.file).not.toBeNull();
    }
  });

  // A feed or a digest (a label with more than one item: `documents` counts the intro post
  // and each entry) is split into one entry per item; every other file, an ordinary article
  // or a live page whose entries the file cuts off (152, 210), has none.
  it('splits exactly the files that hold several items, one entry per item', () => {
    const split = docs.map(({ label, text }) => [label.file, parseArticle(text).article?.entries.length ?? 0] as const).filter(([, n]) => n > 0);
    expect(split).toEqual(docs.filter((d) => d.label.documents > 1).map((d) => [d.label.file, d.label.documents]));
    expect(split.map(([file]) => file)).toEqual(['004.txt', '219.txt']);
  });

  it('dates the items of the feed by the header, and heads the first story of the digest with the title', () => {
    const byFile = new Map(docs.map((d) => [d.label.file, d]));
    const feed = byFile.get('004.txt');
    const digest = byFile.get('219.txt');
    if (feed === undefined || digest === undefined) return expect.fail('004 and 219 are in the corpus');
    const items = parseArticle(feed.text).article?.entries ?? [];
    // The first item's time is the header's own; the second opens its line (`12:54 …`).
    expect(items.map((e) => e.time)).toEqual([`${feed.label.headerDate}T${feed.label.headerTime}`, `${feed.label.headerDate}T12:54`]);
    expect(items.map((e) => e.start)).toEqual([feed.text.indexOf(feed.label.headerTime ?? '?'), feed.text.indexOf('\n12:54') + 1]);
    const stories = parseArticle(digest.text).article?.entries ?? [];
    expect(stories[0]?.title).toBe(digest.label.title);
    expect(fold(stories[0]?.body)?.startsWith(fold(digest.label.bodyStart) ?? '?')).toBe(true);
    expect(stories.map((e) => e.time)).toEqual([null, null]);
  });

  it.each(docs.filter((d) => d.label.category === 'A').map((d) => [d.label.file, d] as const))(
    'reads the canonical shape of %s exactly',
    (_file, { label, text }) => {
      const article = parseArticle(text).article;
      for (const name of ['date', 'url', 'title', 'dateline.raw', 'dateline.place', 'dateline.agency', 'dateline.date', 'urlDate', 'urlId']) {
        const [got, want] = (fields[name] as (a: Article | null, l: Label) => [unknown, unknown])(article, label);
        expect(got, name).toEqual(want);
      }
    },
  );

  it('concatenated with blank lines, gives one record per document with a header, each read as alone', () => {
    const texts = docs.map((d) => d.text);
    const starts: number[] = [];
    let at = 0;
    for (const text of texts) {
      starts.push(at);
      at += text.length + 2;
    }
    const joined = texts.join('\n\n');
    const records = parseCorpus(joined);
    const recordStarts = new Set(records.map((r) => r.start));
    // A page stored without a header cannot be told from the body before it (docs/format.md).
    const merged = docs.filter((_d, i) => !recordStarts.has(starts[i] ?? -1)).map((d) => d.label.file);
    const headerless = docs.filter((d) => parseArticle(d.text).diagnostics.some((x) => x.code === 'HEADER_MISSING')).map((d) => d.label.file);
    expect(merged).toEqual(headerless);
    expect(records.every((r) => starts.includes(r.start))).toBe(true);
    for (const record of records) {
      const i = starts.indexOf(record.start);
      // A record that a headerless page joined is the two pages together.
      if (record.end !== (starts[i + 1] ?? joined.length)) continue;
      const alone = parseArticle(docs[i]?.text ?? '').article;
      expect(withoutPositions(record.article), docs[i]?.label.file).toEqual(withoutPositions(alone));
      // Entries, like sections, are placed in the joined input.
      const shifted = (alone?.entries ?? []).map((e) => [e.start + record.start, e.end + record.start]);
      expect(record.article?.entries.map((e) => [e.start, e.end]), docs[i]?.label.file).toEqual(shifted);
    }
  });

  // Layout changes that a store or an editor makes must change no field (sections aside).
  const layouts: Record<string, (t: string) => string> = {
    'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
    'a BOM': (t) => `\uFEFF${t}`,
    'trailing spaces': (t) => t.replace(/\n/g, '  \n'),
    'single newlines': (t) => t.replace(/\n\s*\n/g, '\n'),
    'blank lines everywhere': (t) => t.replace(/\n+/g, '\n\n'),
    'indented lines': (t) => t.split('\n').map((l, i) => (i > 0 && l ? `    ${l}` : l)).join('\n'),
  };
  const fieldsOf = (text: string): unknown => withoutPositions(parseArticle(text).article);

  it.each(Object.entries(layouts))('reads every document the same with %s', (_name, change) => {
    for (const { label, text } of docs) expect(fieldsOf(change(text)), label.file).toEqual(fieldsOf(text));
  });

  describe('field by field, against the list of known misses', () => {
    const single = docs.filter((d) => d.label.documents === 1);
    const misses: Record<string, string[]> = {};
    const wrong: Record<string, number> = {};
    for (const { label, text } of single) {
      const article = parseArticle(text).article;
      for (const [name, read] of Object.entries(fields)) {
        if (label.unscored?.includes(name)) continue;
        const [got, want] = read(article, label);
        if (JSON.stringify(got) === JSON.stringify(want)) continue;
        (misses[name] ??= []).push(label.file.replace(/\.txt$/, ''));
        if (isWrong(got)) wrong[name] = (wrong[name] ?? 0) + 1;
      }
    }

    it('knows every field it checks', () => {
      for (const name of [...Object.keys(KNOWN_MISSES), ...Object.keys(KNOWN_WRONG)]) expect(Object.keys(fields)).toContain(name);
    });

    it.each(Object.keys(fields))('%s: no new miss, and no fixed miss left on the list', (name) => {
      const got = misses[name] ?? [];
      const known = KNOWN_MISSES[name] ?? [];
      expect({ new: got.filter((f) => !known.includes(f)), fixed: known.filter((f) => !got.includes(f)) }).toEqual({ new: [], fixed: [] });
    });

    it.each(Object.keys(fields))('%s: no more wrong answers than before', (name) => {
      expect(wrong[name] ?? 0).toBeLessThanOrEqual(KNOWN_WRONG[name] ?? 0);
    });
  });
});
