import type { CorpusRecord } from '../src/index.js';
import type { RecordSource } from '../src/cli/record.js';
import type { NewsdocRecord } from '../src/model/record.js';

/** What a dump is made of. */
export interface DumpOptions {
  /** Exactly this many documents, as `parseCorpus` counts them (default 1000). */
  readonly documents?: number;
  /** Instead of `documents`: stop at the first document that brings the dump to this many UTF-8 bytes. */
  readonly bytes?: number | null;
  /** Full-length bodies of 2–6 KB (default: the fixture's body plus 0–2 paragraphs). */
  readonly full?: boolean;
  /** At least this many full header dates before the first month-only one (default 0). */
  readonly fullDatesFirst?: number;
  /** Number the pieces from this, so the parts of a dump made in parallel differ (default 0; only a dump from 0 has the preamble). */
  readonly start?: number;
  /** The fixtures directory (default: the repository's `fixtures/`). */
  readonly fixtures?: string;
}

/** A fixture as a template of dump documents. */
export interface Template {
  readonly name: string;
  readonly text: string;
  /** `document`: documents of their own; `preamble`: opens the dump; `tail`: follows a document (no header); `skip`: not in a dump. */
  readonly role: 'document' | 'preamble' | 'tail' | 'skip';
  /** How many documents `parseCorpus` finds in the text. */
  readonly documents: number;
  /** How many of them have a full (`YYYY-MM-DD`) header date. */
  readonly fullDates: number;
  /** Whether one of them has a month-only header date. */
  readonly monthOnly: boolean;
  /** Offset just past the body, where paragraphs are added; `null` when the body is not grown. */
  readonly bodyEnd: number | null;
  readonly bodyLength: number;
  readonly language: string | null;
  /** Which invented sentences grow its body: the language, `sr-Cyrl` for Serbian in Cyrillic script. */
  readonly filler: string | null;
  /** The year shifts that keep every weekday true. */
  readonly yearShifts: readonly number[];
}

/** A piece of the dump and how many documents it holds. */
export interface DumpPiece {
  readonly text: string;
  readonly documents: number;
  readonly template: string;
}

/** The functions `writeRecords` needs, from src/ or the build. */
export interface RecordsApi {
  readonly parseCorpus: (text: string) => readonly CorpusRecord[];
  readonly toRecord: (parsed: CorpusRecord, from: RecordSource) => NewsdocRecord;
  readonly ndjsonLine: (value: unknown) => string;
}

export function loadTemplates(dir?: string): Template[];
export function makeDocument(template: Template, i: number, options?: { readonly full?: boolean }): string;
export function dumpPieces(options?: DumpOptions): Generator<DumpPiece, void, undefined>;
export function makeDump(options?: DumpOptions): string;
export function writeRecords(api: RecordsApi, text: string, file: string, from: RecordSource): number;
