/**
 * What the second mutation run of the command (issue 13) found untested in src/cli/.
 *
 * `--version` prints the `version` of the package.json one directory above the module: in
 * the build that is dist/../package.json, the package's own; from src/cli/main.ts it is
 * src/package.json, which does not exist. Here that one read is answered with the
 * repository's package.json, so the source's `--version` path runs as the build's does
 * (test/dist/cli.test.ts checks the build itself).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { main } from '../../src/cli/main.js';

const ROOT_PACKAGE = new URL('../../package.json', import.meta.url);

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSyncOrRoot = ((path: unknown, ...rest: unknown[]) => {
    // src/package.json, read as `new URL('../package.json', import.meta.url)` of src/cli/main.ts.
    const wanted = path instanceof URL && path.pathname.endsWith('/src/package.json') ? new URL('../package.json', path) : path;
    return (fs.readFileSync as (...args: unknown[]) => unknown)(wanted, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync: readFileSyncOrRoot, default: { ...fs, readFileSync: readFileSyncOrRoot } };
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `main(argv)` with standard output and standard error captured. */
async function run(argv: readonly string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => out.push(Buffer.from(chunk).toString('utf8')) > 0) as never);
  vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array) => err.push(Buffer.from(chunk).toString('utf8')) > 0) as never);
  const code = await main(argv);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('main --version', () => {
  it('prints the package version and a line break, and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(ROOT_PACKAGE, 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await run(['-v', 'whatever.txt'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
