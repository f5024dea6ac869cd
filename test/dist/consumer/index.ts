// Type-checked by test/dist/package.mjs in a temporary project that installed the packed
// tarball, under `module`/`moduleResolution` node16, nodenext and bundler (an ES module in
// each: the project is `"type": "module"`). Each `@ts-expect-error` proves the declarations
// are really loaded: were an entry untyped (`any`), the directive would be unused, an error.
import { CorpusTransformStream, isArticleParseError, parseArticle, parseCorpus, type Article, type CorpusRecord, type DiagnosticCode, type IsoDate, type NormalizedUrl, type ParseResult } from 'newsdoc';
import { parseFiles, type FileRecord } from 'newsdoc/node';

const result: ParseResult = parseArticle(' date 2021-11-02 https://example.org/a\n\nHarbour reopens', { repair: 'safe' });
const article: Article | null = result.article;
const date: IsoDate | null | undefined = article?.date;
const url: NormalizedUrl | null | undefined = article?.url;
const codes: DiagnosticCode[] = result.diagnostics.map((diagnostic) => diagnostic.code);
const starts: number[] = parseCorpus('').map((record) => record.start);
// Web streams: DOM's types in the bundler project, Node's globals in the others.
const stream: TransformStream<string | Uint8Array, CorpusRecord> = new CorpusTransformStream({ repair: 'safe' });

// @ts-expect-error: a plain string is not a normalised date (the brand holds)
const unbranded: IsoDate = '2021-11-02';
// @ts-expect-error: the document is a string
parseArticle(42);
// @ts-expect-error: no such option
parseArticle('', { repairs: 'safe' });
// @ts-expect-error: `repair` is 'none' or 'safe', not any string
parseArticle('', { repair: 'everything' });

export async function sources(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for await (const record of parseFiles(paths, { extensions: ['.txt'] })) {
    const typed: FileRecord = record;
    found.push(typed.source);
  }
  return found;
}

export function describe(error: unknown): readonly DiagnosticCode[] {
  return isArticleParseError(error) ? error.diagnostics.map((diagnostic) => diagnostic.code) : [];
}

export const checked = { date, url, codes, starts, stream, unbranded };
