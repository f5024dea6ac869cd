/**
 * `newsdoc dedup` as it is run: the BUILT command, spawned, reading the built command's own
 * output. One output line per input record, in input order, each exactly its input line
 * with `duplicateOf` and `duplicateReason` added; the first record of each group named by
 * its source and index; the same bytes for the same input; documented exit codes; and the
 * fingerprints of the built package are the published vectors in Node, Deno and Bun.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'newsdoc-dedup-'));

function run(args: readonly string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

// Six stories of our own wording, none sharing a run of five words with another.
const STORIES = [
  'The river harbour reopened to small boats on Tuesday after two months of repairs, the port authority said, and the ferries will follow next week once the pier is ready.',
  'A new tram line linking the railway station with the university opened on Monday, and the city plans to extend it to the northern districts within three years.',
  'Farmers in the region began the grain harvest a week earlier than usual this year because of the dry and warm weather in July, officials at the ministry reported.',
  'The drama theatre opened its season with a premiere of a play by a local writer, and every ticket for the first five evenings was sold within a single day.',
  'Rescuers pulled a fishing boat off a sandbank near the lighthouse late on Sunday night; the crew of four was unhurt and the vessel was towed back to port.',
  'The regional library received a collection of old maps and travel diaries from a family archive, and an exhibition of the most fragile pages opens in spring.',
];
const CITIES = ['Kazan', 'Samara', 'Perm', 'Omsk', 'Tomsk', 'Ufa'];
const BODY = (n: number): string => `${CITIES[n]?.toUpperCase()}, November 2 – RIA Novosti. ${STORIES[n]}`;
// Documents 0-5 are distinct stories; 6 reposts 1 (same URL key, other spelling), 7 reposts 2
// with a line added, 8 is garbage (an error record), 9 reposts 3 cut short under its title.
const DOCS = [
  ...[0, 1, 2, 3, 4, 5].map((n) => ` date 2021-11-02 https://ria.ru/20211102/story-${1234500000 + n}.html\n\nNews from ${CITIES[n]}: story number ${['one', 'two', 'three', 'four', 'five', 'six'][n]} of the day\n\n${BODY(n)}\n`),
  ` date 2021-11-03 http://www.ria.ru/20211102/story-1234500001.html?utm_source=feed\n\nA tram line opens\n\nShort text.\n`,
  ` date 2021-11-03 https://news.example/perm-harvest\n\nNews from Perm: story number three of the day\n\n${BODY(2)} Subscribe to our channel.\n`,
  `date 2021-13-99 javascript:void(0)\n\n~~~ ### ~~~\n`,
  ` date 2021-11-04 https://other.example/omsk-theatre\n\nNews from Omsk: story number four of the day\n\n${BODY(3).split(' ').slice(0, 20).join(' ')}\n`,
];
const dumpFile = join(dir, 'dump.txt');
writeFileSync(dumpFile, DOCS.join('\n'));
const recordsText = run([dumpFile]).stdout;
const recordsFile = join(dir, 'records.ndjson');
writeFileSync(recordsFile, recordsText);

type Out = { index: number; ok: boolean; duplicateOf: { source: string; index: number; id: string | number | null } | null; duplicateReason: string | null };

describe('newsdoc dedup', () => {
  it('writes every record in input order, each its input line with the two fields added', () => {
    const r = run(['dedup', recordsFile]);
    expect(r.code).toBe(0);
    const input = lines(recordsText);
    const output = lines(r.stdout);
    expect(output).toHaveLength(10);
    output.forEach((line, i) => {
      const before = input[i] as string;
      expect(line.startsWith(before.slice(0, -1))).toBe(true);
      const { duplicateOf, duplicateReason, ...rest } = JSON.parse(line) as Out & Record<string, unknown>;
      expect(rest).toEqual(JSON.parse(before));
      expect(duplicateOf === null).toBe(duplicateReason === null);
    });
  });

  it('names the first record of each group, and the test that found it', () => {
    const out = lines(run(['dedup', recordsFile]).stdout).map((l) => JSON.parse(l) as Out);
    const verdicts = out.map((o) => (o.duplicateOf === null ? null : [o.duplicateOf.index, o.duplicateReason]));
    expect(verdicts).toEqual([null, null, null, null, null, null, [1, 'url'], [2, 'minhash'], null, [3, 'story']]);
    expect(out[6]?.duplicateOf).toEqual({ source: recordsFile.replace(/records\.ndjson$/, 'dump.txt'), index: 1, id: null });
    expect(out[8]?.ok).toBe(false);
  });

  it('reads standard input and several files as one stream, and gives the same bytes each time', () => {
    const fromStdin = run(['dedup'], recordsText);
    expect(fromStdin.stdout).toBe(run(['dedup', '-'], recordsText).stdout);
    expect(fromStdin.stdout).toBe(run(['dedup', recordsFile]).stdout);
    // The second copy of every record is a duplicate of the first by its URL key (error records excepted).
    const twice = lines(run(['dedup', recordsFile, recordsFile]).stdout).map((l) => JSON.parse(l) as Out);
    expect(twice).toHaveLength(20);
    expect(twice.slice(10).map((o) => o.duplicateReason)).toEqual(['url', 'url', 'url', 'url', 'url', 'url', 'url', 'url', null, 'url']);
    expect(twice[10]?.duplicateOf?.index).toBe(0);
  });

  it('--drop writes only the records that are not duplicates', () => {
    const kept = lines(run(['dedup', '--drop', recordsFile]).stdout).map((l) => JSON.parse(l) as Out);
    expect(kept.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5, 8]);
    expect(kept.every((o) => o.duplicateOf === null)).toBe(true);
  });

  it('--no-story, --max-hamming and --min-jaccard reach the deduper', () => {
    const reasons = (args: string[]): (string | null)[] => lines(run(['dedup', ...args, recordsFile]).stdout).map((l) => (JSON.parse(l) as Out).duplicateReason);
    expect(reasons(['--no-story'])[9]).toBeNull();
    expect(reasons(['--min-jaccard', '1'])[7]).toBe('story');
    expect(reasons(['--min-jaccard', '1', '--no-story'])[7]).toBeNull();
    // Identical bodies are SimHash duplicates at any distance, the same URL key aside.
    const copy = lines(recordsText)[0]?.replaceAll('story-1234500000', 'copy-1') ?? '';
    expect(lines(run(['dedup', '--max-hamming', '0'], `${lines(recordsText)[0]}\n${copy}\n`).stdout).map((l) => (JSON.parse(l) as Out).duplicateReason)).toEqual([null, 'simhash']);
  });

  it('judges its own output anew: dedup twice is dedup once', () => {
    const once = run(['dedup', recordsFile]).stdout;
    expect(run(['dedup'], once).stdout).toBe(once);
    const changed = run(['dedup', '--no-story'], once).stdout;
    expect(lines(changed).map((l) => (JSON.parse(l) as Out).duplicateReason)[9]).toBeNull();
    expect(lines(changed).every((l) => l.split('"duplicateOf"').length === 2)).toBe(true);
  });

  it('writes a line that is not a record unchanged, skips blank lines, and says so on standard error', () => {
    const input = `${lines(recordsText)[0]}\n\nnot json\n{"no":"article"}\n`;
    const r = run(['dedup'], input);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).slice(1)).toEqual(['not json', '{"no":"article"}']);
    expect(r.stderr).toContain('2');
    expect(run(['dedup', '-q'], input).stderr).toBe('');
  });

  it('validates against schema/record.json', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    for (const file of ['article.json', 'parse-result.json', 'record.json']) ajv.addSchema(JSON.parse(readFileSync(join(root, 'schema', file), 'utf8')) as object);
    const validate = ajv.getSchema('https://newsdoc.dev/schema/record.json');
    if (validate === undefined) throw new Error('record.json is not loaded');
    for (const line of lines(run(['dedup', recordsFile]).stdout)) expect(validate(JSON.parse(line)) ? [] : validate.errors).toEqual([]);
    // A record with a wrong reason does not.
    const bad = { ...(JSON.parse(lines(run(['dedup', recordsFile]).stdout)[6] ?? '{}') as object), duplicateReason: 'title' };
    expect(validate(bad)).toBe(false);
  });

  it('prints counts with --stats, and exits 2 on a bad command line, 3 on a missing input', () => {
    const stats = run(['dedup', '--stats', recordsFile]);
    expect(stats.stderr).toMatch(/^records +10$/m);
    expect(stats.stderr).toMatch(/^duplicates +3 \(url 1, simhash 0, minhash 1, story 1\)$/m);
    expect(stats.stderr).toMatch(/^unique +7$/m);
    for (const args of [['--bogus'], ['--max-hamming', '4'], ['--max-hamming', 'x'], ['--min-jaccard', '1.5']]) expect(run(['dedup', ...args], '').code).toBe(2);
    expect(run(['dedup', join(dir, 'missing.ndjson')]).code).toBe(3);
    expect(run(['dedup', '--help']).stdout).toContain('Usage: newsdoc dedup');
    expect(run(['--help']).stdout).toContain('newsdoc dedup');
  });

  it('writes to a file with -o', () => {
    const file = join(dir, 'out.ndjson');
    expect(run(['dedup', '-o', file, recordsFile]).stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(run(['dedup', recordsFile]).stdout);
  });
});

describe('the built fingerprints in other runtimes', () => {
  // The vectors computed by each runtime from the built ESM package.
  const script = `import { fingerprint } from ${JSON.stringify(join(root, 'dist', 'index.js'))};\nimport { vectors } from ${JSON.stringify(join(root, 'scripts', 'fingerprint-vectors.mjs'))};\nconsole.log(JSON.stringify(vectors(fingerprint)));\n`;
  const file = join(dir, 'vectors.mjs');
  writeFileSync(file, script);
  const published = JSON.parse(readFileSync(join(root, 'docs', 'fingerprint-vectors.json'), 'utf8')) as unknown;
  const runtimes: [string, string, string[]][] = [
    ['node', process.execPath, [file]],
    ['deno', join(root, 'node_modules', '.bin', 'deno'), ['run', '--allow-read', file]],
    ['bun', join(root, 'node_modules', '.bin', 'bun'), [file]],
  ];

  it.each(runtimes)('%s gives the published vectors', (_name, command, args) => {
    const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(published);
  });
});
