/**
 * newsdoc/node: the Node-only entry. Reads documents from files and directories (walked in
 * a stable order, `*.txt` by default) and yields each file's records with the file's path,
 * and learns boilerplate profiles from a corpus. The core entry (`newsdoc`) keeps no `node:`
 * import; this one may.
 *
 * @sortStrategy kind, alphabetical-ignoring-documents
 * @packageDocumentation
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { CorpusRecord } from '../corpus/parse-corpus.js';
import { parseStream } from '../stream/parse-stream.js';
import type { StreamOptions } from '../stream/parser.js';

/**
 * Options for {@link parseFiles}: those of the stream, and which files of a directory to read.
 *
 * @example
 * ```ts
 * const options: ParseFilesOptions = { extensions: ['.txt', '.dump'], repair: 'safe' };
 * ```
 */
export interface ParseFilesOptions extends StreamOptions {
  /**
   * The extensions of the files read from a directory (a file named on its own is always
   * read). Compared case-insensitively.
   *
   * @default ['.txt']
   * @example
   * ```ts
   * const options: ParseFilesOptions = { extensions: ['.txt', '.text'] };
   * ```
   */
  readonly extensions?: readonly string[];
  /**
   * A further test of each path found in a directory, for globs and exclusions.
   *
   * @default undefined (every file with one of the extensions)
   * @example
   * ```ts
   * const options: ParseFilesOptions = { filter: (path) => !path.includes('/drafts/') };
   * ```
   */
  readonly filter?: (path: string) => boolean;
}

/**
 * A record of {@link parseFiles}: the record of one document, and the file it came from.
 *
 * @example
 * ```ts
 * const record: FileRecord = { source: 'dump.txt', index: 0, start: 0, end: 0, ok: false, article: null, diagnostics: [] };
 * ```
 */
export interface FileRecord extends CorpusRecord {
  /** The file's path, as given or as found under a given directory. */
  readonly source: string;
}

/**
 * The files under `path` (itself when it is a file), directories walked recursively in the
 * code-unit order of names, files kept when their extension is one of `extensions`.
 *
 * @param path - A file or a directory.
 * @param extensions - Extensions with their dot, lower case (`.txt`).
 * @param filter - A further test of each path found in a directory.
 * @returns The files, in a repeatable order.
 * @example
 * ```ts
 * for await (const file of listFiles('fixtures', ['.txt'])) console.log(file);
 * ```
 */
export async function* listFiles(path: string, extensions: readonly string[] = ['.txt'], filter?: (path: string) => boolean): AsyncGenerator<string> {
  yield* filesUnder(path, extensions.map((e) => e.toLowerCase()), filter);
}

async function* filesUnder(path: string, extensions: readonly string[], filter: ((path: string) => boolean) | undefined): AsyncGenerator<string> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* filesUnder(child, extensions, filter);
    else if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase()) && (filter === undefined || filter(child))) yield child;
  }
}

/**
 * Parses every document of the given files and directories (searched recursively), one
 * record at a time, each with the path of its file. Files are read as streams, so memory
 * stays bounded by the largest document; the order is the order of the paths given, and
 * within a directory the code-unit order of names, so runs are repeatable.
 *
 * @param paths - Files and directories.
 * @param options - As for {@link parseStream}, and which files of a directory to read.
 * @returns An async iterable of records with their source path.
 * @throws TypeError when `paths` is not a list of strings.
 * @example
 * ```ts
 * for await (const record of parseFiles(['fixtures/seed.txt'])) console.log(record.source, record.article?.title);
 * ```
 */
export async function* parseFiles(paths: readonly string[], options: ParseFilesOptions = {}): AsyncGenerator<FileRecord> {
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) throw new TypeError('parseFiles expects an array of paths');
  const { extensions = ['.txt'], filter, ...streamOptions } = options;
  const wanted = extensions.map((e) => e.toLowerCase());
  for (const path of paths) {
    for await (const file of filesUnder(path, wanted, filter)) {
      for await (const record of parseStream(createReadStream(file), streamOptions)) yield { ...record, source: file };
    }
  }
}

export type { CorpusRecord } from '../corpus/parse-corpus.js';
export {
  createBoilerplateLearner,
  learnBoilerplate,
  type BoilerplateDocument,
  type BoilerplateLearner,
  type LearnBoilerplateOptions,
} from './boilerplate.js';
export type { BoilerplateHost, BoilerplateProfile } from '../parse/boilerplate.js';
