// Corpus-scale figures, each against a baseline measured in the same run: on a generated
// dump of full-length documents (2–6 KB bodies, every fixture shape), the time and peak
// memory of
//
//   floor        a bare read that only splits the file at header lines
//   split+parse  the same split plus parseArticle per document (parse-bound)
//   parseStream  the streaming API over the file
//   cli -j1/-j2  the command, writing NDJSON to /dev/null
//
// Each measure runs in a child process of its own, so peak RSS is its own. Not part of
// `npm test`; run after `npm run build`:
//
//   node bench/stream.bench.mjs [megabytes=1024]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const megabytes = Number(process.argv[2] ?? 1024);
const root = join(import.meta.dirname, '..');
const dir = join(tmpdir(), 'newsdoc-bench');
mkdirSync(dir, { recursive: true });
const dump = join(dir, `dump-${megabytes}mb.txt`);

// The generator builds its output as one string, which V8 caps near 512 MB: a larger dump is
// made in parts of 256 MB, each starting at another document number so no two repeat.
const PART_MB = 256;
if (!existsSync(dump)) {
  process.stderr.write(`making a ${megabytes} MB dump in ${dump} …\n`);
  writeFileSync(dump, '');
  const part = join(dir, 'part.txt');
  for (let made = 0, k = 0; made < megabytes; made += PART_MB, k++) {
    const size = Math.min(PART_MB, megabytes - made) * 1024 * 1024;
    execFileSync(process.execPath, [join(root, 'scripts', 'make-dump.mjs'), '--bytes', String(size), '--full', '--start', String(k * 1_000_000), '--out', part], { stdio: 'inherit' });
    appendFileSync(dump, readFileSync(part));
    appendFileSync(dump, '\n');
  }
  rmSync(part);
}
const bytes = statSync(dump).size;

// The measures, each a script run by `node -e` in a child: it prints its document count, and
// the parent reads the child's own peak RSS.
const measures = {
  floor: `
    const { createReadStream } = require('node:fs');
    let docs = 0, tail = '';
    const s = createReadStream(process.argv[1], { encoding: 'utf8', highWaterMark: 1 << 20 });
    s.on('data', (chunk) => { const text = tail + chunk; let at = 0, nl;
      while ((nl = text.indexOf('\\n', at)) >= 0) { if (text.startsWith(' date ', at)) docs++; at = nl + 1; }
      tail = text.slice(at); });
    s.on('end', () => { if (tail.startsWith(' date ')) docs++; console.log(docs); });`,
  'split+parse': `
    const { createReadStream } = require('node:fs');
    import(${JSON.stringify(join(root, 'dist', 'index.js'))}).then(async (m) => {
      let docs = 0, tail = '', doc = '';
      const flush = () => { if (doc !== '') { m.parseArticle(doc); docs++; doc = ''; } };
      for await (const chunk of createReadStream(process.argv[1], { encoding: 'utf8', highWaterMark: 1 << 20 })) {
        const text = tail + chunk; let at = 0, nl;
        while ((nl = text.indexOf('\\n', at)) >= 0) { if (text.startsWith(' date ', at)) flush(); doc += text.slice(at, nl + 1); at = nl + 1; }
        tail = text.slice(at);
      }
      doc += tail; flush(); console.log(docs);
    });`,
  parseStream: `
    const { createReadStream } = require('node:fs');
    import(${JSON.stringify(join(root, 'dist', 'index.js'))}).then(async (m) => {
      let docs = 0;
      for await (const record of m.parseStream(createReadStream(process.argv[1], { highWaterMark: 1 << 20 }))) docs++;
      console.log(docs);
    });`,
};

function runNode(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssKb = Number((r.stderr.trim().split('\n').pop() ?? '0').trim());
  return { seconds, rssMb: rssKb / 1024, out: r.stdout.trim(), status: r.status, stderr: r.stderr };
}

const results = {};
for (const [name, script] of Object.entries(measures)) results[name] = runNode(['-e', script, dump]);
for (const jobs of [1, 2]) results[`cli --jobs ${jobs}`] = runNode([join(root, 'dist', 'cli.js'), '--jobs', String(jobs), '--quiet', '-o', '/dev/null', dump]);

const docs = Number(results.parseStream.out) || Number(results['split+parse'].out);
console.log(`machine   ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}`);
console.log(`dump      ${(bytes / 1e6).toFixed(0)} MB, ${docs} documents (full-length, every fixture shape)`);
console.log('');
console.log('measure           seconds   MB/s    docs/s    peak RSS MB   ÷ floor   ÷ split+parse');
for (const [name, r] of Object.entries(results)) {
  const ratioFloor = r.seconds / results.floor.seconds;
  const ratioParse = r.seconds / results['split+parse'].seconds;
  console.log(
    `${name.padEnd(16)} ${r.seconds.toFixed(1).padStart(8)} ${(bytes / 1e6 / r.seconds).toFixed(1).padStart(6)} ${Math.round(docs / r.seconds).toString().padStart(9)} ${r.rssMb.toFixed(0).padStart(13)} ${ratioFloor.toFixed(1).padStart(9)} ${ratioParse.toFixed(2).padStart(15)}${r.status === 0 ? '' : `  (exit ${r.status})`}`,
  );
}
console.log('');
console.log(`parseStream ÷ (split + parseArticle) = ${(results.parseStream.seconds / results['split+parse'].seconds).toFixed(2)} (target ≤ 1.1)`);
console.log(`cli --jobs 2 speed-up over --jobs 1  = ${(results['cli --jobs 1'].seconds / results['cli --jobs 2'].seconds).toFixed(2)}x`);
