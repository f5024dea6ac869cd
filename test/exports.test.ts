import { describe, expect, it } from 'vitest';
import * as newsdoc from '../src/index.js';

// The public surface is a contract: adding or removing an export is a deliberate change.
describe('public exports', () => {
  it('are exactly these runtime values', () => {
    expect(Object.keys(newsdoc).sort()).toEqual([
      'ArticleParseError',
      'ArticleStringifyError',
      'CorpusTransformStream',
      'DEFAULT_MAX_DOCUMENT_SIZE',
      'createParser',
      'detectLanguage',
      'diagnosticCodes',
      'findTimestamp',
      'fingerprint',
      'isArticleParseError',
      'normalizeDate',
      'normalizeTimestamp',
      'normalizeUrl',
      'parseArticle',
      'parseArticleOrThrow',
      'parseCorpus',
      'parseDateline',
      'parseStream',
      'sourceFromUrl',
      'stringifyArticle',
      'urlKey',
    ]);
  });

  it('keep their tables frozen, so no caller can change what later parses read', () => {
    expect(Object.isFrozen(newsdoc.diagnosticCodes)).toBe(true);
    for (const entry of Object.values(newsdoc.diagnosticCodes)) expect(Object.isFrozen(entry)).toBe(true);
  });

  it('give every code a severity', () => {
    for (const [code, entry] of Object.entries(newsdoc.diagnosticCodes)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+[A-Z]$/);
      expect(['error', 'warning', 'info']).toContain(entry.severity);
    }
  });
});
