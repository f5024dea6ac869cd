/**
 * The output record of the `newsdoc` command, and its NDJSON line. No clock, no random
 * value, no machine time zone or locale goes into either: the same input bytes give the
 * same output bytes.
 */
import type { Article } from '../model/article.js';
import type { JsonValue, NewsdocRecord, RecordArticle } from '../model/record.js';
import type { CorpusRecord } from '../corpus/parse-corpus.js';

/** Where a document came from. */
export interface RecordSource {
  /** The file as given on the command line, `-` for standard input. */
  readonly source: string;
  /** The `id` of a JSON-lines input record. */
  readonly id?: string | number | null;
  /** Its other keys, `text` aside. */
  readonly meta?: { readonly [key: string]: JsonValue } | null;
}

/** What goes into each record. */
export interface RecordShape {
  /** Keep `article.sections` (off by default: they repeat the input). */
  readonly sections?: boolean;
  /** Keep only these article fields (all when `undefined`). */
  readonly fields?: readonly (keyof Article)[];
}

/** The output record of one parsed document. */
export function toRecord(parsed: CorpusRecord, from: RecordSource, shape: RecordShape = {}): NewsdocRecord {
  let article: RecordArticle | null = null;
  if (parsed.article !== null) {
    const { sections, ...rest } = parsed.article;
    const full: RecordArticle = shape.sections === true ? { ...rest, sections } : rest;
    article = shape.fields === undefined ? full : Object.fromEntries(shape.fields.filter((f) => f in full).map((f) => [f, full[f]]));
  }
  return {
    source: from.source,
    id: from.id ?? null,
    meta: from.meta ?? null,
    index: parsed.index,
    start: parsed.start,
    end: parsed.end,
    ok: parsed.ok,
    article,
    diagnostics: parsed.diagnostics,
  };
}

// Characters JSON allows raw in a string but that line-splitting readers take for line
// ends: U+2028 and U+2029 (JavaScript), NEL U+0085 (Python's `splitlines()`).
const LINE_BREAKERS = /[\u0085\u2028\u2029]/g;

/** One NDJSON line: the value as JSON on one line, with the characters some readers split lines at escaped, and `\n`. */
export function ndjsonLine(value: unknown): string {
  return `${JSON.stringify(value).replace(LINE_BREAKERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
