/**
 * The language stage: the language of the article text, read from the body first, then
 * the lead and the title when the body alone is too short to tell.
 */
import type { Reporter } from '../internal/report.js';
import { identifyLanguage, type LanguageReading } from '../normalize/detect-language.js';

/** What the stage gives when it cannot run. */
export const NO_LANGUAGE: LanguageReading | null = null;

/** Tells the language of a document from its fields, and what told it, or reports that it cannot. */
export function readLanguage(body: string | null, lead: string | null, title: string | null, at: number, report: Reporter): LanguageReading | null {
  const text = [body, lead, title].filter((t): t is string => t !== null).join('\n');
  const reading = text.length > 0 ? identifyLanguage(text) : null;
  if (reading === null) report.add('LANGUAGE_UNKNOWN', 'The language could not be told.', at);
  return reading;
}
