/**
 * The language stage: the language of the article text, read from the body first, then
 * the lead and the title when the body alone is too short to tell. Where the built-in
 * detector abstains, a `detectLanguage` hook the caller gives may name it (docs/format.md).
 */
import type { Reporter } from '../internal/report.js';
import { identifyLanguage, type LanguageReading } from '../normalize/detect-language.js';

/** What the stage gives when it cannot run. */
export const NO_LANGUAGE: LanguageReading | null = null;

/**
 * A language detector the caller plugs into {@link parseArticle} as its `detectLanguage`
 * option: it gets the text sample the built-in detector read and answers with a BCP 47 tag,
 * or `null` to abstain.
 *
 * @example
 * ```ts
 * const hook: LanguageHook = (text) => (/[ăâđêôơư]/.test(text) ? 'vi' : null);
 * ```
 */
export type LanguageHook = (text: string) => string | null;

// What the hook is given: the opening the built-in detector reads too. It tells the language
// as well as the whole, and keeps the hook's cost flat when a page is megabytes long.
const HOOK_SAMPLE_LENGTH = 2000;
// A BCP 47 language tag as detectors return one: a language, then an optional script, region
// and variants (`en`, `pt-BR`, `sr-Latn`, `zh-Hant-TW`, `de-CH-1901`). Extensions and
// private-use tags are no answer to "which language".
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;
// The longest tag the expression allows that anyone returns; a longer string is no tag.
const MAX_TAG_LENGTH = 35;
// BCP 47's own "undetermined": the hook abstains, as with `null`.
const UNDETERMINED = 'und';

/** A tag in BCP 47's case: language lower, script title, region upper (`PT-br` → `pt-BR`). */
function canonicalTag(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/-([a-z])([a-z]{3})(?=-|$)/, (_m, first: string, rest: string) => `-${first.toUpperCase()}${rest}`)
    .replace(/-[a-z]{2}(?=-|$)/, (region) => region.toUpperCase());
}

/** Asks the hook; a throw or an answer that is no tag is reported, never passed on. */
function askHook(hook: LanguageHook, text: string, at: number, report: Reporter): LanguageReading | null {
  // The sample ends before a lone high surrogate: the hook gets whole characters.
  const last = text.charCodeAt(HOOK_SAMPLE_LENGTH - 1);
  let answer: unknown;
  let what: string;
  try {
    answer = hook(text.slice(0, last >= 0xd800 && last <= 0xdbff ? HOOK_SAMPLE_LENGTH - 1 : HOOK_SAMPLE_LENGTH));
    if (answer === null || answer === UNDETERMINED) return null;
    if (typeof answer === 'string' && answer.length <= MAX_TAG_LENGTH && LANGUAGE_TAG.test(answer)) return { language: canonicalTag(answer), basis: 'hook' };
    // Stryker disable next-line StringLiteral,ConditionalExpression,EqualityOperator,MethodExpression: the message's wording, which no test reads.
    what = `answered ${typeof answer === 'string' ? JSON.stringify(answer.slice(0, 40)) : typeof answer}, not a BCP 47 tag or null`;
    // Stryker disable next-line BlockStatement: the message's wording, which no test reads (the report below is made either way).
  } catch (error) {
    // Stryker disable next-line StringLiteral,ConditionalExpression: the message's wording, which no test reads.
    what = `threw ${error instanceof Error ? error.message : String(error)}`;
  }
  report.add('LANGUAGE_HOOK_FAILED', `The detectLanguage hook ${what}.`, at);
  return null;
}

/** Tells the language of a document from its fields, and what told it, or reports that it cannot. */
export function readLanguage(body: string | null, lead: string | null, title: string | null, at: number, hook: LanguageHook | undefined, report: Reporter): LanguageReading | null {
  const text = [body, lead, title].filter((t): t is string => t !== null).join('\n');
  // An empty text has no letters: the detector abstains on it.
  let reading = identifyLanguage(text);
  if (reading === null && hook !== undefined && text.length > 0) reading = askHook(hook, text, at, report);
  if (reading === null) report.add('LANGUAGE_UNKNOWN', 'The language could not be told.', at);
  return reading;
}
