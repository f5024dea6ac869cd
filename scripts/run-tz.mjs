// Runs the date-sensitive test files once per time zone, so a result that leaks the
// machine's zone (through `Date`) fails here even when it passes on the developer's machine.
// Kiritimati (UTC+14) and Los Angeles (UTC-8/-7) put "today" on different calendar days;
// Kathmandu (UTC+5:45) catches arithmetic that assumes whole or half hours.
// Then it hashes every fixture's, the dump's and every corpus document's result under each
// zone and each locale (scripts/tz-probe.ts) and compares them byte for byte: Turkish
// lower-cases I to dotless ı and orders letters differently, so any locale-aware call in a
// stage shows as a difference.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const zones = ['UTC', 'Europe/Moscow', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kathmandu'];
const locales = ['C.UTF-8', 'tr_TR.UTF-8'];
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
    env: { ...process.env, TZ: zone, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_COLOR: '1' },
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

// The same results, byte for byte, in every zone and locale. Node's ICU takes its default
// locale from LC_ALL/LANG even where the system has no such locale installed.
let first = null;
for (const zone of zones) {
  for (const locale of locales) {
    const run = spawnSync(npx, ['tsx', 'scripts/tz-probe.ts'], {
      env: { ...process.env, TZ: zone, LANG: locale, LC_ALL: locale },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const where = `${zone} ${locale}`;
    if (run.status !== 0 || !run.stdout) {
      failed += 1;
      console.log(`tz probe ${where.padEnd(32)} FAIL (exit ${run.status})`);
      continue;
    }
    if (first === null) {
      first = { where, text: run.stdout };
      console.log(`tz probe ${where.padEnd(32)} ok  (the results every other run must match)`);
      continue;
    }
    const same = run.stdout === first.text;
    if (!same) failed += 1;
    console.log(`tz probe ${where.padEnd(32)} ${same ? 'ok  (byte-identical)' : `FAIL: differs from ${first.where}`}`);
    if (!same) showDifference(JSON.parse(first.text), JSON.parse(run.stdout));
  }
}

/** The names of the documents whose result hashes differ between two probe runs. */
function showDifference(a, b) {
  for (const part of ['fixtures', 'corpus']) {
    const names = Object.keys({ ...a[part], ...b[part] });
    const differing = names.filter((name) => a[part]?.[name] !== b[part]?.[name]);
    if (differing.length > 0) console.log(`    ${part}: ${differing.slice(0, 10).join(', ')}${differing.length > 10 ? ` and ${differing.length - 10} more` : ''}`);
  }
  if (a.dump !== b.dump) console.log('    the 300-document dump');
  if (JSON.stringify(a.locale) !== JSON.stringify(b.locale)) console.log('    the locale-sensitive inputs of scripts/tz-probe.ts');
}

process.exit(failed === 0 ? 0 : 1);
