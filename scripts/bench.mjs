// `npm run bench`: start-up and batch speed as ratios to a baseline measured in this same run,
// so the numbers mean something on any machine, checked against goals.
//
// Start-up is measured against `node -e 0`. The batch is measured against plain reference scripts
// that do the least any tool must do with the same input and the same amount of output, so the
// ratio is the tool's own overhead (pricing, checking, its writers):
//   batch NDJSON <= 1.2x  readline + JSON.parse, writing for each line a row as large as the
//                         tool's (one of its own rows with the line's fields and a fresh id)
//   batch CSV    <= 2.7x  csv-parse {columns: true}, writing for each record a row with as many
//                         columns as the tool's CSV (one of its own rows with the record's fields),
//                         joined as CSV text by hand
// Both run single-threaded, as the tool does. CI runs the quick version with BENCH_MARGIN=1.0, so
// a goal (start-up or batch) missed by more than 100% fails CI.
//
// Environment:
//   BENCH_RUNS        start-up rounds (default 15)
//   BENCH_BATCH_ROWS  scenario rows in the batch files (default 1,000,000)
//   BENCH_BATCH_RUNS  batch rounds (default 3)
//   BENCH_MARGIN      how far past a goal still passes, as a fraction (default 0.10)
//   BENCH_QUICK=1     5 rounds, 100,000 rows, 3 batch rounds (for CI: the median of 3, as one
//                     round alone can land on a neighbour's burst); the variables above still win
//   BENCH_SEED        seed for the order of commands within each round (default: random, printed)
//   BENCH_REPORT_ONLY goals reported but never failing the run, by the start of their name, comma
//                     separated (e.g. "batch" while trying a change out); default none
//
// Exit code: 0 goals met (or missed by no more than the margin), 1 a goal missed by more than
// the margin, 2 the benchmark itself failed (a command failed or timed out; its stderr is shown).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_OPTIONS } from './bundle-options.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const BIN = here('../bin/ketamine-cost.cjs');
const PTY_HELPER = here('./bench-pty.py');
const REPORT_RSS = here('./report-rss.mjs');
const GNU_TIME = '/usr/bin/time';
const WIZARD_QUESTION = 'Which treatment are you planning?';
const SPAWN_TIMEOUT_MS = 60_000;
const PTY_TIMEOUT_S = 15;

class BenchError extends Error {}

// ---------------------------------------------------------------------------------------------
// Settings

function intFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 1) throw new BenchError(`${name} must be a whole number of at least 1, not ${JSON.stringify(raw)}`);
  return n;
}

function settings() {
  const quick = process.env.BENCH_QUICK === '1';
  const margin = Number(process.env.BENCH_MARGIN || 0.1);
  if (!(margin >= 0)) throw new BenchError(`BENCH_MARGIN must be a number of at least 0, not ${JSON.stringify(process.env.BENCH_MARGIN)}`);
  return {
    rounds: intFromEnv('BENCH_RUNS', quick ? 5 : 15),
    batchRows: intFromEnv('BENCH_BATCH_ROWS', quick ? 100_000 : 1_000_000),
    batchRounds: intFromEnv('BENCH_BATCH_RUNS', 3),
    margin,
    seed: intFromEnv('BENCH_SEED', 1 + Math.floor(Math.random() * 0x7fffffff)),
    reportOnly: (process.env.BENCH_REPORT_ONLY ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  };
}

// Children run without NODE_EXTRA_CA_CERTS (it adds ~85 ms to every Node 20 start here and would
// swamp the ratios) and without NODE_OPTIONS (it could load anything into every child).
function childEnv() {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}
const ENV = childEnv();

// ---------------------------------------------------------------------------------------------
// Small helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// mulberry32: a tiny seeded generator, so an odd-looking run can be repeated with BENCH_SEED.
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const fmtInt = (n) => n.toLocaleString('en-US');
const fmtMs = (ms) => `${ms < 1000 ? ms.toFixed(1) : fmtInt(Math.round(ms))} ms`;

// ---------------------------------------------------------------------------------------------
// Running commands

const running = new Set(); // children in flight, so an interrupt can take them down too

// Runs a command to completion and returns its wall time. Each child gets its own process group
// so that a timeout (or Ctrl-C) kills it and anything it started, e.g. node under /usr/bin/time.
// A non-zero exit, a signal or a timeout throws with the command's stderr.
function run(cmd, args, { stdout = 'pipe', timeoutMs = SPAWN_TIMEOUT_MS, env = ENV } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { env, stdio: ['ignore', stdout, 'pipe'], detached: true });
    running.add(child);
    let out = '';
    let err = '';
    let timedOut = false;
    child.stdout?.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      running.delete(child);
      reject(new BenchError(`${cmd} ${args.join(' ')}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) return resolve({ ms, stdout: out, stderr: err });
      const why = timedOut ? `timed out after ${timeoutMs / 1000} s` : signal ? `was killed by ${signal}` : `exited with ${code}`;
      reject(new BenchError(`${cmd} ${args.join(' ')} ${why}\n--- stderr ---\n${err.trimEnd() || '(empty)'}`));
    });
  });
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

// ---------------------------------------------------------------------------------------------
// Temp dir: everything generated goes here, and it is removed however the script ends.

function makeTempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'ketamine-cost-bench-'));
  const cleanup = () => {
    for (const child of running) killGroup(child);
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1)));
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Start-up

// The floor: what a CLI that only loads commander and prints its version costs, bundled the same
// way as the real tool (esbuild, CommonJS, one file, the same options). It is built here at
// run time against the installed commander, so it can never go stale or drift from the tool's.
async function buildCommanderFloor(dir) {
  const { build } = await import('esbuild');
  const commander = fileURLToPath(import.meta.resolve('commander'));
  const entry = join(dir, 'floor-src.mjs');
  const outfile = join(dir, 'floor.cjs');
  writeFileSync(entry, `import { program } from ${JSON.stringify(commander)};\nprogram.name('floor').version('1.0.0').parse();\n`);
  await build({
    entryPoints: [entry],
    outfile,
    ...BUNDLE_OPTIONS,
  });
  return outfile;
}

function havePtyHelper() {
  const r = spawnSync('python3', ['-c', 'import pty, termios, fcntl'], { stdio: 'ignore', timeout: 10_000 });
  return r.status === 0;
}

// The wizard never exits by itself, so "how long until it is usable" is the time until its
// first question is on the terminal. It needs a real (pseudo-)terminal to start at all; the
// Python helper owns the pty and the clock (so Python's own start-up is not counted) and
// kills the wizard once the question appears.
async function timeWizardQuestion() {
  const env = { ...ENV, TERM: ENV.TERM || 'xterm-256color' }; // as in a real terminal
  const args = [PTY_HELPER, String(PTY_TIMEOUT_S), WIZARD_QUESTION, process.execPath, BIN];
  const r = await run('python3', args, { env, timeoutMs: (PTY_TIMEOUT_S + 5) * 1000 });
  const m = /ms=([\d.]+)/.exec(r.stdout);
  if (!m) throw new BenchError(`the pty helper printed no time:\n${r.stdout}${r.stderr}`);
  return Number(m[1]);
}

// Each command is a name and a function that returns its wall time in ms. The plain ones are
// timed from spawn to exit with stdout piped to us, the same way for all, baseline included.
function startupCommands(floor, withPty) {
  const node =
    (...args) =>
    async () =>
      (await run(process.execPath, args)).ms;
  const cmds = [
    { name: 'node -e 0', run: node('-e', '0') },
    { name: 'commander-only floor --version', run: node(floor, '--version') },
    { name: 'ketamine-cost --version', goal: 1.4, run: node(BIN, '--version') },
    { name: 'estimate -t coma --json', goal: 1.5, run: node(BIN, 'estimate', '-t', 'coma', '--json') },
    { name: 'estimate -t outpatient --months 6', goal: 2.0, goalName: 'estimate (table)', run: node(BIN, 'estimate', '-t', 'outpatient', '--months', '6') },
  ];
  const wizard = { name: 'wizard, first question (pty)', goal: 2.5, goalName: 'first wizard question' };
  if (withPty) cmds.push({ ...wizard, run: timeWizardQuestion });
  else cmds.push({ ...wizard, skipped: 'no python3 with pty' });
  return cmds;
}

// Interleaved rounds: every round runs each command once in a fresh random order, so a burst of
// load from a neighbour on a shared machine lands on all commands alike instead of on whichever
// one happened to be running; the median over rounds then drops the odd slow outlier.
async function interleaved(cmds, rounds, random, onRound = () => {}) {
  const samples = new Map(cmds.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const c of shuffled(cmds, random)) samples.get(c.name).push(await c.run());
    onRound(round + 1);
  }
  return samples;
}

function progress(label, total) {
  if (!process.stderr.isTTY) return () => {};
  return (done) => process.stderr.write(`\r  ${label}: round ${done}/${total}${done === total ? '\r\x1b[K' : ''}`);
}

async function measureStartup(dir, { rounds }, random) {
  const floor = await buildCommanderFloor(dir);
  const cmds = startupCommands(floor, havePtyHelper());
  const active = cmds.filter((c) => !c.skipped);
  const samples = await interleaved(active, rounds, random, progress('start-up', rounds));
  const base = median(samples.get('node -e 0'));
  console.log(`Start-up: median of ${rounds} interleaved rounds, ratio to node -e 0`);
  const rows = [];
  for (const c of cmds) {
    if (c.skipped) {
      console.log(`  ${c.name.padEnd(36)} skipped (${c.skipped})`);
      rows.push({ name: c.goalName ?? c.name, goal: c.goal, skipped: c.skipped, against: 'node -e 0' });
      continue;
    }
    const ms = median(samples.get(c.name));
    console.log(`  ${c.name.padEnd(36)} ${fmtMs(ms).padStart(10)}  ${(ms / base).toFixed(2)}x`);
    if (c.goal) rows.push({ name: c.goalName ?? c.name, goal: c.goal, ratio: ms / base, against: 'node -e 0' });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Batch

const TECHNIQUES = ['low-dose-inpatient', 'outpatient', 'coma'];
const TRAVEL = ['none', 'domestic', 'international'];
// Technique by i % 3 and travel by (i / 3) % 3, so all nine pairs occur; boosters 0..3.
const scenario = (i) => ({ technique: TECHNIQUES[i % 3], boosters: i % 4, travel: TRAVEL[Math.floor(i / 3) % 3] });

function writeLines(file, header, rows, line) {
  const fd = openSync(file, 'w');
  try {
    let buf = header;
    for (let i = 0; i < rows; i++) {
      buf += line(i);
      if (buf.length > 1 << 20) {
        writeSync(fd, buf);
        buf = '';
      }
    }
    writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
}

function writeScenarioFiles(dir, rows) {
  const ndjson = join(dir, 'scenarios.ndjson');
  const csv = join(dir, 'scenarios.csv');
  writeLines(ndjson, '', rows, (i) => `${JSON.stringify(scenario(i))}\n`);
  writeLines(csv, 'id,technique,boosters,travel\n', rows, (i) => {
    const s = scenario(i);
    return `${i + 1},${s.technique},${s.boosters},${s.travel}\n`;
  });
  // One of the tool's own rows in each format (its CSV with the header), for the same-size references.
  const oneRow = (format) => {
    const r = spawnSync(process.execPath, [BIN, 'batch', '-', '--format', format], { input: JSON.stringify(scenario(0)), env: ENV, encoding: 'utf8' });
    if (r.status !== 0) throw new BenchError(`batch of one row (${format}) failed:\n${r.stderr}`);
    return r.stdout;
  };
  const template = join(dir, 'row-template.json');
  writeFileSync(template, oneRow('ndjson'));
  const csvTemplate = join(dir, 'row-template.csv');
  const csvOut = oneRow('csv');
  const [header = '', row = ''] = csvOut.trimEnd().split('\r\n');
  const columns = header.split(',').length;
  // The template is split on commas below: a cell with a comma or a quote would need a CSV reader.
  if (row.split(',').length !== columns || /["\r\n]/.test(csvOut.trimEnd().replaceAll('\r\n', '')))
    throw new BenchError(`the tool's CSV row is not plain ${columns} cells:\n${csvOut}`);
  writeFileSync(csvTemplate, csvOut);
  return { ndjson, csv, template, csvTemplate, csvColumns: columns };
}

// The references are the least any tool must do with these inputs: read every line and parse
// it, and write a row as large as the tool's for it, buffered. The tool's ratio to them is its
// own overhead: pricing and checking each row, and its own readers and writers.
function writeReferences(dir) {
  // Read every line, parse it, write a row for it, buffered: `row` is the row's expression.
  const ndjsonScript = (row, setup = '') => `import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
${setup}
const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
let buf = '';
for await (const line of lines) {
  if (line === '') continue;
  buf += JSON.stringify(${row}) + '\\n';
  if (buf.length >= 65536) {
    if (!process.stdout.write(buf)) await once(process.stdout, 'drain');
    buf = '';
  }
}
process.stdout.write(buf);
`;
  // For context, not a goal: each line written back as it was read. The tool's NDJSON rows are
  // some 20 times its input lines, so this says what the larger rows alone cost.
  const ndjsonRef = join(dir, 'ref-ndjson.mjs');
  writeFileSync(ndjsonRef, ndjsonScript('JSON.parse(line)'));
  // The NDJSON goal's reference: for each line, a row as large as the tool's own (one of its real
  // rows with the line's fields and a fresh id), so both write the same amount of JSON.
  const ndjsonSameSize = join(dir, 'ref-ndjson-same-size.mjs');
  writeFileSync(
    ndjsonSameSize,
    ndjsonScript(
      '{ ...template, id: String(++n), scenario: { ...template.scenario, ...JSON.parse(line) } }',
      "const template = JSON.parse(readFileSync(process.argv[3], 'utf8'));\nlet n = 0;",
    ),
  );
  // The CSV goal's reference: csv-parse reads each record, and a row with as many columns as the
  // tool's is written for it (one of the tool's own rows with the record's id, technique,
  // boosters and travel), each cell quoted where CSV needs it and joined by hand, with the tool's
  // CR LF line ends, buffered. It
  // counts its records on stderr, so a reference that read nothing cannot look fast.
  const csvRef = join(dir, 'ref-csv-parse-write.mjs');
  writeFileSync(
    csvRef,
    `import { createReadStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { parse } from ${JSON.stringify(import.meta.resolve('csv-parse'))};
const [header, row] = readFileSync(process.argv[3], 'utf8').trimEnd().split('\\r\\n');
const names = header.split(',');
const template = row.split(',');
const [id, technique, boosters, travel] = ['id', 'technique', 'boosters', 'travel'].map((n) => names.indexOf(n));
const cell = (v) => (/[",\\r\\n]/.test(v) ? '"' + v.replaceAll('"', '""') + '"' : v);
let records = 0;
let buf = header + '\\r\\n';
for await (const r of createReadStream(process.argv[2]).pipe(parse({ columns: true }))) {
  const cells = template.slice();
  cells[id] = r.id;
  cells[technique] = r.technique;
  cells[boosters] = r.boosters;
  cells[travel] = r.travel;
  buf += cells.map(cell).join(',') + '\\r\\n';
  records++;
  if (buf.length >= 65536) {
    if (!process.stdout.write(buf)) await once(process.stdout, 'drain');
    buf = '';
  }
}
process.stdout.write(buf);
process.stderr.write('records=' + records + '\\n');
`,
  );
  return { ndjsonRef, ndjsonSameSize, csvRef };
}

// Peak memory from outside the process (GNU time's %M, the maximum resident set) when there is
// one, else from inside via --import report-rss.mjs; both print maxRSS_KB= on stderr at exit.
function nodeWithPeakMemory(args) {
  if (existsSync(GNU_TIME)) return [GNU_TIME, ['-f', 'maxRSS_KB=%M', process.execPath, ...args]];
  return [process.execPath, ['--import', REPORT_RSS, ...args]];
}

function peakMB(stderr) {
  const all = [...stderr.matchAll(/maxRSS_KB=(\d+)/g)];
  if (!all.length) throw new BenchError(`no maxRSS_KB= in stderr:\n${stderr}`);
  return Number(all.at(-1)[1]) / 1024;
}

// Output goes to /dev/null (opened once, shared) so neither side pays for a pipe back to us.
function batchCommands(files, refs, rows, devNull) {
  const timeoutMs = Math.max(SPAWN_TIMEOUT_MS, (rows / 1e6) * 120_000); // ~15 s per million rows today
  const measure = (args, check) => async () => {
    const [cmd, full] = nodeWithPeakMemory(args);
    const r = await run(cmd, full, { stdout: devNull, timeoutMs });
    check?.(r.stderr);
    return { ms: r.ms, mb: peakMB(r.stderr) };
  };
  const countIs = (err) => {
    const n = /records=(\d+)/.exec(err)?.[1];
    if (Number(n) !== rows) throw new BenchError(`csv-parse reference wrote ${n ?? 'no'} records, expected ${rows}:\n${err}`);
  };
  return [
    { name: 'batch NDJSON -> NDJSON', run: measure([BIN, 'batch', files.ndjson, '--format', 'ndjson']) },
    { name: '  reference: readline + JSON, rows as large', run: measure([refs.ndjsonSameSize, files.ndjson, files.template]) },
    { name: '  context: readline + JSON, lines written back', run: measure([refs.ndjsonRef, files.ndjson]) },
    { name: 'batch CSV -> CSV', run: measure([BIN, 'batch', files.csv]) },
    { name: `  reference: csv-parse + ${files.csvColumns} columns written`, run: measure([refs.csvRef, files.csv, files.csvTemplate], countIs) },
  ];
}

async function measureBatch(dir, { batchRows, batchRounds }, random) {
  const files = writeScenarioFiles(dir, batchRows);
  const refs = writeReferences(dir);
  const devNull = openSync('/dev/null', 'w');
  try {
    const cmds = batchCommands(files, refs, batchRows, devNull);
    const results = await interleaved(cmds, batchRounds, random, progress('batch', batchRounds));
    const ms = (name) => median(results.get(name).map((r) => r.ms));
    const mb = (name) => Math.max(...results.get(name).map((r) => r.mb));
    console.log(`Batch: ${fmtInt(batchRows)} rows, median of ${batchRounds} interleaved round${batchRounds > 1 ? 's' : ''}, highest peak memory`);
    for (const c of cmds) console.log(`  ${c.name.padEnd(46)} ${fmtMs(ms(c.name)).padStart(10)}  peak ${mb(c.name).toFixed(0).padStart(4)} MB`);
    const [nd, ndRef, ndSmall, csv, csvRef] = cmds.map((c) => c.name);
    console.log(
      `  (context: batch NDJSON is ${(ms(nd) / ms(ndSmall)).toFixed(2)}x the reference writing each input line back; ${(ms(ndRef) / ms(ndSmall)).toFixed(2)}x is the cost of rows as large as the tool's alone)`,
    );
    return [
      { name: 'batch NDJSON', goal: 1.2, ratio: ms(nd) / ms(ndRef), against: 'same-size NDJSON ref' },
      { name: 'batch CSV', goal: 2.7, ratio: ms(csv) / ms(csvRef), against: 'csv-parse + CSV writing' },
    ];
  } finally {
    closeSync(devNull);
  }
}

// ---------------------------------------------------------------------------------------------
// Goals

// PASS at or under the goal; MISS over it; a MISS beyond goal x (1 + margin) fails the run, so
// ordinary noise does not, and CI on a slower shared runner can loosen it with BENCH_MARGIN.
function reportGoals(rows, margin, reportOnly) {
  console.log(
    `Goals (a miss by more than ${(margin * 100).toFixed(0)}% fails the run${reportOnly.length ? `, except ${reportOnly.join(', ')}: reported only` : ''}):`,
  );
  let failed = 0;
  for (const r of rows) {
    const label = `${r.name} ≤ ${r.goal.toFixed(1)}x${r.against === 'node -e 0' ? '' : ` ${r.against}`}`;
    if (r.skipped) {
      console.log(`  ${label.padEnd(50)}     -    SKIP (${r.skipped})`);
      continue;
    }
    const over = r.ratio > r.goal * (1 + margin);
    const reported = reportOnly.some((prefix) => r.name.startsWith(prefix));
    const verdict = r.ratio <= r.goal ? 'PASS' : over ? (reported ? 'MISS (reported only)' : 'MISS') : 'MISS (within margin)';
    if (over && !reported) failed++;
    console.log(`  ${label.padEnd(50)} ${r.ratio.toFixed(2).padStart(5)}x  ${verdict}`);
  }
  return failed;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const s = settings();
  const random = seededRandom(s.seed);
  console.log(`Node ${process.version}, BENCH_SEED=${s.seed}, margin ${(s.margin * 100).toFixed(0)}%`);
  const dir = makeTempDir();
  const goals = [...(await measureStartup(dir, s, random)), ...(await measureBatch(dir, s, random))];
  const failed = reportGoals(goals, s.margin, s.reportOnly);
  if (failed) console.log(`${failed} goal${failed > 1 ? 's' : ''} missed by more than the margin.`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e instanceof BenchError ? `bench: ${e.message}` : e);
  process.exit(2);
});
