// Corpus-scale figures, each against a baseline measured in the same run: on a generated
// dump of full-length documents (2–6 KB bodies, every fixture shape), the time and peak
// memory of
//
//   floor        a bare read that only splits the file at header lines
//   split+parse  the same split plus parseArticle per document (parse-bound)
//   parseStream  the streaming API over the file
//   cli -j1/-j2  the command, writing NDJSON to /dev/null
//
// then the rows of issue 10, in interleaved rounds (the machine is shared: each ratio is
// the median of the rounds, with its spread):
//
//   cli --jobs 2 ÷ floor, and the speed-up of --jobs 2 over --jobs 1
//   parseCorpus over a 16 MB chunk of the dump: the heap its records retain, the heap at its
//   peak and the RSS it adds, each ÷ the chunk's size in bytes
//
// Each measure runs in a child process of its own, so peak RSS is its own. Not part of
// `npm test`; run after `npm run build`:
//
//   node bench/stream.bench.mjs [megabytes=200] [rounds=3]
//
// 200 MB by default: on two shared cores a 1 GB run of every measure takes most of an hour.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const megabytes = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 3);
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
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [rssKb = 0, user = 0, sys = 0] = (r.stderr.trim().split('\n').pop() ?? '').trim().split(' ').map(Number);
  return { seconds, cpu: user + sys, rssMb: rssKb / 1024, out: r.stdout.trim(), status: r.status, stderr: r.stderr };
}

const results = {};
for (const [name, script] of Object.entries(measures)) results[name] = runNode(['-e', script, dump]);
for (const jobs of [1, 2]) results[`cli --jobs ${jobs}`] = runNode([join(root, 'dist', 'cli.js'), '--jobs', String(jobs), '--quiet', '-o', '/dev/null', dump]);

const startLoad = loadavg();
const docs = Number(results.parseStream.out) || Number(results['split+parse'].out);
console.log(`machine   ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}`);
console.log(`dump      ${(bytes / 1e6).toFixed(0)} MB, ${docs} documents (full-length, every fixture shape)`);
console.log('');
console.log(`load      ${startLoad.map((l) => l.toFixed(1)).join(' ')} at the start (1, 5, 15 min): other sessions share the cores`);
console.log('');
console.log('measure           seconds   MB/s    docs/s    peak RSS MB   ÷ floor   ÷ split+parse   CPU s');
for (const [name, r] of Object.entries(results)) {
  const ratioFloor = r.seconds / results.floor.seconds;
  const ratioParse = r.seconds / results['split+parse'].seconds;
  console.log(
    `${name.padEnd(16)} ${r.seconds.toFixed(1).padStart(8)} ${(bytes / 1e6 / r.seconds).toFixed(1).padStart(6)} ${Math.round(docs / r.seconds).toString().padStart(9)} ${r.rssMb.toFixed(0).padStart(13)} ${ratioFloor.toFixed(1).padStart(9)} ${ratioParse.toFixed(2).padStart(15)} ${r.cpu.toFixed(1).padStart(7)}${r.status === 0 ? '' : `  (exit ${r.status})`}`,
  );
}
console.log('');
console.log(`parseStream ÷ (split + parseArticle) = ${(results.parseStream.seconds / results['split+parse'].seconds).toFixed(2)} (target ≤ 1.1)`);
console.log(`cli --jobs 2 speed-up over --jobs 1  = ${(results['cli --jobs 1'].seconds / results['cli --jobs 2'].seconds).toFixed(2)}x`);

// ---- Issue 10: the corpus-scale rows, in interleaved rounds -------------------------------

/** Median and spread of a list of numbers. */
function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), text: `${median.toFixed(2)} (${sorted[0].toFixed(2)}–${sorted.at(-1).toFixed(2)}, ${sorted.length} rounds)` };
}

const cli = (jobs) => [join(root, 'dist', 'cli.js'), '--jobs', String(jobs), '--quiet', '-o', '/dev/null', dump];
const round = { floor: [], j1: [], j2: [] };
for (let k = 0; k < rounds; k++) {
  // The order turns each round, so a burst of load from elsewhere does not fall on one measure.
  const order = [['floor', ['-e', measures.floor, dump]], ['j1', cli(1)], ['j2', cli(2)]];
  for (let i = 0; i < order.length; i++) {
    const [name, args] = order[(i + k) % order.length];
    round[name].push(runNode(args));
  }
}
const speedUp = spread(round.j1.map((r, k) => r.seconds / round.j2[k].seconds));
const overFloor = spread(round.j2.map((r, k) => r.seconds / round.floor[k].seconds));
const cpuRatio = spread(round.j2.map((r, k) => r.cpu / round.j1[k].cpu));
console.log('');
console.log(`issue 10, ${rounds} interleaved rounds over the same dump (median, min–max):`);
console.log(`  cli --jobs 2 speed-up over --jobs 1   ${speedUp.text}   (target ≥ 1.8)`);
console.log(`  cli --jobs 2 ÷ floor                  ${overFloor.text}   (target ≤ 10)`);
console.log(`  CPU of --jobs 2 ÷ CPU of --jobs 1     ${cpuRatio.text}   (the work two workers add; 1.00 is none)`);

// parseCorpus over the first 16 MB of the dump, cut at a header line. The child reports the
// heap before, at the end, and retained after a full GC; with --trace-gc, the heap size
// before each collection is the peak between collections.
const CHUNK = 16 * 1024 * 1024;
const memoryScript = `
  const { openSync, readSync } = require('node:fs');
  const buffer = Buffer.alloc(${CHUNK});
  readSync(openSync(process.argv[1]), buffer, 0, ${CHUNK}, 0);
  const cut = buffer.lastIndexOf('\\n date ');
  import(${JSON.stringify(join(root, 'dist', 'index.js'))}).then((m) => {
    const text = buffer.toString('utf8', 0, cut + 1);
    const bytes = cut + 1;
    gc(); gc();
    const rss0 = process.memoryUsage().rss, heap0 = process.memoryUsage().heapUsed;
    console.log('BEGIN');
    const records = m.parseCorpus(text);
    const heapEnd = process.memoryUsage().heapUsed;
    console.log('END');
    const peakRss = process.resourceUsage().maxRSS * 1024;
    gc(); gc();
    const retained = process.memoryUsage().heapUsed - heap0;
    console.log(JSON.stringify({ bytes, codeUnits: text.length, docs: records.length, heap0, heapEnd, rss: (peakRss - rss0) / bytes, retained: retained / bytes }));
  });`;
// "Scavenge 78.5 (95.6) -> 63.9 (96.3) MB": the heap used before a collection, in MB.
const GC_LINE = /: [a-z-]+(?: [a-z-]+)? ([\d.]+) \([\d.]+\) ->/i;
const memory = [];
for (let k = 0; k < rounds; k++) {
  const r = runNode(['--expose-gc', '--trace-gc', '-e', memoryScript, dump]);
  let on = false;
  let peak = 0;
  let result = null;
  for (const line of r.out.split('\n')) {
    if (line === 'BEGIN') on = true;
    else if (line === 'END') on = false;
    else if (line.startsWith('{')) result = JSON.parse(line);
    else if (on) peak = Math.max(peak, Number(GC_LINE.exec(line)?.[1] ?? 0) * 1024 * 1024);
  }
  if (result === null) throw new Error(`the memory child failed: ${r.stderr}`);
  memory.push({ ...result, peakHeap: (Math.max(peak, result.heapEnd) - result.heap0) / result.bytes });
}
const m0 = memory[0];
console.log('');
console.log(`parseCorpus over ${(m0.bytes / 1e6).toFixed(1)} MB (${m0.codeUnits} UTF-16 code units, ${m0.docs} documents), each ÷ the input's bytes:`);
console.log(`  heap at its peak (target ≤ 3)         ${spread(memory.map((r) => r.peakHeap)).text}`);
console.log(`  heap the records retain               ${spread(memory.map((r) => r.retained)).text}`);
console.log(`  RSS it adds at its peak               ${spread(memory.map((r) => r.rss)).text}   (V8's young generation and heap headroom are fixed costs: the ratio falls with the input's size)`);
console.log('');
console.log(`load      ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end (1, 5, 15 min)`);
