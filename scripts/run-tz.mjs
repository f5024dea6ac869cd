// Runs the date-sensitive test files once per time zone, so a result that leaks the
// machine's zone (through `Date`) fails here even when it passes on the developer's machine.
// Kiritimati (UTC+14) and Los Angeles (UTC-8/-7) put "today" on different calendar days.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const zones = ['UTC', 'Europe/Moscow', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const files = [
  'test/normalize/normalize-date.test.ts',
  'test/normalize/normalize-timestamp.test.ts',
  'test/parse/dateline.test.ts',
  'test/parse/entries.test.ts',
  'test/parse/parse-article.test.ts',
  'test/fixtures.test.ts',
];
// A renamed test file must not drop out of the time-zone runs unnoticed.
const missing = files.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`tz: missing test files: ${missing.join(', ')}`);
  process.exit(1);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let failed = 0;
for (const zone of zones) {
  const started = Date.now();
  const run = spawnSync(npx, ['vitest', 'run', '--reporter=dot', ...files], {
    // NO_COLOR keeps the output plain, so the FAIL lines can be picked out below.
    env: { ...process.env, TZ: zone, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  if (!ok) failed += 1;
  console.log(`tz ${zone.padEnd(20)} ${ok ? 'ok' : 'FAIL'}  (${files.length} files, ${seconds}s)`);
  if (!ok) report(run, failed === 1);
}

/** Full vitest output for the first failing zone; only the failing test names after that. */
function report(run, full) {
  if (run.error) console.error(run.error);
  if (full) {
    process.stdout.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    return;
  }
  const text = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
  const failing = new Set(text.split('\n').filter((line) => line.trimStart().startsWith('FAIL')));
  for (const line of failing) console.log(`    ${line.trim()}`);
}

process.exit(failed === 0 ? 0 : 1);
