import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../src/model/codes.js';

// docs/diagnostics.md is the reference users read; it must name every code and no others.
const doc = readFileSync(new URL('../docs/diagnostics.md', import.meta.url), 'utf8');

/** A backticked SCREAMING_SNAKE word with at least one underscore, e.g. `` `TITLE_MISSING` ``. */
const backtickedCode = /`([A-Z][A-Z\d]*(?:_[A-Z\d]+)+)`/g;

/** Codes named in table rows (`| ... |`) and headings (`# ...`), where the doc defines them. */
function codesNamedInDoc(markdown: string): Set<string> {
  const named = new Set<string>();
  for (const line of markdown.split('\n')) {
    const trimmed = line.trimStart();
    if (!trimmed.startsWith('|') && !trimmed.startsWith('#')) continue;
    for (const match of trimmed.matchAll(backtickedCode)) {
      if (match[1] !== undefined) named.add(match[1]);
    }
  }
  return named;
}

describe('docs/diagnostics.md', () => {
  const named = codesNamedInDoc(doc);
  const codes = Object.keys(diagnosticCodes);

  it.each(codes)('documents %s', (code) => {
    expect(named.has(code)).toBe(true);
  });

  it('names no code that does not exist', () => {
    expect([...named].filter((code) => !codes.includes(code))).toEqual([]);
  });

  it('gives each code the severity it has in src/codes.ts', () => {
    const rows = doc.split('\n').filter((line) => line.startsWith('| `'));
    const severityOf = new Map(
      rows.map((row) => {
        const cells = row.split('|').map((cell) => cell.trim());
        return [cells[1]?.replaceAll('`', ''), cells[2]] as const;
      }),
    );
    for (const [code, { severity }] of Object.entries(diagnosticCodes)) {
      expect({ code, severity: severityOf.get(code) }).toEqual({ code, severity });
    }
  });
});
