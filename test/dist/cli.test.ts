/**
 * The `newsdoc` command as engines run it: the BUILT binary, spawned. Each point of the
 * map-step contract has a test: one line per input record in input order (error records in
 * place, with any --jobs), the same bytes for the same input, escaped line separators, a
 * quiet end on a closed pipe, documented exit codes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'newsdoc-cli-'));

function run(args: readonly string[], input?: string, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DOC = (n: number): string => ` date 2021-11-${String((n % 28) + 1).padStart(2, '0')} https://ria.ru/2021110${(n % 9) + 1}/item-${1234500000 + n}.html\n\nHarbour story number ${n} of the day\n\nKAZAN, November ${(n % 28) + 1} – RIA Novosti. The harbour reopened for the ${n}th time.\n`;
// 300 documents, every seventh one garbage between blank lines (an error record, not a crash).
const DUMP = Array.from({ length: 300 }, (_, n) => (n % 7 === 3 ? `date 2021-13-99 javascript:void(0)\n\n~~~ ### ~~~\n` : DOC(n))).join('\n');
const dumpFile = join(dir, 'dump.txt');
writeFileSync(dumpFile, DUMP);

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

describe('newsdoc, the map step', () => {
  it('writes exactly one line per document, in input order, error records in place, with any --jobs', () => {
    const one = run(['--jobs', '1', dumpFile]);
    expect(one.code).toBe(0);
    const records = lines(one.stdout).map((l) => JSON.parse(l) as { index: number; ok: boolean; start: number; source: string });
    expect(records).toHaveLength(300);
    expect(records.map((r) => r.index)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(records.filter((r) => !r.ok).map((r) => r.index)).toEqual(Array.from({ length: 300 }, (_, i) => i).filter((i) => i % 7 === 3));
    for (const jobs of ['2', '3']) expect(run(['--jobs', jobs, dumpFile]).stdout).toBe(one.stdout);
  });

  it('writes every format, the --errors file and the --stats the same with any --jobs (workers send whole batches)', () => {
    for (const format of ['ndjson', 'json', 'csv', 'text']) {
      const runs = ['1', '2'].map((jobs) => {
        const errors = join(dir, `errors-${format}-${jobs}.ndjson`);
        const r = run(['--format', format, '--jobs', jobs, '--errors', errors, '--stats', dumpFile]);
        return { code: r.code, stdout: r.stdout, stderr: r.stderr, errors: readFileSync(errors, 'utf8') };
      });
      const [one] = runs;
      expect(one?.code, format).toBe(0);
      expect(lines(one?.errors ?? '')).toHaveLength(43); // every seventh document from the fourth is garbage
      if (format === 'json') expect(JSON.parse(one?.stdout ?? '')).toHaveLength(300);
      for (const other of runs.slice(1)) expect(other, format).toEqual(one);
    }
  });

  it('gives the same bytes for the same input, whatever the time zone or the locale', () => {
    const a = run([dumpFile], undefined, { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8' });
    const b = run(['-'], DUMP, { TZ: 'America/Los_Angeles', LANG: 'C.UTF-8' });
    expect(a.stdout.replaceAll(JSON.stringify(dumpFile), '"-"')).toBe(b.stdout);
  });

  it('writes LF-ended UTF-8 without a BOM, and escapes U+2028, U+2029 and NEL', () => {
    // The fields fold these blanks to spaces; the sections keep the input as it is.
    const out = run(['--sections', '-'], ' date 2021-11-02\n\nHarbour\u2028reopens\u2029after\u0085repairs today\n\nThe harbour reopened on Friday, officials said.\n').stdout;
    expect(out.charCodeAt(0)).not.toBe(0xfeff);
    expect(out).not.toMatch(/[\r\u0085\u2028\u2029]/);
    expect(out).toContain('\\u2028');
    expect(out).toContain('\\u2029');
    expect(out).toContain('\\u0085');
    expect(out.endsWith('\n')).toBe(true);
    expect(lines(out)).toHaveLength(1);
  });

  it('ends quietly, with exit 0, when the reader closes the pipe (| head -1)', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, DUMP.repeat(20));
    const child = spawn(process.execPath, [bin, '--jobs', '2', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve) => {
      let buffer = '';
      child.stdout.on('data', (d: Buffer) => {
        buffer += d.toString();
        if (buffer.includes('\n')) {
          child.stdout.destroy();
          resolve(buffer.slice(0, buffer.indexOf('\n')));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(first)).toMatchObject({ index: 0 });
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('writes everything before it exits, to a pipe and to a file', () => {
    const big = DUMP.repeat(5);
    expect(lines(run(['-'], big).stdout)).toHaveLength(1500);
    const out = join(dir, 'out.ndjson');
    expect(run(['-o', out, '-'], big).code).toBe(0);
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(1500);
  });
});

describe('newsdoc output and the published schema', () => {
  it('validates against schema/record.json in strict mode, every format option included', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
    for (const file of ['article.json', 'parse-result.json', 'record.json']) ajv.addSchema(JSON.parse(readFileSync(join(root, 'schema', file), 'utf8')) as object);
    const validate = ajv.getSchema('https://newsdoc.dev/schema/record.json');
    if (validate === undefined) throw new Error('record.json is not loaded');
    const outputs = [run([dumpFile]), run(['--sections', '--repair', 'safe', join(root, 'fixtures')]), run(['--fields', 'date,title,dateline', dumpFile]), run(['--input', 'jsonl', '-'], '{"text": "x"}\n"y"\n{"bad": 1}\n')];
    for (const { stdout } of outputs) {
      for (const line of lines(stdout)) expect(validate(JSON.parse(line)) ? [] : validate.errors, line.slice(0, 80)).toEqual([]);
    }
  });
});

describe('newsdoc exit codes', () => {
  it('exits 0 when all input was read, even with error records', () => {
    expect(run([dumpFile]).code).toBe(0);
  });
  it('exits 1 only when --fail-on finds a record of that severity', () => {
    expect(run(['--fail-on', 'error', dumpFile]).code).toBe(1);
    expect(run(['--fail-on', 'error', '-'], DOC(1)).code).toBe(0);
    expect(run(['--fail-on', 'warning', '-'], ' date 2021-11-02\n\nKAZAN, November 2 – RIA Novosti. The harbour reopened.\n').code).toBe(1);
  });
  it('exits 2 on a wrong command line, with the usage', () => {
    for (const args of [['--format', 'xml'], ['--no-such-option'], ['--jobs', '0'], ['--fields', 'date,nope']]) {
      const r = run(args, '');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: newsdoc');
    }
  });
  it('exits 3 when an input cannot be read', () => {
    const r = run([join(dir, 'missing.txt')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('cannot read');
  });
});

describe('newsdoc inputs and outputs', () => {
  it('reads JSON lines: strings, objects with text and id, and an error record for a bad line', () => {
    const input = [JSON.stringify(DOC(1)), JSON.stringify({ id: 'a-7', text: DOC(2), partition: 3 }), '{"nope": 1}', 'not json', ''].join('\n');
    const records = lines(run(['--input', 'jsonl', '-'], input).stdout).map((l) => JSON.parse(l) as { id: unknown; meta: unknown; ok: boolean; diagnostics: { code: string }[] });
    expect(records.map((r) => [r.id, r.meta, r.ok])).toEqual([
      [null, null, true],
      ['a-7', { partition: 3 }, true],
      [null, { nope: 1 }, false],
      [null, null, false],
    ]);
    expect(records[3]?.diagnostics.map((d) => d.code)).toEqual(['INPUT_RECORD_INVALID']);
  });

  it('reads a list of paths, and directories in a stable order', () => {
    const fromPaths = run(['--input', 'paths', '-'], `${dumpFile}\n${dumpFile}\n`).stdout;
    expect(lines(fromPaths)).toHaveLength(600);
    const fixtures = run(['--format', 'text', join(root, 'fixtures')]).stdout;
    expect(fixtures).toMatch(/^total: \d+ documents/m);
    expect(fixtures.indexOf('ap-region-dateline.txt')).toBeLessThan(fixtures.indexOf('bom.txt'));
  });

  it('writes a JSON array, CSV with a header, and keeps only the fields asked', () => {
    const json = JSON.parse(run(['--format', 'json', dumpFile]).stdout) as unknown[];
    expect(json).toHaveLength(300);
    const csv = lines(run(['--format', 'csv', dumpFile]).stdout);
    expect(csv[0]?.startsWith('source,id,index,start,end,ok,date,')).toBe(true);
    expect(csv).toHaveLength(301);
    const picked = JSON.parse(lines(run(['--fields', 'date,title', '-'], DOC(4)).stdout)[0] ?? '{}') as { article: object };
    expect(Object.keys(picked.article)).toEqual(['date', 'title']);
    const full = JSON.parse(lines(run(['--sections', '-'], DOC(4)).stdout)[0] ?? '{}') as { article: { sections?: unknown[] } };
    expect(full.article.sections?.length).toBeGreaterThan(0);
    const plain = JSON.parse(lines(run(['-'], DOC(4)).stdout)[0] ?? '{}') as { article: object };
    expect('sections' in plain.article).toBe(false);
  });

  it('writes the failed records with their raw text to --errors, and counts to stderr with --stats', () => {
    const errors = join(dir, 'errors.ndjson');
    const r = run(['--errors', errors, '--stats', dumpFile]);
    const failed = lines(readFileSync(errors, 'utf8')).map((l) => JSON.parse(l) as { text: string; index: number });
    expect(failed.map((f) => f.index)).toEqual(Array.from({ length: 300 }, (_, i) => i).filter((i) => i % 7 === 3));
    expect(failed[0]?.text).toContain('~~~ ### ~~~');
    expect(r.stderr).toMatch(/^documents +300$/m);
    expect(r.stderr).toMatch(/^failed +43$/m);
  });

  it('prints no progress when standard error is not a terminal, and its help and version', () => {
    expect(run([dumpFile]).stderr).toBe('');
    expect(run(['--help']).stdout).toContain('Exit codes');
    expect(run(['--version']).stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
