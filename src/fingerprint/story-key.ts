/**
 * The story key of a headline: a hash of its normalised longest part, so that a repost
 * that adds a kicker (`EXCLUSIVE: …`) or a site name (`… | Daily Post`) keeps the key.
 */
import { murmur3Words } from '../internal/hash.js';
import { wordHashes } from './words.js';

// Where a headline splits into parts: a bar, slash, bullet or dash with spaces around
// it (`Harbour reopens | City News`, `Harbour reopens - report`), or a colon and a space
// (`Exclusive: harbour reopens`).
const TITLE_PART_BREAK = /\s[|/•·–—-]\s|:\s/;

// Fewer words than this is too generic a headline to say two pages are one story
// (`Weather`, `Live updates`, `Photo of the day`).
const MIN_STORY_WORDS = 3;

/**
 * The story key of `title`: MurmurHash3 (seed 0) of the word hashes of its part with the
 * most words (the first of equals), or `null` when that part has fewer than three words.
 */
export function storyKey(title: string): number | null {
  // Stryker disable next-line ArrayDeclaration: a one-word start is below MIN_STORY_WORDS, as the empty one is
  let best: number[] = [];
  for (const part of title.split(TITLE_PART_BREAK)) {
    const words = wordHashes(part);
    if (words.length > best.length) best = words;
  }
  return best.length < MIN_STORY_WORDS ? null : murmur3Words(best, 0, best.length, 0);
}
