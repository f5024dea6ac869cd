/**
 * A generated corpus for the boilerplate profile: our fixtures, each moved to one of four
 * invented hosts, with lines of our own injected per host at the places sites put them (a
 * menu over the page, a banner between the headline and the text, a notice inside the
 * text, trailers after it), each line on a share of the host's documents that a seeded
 * generator decides. Deterministic: no clock, no random source; the same seed gives the
 * same corpus. Each document comes with its original (the same page, rehosted, without the
 * injected lines), which says what the parse must keep.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article, type ParseResult } from '../../src/index.js';
import { loadTemplates, makeDocument } from '../../scripts/make-dump.mjs';
import { fixtureMode } from '../../scripts/fixture-mode.cjs';

export type Place = 'top' | 'before-body' | 'inside-body' | 'end';

/** A line a host repeats, where it stands and on what share of the host's pages. */
export interface Injected {
  readonly line: string;
  readonly place: Place;
  readonly rate: number;
}

export const HOSTS: { readonly [host: string]: readonly Injected[] } = {
  'north-post.example': [
    { line: 'Home | Region | Economy | Sport | Culture', place: 'top', rate: 1 },
    { line: 'Subscribe to the North Post morning letter and get the main stories of the region before breakfast.', place: 'before-body', rate: 0.35 },
    { line: 'Read also our special page on the regional elections and the programmes of the candidates.', place: 'inside-body', rate: 0.25 },
    { line: 'North Post is registered as a mass medium; reprinting is allowed only with a link to the source.', place: 'end', rate: 0.6 },
    // Rarer than the threshold: must stay where it is.
    { line: 'A reader wrote to the editors about the new timetable of the night buses.', place: 'end', rate: 0.08 },
  ],
  'river-daily.example': [
    { line: 'River Daily, the news of the river towns since 1998', place: 'top', rate: 0.5 },
    { line: 'Follow River Daily on Telegram and get the news of the river towns first.', place: 'before-body', rate: 0.3 },
    { line: 'Advertising in River Daily: call the sales desk on weekdays from nine to six.', place: 'inside-body', rate: 0.4 },
    { line: 'Photos by the River Daily staff unless stated otherwise.', place: 'end', rate: 0.25 },
  ],
  'valley-times.example': [
    { line: 'Valley Times | Local news, weather and sport', place: 'top', rate: 0.8 },
    { line: 'Got a story for us? Write to the Valley Times newsroom and tell us what happened in your street.', place: 'inside-body', rate: 0.3 },
    { line: 'Copyright 2021 Valley Times. All rights reserved.', place: 'end', rate: 1 },
    { line: 'Share your opinion of this story with the other readers of the paper below.', place: 'end', rate: 0.1 },
  ],
  'coast-herald.example': [
    { line: 'Listen to this article: the audio version is read by a synthetic voice.', place: 'before-body', rate: 0.45 },
    { line: 'Our reporters checked the figures in this story with the regional statistics office.', place: 'inside-body', rate: 0.3 },
    { line: 'The Coast Herald is published by the Coast Media Group in the port town.', place: 'end', rate: 0.7 },
  ],
};

/** A seeded generator of numbers in [0, 1) (mulberry32), for choices that repeat exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedDocument {
  readonly name: string;
  readonly host: string;
  /** The page with the host's lines injected. */
  readonly text: string;
  /** The page rehosted, without them. */
  readonly original: string;
  /** Its parse without a profile: what the profile must keep. */
  readonly originalArticle: Article;
  readonly injected: readonly Injected[];
}

/** The line index (in `text.split('\n')`) that holds offset `at`. */
function lineOf(text: string, at: number): number {
  let line = 0;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

/**
 * The page moved to `host`: its header URL replaced; `null` when the header has no URL to
 * replace. A refused header URL (`javascript:alert(1)`) is in no field, but its
 * `HEADER_URL_INVALID` spans it.
 */
function rehost(text: string, { article, diagnostics }: ParseResult, host: string, n: number): string | null {
  const header = article?.sections.find((s) => s.kind === 'header');
  if (article === null || header === undefined) return null;
  const invalid = diagnostics.find((d) => d.code === 'HEADER_URL_INVALID');
  let span: readonly [number, number];
  if (article.urlRaw !== null && header.text.includes(article.urlRaw)) {
    const at = header.start + header.text.indexOf(article.urlRaw);
    span = [at, at + article.urlRaw.length];
  } else if (invalid !== undefined) span = [invalid.start.offset, invalid.end.offset];
  else return null;
  return `${text.slice(0, span[0])}https://${host}/news/story-${n}.html${text.slice(span[1])}`;
}

/** The page with the lines inserted at their places (line indices of the original). */
function inject(text: string, article: Article, lines: readonly Injected[]): string | null {
  if (lines.length === 0) return text;
  const rows = text.split('\n');
  const header = article.sections.find((s) => s.kind === 'header');
  const body = article.sections.filter((s) => s.kind === 'body');
  const first = body[0];
  if (header === undefined || first === undefined) return null;
  const headerRow = lineOf(text, header.start);
  const firstBodyRow = lineOf(text, first.start);
  // Inside the text: after its first line, before the second where there is one.
  const secondBodyRow = body.length > 1 ? lineOf(text, (body[1] as (typeof body)[number]).start) : firstBodyRow + 1;
  const at: Record<Place, number> = { top: headerRow + 1, 'before-body': firstBodyRow, 'inside-body': secondBodyRow, end: rows.length };
  // From the bottom up, so that each index still points where it did; lines at one place keep their order.
  const order = [...lines].sort((a, b) => at[b.place] - at[a.place]);
  for (const item of order) rows.splice(at[item.place], 0, item.line);
  return rows.join('\n');
}

/** Whether a fixture can be a page of the corpus: one document, with a header URL, a body, on more than one line. */
function usable(name: string): boolean {
  return !fixtureMode(name).corpus && !name.startsWith('too-large-');
}

/**
 * The corpus: every usable fixture twice, on two hosts, in a seeded order; with `full`,
 * each with a full-length body of 2–6 KB (scripts/make-dump.mjs), as real articles have.
 */
export function generatedCorpus({ seed = 12, full = false }: { seed?: number; full?: boolean } = {}): GeneratedDocument[] {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures');
  const templates = new Map(full ? loadTemplates(dir).map((t) => [t.name, t] as const) : []);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .filter(usable)
    .sort();
  const hosts = Object.keys(HOSTS);
  const random = seeded(seed);
  const pages: Omit<GeneratedDocument, 'text' | 'injected'>[] = [];
  const titles = new Map<string, Set<string>>(hosts.map((h) => [h, new Set()]));
  names.forEach((name, i) => {
    const template = templates.get(name);
    const source = template !== undefined && template.role === 'document' ? makeDocument(template, i, { full: true }) : readFileSync(join(dir, `${name}.txt`), 'utf8');
    const result = parseArticle(source);
    const parsed = result.article;
    // A page glued onto one line has no lines to put others between.
    if (parsed === null || parsed.body === null || result.diagnostics.some((d) => d.code === 'PAGE_TEXT_GLUED')) return;
    for (const host of [hosts[i % hosts.length] as string, hosts[(i + 2) % hosts.length] as string]) {
      const original = rehost(source, result, host, i);
      if (original === null || original.includes('\r')) continue;
      const originalArticle = parseArticle(original).article;
      if (originalArticle === null || originalArticle.body === null) continue;
      // One story per host: a host does not carry two pages with one headline here.
      const seen = titles.get(host) as Set<string>;
      const story = (originalArticle.title ?? originalArticle.body).toLowerCase();
      if (seen.has(story)) continue;
      seen.add(story);
      pages.push({ name, host, original, originalArticle });
    }
  });
  // Each line on exactly its share of its host's pages (rounded), which pages seeded.
  const out: GeneratedDocument[] = [];
  for (const host of hosts) {
    const own = pages.filter((p) => p.host === host);
    const lines = new Map<number, Injected[]>(own.map((_, k) => [k, []]));
    for (const item of HOSTS[host] ?? []) {
      const order = own.map((_, k) => k);
      for (let k = order.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [order[k], order[j]] = [order[j] as number, order[k] as number];
      }
      for (const k of order.slice(0, Math.round(item.rate * own.length))) lines.get(k)?.push(item);
    }
    own.forEach((page, k) => {
      const injected = lines.get(k) ?? [];
      const text = inject(page.original, page.originalArticle, injected);
      if (text !== null) out.push({ ...page, text, injected });
    });
  }
  // A corpus comes in no particular order: shuffle it, seeded.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as GeneratedDocument, out[i] as GeneratedDocument];
  }
  return out;
}
