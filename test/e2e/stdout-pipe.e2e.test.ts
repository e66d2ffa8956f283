import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, runBin } from '../helpers/run-bin.js';

// Standard output to a pipe is written by hand (src/edge/stdout.ts): these hold it to Node's own
// stream's behaviour with more output than a pipe holds (64 KB here: 3,000 rows are about 4 MB).
const dir = mkdtempSync(join(tmpdir(), 'ketamine-cost-pipe-'));
const input = join(dir, 'rows.ndjson');
const TECHNIQUES = ['low-dose-inpatient', 'outpatient', 'coma'];
writeFileSync(input, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `r${i}`, technique: TECHNIQUES[i % 3], boosters: i % 5 })).join('\n'));
const expected = () => {
  const file = join(dir, 'expected.ndjson');
  const r = runBin(['batch', input, '--format', 'ndjson'], { stdoutFile: file });
  expect(r.code).toBe(0);
  return readFileSync(file, 'utf8');
};
const hasPython = spawnSync('python3', ['-c', 'import fcntl, os'], { stdio: 'ignore' }).status === 0;

describe('standard output to a pipe', () => {
  it('gives a reader every byte, in order', () => {
    const r = runBin(['batch', input, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected());
    expect(r.stdout.split('\n')).toHaveLength(3001);
  });

  it('is quiet, exit 0, when the reader stops early (EPIPE)', () => {
    const out = execFileSync(
      'bash',
      ['-c', `"${process.execPath}" "${BIN}" batch "${input}" --format ndjson | head -c 10; echo; echo "rc=\${PIPESTATUS[0]}"`],
      {
        encoding: 'utf8',
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(out).toBe('{"id":"r0"\nrc=0\n');
  });

  it('still stops at once on SIGTERM (143) and Ctrl-C (130) while the reader does not read', () => {
    for (const [signal, code] of [
      ['TERM', 143],
      ['INT', 130],
    ] as const) {
      // The reader sleeps 2.5 s before reading: the pipe is full long before that.
      const script = `"${process.execPath}" "${BIN}" batch "${input}" --format ndjson & pid=$!; sleep 0.5; start=$(date +%s%N); kill -${signal} $pid; wait $pid; rc=$?; echo "rc=$rc ms=$(( ($(date +%s%N) - start) / 1000000 ))" >&2`;
      const r = spawnSync('bash', ['-c', `{ ${script}; } | (sleep 2.5; cat > /dev/null)`], { encoding: 'utf8', env: cleanEnv(), timeout: 30_000 });
      const m = /rc=(\d+) ms=(\d+)/.exec(r.stderr);
      expect(m, r.stderr).not.toBeNull();
      expect(Number(m![1])).toBe(code);
      expect(Number(m![2])).toBeLessThan(2000);
      expect(r.stderr).toMatch(/Cancelled/);
    }
  });

  it('says one line and exits 1 when standard output is a directory', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" estimate -t coma 1<"${dir}"`], { encoding: 'utf8', env: cleanEnv() });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ketamine-cost: cannot write the output: /);
  });

  // A pipe someone else made non-blocking makes a plain write fail with EAGAIN: the rest must
  // still arrive, in order, through Node's stream.
  it.skipIf(!hasPython)('writes everything, in order, to a pipe that will not block (EAGAIN)', () => {
    const script = `
import fcntl, os, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
p = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
out = bytearray()
while True:
    time.sleep(0.001)
    chunk = os.read(r, 4096)
    if not chunk:
        break
    out += chunk
sys.stdout.buffer.write(out)
sys.exit(p.wait())
`;
    const r = spawnSync('python3', ['-c', script, process.execPath, BIN, 'batch', input, '--format', 'ndjson'], {
      encoding: 'utf8',
      env: cleanEnv(),
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected());
  });
});
