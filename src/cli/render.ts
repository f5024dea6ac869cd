/**
 * One document of the command's input, parsed and rendered in the output format. The same
 * function runs on the main thread (`--jobs 1`) and in the worker threads, so the output
 * bytes do not depend on how many there are.
 */
import type { Article } from '../model/article.js';
import type { JsonValue, NewsdocRecord } from '../model/record.js';
import type { CorpusRecord } from '../corpus/parse-corpus.js';
import { parsePiece } from '../corpus/record.js';
import type { DocumentPiece } from '../corpus/splitter.js';
import { ArticleStringifyError } from '../model/errors.js';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../parse/parse-article.js';
import { stringifyArticle } from '../write/stringify-article.js';
import { oversizeRecord } from '../stream/parser.js';
import type { BoilerplateLines } from '../parse/boilerplate.js';
import type { OutputFormat } from './args.js';
import { entryRecords, toDolma, toNinjs } from './exports.js';
import { ndjsonLine, toRecord, type RecordSource } from './record.js';

/** One document to parse, in input order. */
export interface Task {
  readonly seq: number;
  readonly source: string;
  readonly id: string | number | null;
  readonly meta: { readonly [key: string]: JsonValue } | null;
  /** The document's number in its source. */
  readonly index: number;
  /** The document as the splitter found it, or `null` for an input line that holds no document. */
  readonly piece: DocumentPiece | null;
  /** Why a JSON-lines input line holds no document. */
  readonly invalid: string | null;
}

/** How every task is parsed and rendered. */
export interface RenderConfig {
  readonly format: OutputFormat;
  readonly fields: readonly (keyof Article)[] | undefined;
  readonly sections: boolean;
  /** One record per entry instead of one per document. */
  readonly entries: boolean;
  readonly repair: 'none' | 'safe';
  readonly maxDocumentSize: number | undefined;
  readonly errors: boolean;
  /** Count positions from the start of the source, or from the document itself. */
  readonly positions: 'source' | 'document';
  /** The checked `--boilerplate` profile (a Map, which reaches the workers as it is), or `null`. */
  readonly boilerplate: BoilerplateLines | null;
}

/** A rendered document: its output, and what the main thread counts. */
export interface Rendered {
  readonly seq: number;
  /**
   * The output: a line (ndjson, csv, ninjs, dolma), an array element (json), a document
   * (canonical), the lines or elements of its entries (`--entries`), `''` when it writes
   * none, or the cells of a row (text).
   */
  readonly out: string;
  readonly cells: readonly string[] | null;
  readonly ok: boolean;
  readonly codes: readonly string[];
  readonly worst: 'error' | 'warning' | 'info' | null;
  readonly agreement: string | null;
  readonly language: string | null;
  readonly host: string | null;
  /** The `--errors` line of a failed record. */
  readonly errorLine: string | null;
  /** Why `--format canonical` left the document out (`NO_ARTICLE`, or the code of the {@link ArticleStringifyError}); else `null`. */
  readonly skipped: string | null;
}

/** What the main thread counts of a rendered document: all of it but its output. */
export type Counted = Omit<Rendered, 'out' | 'errorLine'>;

/**
 * A batch of tasks rendered on a worker thread. Issue 10: a message per batch instead of
 * one string per document, and the output as UTF-8 bytes that are transferred, not
 * copied, so the main thread only writes them (it encoded and copied every line before,
 * and that limited what two workers gained).
 */
export interface RenderedBatch {
  /** The documents' output, in order: lines (ndjson, csv), array elements joined by `,\n` (json), documents joined by a blank line (canonical). */
  readonly out: Uint8Array;
  /** Their `--errors` lines. */
  readonly errors: Uint8Array;
  /** What the main thread counts of each document, in order. */
  readonly counted: readonly Counted[];
}

/** Parses and renders a batch of tasks: the same {@link renderTask}, its output joined as one run would write it. */
export function renderBatch(tasks: readonly Task[], config: RenderConfig): RenderedBatch {
  const out: string[] = [];
  let errors = '';
  const counted: Counted[] = [];
  for (const task of tasks) {
    const { out: text, errorLine, ...rest } = renderTask(task, config);
    out.push(text);
    if (errorLine !== null) errors += errorLine;
    counted.push(rest);
  }
  const encoder = new TextEncoder();
  return { out: encoder.encode(joinOutputs(out, config.format)), errors: encoder.encode(errors), counted };
}

/**
 * The outputs of documents in a row as one run writes them: array elements between `,\n`
 * (json; a document that writes nothing, no entries or no text, leaves no empty element),
 * documents between blank lines (canonical; a document left out writes nothing), lines one
 * after another.
 */
function joinOutputs(outs: readonly string[], format: OutputFormat): string {
  if (format === 'json') return outs.filter((o) => o !== '').join(',\n');
  if (format === 'canonical') return outs.filter((o) => o !== '').join('\n');
  return outs.join('');
}

/** The CSV columns, in order: flattened dateline, source and dates. */
export const CSV_COLUMNS = [
  'source', 'id', 'index', 'start', 'end', 'ok', 'date', 'time', 'url', 'url_key', 'title', 'lead',
  'dateline_raw', 'dateline_place', 'dateline_agency', 'dateline_date', 'dateline_year_inferred',
  'source_host', 'source_agency', 'source_article_id', 'source_url_date', 'source_slug',
  'published', 'tags', 'image', 'language', 'language_basis', 'dates_header', 'dates_url', 'dates_dateline', 'dates_published', 'dates_agreement',
  'body', 'entries', 'diagnostics',
] as const;

/** One CSV field: empty for null, a JSON array for a list, quoted when it must be. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(record: NewsdocRecord): string {
  const a = record.article;
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    source: record.source,
    id: record.id,
    index: record.index,
    start: record.start,
    end: record.end,
    ok: record.ok,
    date: a?.date,
    time: a?.time,
    url: a?.url,
    url_key: a?.urlKey,
    title: a?.title,
    lead: a?.lead,
    dateline_raw: a?.dateline?.raw,
    dateline_place: a?.dateline?.place,
    dateline_agency: a?.dateline?.agency,
    dateline_date: a?.dateline?.date,
    dateline_year_inferred: a?.dateline?.yearInferred,
    source_host: a?.source?.host,
    source_agency: a?.source?.agency,
    source_article_id: a?.source?.articleId,
    source_url_date: a?.source?.urlDate,
    source_slug: a?.source?.slug,
    published: a?.published,
    tags: a?.tags,
    image: a?.image,
    language: a?.language,
    language_basis: a?.languageBasis,
    dates_header: a?.dates?.header,
    dates_url: a?.dates?.url,
    dates_dateline: a?.dates?.dateline,
    dates_published: a?.dates?.published,
    dates_agreement: a?.dates?.agreement,
    body: a?.body,
    // The number of entries: a live page or digest has more than one, an article none.
    entries: a?.entries?.length,
    diagnostics: record.diagnostics.map((d) => d.code),
  };
  return `${CSV_COLUMNS.map((c) => csvField(values[c])).join(',')}\n`;
}

/** The CSV header line. */
export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`;
}

const TITLE_WIDTH = 60;

function truncate(text: string, width: number): string {
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('').trimEnd()}…`;
}

/** The cells of the human summary row: file name, date, host, title, dateline, diagnostics. */
function textCells(record: NewsdocRecord): string[] {
  const a = record.article;
  const errors = record.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = record.diagnostics.filter((d) => d.severity === 'warning').length;
  const counts = [errors ? `${errors} error${errors === 1 ? '' : 's'}` : '', warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
  const name = record.source.split(/[\\/]/).pop() ?? record.source;
  const dateline = a?.dateline ? [a.dateline.place ?? '-', a.dateline.agency ?? '-', a.dateline.date ?? '-'].join('/') : '-';
  return [
    name,
    a?.date ?? '-',
    a?.source?.host ?? '-',
    a?.title ? truncate(a.title, TITLE_WIDTH) : '(no title)',
    dateline,
    `diagnostics ${record.diagnostics.length}${counts ? ` (${counts})` : ''}`,
  ];
}

/** The record of one task. */
function recordOf(task: Task, config: RenderConfig): CorpusRecord {
  if (task.piece === null) {
    const message = task.invalid ?? 'The input line holds no document.';
    return {
      index: task.index,
      start: 0,
      end: 0,
      ok: false,
      article: null,
      diagnostics: [{ code: 'INPUT_RECORD_INVALID', severity: 'error', message, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }],
    };
  }
  // Positions from the document itself: the record is the same wherever the input was cut.
  const own = config.positions === 'document';
  const piece = own ? { ...task.piece, start: 0, end: task.piece.end - task.piece.start, line: 1, endLine: task.piece.endLine - task.piece.line + 1 } : { ...task.piece };
  const index = own ? 0 : task.index;
  const limit = config.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  if (piece.text === null || piece.text.length > limit) return oversizeRecord(piece, index, limit);
  const options = Object.assign(Object.create(null) as object, { repair: config.repair, maxDocumentSize: limit }, config.boilerplate === null ? {} : { boilerplate: config.boilerplate });
  return parsePiece(piece, index, options);
}

/**
 * The canonical text of a record's article, or why there is none: the record has no article
 * (`NO_ARTICLE`), or the canonical format cannot hold it (the error's code). The text is
 * checked against the size limit the run parses with, so the output reads back in a run
 * with the same `--max-document-size`.
 */
function canonicalOf(parsed: CorpusRecord, config: RenderConfig): { readonly out: string; readonly skipped: string | null } {
  if (parsed.article === null) return { out: '', skipped: 'NO_ARTICLE' };
  try {
    return { out: stringifyArticle(parsed.article, { maxDocumentSize: config.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE }), skipped: null };
  } catch (error) {
    if (error instanceof ArticleStringifyError) return { out: '', skipped: error.code };
    throw error;
  }
}

/** The output of one parsed document in the formats that write lines of their own: entries, ninjs, dolma. */
function exportOut(parsed: CorpusRecord, from: RecordSource, config: RenderConfig): string {
  if (config.entries) {
    const lines = entryRecords(parsed, from).map(ndjsonLine);
    return config.format === 'json' ? lines.map((l) => l.slice(0, -1)).join(',\n') : lines.join('');
  }
  const item = config.format === 'ninjs' ? toNinjs(parsed) : toDolma(parsed, from);
  return item === null ? '' : ndjsonLine(item);
}

/** Parses and renders one task. */
export function renderTask(task: Task, config: RenderConfig): Rendered {
  const parsed = recordOf(task, config);
  let skipped: string | null = null;
  const from: RecordSource = { source: task.source, id: task.id, meta: task.meta };
  const record = toRecord(parsed, from, { sections: config.sections, ...(config.fields ? { fields: config.fields } : {}) });
  let out = '';
  let cells: string[] | null = null;
  if (config.entries || config.format === 'ninjs' || config.format === 'dolma') out = exportOut(parsed, from, config);
  else if (config.format === 'ndjson') out = ndjsonLine(record);
  else if (config.format === 'json') out = ndjsonLine(record).slice(0, -1);
  else if (config.format === 'csv') out = csvRow(record);
  else if (config.format === 'canonical') ({ out, skipped } = canonicalOf(parsed, config));
  else cells = textCells(record);
  const worst = parsed.diagnostics.some((d) => d.severity === 'error') ? 'error' : parsed.diagnostics.some((d) => d.severity === 'warning') ? 'warning' : parsed.diagnostics.length > 0 ? 'info' : null;
  const errorLine =
    config.errors && !parsed.ok
      ? ndjsonLine({ source: task.source, id: task.id, index: task.index, start: parsed.start, end: parsed.end, text: task.piece?.text ?? null, diagnostics: parsed.diagnostics })
      : null;
  return {
    seq: task.seq,
    out,
    cells,
    ok: parsed.ok,
    codes: parsed.diagnostics.map((d) => d.code),
    worst,
    agreement: parsed.article?.dates.agreement ?? null,
    language: parsed.article?.language ?? null,
    host: parsed.article?.source?.host ?? null,
    errorLine,
    skipped,
  };
}
