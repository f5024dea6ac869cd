/**
 * `newsdoc boilerplate` run in-process (src/cli/boilerplate.ts): its command line, the
 * profile it learns and writes, --stats, and readProfile's exit codes. The built command is
 * tested in test/dist/boilerplate.test.ts, which the mutation run cannot see.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

import { UsageError } from '../../src/cli/args.js';
import { BOILERPLATE_HELP, boilerplateMain, readProfile } from '../../src/cli/boilerplate.js';
import { IoError } from '../../src/cli/main.js';
import { learnBoilerplate } from '../../src/node/index.js';

const dir = mkdtempSync(join(tmpdir(), 'newsdoc-boilerplate-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const BANNER = 'Subscribe to our channel for the latest news today.';
const page = (n: number): string =>
  ` date 2021-11-02 https://ria.ru/20211102/story-${1234567800 + n}.html\n\nStory ${n}: the harbour ${['reopens', 'closes', 'waits', 'floods', 'dries', 'grows', 'shrinks', 'sleeps', 'wakes', 'sings', 'cries', 'laughs'][n]}\n\nMOSCOW, November 2 – RIA Novosti. Item ${n} of the day tells its own story number ${n}.\n\n${BANNER}\n`;
const corpus = Array.from({ length: 12 }, (_, n) => page(n)).join('');
const dump = file('corpus.txt', corpus);

async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => (out.push(chunk), true)) as never);
  vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string) => (err.push(chunk), true)) as never);
  try {
    const code = await boilerplateMain(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('newsdoc boilerplate', () => {
  it('writes the help, and exits 2 with the usage on a wrong command line', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: BOILERPLATE_HELP, stderr: '' });
    expect((await run(['-h'])).stdout).toBe(BOILERPLATE_HELP);
    for (const argv of [['--nope'], ['--share', '0'], ['--share', '1.5'], ['--share', 'x'], ['--share', '2'], ['--share', '.'], ['--min-documents', '0'], ['--min-documents', '01'], ['--min-documents', 'x'], ['--input', 'csv']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith('newsdoc boilerplate: ')).toBe(true);
      expect(r.stderr.endsWith(`\n\n${BOILERPLATE_HELP}`)).toBe(true);
    }
  });

  it('learns the profile a learner learns from the same documents, as JSON with a line end', async () => {
    const r = await run([dump]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const expected = learnBoilerplate(Array.from({ length: 12 }, (_, n) => page(n)));
    expect(r.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(Object.keys(expected.hosts)).toEqual(['ria.ru']);
    expect(Object.keys(expected.hosts['ria.ru']?.lines ?? {})).toContain(BANNER.toLowerCase());
  });

  it('passes --share and --min-documents to the learner', async () => {
    const hosts = async (argv: string[]): Promise<string[]> => Object.keys((JSON.parse((await run([...argv, dump])).stdout) as { hosts: object }).hosts);
    expect(await hosts(['--min-documents', '13'])).toEqual([]);
    expect(await hosts(['--min-documents', '12'])).toEqual(['ria.ru']);
    for (const share of ['1', '1.0', '0.5', '.5']) expect(await hosts(['--share', share]), share).toEqual(['ria.ru']);
    const strict = JSON.parse((await run(['--share', '1', dump])).stdout) as { hosts: { [h: string]: { lines: object } } };
    expect(Object.keys(strict.hosts['ria.ru']?.lines ?? {})).toEqual([BANNER.toLowerCase()]);
  });

  it('reads JSON lines and lists of paths as newsdoc does, and the --ext of a directory', async () => {
    const jsonl = file('corpus.jsonl', `${Array.from({ length: 12 }, (_, n) => JSON.stringify(page(n))).join('\n')}\n{"no": 1}\n`);
    const fromDump = (await run([dump])).stdout;
    expect((await run(['--input', 'jsonl', jsonl])).stdout).toBe(fromDump);
    expect((await run(['--input', 'paths', file('list.txt', `${dump}\n`)])).stdout).toBe(fromDump);
    expect((await run(['--input', 'dump', dump])).stdout).toBe(fromDump);
    writeFileSync(join(dir, 'other.dump'), corpus);
    expect((await run(['--ext', 'dump', dir])).stdout).toBe(fromDump);
  });

  it('writes to --output, prints hosts with --stats, and keeps quiet with --quiet', async () => {
    const out = join(dir, 'profile.json');
    const r = await run(['-o', out, '--stats', dump]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await run([dump])).stdout);
    const profile = JSON.parse(readFileSync(out, 'utf8')) as { hosts: { 'ria.ru': { lines: object } } };
    expect(r.stderr).toBe(`documents   12\nhosts       1 learned\n  ria.ru  12 documents, ${Object.keys(profile.hosts['ria.ru'].lines).length} lines\n`);
    expect((await run(['--stats', '-q', dump])).stderr).toBe('');
    expect((await run(['--stats', '--min-documents', '20', dump])).stderr).toBe('documents   12\nhosts       0 learned\n');
  });

  it('exits 3 for an input it cannot read or an output it cannot write', async () => {
    const missing = await run([join(dir, 'missing.txt')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr.startsWith('newsdoc boilerplate: ')).toBe(true);
    expect(await run(['-q', join(dir, 'missing.txt')])).toEqual({ code: 3, stdout: '', stderr: '' });
    const unwritable = await run(['-o', join(dir, 'no-dir', 'p.json'), dump]);
    expect(unwritable.code).toBe(3);
    expect(unwritable.stderr.startsWith('newsdoc boilerplate: ')).toBe(true);
  });
});

describe('readProfile', () => {
  it('reads a profile into its lines per host', () => {
    const path = file('p.json', JSON.stringify({ version: 1, hosts: { 'ria.ru': { documents: 12, lines: { 'a line.': 4 } } } }));
    expect(readProfile(path)).toEqual(new Map([['ria.ru', new Set(['a line.'])]]));
  });

  it('throws an IoError for a file it cannot read, and a UsageError for one that is not JSON or no profile', () => {
    expect(() => readProfile(join(dir, 'none.json'))).toThrow(IoError);
    expect(() => readProfile(file('bad.json', '{'))).toThrow(UsageError);
    expect(() => readProfile(file('bad2.json', '{"version": 1}'))).toThrow(UsageError);
    expect(() => readProfile(file('bad3.json', '{"version": 2, "hosts": {}}'))).toThrow(UsageError);
  });
});
