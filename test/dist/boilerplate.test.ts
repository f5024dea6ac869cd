/**
 * `newsdoc boilerplate` and `newsdoc --boilerplate FILE` as the BUILT binary runs them: the
 * profile of a generated corpus (test/parse/boilerplate-corpus.ts) written the same bytes
 * whatever the input's form, applied with any --jobs, and the documented exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedCorpus } from '../parse/boilerplate-corpus.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'newsdoc-boilerplate-'));
const node = (await import(pathToFileURL(join(root, 'dist', 'node', 'index.js')).href)) as typeof import('../../src/node/index.js');

function run(args: readonly string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The pages whose header is canonical: in a dump, each is a document of its own (a page
// opened by a bare URL or without a header joins the one before it, docs/format.md).
const corpus = generatedCorpus().filter((d) => /^ date \d{4}-\d{2}-\d{2} /.test(d.text));
const texts = corpus.map((d) => d.text);
const dumpFile = join(dir, 'dump.txt');
writeFileSync(dumpFile, texts.join('\n\n'));
const jsonlFile = join(dir, 'dump.jsonl');
writeFileSync(jsonlFile, texts.map((t) => JSON.stringify({ text: t })).join('\n'));

describe('newsdoc boilerplate', () => {
  it('writes the profile learnBoilerplate gives, as sorted JSON, the same bytes for a dump and for JSON lines', () => {
    const dump = run(['boilerplate', dumpFile]);
    expect(dump.code).toBe(0);
    const fromJsonl = run(['boilerplate', '--input', 'jsonl', jsonlFile]);
    expect(fromJsonl.stdout).toBe(dump.stdout);
    expect(dump.stdout).toBe(`${JSON.stringify(node.learnBoilerplate(texts), null, 2)}\n`);
    const profile = JSON.parse(dump.stdout) as { hosts: Record<string, { lines: Record<string, number> }> };
    const hosts = Object.keys(profile.hosts);
    expect(hosts).toEqual([...hosts].sort());
    for (const entry of Object.values(profile.hosts)) expect(Object.keys(entry.lines)).toEqual(Object.keys(entry.lines).sort());
    expect(run(['boilerplate', '-'], texts.join('\n\n')).stdout).toBe(dump.stdout);
  });

  it('takes --share and --min-documents, writes to -o, and counts to stderr with --stats', () => {
    const out = join(dir, 'strict.json');
    const r = run(['boilerplate', '--share', '0.5', '--min-documents', '20', '--stats', '-o', out, dumpFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const profile = JSON.parse(readFileSync(out, 'utf8')) as { share: number; minDocuments: number; hosts: Record<string, { lines: Record<string, number>; documents: number }> };
    expect([profile.share, profile.minDocuments]).toEqual([0.5, 20]);
    for (const entry of Object.values(profile.hosts)) for (const count of Object.values(entry.lines)) expect(count / entry.documents).toBeGreaterThanOrEqual(0.5);
    expect(r.stderr).toMatch(/^documents\s+\d+/m);
  });

  it('exits 2 on a wrong command line and 3 when an input cannot be read', () => {
    for (const args of [['--share', '0'], ['--share', '1.5'], ['--min-documents', '0'], ['--input', 'xml'], ['--frobnicate']]) {
      const r = run(['boilerplate', ...args, dumpFile]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('Usage: newsdoc boilerplate');
    }
    expect(run(['boilerplate', join(dir, 'missing.txt')]).code).toBe(3);
    expect(run(['boilerplate', '--help']).stdout).toContain('Usage: newsdoc boilerplate');
  });
});

describe('newsdoc --boilerplate FILE', () => {
  const profileFile = join(dir, 'profile.json');
  writeFileSync(profileFile, run(['boilerplate', dumpFile]).stdout);

  it('keeps the listed lines out of the bodies, with any --jobs', () => {
    const one = run(['--boilerplate', profileFile, '--jobs', '1', '--fields', 'body', dumpFile]);
    expect(one.code).toBe(0);
    const bodies = one.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { article: { body: string | null } }).article.body ?? '');
    expect(bodies).toHaveLength(corpus.length);
    const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as { hosts: Record<string, { lines: Record<string, number> }> };
    let listed = 0;
    corpus.forEach((d, i) => {
      for (const { line } of d.injected) {
        if (profile.hosts[d.host]?.lines[line.toLowerCase()] === undefined) continue;
        listed++;
        expect(bodies[i], `${d.name}: ${line}`).not.toContain(line);
      }
    });
    expect(listed).toBeGreaterThan(80);
    expect(run(['--boilerplate', profileFile, '--jobs', '2', '--fields', 'body', dumpFile]).stdout).toBe(one.stdout);
    // Without the option, the lines are there.
    expect(run(['--jobs', '1', '--fields', 'body', dumpFile]).stdout).not.toBe(one.stdout);
  });

  it('exits 2, writing nothing, for a file that is no profile, and 3 for one that cannot be read', () => {
    for (const [name, text] of [['not-json.json', '{ version: 1'], ['version.json', '{"version":2,"hosts":{}}'], ['capitals.json', '{"version":1,"hosts":{"a.example":{"lines":{"Share":3}}}}']]) {
      const file = join(dir, name as string);
      writeFileSync(file, text as string);
      const r = run(['--boilerplate', file, dumpFile]);
      expect(r.code, name).toBe(2);
      expect(r.stdout, name).toBe('');
      expect(r.stderr, name).toContain(file);
    }
    expect(run(['--boilerplate', join(dir, 'missing.json'), dumpFile]).code).toBe(3);
  });
});
