/**
 * Every public export carries TSDoc with at least one `@example`: typedoc checks that each
 * is documented, this checks that each is shown in use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

/** Public names and the file each comes from, read from the export lists of the entries (index.ts, dedup/index.ts). */
function publicExports(): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of ['index.ts', 'dedup/index.ts']) {
    const dir = entry.includes('/') ? `${entry.slice(0, entry.lastIndexOf('/'))}/` : '';
    const index = readFileSync(join(src, entry), 'utf8');
    for (const m of index.matchAll(/export (?:type )?\{([^}]*)\} from '\.\/([\w/-]+)\.js';/g)) {
      for (const raw of (m[1] ?? '').split(',')) {
        const name = raw.replace(/^\s*type\s+/, '').trim();
        if (name) out.push([name, `${dir}${m[2] ?? ''}.ts`]);
      }
    }
  }
  return out;
}

/** The doc comment right above the declaration of `name`, or null. */
function docOf(file: string, name: string): string | null {
  const text = readFileSync(join(src, file), 'utf8');
  const decl = new RegExp(`^export (?:declare )?(?:abstract )?(?:async )?(?:function|interface|type|class|const) ${name}\\b`, 'm').exec(text);
  if (!decl) return null;
  const before = text.slice(0, decl.index).trimEnd();
  if (!before.endsWith('*/')) return null;
  return before.slice(before.lastIndexOf('/**'));
}

describe('TSDoc of the public API', () => {
  const exports = publicExports();

  it('finds the export list', () => {
    expect(exports.length).toBeGreaterThan(20);
  });

  it.each(exports)('%s has a doc comment with an @example', (name, file) => {
    const doc = docOf(file, name);
    expect(doc, `${name} in ${file}`).not.toBeNull();
    expect(doc).toContain('@example');
  });
});
