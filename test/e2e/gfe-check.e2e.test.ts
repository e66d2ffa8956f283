import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBin, type BinResult } from '../helpers/run-bin.js';
import { FIXTURE_PATH } from '../helpers/data.js';

// Every expected value below is worked by hand from the rule in the data (a bill at least $400
// over its estimate; a dispute started within 120 calendar days of the bill date; a $25 fee).
// Arithmetic runs on the fixture data, whose rule has the same numbers and whose source is "Source A".

const gfe = (args: string[], opts: { cwd?: string } = {}) => runBin(['gfe-check', ...args], opts);

/** JSON on stdout, nothing on stderr, exit 0. */
function json(args: string[], opts: { cwd?: string } = {}) {
  const r = gfe([...args, '--json', '--data', FIXTURE_PATH], opts);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** Exit 2, nothing on stdout, exactly one line on stderr with the tool's prefix and no stack. */
function refused(r: BinResult, line: string) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`ketamine-cost: ${line}\n`);
}

describe('ketamine-cost gfe-check (built bin)', () => {
  it('$400.00 over is eligible and $399.99 over is not (exact JSON)', () => {
    const out = json([
      '--estimate',
      '1000',
      '--bill',
      '1400.00',
      '--estimate',
      '$1,000',
      '--bill',
      '1,399.99',
      '--bill-date',
      '2026-01-15',
      '--today',
      '2026-02-01',
    ]);
    expect(out).toEqual({
      providers: [
        { provider: null, estimate: 1000, bill: 1400, overBy: 400, eligible: true },
        { provider: null, estimate: 1000, bill: 1399.99, overBy: 399.99, eligible: false },
      ],
      billDate: '2026-01-15',
      deadline: '2026-05-15',
      daysLeft: 103,
      passed: false,
      fee: 25,
      helpLine: '1-800-985-3059',
      source: 'Source A',
    });
    expect(Object.keys(out)).toEqual(['providers', 'billDate', 'deadline', 'daysLeft', 'passed', 'fee', 'helpLine', 'source']);
  });

  it('a bill under its estimate has a negative overBy and is not eligible', () => {
    const out = json(['--estimate', '2000', '--bill', '1800', '--bill-date', '2026-01-15', '--today', '2026-01-15']);
    expect(out.providers).toEqual([{ provider: null, estimate: 2000, bill: 1800, overBy: -200, eligible: false }]);
    expect(out.daysLeft).toBe(120);
  });

  it('counts 120 days across month ends: bill 2026-01-15, deadline 2026-05-15', () => {
    // January 16 days + February 28 + March 31 + April 30 + 15 = 120. From 2026-03-01: 31 + 30 + 14 = 75.
    const out = json(['--estimate', '1000', '--bill', '1500', '--bill-date', '2026-01-15', '--today', '2026-03-01']);
    expect(out).toMatchObject({ billDate: '2026-01-15', deadline: '2026-05-15', daysLeft: 75, passed: false });
  });

  it('counts the leap day: bill 2024-01-15, deadline 2024-05-14', () => {
    // January 16 + February 29 + March 31 + April 30 + 14 = 120. From 2024-02-28: 2 + 31 + 30 + 13 = 76.
    const out = json(['--estimate', '1000', '--bill', '1500', '--bill-date', '2024-01-15', '--today', '2024-02-28']);
    expect(out).toMatchObject({ billDate: '2024-01-15', deadline: '2024-05-14', daysLeft: 76, passed: false });
  });

  it('the deadline itself is the last day: 0 days left, then passed the day after', () => {
    expect(json(['--estimate', '1', '--bill', '500', '--bill-date', '2024-01-15', '--today', '2024-05-14'])).toMatchObject({ daysLeft: 0, passed: false });
    expect(json(['--estimate', '1', '--bill', '500', '--bill-date', '2024-01-15', '--today', '2024-05-15'])).toMatchObject({ daysLeft: -1, passed: true });
  });

  it('a passed deadline is not an error: it says so plainly, exits 0 and points to the help line', () => {
    // 2026-05-15 to 2026-06-01 is 17 days.
    const r = gfe(['--estimate', '1000', '--bill', '1400', '--bill-date', '2026-01-15', '--today', '2026-06-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\n/g, ' ');
    expect(text).toContain('The last day to start a dispute was 2026-05-15');
    expect(text).toContain('it passed 17 days ago, so a dispute can no longer be started this way');
    expect(text).toContain('Call the help line, 1-800-985-3059');
    expect(text).not.toContain('days left');
  });

  it('prints the whole report in plain words, each line at most 80 columns', () => {
    const r = gfe([
      '--estimate',
      '1000',
      '--bill',
      '1400',
      '--estimate',
      '1000',
      '--bill',
      '1399.99',
      '--estimate',
      '2000',
      '--bill',
      '1800',
      '--bill-date',
      '2026-01-15',
      '--today',
      '2026-03-01',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
    expect(lines.slice(0, 8)).toEqual([
      'Good Faith Estimate check (No Surprises Act)',
      '',
      'Provider 1: estimate $1,000, bill $1,400, $400 over the estimate.',
      '  Can be disputed: the bill is at least $400 over the estimate.',
      'Provider 2: estimate $1,000, bill $1,399.99, $399.99 over the estimate.',
      '  Cannot be disputed: the bill is less than $400 over the estimate.',
      'Provider 3: estimate $2,000, bill $1,800, $200 under the estimate.',
      '  Cannot be disputed: the bill is less than $400 over the estimate.',
    ]);
    const text = r.stdout.replace(/\n/g, ' ');
    expect(text).toContain('The last day to start a dispute is 2026-05-15, 120 days after the bill date: 75 days left.');
    expect(text).toContain('Starting a dispute costs a $25 fee.');
    expect(text).toContain('While the dispute is open, the provider cannot send the bill to collections.');
    expect(text).toContain('Help line (No Surprises Help Desk): 1-800-985-3059.');
    expect(text).toContain('Source: No Surprises Act: Good Faith Estimate (45 CFR 149.610) and patient-provider dispute resolution (45 CFR 149.620).');
    expect(r.stdout).toMatch(/^This is information, not legal advice\.\n$/m);
  });

  it('refuses a date that does not exist, with one line', () => {
    refused(gfe(['--estimate', '1000', '--bill', '1400', '--bill-date', '2026-02-30']), '--bill-date "2026-02-30" is not a date: February 2026 has 28 days');
    refused(
      gfe(['--estimate', '1000', '--bill', '1400', '--bill-date', '2026-01-15', '--today', '2025-02-29']),
      '--today "2025-02-29" is not a date: February 2025 has 28 days',
    );
    refused(gfe(['--estimate', '1000', '--bill', '1400', '--bill-date', '2026-13-01']), '--bill-date "2026-13-01" is not a date: there is no month 13');
  });

  it('refuses a badly written date, with one line', () => {
    refused(
      gfe(['--estimate', '1000', '--bill', '1400', '--bill-date', '15 Jan 2026']),
      '--bill-date "15 Jan 2026" is not a date: write it as YYYY-MM-DD (2026-01-15) or MM/DD/YYYY (01/15/2026)',
    );
    refused(gfe(['--estimate', '1000', '--bill', '1400', '--bill-date', '13/15/2026']), '--bill-date "13/15/2026" is not a date: there is no month 13');
  });

  it('refuses a bill dated after today, with one line', () => {
    refused(
      gfe(['--estimate', '1000', '--bill', '1400', '--bill-date', '2026-06-02', '--today', '2026-06-01']),
      '--bill-date 2026-06-02 is after --today (2026-06-01): give the date printed on the bill',
    );
    // Without --today, today comes from the clock; 2199 is after it whenever this runs.
    const r = gfe(['--estimate', '1000', '--bill', '1400', '--bill-date', '2199-01-01']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ketamine-cost: --bill-date 2199-01-01 is after today \(\d{4}-\d{2}-\d{2}\): give the date printed on the bill\n$/);
  });

  it('without --today, a bill from long ago has passed by the clock', () => {
    const r = gfe(['--estimate', '1000', '--bill', '1400', '--bill-date', '2000-01-03', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ deadline: '2000-05-02', passed: true });
  });

  it.each([
    [
      ['--estimate', 'twelve hundred', '--bill', '1400'],
      '--estimate "twelve hundred" is not an amount: write it like 1200, 1,200.50 or \'$1200\' (in quotes: the shell reads $1 as a variable)',
    ],
    [['--estimate', '1000', '--bill', '1400.001'], '--bill "1400.001" is not an amount: it may have at most 2 decimals (cents), like 1200.50'],
    [['--estimate', '-1000', '--bill', '1400'], '--estimate "-1000" is not an amount: it must not be negative'],
    [
      ['--estimate', '1000', '--bill', '1e3'],
      '--bill "1e3" is not an amount: write it like 1200, 1,200.50 or \'$1200\' (in quotes: the shell reads $1 as a variable)',
    ],
  ])('refuses an amount that is not one: %j', (args, line) => {
    refused(gfe([...args, '--bill-date', '2026-01-15']), line);
  });

  it('pairs repeated --estimate and --bill in order', () => {
    const out = json([
      '--estimate',
      '500',
      '--bill',
      '900',
      '--estimate',
      '3000',
      '--bill',
      '3100',
      '--estimate',
      '0',
      '--bill',
      '400',
      '--bill-date',
      '2026-01-15',
      '--today',
      '2026-01-15',
    ]);
    expect(out.providers).toEqual([
      { provider: null, estimate: 500, bill: 900, overBy: 400, eligible: true },
      { provider: null, estimate: 3000, bill: 3100, overBy: 100, eligible: false },
      { provider: null, estimate: 0, bill: 400, overBy: 400, eligible: true },
    ]);
  });

  it('refuses different counts of --estimate and --bill, naming both counts', () => {
    refused(
      gfe(['--estimate', '1000', '--estimate', '2000', '--bill', '1400', '--bill-date', '2026-01-15']),
      '--estimate is given 2 times but --bill once: give one --bill for each --estimate, in the same order',
    );
    refused(
      gfe(['--estimate', '1000', '--bill-date', '2026-01-15']),
      '--estimate is given once but --bill 0 times: give one --bill for each --estimate, in the same order',
    );
  });

  it('reads providers from a CSV file: names, an unnamed row, quoted cells and a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-gfe-'));
    writeFileSync(
      join(dir, 'providers.csv'),
      '\ufeffprovider,estimate,bill\r\n' + 'Infusion clinic,"4,000",4600\r\n' + ',900,1250.50\r\n' + '"Anaesthesia, Dr ""X""",100,$499.99\r\n',
    );
    const out = json(['--file', 'providers.csv', '--bill-date', '2026-01-15', '--today', '2026-01-20'], { cwd: dir });
    expect(out).toEqual({
      providers: [
        { provider: 'Infusion clinic', estimate: 4000, bill: 4600, overBy: 600, eligible: true },
        { provider: null, estimate: 900, bill: 1250.5, overBy: 350.5, eligible: false },
        { provider: 'Anaesthesia, Dr "X"', estimate: 100, bill: 499.99, overBy: 399.99, eligible: false },
      ],
      billDate: '2026-01-15',
      deadline: '2026-05-15',
      daysLeft: 115,
      passed: false,
      fee: 25,
      helpLine: '1-800-985-3059',
      source: 'Source A',
    });
    const text = gfe(['--file', 'providers.csv', '--bill-date', '2026-01-15', '--today', '2026-01-20'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('\nInfusion clinic: estimate $4,000, bill $4,600, $600 over the estimate.\n');
    expect(text.stdout).toContain('\nProvider 2: estimate $900, bill $1,250.50, $350.50 over the estimate.\n');
  });

  it('a CSV file without the provider column is fine; a bad row is refused naming its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-gfe-'));
    writeFileSync(join(dir, 'plain.csv'), 'estimate,bill\n1000,1400\n');
    writeFileSync(join(dir, 'bad-amount.csv'), 'provider,estimate,bill\nA,1000,1400\nB,1000,lots\n');
    writeFileSync(join(dir, 'short-row.csv'), 'provider,estimate,bill\nA,1000,1400\n\nB,1000\n');
    writeFileSync(join(dir, 'bad-header.csv'), 'provider,estimate,amount\nA,1000,1400\n');
    writeFileSync(join(dir, 'header-only.csv'), 'provider,estimate,bill\n');
    expect(json(['--file', 'plain.csv', '--bill-date', '2026-01-15', '--today', '2026-01-15'], { cwd: dir }).providers).toEqual([
      { provider: null, estimate: 1000, bill: 1400, overBy: 400, eligible: true },
    ]);
    const run = (file: string) => gfe(['--file', file, '--bill-date', '2026-01-15'], { cwd: dir });
    refused(
      run('bad-amount.csv'),
      'providers file "bad-amount.csv", line 3: bill "lots" is not an amount: write it like 1200, 1,200.50 or \'$1200\' (in quotes: the shell reads $1 as a variable)',
    );
    refused(run('short-row.csv'), 'providers file "short-row.csv", line 4: has 2 cells but the header has 3');
    refused(
      run('bad-header.csv'),
      'providers file "bad-header.csv", line 1: unknown column "amount" in the header: the columns are provider (optional), estimate and bill',
    );
    refused(run('header-only.csv'), 'providers file "header-only.csv" has a header but no providers: add one row per provider, like Clinic,4000,4600');
    refused(run('missing.csv'), 'cannot read providers file "missing.csv": no such file');
  });

  it('refuses --file together with --estimate/--bill, and no providers at all', () => {
    refused(
      gfe(['--file', 'p.csv', '--estimate', '1', '--bill', '2', '--bill-date', '2026-01-15']),
      'give the providers either with --estimate and --bill, or with --file, not both',
    );
    refused(gfe(['--bill-date', '2026-01-15']), 'give the estimate and the bill (--estimate AMOUNT --bill AMOUNT), or --file PROVIDERS.csv');
    refused(gfe(['--estimate', '1', '--bill', '2']), 'give --bill-date YYYY-MM-DD, the date on the bill');
  });

  it('--help shows an example and the exit codes', () => {
    const r = gfe(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ ketamine-cost gfe-check --estimate 4000 --bill 4600 --bill-date 2026-01-15');
    expect(r.stdout).toContain('Exit codes: 0 done (also when the deadline has passed)');
    expect(r.stdout).toContain('at least $400 more than');
    expect(r.stdout.split('\n').filter((l) => l.length > 80)).toEqual([]);
  });
});
