/**
 * Applying a boilerplate profile (src/parse/boilerplate.ts), behaviours a mutation run
 * (issue 13) found untested: a line's key, which units a profile lists for the page's host,
 * and the diagnostic for each line set aside. Direct calls: the whole-page tests in
 * test/parse/boilerplate.test.ts learn a corpus first.
 */
import { describe, expect, it } from 'vitest';
import { boilerplateKey, listedUnits, MAX_BOILERPLATE_LINE_LENGTH, reportSetAside, type BoilerplateLines } from '../../src/parse/boilerplate.js';
import type { Unit } from '../../src/parse/page.js';
import { Reporter } from '../../src/internal/report.js';

/** Units for `texts`, one after the other with a line break between them. */
function unitsOf(...texts: string[]): Unit[] {
  let at = 0;
  return texts.map((text) => {
    const u = { start: at, end: at + text.length, text, words: text.split(' ').length, onHeaderLine: false };
    at += text.length + 1;
    return u;
  });
}

const PROFILE: BoilerplateLines = new Map([
  ['north-post.example', new Set(['follow north post on telegram', 'read more'])],
  ['empty.example', new Set<string>()],
]);

describe('boilerplateKey', () => {
  it('is the line in lower case, digits and punctuation as written', () => {
    expect(boilerplateKey('Follow North Post on Telegram')).toBe('follow north post on telegram');
    expect(boilerplateKey('© 2021 NORTH POST')).toBe('© 2021 north post');
    expect(boilerplateKey('Задать вопрос')).toBe('задать вопрос');
  });

  it('is null for a line without a letter', () => {
    expect(boilerplateKey('***')).toBeNull();
    expect(boilerplateKey('12 345')).toBeNull();
    expect(boilerplateKey('1a')).toBe('1a');
  });

  it('is null for a line longer than the longest a profile lists', () => {
    expect(MAX_BOILERPLATE_LINE_LENGTH).toBe(500);
    const longest = 'a'.repeat(MAX_BOILERPLATE_LINE_LENGTH);
    expect(boilerplateKey(longest)).toBe(longest);
    expect(boilerplateKey(`${longest}a`)).toBeNull();
  });
});

describe('listedUnits', () => {
  const units = unitsOf('Harbour reopens', 'Follow North Post on Telegram', 'The harbour reopened on Tuesday.', 'READ MORE');

  it('marks each unit whose key the host lists', () => {
    expect(listedUnits(units, PROFILE, 'north-post.example')).toEqual([false, true, false, true]);
  });

  it('is null when the host lists none of the units', () => {
    expect(listedUnits(unitsOf('Harbour reopens', 'The harbour reopened on Tuesday.'), PROFILE, 'north-post.example')).toBeNull();
  });

  it('is null without a host, for a host the profile lacks and for a host without lines', () => {
    expect(listedUnits(units, PROFILE, null)).toBeNull();
    expect(listedUnits(units, PROFILE, 'south-post.example')).toBeNull();
    expect(listedUnits(units, PROFILE, 'empty.example')).toBeNull();
  });

  it('is null for a page without units', () => {
    expect(listedUnits([], PROFILE, 'north-post.example')).toBeNull();
  });

  it('marks a listed last unit after an unlisted one', () => {
    expect(listedUnits(unitsOf('Harbour reopens', 'Read more'), PROFILE, 'north-post.example')).toEqual([false, true]);
    expect(listedUnits(unitsOf('Read more', 'Harbour reopens'), PROFILE, 'north-post.example')).toEqual([true, false]);
  });
});

describe('reportSetAside', () => {
  it('reports BOILERPLATE_LINE over each unit set aside, in order', () => {
    const units = unitsOf('Harbour reopens', 'Follow North Post on Telegram', 'The harbour reopened on Tuesday.', 'Read more');
    const report = new Reporter();
    reportSetAside(units, [1, 3], report);
    const diagnostics = report.finish([0]);
    expect(diagnostics.map((d) => [d.code, d.start.offset, d.end.offset])).toEqual([
      ['BOILERPLATE_LINE', 16, 45],
      ['BOILERPLATE_LINE', 79, 88],
    ]);
  });

  it('reports nothing when nothing was set aside', () => {
    const report = new Reporter();
    reportSetAside(unitsOf('Read more'), [], report);
    expect(report.finish([0])).toEqual([]);
  });
});
