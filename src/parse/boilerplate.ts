/**
 * Boilerplate profiles: the lines a host repeats across its pages (menus, banners,
 * subscription blocks, print trailers), learned from a corpus by `learnBoilerplate`
 * (`newsdoc/node`) and given to {@link parseArticle} as `{ boilerplate: profile }`. The core
 * holds only what applying one takes: the profile's shape, the one definition of a line's
 * key (the learner uses it too), and the look-up of a page's lines. The page stage decides
 * what a listed line becomes (docs/boilerplate.md).
 */
import type { Reporter } from '../internal/report.js';
import type { Unit } from './page.js';

/**
 * What one host of a {@link BoilerplateProfile} repeats.
 *
 * @example
 * ```ts
 * const host: BoilerplateHost = { documents: 40, lines: { 'subscribe to our morning newsletter': 31 } };
 * ```
 */
export interface BoilerplateHost {
  /** How many of the host's documents the profile was learned from (reposts of one story count once). */
  readonly documents: number;
  /**
   * Each line the host repeats, as its key (blanks folded, lower case: `© 2021 North Post`
   * is `© 2021 north post`), and in how many of the documents it stands.
   */
  readonly lines: { readonly [line: string]: number };
}

/**
 * The lines each host repeats across its documents, as `learnBoilerplate` (`newsdoc/node`)
 * or `newsdoc boilerplate` writes it (JSON, keys in code-unit order, so one corpus always
 * gives the same bytes). {@link parseArticle} with `{ boilerplate: profile }` keeps a listed
 * line of the page's host out of the body; docs/boilerplate.md describes the format.
 *
 * @example
 * ```ts
 * const profile: BoilerplateProfile = {
 *   version: 1,
 *   share: 0.2,
 *   minDocuments: 10,
 *   hosts: { 'north-post.example': { documents: 40, lines: { 'follow north post on telegram': 12 } } },
 * };
 * ```
 */
export interface BoilerplateProfile {
  /** The version of the format: 1. */
  readonly version: 1;
  /** The share of a host's documents a line stood in at least, when it was learned. */
  readonly share?: number;
  /** The fewest documents a host had to have to be learned. */
  readonly minDocuments?: number;
  /** The hosts, by `source.host` (lower case, no `www.`). */
  readonly hosts: { readonly [host: string]: BoilerplateHost };
}

/** A checked profile as the parser reads it: per host, the keys of its lines. @internal */
export type BoilerplateLines = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The longest line a profile lists, in code units: menus, banners and trailers are a
 * sentence or two; a line longer than this is article text, however often it repeats.
 */
export const MAX_BOILERPLATE_LINE_LENGTH = 500;

// A letter: a line without one (`1`, `***`, `•`) says nothing about a template.
const HAS_LETTER = /\p{L}/u;

/**
 * The key of a line (a unit's text, blanks already folded): lower case; `null` for a line no
 * profile lists (too long, or without a letter). Digits stay as written: an automated note
 * (`The dollar rose to 73.52 roubles`) repeats its wording with new figures, and is article
 * text. @internal
 */
export function boilerplateKey(text: string): string | null {
  if (text.length > MAX_BOILERPLATE_LINE_LENGTH || !HAS_LETTER.test(text)) return null;
  return text.toLowerCase();
}

/** Which units of the page the profile lists for its host; `null` when it lists none. @internal */
export function listedUnits(units: readonly Unit[], profile: BoilerplateLines, host: string | null): boolean[] | null {
  const lines = host === null ? undefined : profile.get(host);
  if (lines === undefined || lines.size === 0) return null;
  let any = false;
  const listed = units.map((u) => {
    const key = boilerplateKey(u.text);
    const hit = key !== null && lines.has(key);
    any ||= hit;
    return hit;
  });
  return any ? listed : null;
}

/** Reports each line the page stage set aside because the profile lists it. @internal */
export function reportSetAside(units: readonly Unit[], setAside: readonly number[], report: Reporter): void {
  for (const i of setAside) {
    const u = units[i] as Unit;
    report.add('BOILERPLATE_LINE', 'The profile lists this line for the host: kept out of the body.', u.start, u.end);
  }
}
