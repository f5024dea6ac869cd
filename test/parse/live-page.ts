/** Builders for live pages, shared by the entries stage's tests and its mutation killers. */
import { parseArticle, type Entry } from '../../src/index.js';

/** A page of `lines`, blank lines between them, under ` date <date>`. */
export function page(date: string, ...lines: string[]): string {
  return [` date ${date}`, ...lines].join('\n\n');
}

/** The entries `parseArticle` reads from `text` (none without an article). */
export function entriesOf(text: string): readonly Entry[] {
  return parseArticle(text).article?.entries ?? [];
}

/** The codes of every diagnostic `parseArticle` gives `text`, in order. */
export function codesOf(text: string): string[] {
  return parseArticle(text).diagnostics.map((d) => d.code);
}

/** A live page's title. */
export const TITLE = 'LIVE: The regatta on the bay';

/** One post: its marked heading line and a paragraph under it. */
export const post = (marker: string, heading: string): string[] => [`${marker} ${heading}`, `The crews reported on ${heading.toLowerCase()} this morning.`];
