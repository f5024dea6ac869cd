// How a fixture is parsed, read from its name; the one rule the fixture test, the dist
// smoke tests and `npm run fixtures:update` share:
// - `multiple-…` and `corpus-…` hold several documents and go through `parseCorpus`;
// - `repair-…` are parsed with `{ repair: 'safe' }`;
// - `too-large-…` are parsed with `{ maxDocumentSize: 120 }`.
'use strict';

/**
 * @param {string} name - The fixture's name, without `.txt`.
 * @returns {{ corpus: boolean, options: { repair?: 'safe', maxDocumentSize?: number } | undefined }}
 */
function fixtureMode(name) {
  const options = name.startsWith('repair-') ? { repair: 'safe' } : name.startsWith('too-large-') ? { maxDocumentSize: 120 } : undefined;
  return { corpus: name.startsWith('multiple-') || name.startsWith('corpus-') || name.startsWith('too-large-'), options };
}

/**
 * Parses a fixture's text with the package `api` as its name says.
 * @param {Record<string, any>} api - The newsdoc package (src or dist).
 * @param {string} name - The fixture's name.
 * @param {string} text - Its text.
 */
function parseFixture(api, name, text) {
  const { corpus, options } = fixtureMode(name);
  return corpus ? api.parseCorpus(text, options) : api.parseArticle(text, options);
}

module.exports = { fixtureMode, parseFixture };
