/**
 * `newsdoc dedup` run in-process (src/cli/dedup.ts): its command line, the verdict spliced
 * into each record, lines that are no records, --drop, --stats and the exit codes. The built
 * command is tested in test/dist/dedup.test.ts, which the mutation run cannot see.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { DEDUP_HELP, dedupMain } from '../../src/cli/dedup.js';

const dir = mkdtempSync(join(tmpdir(), 'newsdoc-dedup-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const BODY = 'The harbour reopened on Friday after two years of repairs, officials said, and the first ferries came in at dawn with the tide.';
const rec = (source: string, index: number, urlKey: string | null, title: string, body: string, id: string | number | null = null): string =>
  JSON.stringify({ source, id, index, article: { urlKey, title, body } });

async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const listeners = process.stdout.listeners('error');
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => (out.push(Buffer.from(chunk).toString()), true)) as never);
  vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array) => (err.push(Buffer.from(chunk).toString()), true)) as never);
  try {
    const code = await dedupMain(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    vi.restoreAllMocks();
    for (const l of process.stdout.listeners('error')) if (!listeners.includes(l)) process.stdout.off('error', l as () => void);
  }
}
afterEach(() => vi.restoreAllMocks());

const lines = (text: string): Record<string, unknown>[] => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('newsdoc dedup', () => {
  it('writes the help, and exits 2 with the usage on a wrong command line', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: DEDUP_HELP, stderr: '' });
    expect((await run(['-h'])).stdout).toBe(DEDUP_HELP);
    for (const argv of [['--nope'], ['--max-hamming', '4'], ['--max-hamming', '10'], ['--max-hamming', 'x'], ['--max-hamming', '-1'], ['--min-jaccard', '1.5'], ['--min-jaccard', 'x'], ['--min-jaccard', '-0.5'], ['--min-jaccard', '0.7x'], ['--max-hamming', 'a3'], ['--max-hamming', '3a'], ['--min-jaccard', 'x0.5']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.startsWith('newsdoc dedup: ')).toBe(true);
      expect(r.stderr.endsWith(`\n\n${DEDUP_HELP}`)).toBe(true);
    }
  });

  it('takes the thresholds it allows', async () => {
    const path = file('ok.ndjson', `${rec('a', 0, 'u1', 'T', BODY)}\n`);
    for (const argv of [['--max-hamming', '0'], ['--max-hamming', '3'], ['--min-jaccard', '1'], ['--min-jaccard', '.9'], ['--min-jaccard', '0.75'], ['--min-jaccard', '1.'], ['--min-jaccard', '0'], ['--min-jaccard', '.75'], ['--min-jaccard', '00.5'], ['--no-story']]) {
      expect((await run([...argv, path])).code, argv.join(' ')).toBe(0);
    }
  });

  it('finds what the thresholds and --no-story let it find', async () => {
    const sentences = [
      'The harbour reopened on Friday after two years of repairs, officials said.',
      'The first ferries came in at dawn with the tide and left again before noon.',
      'Fishermen said the new quay was longer and the cranes were faster than before.',
      'The town expects more visitors this summer, the mayor told reporters at the quay.',
      'Shops along the front have hired extra staff and some will open on Sundays.',
      'A new bus line will link the harbour with the railway station from next month.',
      'The repairs cost more than planned, and the council will discuss the bill in May.',
      'Divers checked the old walls in winter and found them sound, the port engineer said.',
    ];
    const body = sentences.join(' ');
    const title = 'Harbour reopens after the repairs';
    // One word changed (its SimHash is two bits from the first's); the first three sentences alone.
    const path = file('thresholds.ndjson', [rec('s', 0, 'u1', title, body), rec('s', 1, 'u2', title, body.replace('faster than', 'faster zebra')), rec('s', 2, 'u3', title, sentences.slice(0, 3).join(' '))].join('\n'));
    const reasons = async (argv: string[]): Promise<unknown[]> => lines((await run([...argv, path])).stdout).map((o) => o['duplicateReason']);
    expect(await reasons([])).toEqual([null, 'simhash', 'story']);
    expect(await reasons(['--max-hamming', '2'])).toEqual([null, 'simhash', 'story']);
    // Past SimHash, the MinHash signatures still agree on most values, unless all must agree.
    expect(await reasons(['--max-hamming', '1'])).toEqual([null, 'minhash', 'story']);
    expect(await reasons(['--max-hamming', '1', '--min-jaccard', '1'])).toEqual([null, 'story', 'story']);
    expect(await reasons(['--no-story'])).toEqual([null, 'simhash', null]);
    expect(await reasons(['--max-hamming', '1', '--min-jaccard', '1', '--no-story'])).toEqual([null, null, null]);
  });

  it('marks a record that repeats an earlier URL key, with the first record named, and keeps every byte of the input line', async () => {
    const first = rec('a.txt', 0, 'https://x.com/1', 'Harbour reopens', BODY, 'id-1');
    const second = rec('b.txt', 4, 'https://x.com/1', 'Something else entirely', 'Another text that has nothing to do with the first one at all, none.', 7);
    const path = file('url.ndjson', `${first}\n\n${second}\n`);
    const r = await run([path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.split('\n');
    expect(out[0]).toBe(`${first.slice(0, -1)},"duplicateOf":null,"duplicateReason":null}`);
    expect(out[1]).toBe(`${second.slice(0, -1)},"duplicateOf":{"source":"a.txt","index":0,"id":"id-1"},"duplicateReason":"url"}`);
    expect(out).toHaveLength(3);
  });

  it('names the first record by its input and place when it has no source, index or id of its own', async () => {
    const bare = (urlKey: string): string => JSON.stringify({ article: { urlKey, title: 'T', body: BODY } });
    const path = file('bare.ndjson', `${bare('u')}\n${bare('u')}\n`);
    const [, dup] = lines((await run([path])).stdout);
    expect(dup?.['duplicateOf']).toEqual({ source: path, index: 0, id: null });
    const numbered = file('numbered.ndjson', `${JSON.stringify({ source: 5, index: 'x', id: true, article: { urlKey: 'v', title: 'T', body: BODY } })}\n${bare('v')}\n`);
    expect(lines((await run([numbered])).stdout)[1]?.['duplicateOf']).toEqual({ source: numbered, index: 0, id: null });
  });

  it('counts the place from 0 in each input, over the inputs read one after another', async () => {
    const a = file('in-a.ndjson', `${JSON.stringify({ article: { urlKey: 'p', title: 'T', body: BODY } })}\n${JSON.stringify({ article: { urlKey: 'q', title: 'U', body: 'Quite another body of text about the weather on the coast today.' } })}\n`);
    const b = file('in-b.ndjson', `${JSON.stringify({ article: { urlKey: 'q', title: 'U', body: 'x' } })}\n`);
    const out = lines((await run([a, b])).stdout);
    expect(out[2]?.['duplicateOf']).toEqual({ source: a, index: 1, id: null });
  });

  it('finds a near-duplicate body, and a record without an article is never the first of a group', async () => {
    const noArticle = JSON.stringify({ source: 's', index: 0, article: null });
    const path = file('near.ndjson', [noArticle, noArticle, rec('s', 1, 'u1', 'Harbour reopens', BODY), rec('s', 2, 'u2', 'Harbour reopens', BODY)].join('\n'));
    const out = lines((await run([path])).stdout);
    expect(out.map((o) => o['duplicateReason'])).toEqual([null, null, null, expect.any(String)]);
    expect(out[3]?.['duplicateOf']).toEqual({ source: 's', index: 1, id: null });
  });

  it('writes a line that is no record unchanged, counts it on standard error, and says nothing with --quiet', async () => {
    const notRecords = ['not json', '[1]', 'null', '"text"', '{"article": [1]}', '{"article": "x"}', '{"no": 1}'];
    const path = file('junk.ndjson', `${notRecords.join('\n')}\n${rec('a', 0, 'u', 'T', BODY)}\n`);
    const r = await run([path]);
    expect(r.stdout.split('\n').slice(0, notRecords.length)).toEqual(notRecords);
    expect(r.stderr.startsWith(`newsdoc dedup: ${notRecords.length} `)).toBe(true);
    expect((await run(['-q', path])).stderr).toBe('');
    expect((await run(['--quiet', '--stats', path])).stderr).toBe('');
  });

  it('rewrites a record that has the verdict fields already, in place', async () => {
    const again = JSON.stringify({ source: 'a', index: 0, duplicateOf: { source: 'z', index: 9, id: null }, article: { urlKey: 'u', title: 'T', body: BODY }, duplicateReason: 'url' });
    const onlyReason = JSON.stringify({ source: 'a', index: 1, article: { urlKey: 'w', title: 'T2', body: 'Quite another body of text about the weather on the coast today.' }, duplicateReason: 'url' });
    const r = await run([file('again.ndjson', `${again}\n${onlyReason}\n`)]);
    const [first, second] = r.stdout.split('\n');
    expect(first).toBe(JSON.stringify({ source: 'a', index: 0, duplicateOf: null, article: { urlKey: 'u', title: 'T', body: BODY }, duplicateReason: null }));
    expect(second).toBe(JSON.stringify({ source: 'a', index: 1, article: { urlKey: 'w', title: 'T2', body: 'Quite another body of text about the weather on the coast today.' }, duplicateReason: null, duplicateOf: null }));
  });

  it('drops the duplicates with --drop, and prints the counts with --stats', async () => {
    const path = file('drop.ndjson', [rec('a', 0, 'u', 'T', BODY), rec('a', 1, 'u', 'T', BODY), 'junk', rec('a', 2, 'v', 'Weather', 'Rain on the coast all day long, the forecasters said on the radio.')].join('\n'));
    const r = await run(['--drop', '--stats', path]);
    expect(lines(r.stdout.replace('junk\n', '')).map((o) => o['index'])).toEqual([0, 2]);
    expect(r.stdout.split('\n')[1]).toBe('junk');
    expect(r.stderr.split('\n').slice(0, 4)).toEqual(['records     3', 'duplicates  1 (url 1, simhash 0, minhash 0, story 0)', 'unique      2', 'not records 1']);
    expect((await run([path])).stderr.split('\n')[0]?.startsWith('newsdoc dedup: 1 ')).toBe(true);
  });

  it('writes to --output, and exits 3 for an input it cannot read', async () => {
    const out = join(dir, 'out.ndjson');
    const path = file('o.ndjson', `${rec('a', 0, 'u', 'T', BODY)}\n`);
    expect(await run(['-o', out, path])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(1);
    const missing = await run([join(dir, 'missing.ndjson')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr.startsWith('newsdoc dedup: ')).toBe(true);
    expect(await run(['-q', join(dir, 'missing.ndjson')])).toEqual({ code: 3, stdout: '', stderr: '' });
  });

  it('stops quietly at a closed pipe', async () => {
    const path = file('pipe.ndjson', ['junk', rec('a', 0, 'u', 'T', BODY), rec('a', 1, 'v', 'T', BODY)].join('\n'));
    const epipe = (): void => void process.stdout.emit('error', Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
    const out: string[] = [];
    const listeners = process.stdout.listeners('error');
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => (out.push(chunk), epipe(), true)) as never);
    const code = await dedupMain([path]);
    vi.restoreAllMocks();
    for (const l of process.stdout.listeners('error')) if (!listeners.includes(l)) process.stdout.off('error', l as () => void);
    expect(code).toBe(0);
    expect(out).toEqual(['junk\n']);
    const second: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => (second.push(chunk), epipe(), true)) as never);
    await dedupMain([file('pipe2.ndjson', [rec('a', 0, 'u', 'T', BODY), rec('a', 1, 'v', 'T', BODY)].join('\n'))]);
    vi.restoreAllMocks();
    for (const l of process.stdout.listeners('error')) if (!listeners.includes(l)) process.stdout.off('error', l as () => void);
    expect(second).toHaveLength(1);
  });
});
