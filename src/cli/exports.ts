/**
 * The records the command writes for other tools: one per entry (`--entries`), IPTC ninjs
 * 3.1 (`--format ninjs`) and Dolma (`--format dolma`), each built from the parse result of
 * one document. Like every output of the command they hold no clock, random value, time
 * zone or locale: the same input bytes give the same output bytes (docs/exports.md).
 */
import { createHash } from 'node:crypto';
import type { Article } from '../model/article.js';
import type { NewsdocEntryRecord } from '../model/record.js';
import type { CorpusRecord } from '../corpus/parse-corpus.js';
import type { RecordSource } from './record.js';

/** One record per entry of the document, in page order; none for an ordinary article. */
export function entryRecords(parsed: CorpusRecord, from: RecordSource): NewsdocEntryRecord[] {
  const a = parsed.article;
  if (a === null) return [];
  const parent = { url: a.url, urlKey: a.urlKey, date: a.date, title: a.title };
  return a.entries.map((e, entry) => ({
    source: from.source,
    id: from.id ?? null,
    meta: from.meta ?? null,
    index: parsed.index,
    entry,
    parent,
    time: e.time,
    title: e.title,
    body: e.body,
    start: e.start,
    end: e.end,
  }));
}

/** The text a document gives a text corpus: its title and body, a blank line between; `null` with neither. */
function documentText(a: Article): string | null {
  const parts = [a.title, a.body].filter((t): t is string => t !== null);
  return parts.length > 0 ? parts.join('\n\n') : null;
}

// How many hex digits of SHA-256 make an id: 128 bits, beyond collision in any corpus.
const ID_HEX_DIGITS = 32;

/**
 * The stable id of a document: SHA-256 of its URL key (`url:` + `urlKey`), so that every
 * copy of one page has one id however it was crawled or parsed; without a URL, of its text
 * (`text:` + title and body); without either, of the document as written (`input:` + the
 * text its sections cover). Hex, 32 digits.
 */
export function documentId(a: Article): string {
  const text = documentText(a);
  const key = a.urlKey !== null ? `url:${a.urlKey}` : text !== null ? `text:${text}` : `input:${a.sections.map((s) => s.text).join('')}`;
  return createHash('sha256').update(key).digest('hex').slice(0, ID_HEX_DIGITS);
}

/** A Dolma document (https://github.com/allenai/dolma, docs/data-format.md). */
export interface DolmaDocument {
  readonly id: string;
  readonly text: string;
  readonly source: string;
  readonly created?: string;
  readonly metadata: { readonly [key: string]: unknown };
}

/**
 * The Dolma document of a parse result, or `null` when it has no text (no article, or
 * neither title nor body). `added` is left out: it would be the clock at conversion, and
 * the output must not depend on when it was made.
 */
export function toDolma(parsed: CorpusRecord, from: RecordSource): DolmaDocument | null {
  const a = parsed.article;
  const text = a === null ? null : documentText(a);
  if (a === null || text === null) return null;
  const id = documentId(a);
  const created = a.published ?? a.date ?? a.source?.urlDate ?? null;
  return {
    id,
    text,
    source: from.source,
    ...(created === null ? {} : { created }),
    metadata: {
      index: parsed.index,
      start: parsed.start,
      end: parsed.end,
      inputId: from.id ?? null,
      meta: from.meta ?? null,
      url: a.url,
      urlKey: a.urlKey,
      date: a.date,
      published: a.published,
      title: a.title,
      language: a.language,
      host: a.source?.host ?? null,
      place: a.dateline?.place ?? null,
      agency: a.dateline?.agency ?? a.source?.agency ?? null,
      entries: a.entries.length,
      ok: parsed.ok,
      diagnostics: parsed.diagnostics.map((d) => d.code),
    },
  };
}

/** The ninjs version the records follow, and its schema's URI. */
export const NINJS_STANDARD = { name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' } as const;

// A URI as RFC 3986 spells it: ASCII only, no blanks, quotes or angle brackets.
const ASCII_URI = /^[a-z][a-z\d+.-]*:[\w!#$%&'()*+,\-./:;=?@[\]~]+$/i;

/** The URI of a ninjs item: the page's URL, spelt in ASCII (`new URL` escapes an IRI), else `urn:newsdoc:<id>`. */
function itemUri(a: Article): string {
  if (a.url !== null) {
    if (ASCII_URI.test(a.url)) return a.url;
    try {
      const href = new URL(a.url).href;
      if (ASCII_URI.test(href)) return href;
    } catch {
      // Not a URL the WHATWG parser reads: the item is named by its id instead.
    }
  }
  return `urn:newsdoc:${documentId(a)}`;
}

// `published` as newsdoc writes it: `YYYY-MM-DDTHH:MM`, seconds and an offset when given.
const STAMP_PARTS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2})?$/;

/**
 * `published` as an RFC 3339 date-time, which ninjs's `firstCreated` must be: seconds
 * written (`:00` when the page gave none), and only when the page gave an offset. A time
 * without a zone, or a date alone, is no RFC 3339 date-time, and none is invented.
 */
function firstCreated(published: string | null): string | null {
  const parts = published === null ? null : STAMP_PARTS.exec(published);
  if (!parts?.[3]) return null;
  return `${parts[1] ?? ''}${parts[2] ?? ':00'}${parts[3]}`;
}

/**
 * The ninjs 3.1 item of a parse result, or `null` when there is no article. A field the
 * article does not have is left out (ninjs has no `null`).
 */
export function toNinjs(parsed: CorpusRecord): Record<string, unknown> | null {
  const a = parsed.article;
  if (a === null) return null;
  const uri = itemUri(a);
  const created = firstCreated(a.published);
  const agencies = [...new Set([a.dateline?.agency, a.source?.agency].filter((n): n is string => typeof n === 'string'))];
  return {
    uri,
    standard: NINJS_STANDARD,
    type: 'text',
    ...(created === null ? {} : { firstCreated: created }),
    ...(a.language === null ? {} : { language: a.language }),
    ...(a.title === null ? {} : { headlines: [{ value: a.title }] }),
    ...(a.lead === null ? {} : { descriptions: [{ value: a.lead }] }),
    ...(a.body === null ? {} : { bodies: [{ contentType: 'text/plain', value: a.body }] }),
    ...(a.dateline?.place ? { located: a.dateline.place } : {}),
    ...(agencies.length === 0 ? {} : { infoSources: agencies.map((name) => ({ name })) }),
    ...(a.tags.length === 0 ? {} : { subjects: a.tags.map((name) => ({ name })) }),
  };
}
