import { describe, it, expect } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, runBin } from '../helpers/run-bin.js';
import { rawData } from '../helpers/data.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kc-hostile-'));

/** One clear line on stderr, exit 2, nothing on stdout and no stack trace. */
function refused(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).toMatch(/^ketamine-cost: /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('every file read fails with one line naming the file', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'utf16.json'), Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]));
  writeFileSync(join(dir, 'bom.json'), `\ufeff${JSON.stringify({ technique: 'coma' })}`);
  writeFileSync(join(dir, 'big.json'), ' '.repeat(5 * 1024 * 1024));

  it.each([
    [['estimate', '--scenario', 'missing.json'], /cannot read scenario file "missing.json": no such file/],
    [['estimate', '--scenario', 'folder'], /cannot read scenario file "folder": it is a directory/],
    [['estimate', '--scenario', '/dev/zero'], /cannot read scenario file "\/dev\/zero": it is not a regular file/],
    [['estimate', '--scenario', 'big.json'], /scenario file "big.json" is larger than 4 MB/],
    [['estimate', '--scenario', 'utf16.json'], /scenario file "utf16.json" is not UTF-8 text/],
    [['estimate', '-t', 'coma', '--data', '/dev/zero'], /cannot read data file "\/dev\/zero": it is not a regular file/],
    [['estimate', '-t', 'coma', '--data', 'folder'], /cannot read data file "folder": it is a directory/],
    [['batch', 'missing.ndjson'], /cannot read the scenarios "missing.ndjson": no such file/],
    [['batch', 'folder'], /cannot read the scenarios "folder": it is a directory/],
    [['batch', '/dev/zero'], /line 1 of the scenarios is longer than 1 MB/],
    [['batch', '--input', 'csv', '/dev/zero'], /line 1 of the scenarios is longer than 1 MB/],
    [['batch', 'utf16.json'], /not UTF-8 text/],
  ])('%j', (args, pattern) => {
    refused(runBin(args, { cwd: dir }), pattern);
  });

  it('reads a scenario file with a byte-order mark', () => {
    const r = runBin(['estimate', '--scenario', 'bom.json', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).scenario.technique).toBe('coma');
  });
});

describe('arguments are never silently dropped or overridden', () => {
  it.each([
    [['estimate', '-t', 'coma', '--quote', '20000', '35000'], /too many arguments/],
    [['batch', 'a.ndjson', 'b.ndjson'], /too many arguments/],
    [['estimate', '-t', 'coma', '--quote', ''], /--quote.*is empty/],
    [['estimate', '-t', 'coma', '--save', ''], /--save.*is empty/],
    [['estimate', '-t', 'coma', '--boosters', '1', '--boosters', '2'], /--boosters.*more than once/],
    [['estimate', '-t', 'coma', '-t', 'outpatient'], /--technique.*more than once/],
    [['estimat'], /unknown command 'estimat'[\s\S]*Did you mean estimate\?/],
    [['estimate', '-t', 'coma', '--quote', '12000.505'], /--quote: must be an amount/],
  ])('%j', (args, pattern) => {
    refused(runBin(args), pattern);
  });
});

describe('batch CSV rows with the wrong shape are that row only', () => {
  it('reports a short row, a long row and a stray quote, and writes the rows around them', () => {
    const input = ['id,technique,boosters', 'a,coma,1', 'b,coma', 'c,coma,1,9', 'd,co"ma,1', 'e,"coma"x,1', 'f,outpatient,0', ''].join('\n');
    const r = runBin(['batch', '--input', 'csv'], { input });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ketamine-cost: line 3 \(id b\): has 2 cells but the header has 3$/m);
    expect(r.stderr).toMatch(/^ketamine-cost: line 4 \(id c\): has 4 cells but the header has 3$/m);
    expect(r.stderr).toMatch(/^ketamine-cost: line 5: a quote inside a cell/m);
    expect(r.stderr).toMatch(/^ketamine-cost: line 6: text after the closing quote/m);
    expect(
      r.stdout
        .split('\r\n')
        .filter(Boolean)
        .map((l) => l.split(',')[0]),
    ).toEqual(['id', 'a', 'f']);
  });

  it('refuses a duplicate column before any row', () => {
    refused(runBin(['batch', '--input', 'csv'], { input: 'technique,boosters,boosters\ncoma,1,2\n' }), /column "boosters" names the same field as "boosters"/);
    refused(runBin(['batch', '--input', 'csv'], { input: 'technique,pre-visits,pre_visits\ncoma,1,2\n' }), /column "pre_visits" names the same field/);
  });
});

describe('nothing gets in through the data', () => {
  it('escapes control characters echoed back from a scenario file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'evil.json'), JSON.stringify({ technique: '\u001b[2J\u0007coma', '\u001b]0;owned\u0007': 1 }));
    const r = runBin(['estimate', '--scenario', 'evil.json'], { cwd: dir });
    refused(r, /evil.json: technique: must be one of/);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stderr).toContain('\\u001b');
  });

  it('keeps a batch id with a line break and a formula inside one quoted, neutralised CSV cell', () => {
    const r = runBin(['batch'], {
      input: `${JSON.stringify({ id: 'x\n=1+1', technique: 'coma' })}\n${JSON.stringify({ id: '@SUM(A1)', technique: 'coma' })}\n`,
    });
    expect(r.code, r.stderr).toBe(0);
    const body = r.stdout.split('\r\n').slice(1).filter(Boolean);
    expect(body[0]).toMatch(/^"x\n=1\+1",coma,/);
    expect(body[1]).toMatch(/^'@SUM\(A1\),coma,/);
  });

  it('refuses a data file with control characters, deep nesting or a price index that would multiply every price', () => {
    const dir = tmp();
    const withEsc = rawData();
    withEsc.techniques.coma.label.en = 'Coma\u001b[31m';
    writeFileSync(join(dir, 'esc.json'), JSON.stringify(withEsc));
    refused(runBin(['data', 'validate', 'esc.json'], { cwd: dir }), /techniques\.coma\.label\.en: must not contain control characters/);
    const deep = rawData();
    deep.checklist[0].why = 'DEEP';
    // Written as text: JSON.stringify itself would overflow the stack on 100,000 levels.
    writeFileSync(join(dir, 'deep.json'), JSON.stringify(deep).replace('"DEEP"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    refused(runBin(['data', 'validate', 'deep.json'], { cwd: dir }), /nested more than 32 levels/);
    const index = rawData();
    index.priceIndex.annualAverages['2015'] = 0.001;
    writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
    refused(runBin(['estimate', '-t', 'coma', '--data', 'index.json'], { cwd: dir }), /priceIndex\.annualAverages\.2015/);
  });
});

describe('output and saving', () => {
  it('says one line and exits 1 when the disk is full', () => {
    const r = runBin(['estimate', '-t', 'coma'], { stdoutFile: '/dev/full' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ketamine-cost: cannot write the output: .*no space left on device/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('is quiet when the reader closes the pipe early', () => {
    const out = execFileSync(
      'bash',
      ['-c', `node ${JSON.stringify(join(process.cwd(), 'bin/ketamine-cost.cjs'))} estimate -t coma | head -c 10; echo " rc=\${PIPESTATUS[0]}"`],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(out).toMatch(/ rc=0$/m);
  });

  it('never replaces a FIFO, even with --force, and leaves no temporary file', () => {
    const dir = tmp();
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    refused(runBin(['estimate', '-t', 'coma', '--save', 'pipe.json', '--force'], { cwd: dir }), /"pipe.json" is not a regular file/);
    refused(runBin(['estimate', '-t', 'coma', '--save', 'pipe.json'], { cwd: dir }), /"pipe.json" is not a regular file/);
    mkdirSync(join(dir, 'folder'));
    refused(runBin(['estimate', '-t', 'coma', '--save', 'folder', '--force'], { cwd: dir }), /"folder" is not a regular file/);
    refused(runBin(['estimate', '-t', 'coma', '--save', 'nope/plan.json'], { cwd: dir }), /cannot write "nope\/plan.json"/);
    expect(readdirSync(dir).sort()).toEqual(['folder', 'pipe.json']);
    expect(existsSync(join(dir, 'pipe.json'))).toBe(true);
  });

  it('stops on SIGTERM (143) and Ctrl-C (130) while batch waits on a FIFO nobody writes to', async () => {
    const dir = tmp();
    execFileSync('mkfifo', [join(dir, 'waiting.ndjson')]);
    for (const [signal, code] of [
      ['SIGTERM', 143],
      ['SIGINT', 130],
    ] as const) {
      // batch reads a FIFO as it is written (a scenario or data file that is a FIFO is refused at once).
      const child = spawn(process.execPath, [BIN, 'batch', 'waiting.ndjson'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      await new Promise((r) => setTimeout(r, 700));
      child.kill(signal);
      const [exit, by] = await new Promise<[number | null, NodeJS.Signals | null]>((r) => child.on('close', (c, s) => r([c, s])));
      // Ended by the signal itself: the shell reports 128 + its number.
      expect(exit ?? 128 + (by === 'SIGTERM' ? 15 : 2)).toBe(code);
      expect(stderr).toContain('Cancelled.');
    }
  });
});
