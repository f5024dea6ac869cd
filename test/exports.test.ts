import { describe, expect, it } from 'vitest';
import * as newsdoc from '../src/index.js';

// The public surface is a contract: adding or removing an export is a deliberate change.
describe('public exports', () => {
  it('are exactly these runtime values', () => {
    expect(Object.keys(newsdoc).sort()).toEqual([
      'ArticleParseError',
      'detectLanguage',
      'diagnosticCodes',
      'findTimestamp',
      'normalizeDate',
      'normalizeTimestamp',
      'normalizeUrl',
      'parseArticle',
      'parseArticleOrThrow',
      'parseCorpus',
      'parseDateline',
      'sourceFromUrl',
      'urlKey',
    ]);
  });

  it('give every code a severity', () => {
    for (const [code, entry] of Object.entries(newsdoc.diagnosticCodes)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+[A-Z]$/);
      expect(['error', 'warning', 'info']).toContain(entry.severity);
    }
  });
});
