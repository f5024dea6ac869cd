/**
 * The `detectLanguage` hook: asked only where the built-in detector abstains, given the text
 * it read, its answer checked; and the recipe of docs/format.md, run as it stands with eld.
 */
import { readFileSync } from 'node:fs';
import { eld } from 'eld';
import { describe, expect, it } from 'vitest';
import * as newsdoc from '../../src/index.js';
import { parseArticle, parseCorpus, type LanguageHook } from '../../src/index.js';
import { compileBlock } from '../dist/doc-examples.js';

// Vietnamese, whose letters (ơ, ư, đ) no listed alphabet has: the built-in abstains.
const VIETNAMESE = ' date 2021-11-02\n\nCầu mới mở cửa\n\nCây cầu mới bắc qua sông đã được thông xe sau hai năm xây dựng, chính quyền thành phố cho biết.';
const ENGLISH = ' date 2021-11-02\n\nBridge reopens\n\nThe new bridge over the river was opened to traffic after two years of work, the city said.';

/** A hook that records what it was given and answers `answer`. */
function recording(answer: unknown): { hook: LanguageHook; calls: string[] } {
  const calls: string[] = [];
  return { calls, hook: (text) => (calls.push(text), answer as string | null) };
}

const codes = (text: string, hook: LanguageHook): string[] => parseArticle(text, { detectLanguage: hook }).diagnostics.map((d) => d.code);

describe('the detectLanguage hook', () => {
  it('is asked only where the built-in detector abstains', () => {
    expect(parseArticle(VIETNAMESE).article?.language).toBeNull();
    const { hook, calls } = recording('vi');
    expect(parseArticle(ENGLISH, { detectLanguage: hook }).article).toMatchObject({ language: 'en', languageBasis: 'stopwords' });
    expect(calls).toEqual([]);
    expect(parseArticle(VIETNAMESE, { detectLanguage: hook }).article).toMatchObject({ language: 'vi', languageBasis: 'hook' });
    expect(calls).toHaveLength(1);
  });

  it('gets the text the built-in read: the body, the lead and the title, joined by line breaks', () => {
    const { hook, calls } = recording(null);
    parseArticle(VIETNAMESE, { detectLanguage: hook });
    expect(calls).toEqual(['Cây cầu mới bắc qua sông đã được thông xe sau hai năm xây dựng, chính quyền thành phố cho biết.\nCầu mới mở cửa']);
  });

  it('gets at most the first 2,000 code units, and never half a character', () => {
    const { hook, calls } = recording(null);
    const sentences = 'Cây cầu mới bắc qua sông đã được thông xe sau hai năm xây dựng. '.repeat(40);
    // A character of two code units at 1,999–2,000: the sample stops before it.
    const body = `${sentences.slice(0, 1999)}𝐀${sentences.slice(1999)}`;
    parseArticle(` date 2021-11-02\n\n${body}`, { detectLanguage: hook });
    expect(calls[0]).toBe(sentences.slice(0, 1999));
    parseArticle(` date 2021-11-02\n\n${sentences}`, { detectLanguage: hook });
    expect(calls[1]).toBe(sentences.slice(0, 2000));
  });

  it('is not asked when there is no text to read', () => {
    const { hook, calls } = recording('vi');
    expect(codes(' date 2021-11-02\n\n2021\n\n10:30', hook)).toContain('LANGUAGE_UNKNOWN');
    expect(calls).toEqual([]);
  });

  it.each([
    ['vi', 'vi'],
    ['pt-BR', 'pt-BR'],
    ['PT-br', 'pt-BR'],
    ['SR-LATN', 'sr-Latn'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['es-419', 'es-419'],
    ['de-CH-1901', 'de-CH-1901'],
    ['yue', 'yue'],
  ])('takes the tag %j as %j, with languageBasis hook', (answer, language) => {
    const result = parseArticle(VIETNAMESE, { detectLanguage: () => answer });
    expect(result.article).toMatchObject({ language, languageBasis: 'hook' });
    expect(result.diagnostics.map((d) => d.code)).not.toContain('LANGUAGE_UNKNOWN');
  });

  it.each([null, 'und'])('abstains with %j: language null, LANGUAGE_UNKNOWN and no failure', (answer) => {
    const result = parseArticle(VIETNAMESE, { detectLanguage: () => answer });
    expect(result.article).toMatchObject({ language: null, languageBasis: null });
    expect(result.diagnostics.map((d) => d.code)).toContain('LANGUAGE_UNKNOWN');
    expect(result.diagnostics.map((d) => d.code)).not.toContain('LANGUAGE_HOOK_FAILED');
  });

  it.each([
    ['undefined', undefined],
    ['an empty string', ''],
    ['a number', 42],
    ['a name', 'english'],
    ['an underscore', 'en_US'],
    ['a single letter', 'e'],
    ['an extension', 'en-u-ca-gregory'],
    ['an object', { language: 'vi' }],
    ['a Promise', Promise.resolve('vi')],
    ['a very long tag', `en-${'abcdefgh-'.repeat(5)}x1`],
  ])('turns %s into null and a LANGUAGE_HOOK_FAILED warning at the text, never a throw', (_what, answer) => {
    const result = parseArticle(VIETNAMESE, { detectLanguage: () => answer as never });
    expect(result.ok).toBe(true);
    expect(result.article).toMatchObject({ language: null, languageBasis: null });
    const failed = result.diagnostics.filter((d) => d.code === 'LANGUAGE_HOOK_FAILED');
    expect(failed.map((d) => [d.severity, d.start.line, d.start.column])).toEqual([['warning', 3, 1]]);
    expect(result.diagnostics.map((d) => d.code)).toContain('LANGUAGE_UNKNOWN');
  });

  it('turns a throw into null and a LANGUAGE_HOOK_FAILED warning, and the corpus goes on', () => {
    const hook: LanguageHook = () => {
      throw new Error('model not loaded');
    };
    const records = parseCorpus(`${VIETNAMESE}\n${ENGLISH}\n`, { detectLanguage: hook });
    expect(records.map((r) => [r.ok, r.article?.language, r.diagnostics.filter((d) => d.code === 'LANGUAGE_HOOK_FAILED').length])).toEqual([
      [true, null, 1],
      [true, 'en', 0],
    ]);
  });

  it('reaches the streaming parser, checked once', () => {
    const records: newsdoc.CorpusRecord[] = [];
    const parser = newsdoc.createParser((r) => records.push(r), { detectLanguage: () => 'vi' });
    parser.feed(`${VIETNAMESE}\n${VIETNAMESE}\n`);
    parser.end();
    expect(records.map((r) => r.article?.languageBasis)).toEqual(['hook', 'hook']);
  });
});

describe('the eld recipe of docs/format.md', () => {
  const doc = readFileSync(new URL('../../docs/format.md', import.meta.url), 'utf8');
  const start = doc.indexOf('<!-- recipe: eld -->');
  const code = /```js\n([\s\S]*?)\n```/.exec(doc.slice(start))?.[1] ?? '';

  it('runs as it stands, with the real eld, and shows what it does', async () => {
    expect(start).toBeGreaterThan(0);
    expect(code).toContain("from 'eld'");
    const { script, checks } = compileBlock(code);
    expect(checks.length).toBeGreaterThan(0);
    const results: unknown[] = [];
    const check = async (i: number, run: () => Promise<unknown>): Promise<void> => {
      results[i] = await run();
    };
    const AsyncFunction = (async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
    // The block's imports are dropped; the names they bring are given: eld, and newsdoc from src/.
    await new AsyncFunction('eld', 'parseArticle', '__check', script)(eld, newsdoc.parseArticle, check);
    checks.forEach((c, i) => expect(results[i], c.statement).toEqual(new Function(`return (${c.expected});`)()));
  });
});
