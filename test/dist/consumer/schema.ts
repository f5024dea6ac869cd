// Type-checked by test/dist/package.mjs under nodenext and bundler, whose ES modules import
// JSON with an import attribute (node16 does not accept one; require.cts covers it there).
import recordSchema from 'newsdoc/schema/record.json' with { type: 'json' };

export const id: string = recordSchema.$id;
// @ts-expect-error: the schema has no such key
export const missing = recordSchema.notAKey;
