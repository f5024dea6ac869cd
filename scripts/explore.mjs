// `npm run test:explore [-- --rounds N]`: the property tests with a new random seed in every
// test file and every round, not part of `npm test`. `npm test` runs them with one fixed seed
// (test/setup/fast-check.ts), so that CI repeats exactly; this is where new cases come from.
// A failure prints fast-check's report (seed, path, shrunk counterexample) and the command
// that replays it; the run stops at the first failing round. Property tests that fix their
// own seed (test/properties.test.ts) run the same cases here as there.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Number(args[at + 1]) : 1;
if (!Number.isSafeInteger(rounds) || rounds < 1) {
  console.error(`explore: --rounds wants a positive integer, got ${args[at + 1]}`);
  process.exit(2);
}

/** Every unit test file that imports fast-check (test/dist/ needs the build and has none). */
function propertyFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('test', 'dist') ? [] : propertyFiles(path);
    return entry.name.endsWith('.test.ts') && readFileSync(path, 'utf8').includes("from 'fast-check'") ? [path] : [];
  });
}

const files = propertyFiles('test').sort();
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
for (let round = 1; round <= rounds; round += 1) {
  const started = Date.now();
  const run = spawnSync(npx, ['vitest', 'run', '--reporter=dot', ...files], {
    env: { ...process.env, NEWSDOC_FC_SEED: 'random', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  console.log(`explore round ${round}/${rounds} ${ok ? 'ok' : 'FAIL'}  (${files.length} files, ${seconds}s)`);
  if (!ok) {
    if (run.error) console.error(run.error);
    process.stdout.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    console.log('replay: NEWSDOC_FC_SEED=<seed above> npx vitest run <the failing file>');
    process.exit(1);
  }
}
