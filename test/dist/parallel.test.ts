/**
 * The command as the map step of GNU parallel (Debian package `parallel`; `.ci/run`
 * installs it): a dump cut into blocks at its header lines and parsed by four jobs gives,
 * byte for byte, what one serial run gives; a JSON-lines input with 1 % garbage gives one
 * line per input line, the garbage as error records, and exit 0.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'cli.js');
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
const required = process.env['NEWSDOC_CORPUS'] === 'required';
if (!hasParallel && !required) console.warn('[newsdoc] GNU parallel not found: the parallel tests are skipped (apt-get install parallel).');

const dir = mkdtempSync(join(tmpdir(), 'newsdoc-parallel-'));
const doc = (n: number): string =>
  ` date 2021-11-${String((n % 28) + 1).padStart(2, '0')} https://ria.ru/202111${String((n % 28) + 1).padStart(2, '0')}/item-${1234500000 + n}.html\n\n` +
  `Harbour story number ${n} of the day\n\nKAZAN, November ${(n % 28) + 1} – RIA Novosti. The harbour reopened, officials said on day ${n}.\n\n`;

function sh(command: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-c', command], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(hasParallel || required)('newsdoc under GNU parallel', () => {
  it('is there', () => {
    expect(hasParallel, 'GNU parallel is required in CI').toBe(true);
  });

  it('gives a dump cut into four blocks the bytes of one serial run', () => {
    const dump = join(dir, 'dump.txt');
    const text = Array.from({ length: 10_000 }, (_, n) => doc(n)).join('');
    writeFileSync(dump, text);
    const block = Math.ceil(Buffer.byteLength(text) / 4);
    const serial = sh(`node ${bin} --positions document --jobs 1 < ${dump}`);
    const parallel = sh(`parallel --pipe --recstart ' date ' -k --block ${block} -j 4 node ${bin} --positions document --jobs 1 < ${dump}`);
    expect(serial.code).toBe(0);
    expect(parallel.code).toBe(0);
    expect(serial.stdout.split('\n').length - 1).toBe(10_000);
    expect(parallel.stdout === serial.stdout).toBe(true);
  });

  it('keeps one line per input line with 1 % garbage records, and exits 0', () => {
    const input = join(dir, 'input.jsonl');
    const rows = Array.from({ length: 10_000 }, (_, n) => (n % 100 === 7 ? `{"id": ${n}, "text": ` : JSON.stringify({ id: n, text: doc(n) })));
    writeFileSync(input, `${rows.join('\n')}\n`);
    const out = sh(`parallel --pipe -k -j 4 --block 400k node ${bin} --input jsonl --jobs 1 < ${input}`);
    expect(out.code).toBe(0);
    const records = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { ok: boolean });
    expect(records).toHaveLength(10_000);
    expect(records.filter((r) => !r.ok)).toHaveLength(100);
  });
});
