import type { Severity } from './diagnostic.js';

// The literal table; `diagnosticCodes` re-exposes it with documented member types so the
// API reference can describe `severity` and `summary` once instead of per code.
const codeTable = {
  INPUT_EMPTY: { severity: 'error', summary: 'The input holds no text at all.' },
  INPUT_NOT_ARTICLE: { severity: 'error', summary: 'The input holds no header, no URL and no words: nothing article-like.' },
  INPUT_BOM: { severity: 'info', summary: 'The input starts with a byte-order mark, which was skipped.' },
  INPUT_LINE_ENDINGS: { severity: 'info', summary: 'Lines end with CRLF or a lone CR; they were read like LF.' },
  INPUT_CONTROL_CHARACTERS: { severity: 'warning', summary: 'The input holds NUL, ESC or other C0/C1 control characters; each run is marked.' },
  INTERNAL_ERROR: { severity: 'error', summary: 'A stage of the parser failed on this document; the fields it fills are empty. Please report the input.' },
  INPUT_BIDI_CONTROLS: { severity: 'warning', summary: 'The input holds bidi embeddings, overrides or isolates, which can make text read other than it is; each run is marked.' },
  FIELD_CHARACTERS_REMOVED: { severity: 'info', summary: 'Control, escape, bidi or zero-width characters were removed from a short field (title, lead, tag, dateline).' },
  FIELD_URL_REMOVED: { severity: 'warning', summary: 'A short field (title, lead, tag, dateline, slug) held a URL of a scheme other than http(s) (javascript:, data:, file:, ftp://); it was removed.' },
  DIAGNOSTICS_TRUNCATED: { severity: 'info', summary: 'One code was reported more than 100 times in the document; the rest are counted in this one.' },
  INPUT_RECORD_INVALID: { severity: 'error', summary: 'A line of a JSON-lines input is neither a JSON string nor an object with a string "text"; its record is an error record.' },
  DOCUMENT_TOO_LARGE: { severity: 'error', summary: 'The document is longer than maxDocumentSize; it was counted but neither kept nor parsed.' },
  CORPUS_SPLIT_LOOSE_HEADER: { severity: 'info', summary: 'A new document was opened at a ` date` header line that is not in the canonical form.' },
  CORPUS_SPLIT_URL: { severity: 'info', summary: 'A new document was opened at a bare article URL standing after a blank line.' },
  HEADER_MISSING: { severity: 'error', summary: 'The first line is neither a ` date …` header nor a URL.' },
  HEADER_NOT_FIRST: { severity: 'info', summary: 'Blank lines stand before the header line.' },
  HEADER_SPACING: { severity: 'info', summary: 'The header deviates in spacing: not one leading space, or other blanks than one space between its tokens.' },
  HEADER_URL_ONLY: { severity: 'info', summary: 'The header is a bare URL without ` date`; the date is unknown.' },
  HEADER_DATE_MISSING: { severity: 'error', summary: 'The header has `date` but no date after it.' },
  HEADER_DATE_INVALID: { severity: 'error', summary: 'The header date is not a real calendar date.' },
  HEADER_DATE_MONTH_ONLY: { severity: 'info', summary: 'The header gives only the year and month.' },
  HEADER_TIME: { severity: 'info', summary: 'A clock time follows the header date.' },
  HEADER_URL_MISSING: { severity: 'warning', summary: 'The header carries no URL and the page text shows none either.' },
  HEADER_URL_INVALID: { severity: 'error', summary: 'The header URL is not an acceptable http(s) URL.' },
  HEADER_TEXT: { severity: 'info', summary: 'Page text follows the header date on the header line.' },
  HEADER_CHROME: { severity: 'info', summary: 'Page chrome (a button, a section word, a site name) follows the header date.' },
  HEADER_NO_BLANK_LINE: { severity: 'info', summary: 'A single newline, not a blank line, follows the header.' },
  PAGE_TEXT_GLUED: { severity: 'info', summary: 'The whole page is one line with its fields glued together; it was read field by field.' },
  URL_FROM_PAGE: { severity: 'info', summary: 'The header has no URL; the canonical URL was found later in the page text.' },
  PAGE_URL_REFUSED: { severity: 'warning', summary: 'A bare URL of the page text (a canonical URL or the image) is not an acceptable http(s) URL; it was not used.' },
  URL_CREDENTIALS_REMOVED: { severity: 'warning', summary: 'A URL (the header\'s, the page\'s or the image) carries a user name or password; it was removed from every field.' },
  TITLE_MISSING: { severity: 'warning', summary: 'No headline was found; the title is null.' },
  TITLE_FROM_VARIANT: { severity: 'info', summary: 'The title was taken from a suffixed variant (`… – RIA Novosti, 11/21/2021`) with the suffix removed.' },
  TIMESTAMP_REPAIRED: { severity: 'info', summary: 'A broken timestamp (`2021-11-21T11: 02`) was read as if well formed.' },
  TIMESTAMP_WEEKDAY_MISMATCH: { severity: 'warning', summary: 'The weekday written with the published timestamp names another day than its date; the date was kept.' },
  TIMESTAMP_YEAR_INFERRED: { severity: 'info', summary: 'The published stamp has a day, month and time but no year; the year was taken from the header or URL date, else from a date line of the page.' },
  TIMESTAMP_NO_YEAR: { severity: 'warning', summary: 'The first stamp has no year and nothing in the file gives one; published is null.' },
  DATELINE_MISSING: { severity: 'info', summary: 'The article text opens without a dateline.' },
  DATELINE_DATE_FAR: { severity: 'warning', summary: 'The dateline day is more than two days from the header date and from the URL date.' },
  DATELINE_DATE_INVALID: { severity: 'warning', summary: 'The dateline names a day that does not exist.' },
  DATELINE_NO_YEAR: { severity: 'warning', summary: 'The dateline names a day but neither header, URL, published stamp nor a date line of the page gives a year; its date is null.' },
  DATELINE_YEAR_FROM_PAGE: { severity: 'info', summary: 'With no header or URL date, the dateline year was taken from the published stamp or the first date line of the page metadata.' },
  DATELINE_NAME_UNCLEAR: { severity: 'info', summary: 'The dateline is a name in a script without capitals before a separator; it may be a place or an outlet, so place and agency are null.' },
  DATELINE_DOUBLED: { severity: 'info', summary: 'A second dateline follows the first (a repost of a repost).' },
  DATES_DISAGREE: { severity: 'warning', summary: 'Header, URL and published dates differ by more than two days (a far dateline has DATELINE_DATE_FAR).' },
  BODY_MISSING: { severity: 'warning', summary: 'No article text was found; the body is null.' },
  BOILERPLATE_LINE: { severity: 'info', summary: 'A line the boilerplate profile lists for the host was kept out of the body.' },
  BODY_REPEATED_PARAGRAPH: { severity: 'info', summary: 'A body paragraph repeats an earlier one.' },
  BODY_GLUED_SENTENCE: { severity: 'info', summary: 'Two sentences are glued without a space (`things.Situation`).' },
  BODY_SPACE_BEFORE_PUNCTUATION: { severity: 'info', summary: 'A space stands before punctuation (`logic .Vladimir`).' },
  BODY_RUN_IN_HEADING: { severity: 'info', summary: 'A subheading runs into the text without punctuation (`with Diplomats In recent years`).' },
  BODY_HTML_ENTITY: { severity: 'info', summary: 'An HTML entity remnant (`& lt;`) is in the text.' },
  BODY_DROP_CAP: { severity: 'info', summary: 'A drop-cap letter is split from its word (`B.At least`).' },
  REPAIR_APPLIED: { severity: 'info', summary: 'With `repair: "safe"`, a meaning-preserving fix was applied to the body.' },
  ENTRY_TIME_UNDATED: { severity: 'warning', summary: 'The entries of a live page have clock times, but neither header, URL, published stamp nor a date line gives their day; their times are null.' },
  ENTRIES_CROSS_MIDNIGHT: { severity: 'info', summary: 'The clock times of a live page run back across midnight; the entries before midnight were dated the day before the page date.' },
  LANGUAGE_UNKNOWN: { severity: 'info', summary: 'The language could not be told from the text.' },
  LANGUAGE_HOOK_FAILED: { severity: 'warning', summary: 'The detectLanguage hook threw, or answered neither a BCP 47 tag nor null.' },
} as const satisfies Record<string, { readonly severity: Severity; readonly summary: string }>;

/**
 * A code from {@link diagnosticCodes}.
 *
 * @example
 * ```ts
 * const code: DiagnosticCode = 'TITLE_MISSING';
 * ```
 */
export type DiagnosticCode = keyof typeof codeTable;

/**
 * Every diagnostic code newsdoc emits, with its severity and a one-line meaning.
 * `docs/diagnostics.md` describes each at length; a test keeps the two in step.
 *
 * @example
 * ```ts
 * diagnosticCodes.HEADER_DATE_INVALID.severity;
 * //=> 'error'
 * ```
 */
export const diagnosticCodes: {
  readonly [C in DiagnosticCode]: {
    /** How serious a diagnostic with this code is; fixed per code. */
    readonly severity: (typeof codeTable)[C]['severity'];
    /** One line on what the code means; `docs/diagnostics.md` says more. */
    readonly summary: string;
  };
} = /* @__PURE__ */ deepFreeze(codeTable);

/** Freezes a table and every entry, so that no caller can change what later parses read. */
function deepFreeze<T extends object>(table: T): T {
  // Every entry is an object: no check needed (freezing a primitive would be a no-op anyway).
  for (const value of Object.values(table)) Object.freeze(value);
  return Object.freeze(table);
}
