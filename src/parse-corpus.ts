import type { ParseResult } from './article.js';
import type { ParseArticleOptions } from './parse-article.js';

/** STUB: being written by the lead. */
export type ParseCorpusOptions = ParseArticleOptions;

/** STUB. */
export interface CorpusRecord extends ParseResult {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** STUB. */
export function parseCorpus(text: string, options?: ParseCorpusOptions): CorpusRecord[] {
  void text;
  void options;
  return [];
}
