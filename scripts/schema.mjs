// `npm run schema` (and `npm run build`): writes the JSON Schemas of newsdoc's output to
// schema/, generated from the TypeScript types by ts-json-schema-generator (a dev
// dependency only: the package ships the JSON files, not the generator).
//
// test/schema.test.ts fails when the committed files differ from fresh ones, so a change
// of the schema is always a reviewed diff.
//
// Two small steps after the generator, each for a reason given where it is done: branded
// strings are inlined as `{ type: 'string', pattern }`, and `{@link X}` in descriptions
// becomes `` `X` ``. The output holds no timestamp or path, and its key order is fixed, so
// the same types always give the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The published schemas: file name in schema/ and the type it describes. */
export const SCHEMAS = [
  { file: 'article.json', type: 'Article' },
  { file: 'parse-result.json', type: 'ParseResult' },
  { file: 'record.json', type: 'NewsdocRecord' },
  { file: 'entry-record.json', type: 'NewsdocEntryRecord' },
];

const SCHEMA_BASE = 'https://newsdoc.dev/schema/';

// The generator names the target of `Brand<string, 'IsoDate'>` `Brand<string,"IsoDate">`.
const BRAND_DEFINITION = /^Brand</;

// A `@pattern` tag as brand.ts writes it: a code span, so that the API docs show the
// expression verbatim (Markdown would drop the backslash of `\.`): `` `^https?://` ``.
const PATTERN_CODE_SPAN = /^`([^`]+)`$/;

// How the generator renders an inline `{@link X}`: it joins the comment's parts with a space,
// so `by {@link normalizeUrl}.` comes out as `by  {@link  normalizeUrl  } .`.
const LINK_TAG = / ?\{@link\s+([^\s}]+)\s*\} ?/g;

/**
 * A branded type (`IsoDate`) reaches the generator as `string & { [brand]: 'IsoDate' }`:
 * it drops the symbol key and emits the alias as a `$ref` to a plain-string `Brand<…>`
 * definition, with the alias's `@pattern` beside the `$ref`. Draft-07 ignores keywords
 * beside `$ref`, so the pattern would not be checked: inline the string type instead, drop
 * the `Brand<…>` definitions, and refuse a brand that has no pattern.
 */
function inlineBrands(definitions) {
  const out = {};
  for (const [name, definition] of Object.entries(definitions)) {
    if (BRAND_DEFINITION.test(name)) continue;
    const target = definition.$ref && decodeURIComponent(definition.$ref.replace('#/definitions/', ''));
    if (target === undefined || !BRAND_DEFINITION.test(target)) {
      out[name] = definition;
      continue;
    }
    const code = PATTERN_CODE_SPAN.exec(definition.pattern ?? '');
    if (code === null) throw new Error(`schema: the branded type ${name} needs a @pattern tag written as a code span`);
    out[name] = { type: definitions[target].type, pattern: code[1], description: definition.description };
  }
  return out;
}

/** Rewrites every `description` below `node`, in place. */
function cleanDescriptions(node) {
  if (Array.isArray(node)) node.forEach(cleanDescriptions);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') node[key] = value.replace(LINK_TAG, '`$1`');
      else cleanDescriptions(value);
    }
  }
}

/** The schema of one type: `$schema`, `$id`, `$ref` to the type, then the definitions by name. */
function schemaOf(generator, { file, type }) {
  const generated = generator.createSchema(type);
  const definitions = inlineBrands(generated.definitions);
  cleanDescriptions(definitions);
  const sorted = Object.fromEntries(Object.keys(definitions).sort().map((name) => [name, definitions[name]]));
  return { $schema: generated.$schema, $id: `${SCHEMA_BASE}${file}`, $ref: generated.$ref, definitions: sorted };
}

/** Every schema file's name and its exact text, as `npm run schema` writes it. */
export function generateSchemas() {
  const generator = createGenerator({
    path: `${root}src/model/{article,record}.ts`,
    // The core's config: the model types compile without Node's.
    tsconfig: `${root}tsconfig.core.json`,
    // `npm run typecheck` checks the types; here they are only read.
    skipTypeCheck: true,
  });
  return SCHEMAS.map((entry) => ({ file: entry.file, text: `${JSON.stringify(schemaOf(generator, entry), null, 2)}\n` }));
}

function main() {
  const dir = `${root}schema/`;
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of generateSchemas()) writeFileSync(`${dir}${file}`, text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
