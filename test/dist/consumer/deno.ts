// Checked by test/dist/package.mjs with `deno check` in the temporary project: Deno imports
// the ESM build by path, with no package.json resolution, and finds its declarations
// through the `@ts-self-types` comment at the top of each file. Without that comment Deno
// would infer types from the JavaScript: the type-only imports (`IsoDate`, `FileRecord`)
// would not exist and the `@ts-expect-error` directives would go unused, errors both.
import { parseArticle, type IsoDate } from './node_modules/newsdoc/dist/index.js';
import { listFiles, type FileRecord } from './node_modules/newsdoc/dist/node/index.js';

const date: IsoDate | null | undefined = parseArticle(' date 2021-11-02\n\nHarbour reopens').article?.date;
const files: AsyncGenerator<string> = listFiles('.', ['.txt']);
const source = (record: FileRecord): string => record.source;

// @ts-expect-error: the document is a string
parseArticle(42);
// @ts-expect-error: a plain string is not a normalised date
const unbranded: IsoDate = '2021-11-02';
// @ts-expect-error: the extensions are an array
listFiles('.', '.txt');

export { date, files, source, unbranded };
