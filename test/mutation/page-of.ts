/** A small page for the page stage's tests: one unit per line, a line break between them. */
import type { PageContext, Unit } from '../../src/parse/page.js';
import { countWords } from '../../src/parse/page/line-kinds.js';

export interface PageOptions {
  /** The words of the URL's slug. */
  readonly slug?: readonly string[];
  /** The page has a description slot (an outlet whose lead stands under the headline). */
  readonly slot?: boolean;
  /** Which lines a boilerplate profile lists. */
  readonly listed?: readonly boolean[] | null;
  /** The first line stands on the header line, after the date. */
  readonly onHeader?: boolean;
}

/** The page context of `lines`. */
export function pageOf(lines: readonly string[], options: PageOptions = {}): PageContext {
  const input = lines.join('\n');
  let at = 0;
  const units: Unit[] = lines.map((text, i) => {
    const u = { start: at, end: at + text.length, text, words: countWords(text), onHeaderLine: options.onHeader === true && i === 0 };
    at += text.length + 1;
    return u;
  });
  return { input, units, slugWords: options.slug ?? [], descriptionSlot: options.slot ?? false, listed: options.listed ?? null };
}
