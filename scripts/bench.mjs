// `npm run bench`: start-up and batch measurements, as ratios measured in this one run, so the
// numbers say something on any machine. Not a test: it prints, it does not assert.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/ketamine-cost.js', import.meta.url));
const rss = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS; // adds ~85 ms to every Node 20 start here; it would swamp the ratios
delete env.NODE_OPTIONS;
const runs = Number(process.env.BENCH_RUNS ?? 15);

function time(args, input) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cases = {
  'node -e 0': ['-e', '0'],
  '--version': [bin, '--version'],
  '--help': [bin, '--help'],
  'estimate --json': [bin, 'estimate', '-t', 'coma', '--json'],
  'estimate (table)': [bin, 'estimate', '-t', 'outpatient', '--months', '6'],
  'estimate --format csv': [bin, 'estimate', '-t', 'low-dose-inpatient', '--format', 'csv'],
};
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(cases)) samples[name].push(time(args).ms);

const base = median(samples['node -e 0']);
console.log(`Start-up, median of ${runs} runs (Node ${process.version}), ratio to node -e 0:`);
for (const [name, xs] of Object.entries(samples)) console.log(`  ${name.padEnd(24)} ${median(xs).toFixed(1).padStart(7)} ms  ${(median(xs) / base).toFixed(2)}x`);

function scenarios(n) {
  const t = ['low-dose-inpatient', 'outpatient', 'coma'];
  let out = '';
  for (let i = 0; i < n; i++) out += `${JSON.stringify({ technique: t[i % 3], boosters: i % 4, travel: i % 2 ? 'domestic' : 'none' })}\n`;
  return out;
}
console.log('Batch (NDJSON in, CSV out), one run each:');
const small = time(['--import', rss, bin, 'batch'], scenarios(10_000));
const large = time(['--import', rss, bin, 'batch'], scenarios(100_000));
const peak = (r) => Number(/maxRSS_KB=(\d+)/.exec(r.stderr)[1]) / 1024;
console.log(`  10,000 rows   ${small.ms.toFixed(0).padStart(6)} ms  peak memory ${peak(small).toFixed(0)} MB`);
console.log(`  100,000 rows  ${large.ms.toFixed(0).padStart(6)} ms  peak memory ${peak(large).toFixed(0)} MB`);
console.log(`  10x the rows: ${(large.ms / small.ms).toFixed(1)}x the time, ${(peak(large) / peak(small)).toFixed(2)}x the peak memory`);
