/**
 * The language stage: the language of the article text, read from the body first, then
 * the lead and the title when the body alone is too short to tell.
 */
import type { Reporter } from '../internal/report.js';
import { detectLanguage } from '../normalize/detect-language.js';

/** Tells the language of a document from its fields, or reports that it cannot. */
export function readLanguage(body: string | null, lead: string | null, title: string | null, at: number, report: Reporter): string | null {
  const text = [body, lead, title].filter((t): t is string => t !== null).join('\n');
  const language = text.length > 0 ? detectLanguage(text) : null;
  if (language === null) report.add('LANGUAGE_UNKNOWN', 'The language could not be told.', at);
  return language;
}
