/**
 * Misuse throws at once, with a message that names what is wrong: for every public
 * function that takes options, each kind of bad options argument, and each option with a
 * value of the wrong type (TypeError) or out of its range (RangeError).
 */
import { describe, expect, it } from 'vitest';
import * as newsdoc from '../src/index.js';

type Call = (options: unknown) => unknown;

const DOC = ' date 2021-11-02\n\nHarbour reopens after repairs\n\nKAZAN, November 2 – RIA Novosti. The harbour reopened.';

/** Each function with options: how to call it, and per option a good value, a wrong type and an out-of-range value. */
const functions: Record<string, { call: Call; options: Record<string, { good: unknown; wrongType: unknown; outOfRange?: unknown }> }> = {
  parseArticle: {
    call: (o) => newsdoc.parseArticle(DOC, o as never),
    options: {
      repair: { good: 'safe', wrongType: true, outOfRange: 'all' },
      maxDocumentSize: { good: 1000, wrongType: '1000', outOfRange: 0.5 },
      boilerplate: { good: { version: 1, hosts: { 'a.example': { documents: 10, lines: { 'share this': 4 } } } }, wrongType: 'profile.json', outOfRange: { version: 2, hosts: {} } },
      detectLanguage: { good: () => null, wrongType: 'eld' },
    },
  },
  createParser: {
    call: (o) => {
      const records: unknown[] = [];
      const parser = newsdoc.createParser((r) => records.push(r), o as never);
      parser.feed(DOC);
      parser.end();
      return records;
    },
    options: {
      repair: { good: 'safe', wrongType: 0, outOfRange: 'SAFE' },
      maxDocumentSize: { good: 10, wrongType: null, outOfRange: 0 },
      boilerplate: { good: { version: 1, hosts: {} }, wrongType: [], outOfRange: { version: 1, hosts: { 'WWW.A.EXAMPLE': { lines: {} } } } },
      detectLanguage: { good: () => 'vi', wrongType: {} },
    },
  },
  parseStream: { call: (o) => typeof newsdoc.parseStream([DOC], o as never).next, options: { maxDocumentSize: { good: 50, wrongType: true, outOfRange: -5 } } },
  CorpusTransformStream: { call: (o) => typeof new newsdoc.CorpusTransformStream(o as never).readable, options: { repair: { good: 'none', wrongType: [], outOfRange: 'x' } } },
  parseArticleOrThrow: { call: (o) => newsdoc.parseArticleOrThrow(DOC, o as never), options: { repair: { good: 'none', wrongType: 1, outOfRange: 'Safe' } } },
  parseCorpus: { call: (o) => newsdoc.parseCorpus(DOC, o as never), options: { repair: { good: 'safe', wrongType: null, outOfRange: '' } } },
  parseDateline: {
    call: (o) => newsdoc.parseDateline('KAZAN, November 2 – RIA Novosti. Text', o as never),
    options: { reference: { good: '2021-11-02', wrongType: 20211102, outOfRange: '2021-13' } },
  },
  normalizeDate: {
    call: (o) => newsdoc.normalizeDate('Nov 2', o as never),
    options: {
      reference: { good: '2021-11', wrongType: new Date(0), outOfRange: '2021-00' },
      slashOrder: { good: 'dmy', wrongType: 0, outOfRange: 'ymd' },
    },
  },
  normalizeUrl: {
    call: (o) => newsdoc.normalizeUrl('https://www.example.com/a/?utm_source=x', o as never),
    options: {
      stripWWW: { good: true, wrongType: 'yes' },
      removeTrailingSlash: { good: false, wrongType: 1 },
      sortQueryParameters: { good: true, wrongType: 'true' },
      forceHttps: { good: true, wrongType: null },
      stripHash: { good: false, wrongType: 0 },
      stripAuthentication: { good: true, wrongType: 'no' },
      removeQueryParameters: { good: ['a', /^b/], wrongType: 'a' },
      removeExplicitPort: { good: true, wrongType: {} },
      removeDirectoryIndex: { good: ['index.php'], wrongType: [1] },
    },
  },
  detectLanguage: {
    call: (o) => newsdoc.detectLanguage('The minister said that the talks would go on.', o as never),
    options: {
      maxLength: { good: 100, wrongType: '100', outOfRange: -1 },
      minStopwords: { good: 2, wrongType: Number.NaN, outOfRange: -0.5 },
    },
  },
};

describe.each(Object.entries(functions))('%s', (name, { call, options }) => {
  it('takes no options, undefined, or an empty object alike', () => {
    expect(call({})).toEqual(call(undefined));
  });

  it.each([
    ['null', null],
    ['a string', 'safe'],
    ['a number', 1],
    ['an array', []],
    ['a function', () => ({})],
  ])('throws TypeError for %s as options', (_what, bad) => {
    expect(() => call(bad)).toThrow(TypeError);
    expect(() => call(bad)).toThrow(new RegExp(`^${name}: options must be an object`));
  });

  it('throws TypeError naming an unknown option', () => {
    expect(() => call({ NotAnOption: true })).toThrow(TypeError);
    expect(() => call({ NotAnOption: true })).toThrow(/"NotAnOption"/);
  });

  it('reads own properties only: an option on the prototype changes nothing', () => {
    const [key, { outOfRange, wrongType }] = Object.entries(options)[0] as [string, { wrongType: unknown; outOfRange?: unknown }];
    const inherited = Object.create({ [key]: outOfRange ?? wrongType }) as object;
    expect(call(inherited)).toEqual(call(undefined));
  });

  it.each(Object.entries(options))('accepts a good %s', (key, { good }) => {
    expect(() => call({ [key]: good })).not.toThrow();
  });

  it.each(Object.entries(options))('throws TypeError for %s of the wrong type', (key, { wrongType }) => {
    expect(() => call({ [key]: wrongType })).toThrow(TypeError);
    expect(() => call({ [key]: wrongType })).toThrow(new RegExp(`options\\.${key}`));
  });

  const ranged = Object.entries(options).filter(([, o]) => 'outOfRange' in o);
  it.runIf(ranged.length > 0).each(ranged)('throws RangeError for %s out of its range', (key, { outOfRange }) => {
    expect(() => call({ [key]: outOfRange })).toThrow(RangeError);
    expect(() => call({ [key]: outOfRange })).toThrow(new RegExp(`options\\.${key}`));
  });
});

describe('options and shared state', () => {
  it('a key set on Object.prototype changes no result', () => {
    const url = 'https://user:secret@example.com/a';
    const before = newsdoc.normalizeUrl(url);
    const proto = Object.prototype as Record<string, unknown>;
    proto['stripAuthentication'] = false;
    try {
      expect(newsdoc.normalizeUrl(url)).toBe(before);
      expect(newsdoc.normalizeUrl(url, {})).toBe(before);
    } finally {
      delete proto['stripAuthentication'];
    }
  });

  it('no option set on Object.prototype changes any result', () => {
    const calls = [
      ...Object.values(functions).map((f) => () => f.call(undefined)),
      () => newsdoc.urlKey('http://www.example.com/a/?utm_source=x&b=1'),
      () => newsdoc.sourceFromUrl('https://www.ria.ru/20211102/a-1234567.html'),
      () => newsdoc.parseCorpus(`${DOC}\n\n${DOC}`),
    ];
    const before = calls.map((c) => JSON.stringify(c()));
    const proto = Object.prototype as Record<string, unknown>;
    const names = [...new Set(Object.values(functions).flatMap((f) => Object.entries(f.options)))];
    for (const [name, { outOfRange, wrongType }] of names) proto[name] = outOfRange ?? wrongType;
    try {
      expect(calls.map((c) => JSON.stringify(c()))).toEqual(before);
    } finally {
      for (const [name] of names) Reflect.deleteProperty(proto, name);
    }
  });

  it('diagnosticCodes cannot be changed', () => {
    const table = newsdoc.diagnosticCodes as unknown as Record<string, unknown>;
    expect(() => {
      delete table['TITLE_MISSING'];
    }).toThrow(TypeError);
    expect(() => {
      (table['TITLE_MISSING'] as { severity: string }).severity = 'info';
    }).toThrow(TypeError);
    expect(newsdoc.parseArticle(' date 2021-11-02\n\nKAZAN, November 2 – RIA Novosti. Text of it.').diagnostics.map((d) => d.code)).toContain('TITLE_MISSING');
  });
});
