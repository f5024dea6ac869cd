// Type-checked by test/dist/package.mjs under node16 and nodenext as a CommonJS module (a
// `.cts` file): imports compile to `require`, so these resolve through the `require`
// conditions to the `.d.cts` declarations and the JSON Schemas through `./schema/*.json`.
// Types are inferred from the declarations, so each `@ts-expect-error` tests them.
import { normalizeUrl, urlKey } from 'newsdoc';
import { listFiles } from 'newsdoc/node';
import articleSchema = require('newsdoc/schema/article.json');

const url = normalizeUrl('HTTPS://Example.org/a');
const key = urlKey('https://example.org/a');
const files = listFiles('.', ['.txt']);
const id: string = articleSchema.$id;

// @ts-expect-error: the display URL and the key are different brands
const mixed: typeof key = url;
// @ts-expect-error: the URL is a string
normalizeUrl(new URL('https://example.org/'));
// @ts-expect-error: the extensions are an array
listFiles('.', '.txt');
// @ts-expect-error: the schema has no such key
void articleSchema.notAKey;

export = { url, key, files, id, mixed };
