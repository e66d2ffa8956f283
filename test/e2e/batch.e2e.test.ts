import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runBin, runBinAsync } from '../helpers/run-bin.js';
import { FIXTURE_PATH } from '../helpers/data.js';

/** A small deterministic generator, so a failure can be replayed. */
function* scenarios(count: number, seed = 42): Generator<Record<string, unknown>> {
  let x = seed;
  const next = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const techniques = ['low-dose-inpatient', 'outpatient', 'coma'];
  const ranges = ['full', 'lower', 'upper'];
  const travel = ['none', 'domestic', 'international'];
  for (let i = 0; i < count; i++) {
    const technique = techniques[next(3)]!;
    const s: Record<string, unknown> = { id: `s${i}`, technique, boosters: next(4), preVisits: next(3), postVisits: next(3), travel: travel[next(3)] };
    if (next(4) === 0) s.quote = technique === 'outpatient' ? 400 + next(800) : `${10000 + next(20000)}-${30000 + next(20000)}`;
    else s.clinicRange = ranges[next(3)];
    if (s.travel !== 'none') Object.assign(s, { travelers: 1 + next(3), nights: next(20) });
    if (technique === 'outpatient') s[next(2) ? 'sessions' : 'months'] = 1 + next(24);
    yield s;
  }
}

/** The same scenario as estimate flags. */
function flags(s: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(s)) {
    if (key === 'id') continue;
    out.push(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, String(value));
  }
  return out;
}

describe('ketamine-cost batch (built bin)', () => {
  it('streams 10,000 NDJSON scenarios to 10,000 CSV rows whose totals match single estimates', async () => {
    const all = [...scenarios(10_000)];
    const r = await runBinAsync(['batch', '-'], `${all.map((s) => JSON.stringify(s)).join('\n')}\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    expect(rows).toHaveLength(10_000);
    expect(rows.map((row) => row.id)).toEqual(all.map((s) => s.id));
    for (const i of [0, 1, 2, 3, 777, 1234, 4321, 5000, 6789, 9998, 9999]) {
      const single = runBin(['estimate', ...flags(all[i]!), '--json']);
      expect(single.code, single.stderr).toBe(0);
      const json = JSON.parse(single.stdout);
      const row = rows[i]!;
      expect([Number(row.total_low_usd), Number(row.total_high_usd)]).toEqual([json.total.low, json.total.high]);
      expect(row.total_typical_usd === '' ? null : Number(row.total_typical_usd)).toBe(json.total.typical);
      const categorySum = (k: 'low' | 'high') =>
        ['treatment', 'boosters', 'visits', 'travel'].reduce((sum, c) => sum + Math.round(Number(row[`${c}_${k}_usd`]) * 100), 0) / 100;
      expect(categorySum('low')).toBe(json.total.low);
      expect(categorySum('high')).toBe(json.total.high);
    }
  }, 60_000);

  it('reads CSV with the flag names, reports a bad row by line number and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-batch-'));
    writeFileSync(
      join(dir, 'plans.csv'),
      'id,technique,clinic-range,quote,boosters,pre-visits,post-visits,travel,travelers,nights,sessions,months\n' +
        'a,outpatient,,,2,0,0,,,,10,\n' +
        'b,coma,,"20,000-30,000",,,,international,2,14,,\n' +
        'c,laser,,,,,,,,,,\n' +
        'd,low-dose-inpatient,,,-1,,,,,,,\n' +
        'e,low-dose-inpatient,lower,,,,,,,,,\n',
    );
    const r = runBin(['batch', 'plans.csv', '--data', FIXTURE_PATH], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ketamine-cost: line 4 \(id c\): technique: must be one of: low-dose-inpatient, outpatient, coma \(got "laser"\)$/m);
    expect(r.stderr).toMatch(/^ketamine-cost: line 5 \(id d\): boosters: must be a whole number from 0 to 100 \(got "-1"\)$/m);
    expect(r.stderr).toMatch(/2 of 5 rows failed/);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    expect(rows.map((row) => row.id)).toEqual(['a', 'b', 'e']);
    expect(rows[0]).toMatchObject({ total_low_usd: '5800', total_high_usd: '11600', boosters_low_usd: '800' });
    expect(rows[1]).toMatchObject({ quote_low_usd: '20000', quote_high_usd: '30000', travelers: '2', nights: '14' });
  });

  it('writes a CSV row larger than its output chunk whole and in order', () => {
    // 40,000 units of id take up to 240 KB as CSV bytes: more than the 64 KB chunk rows are written into.
    const id = `long "é,${'x"é,'.repeat(10_000)}`;
    const input = `id,technique\nbefore,coma\n"${id.replaceAll('"', '""')}",outpatient\nafter,low-dose-inpatient\n`;
    const r = runBin(['batch', '-', '--input', 'csv', '--data', FIXTURE_PATH], { input });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    expect(rows.map((row) => row.id)).toEqual(['before', id, 'after']);
    expect(rows.map((row) => row.technique)).toEqual(['coma', 'outpatient', 'low-dose-inpatient']);
  });

  it('writes every row before input it cannot read on, and names that line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-batch-'));
    // 8,000 rows (about 85 KB) take more than one 64 KB read and output chunk before the bad byte on line 8,002.
    const good = Array.from({ length: 8000 }, (_, i) => `r${i},coma\n`).join('');
    writeFileSync(join(dir, 'bad.csv'), Buffer.concat([Buffer.from(`id,technique\n${good}`), Buffer.from('x,\xff\n', 'latin1'), Buffer.from('after,coma\n')]));
    const r = runBin(['batch', 'bad.csv', '--data', FIXTURE_PATH], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'ketamine-cost: the scenarios are not UTF-8 text (near line 8002); save them as UTF-8 and try again (8000 result rows before that line were written)\n',
    );
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: 8000 }, (_, i) => `r${i}`));

    // When every row before the stop failed, the output is the header alone, as for any batch whose rows all fail.
    writeFileSync(join(dir, 'all-bad.csv'), Buffer.concat([Buffer.from('id,technique\na,laser\n'), Buffer.from('\xff\n', 'latin1')]));
    const none = runBin(['batch', 'all-bad.csv', '--data', FIXTURE_PATH], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^ketamine-cost: line 2 \(id a\): technique: .*\nketamine-cost: .*near line 3.* \(no result rows were written\)\n$/);
    expect(none.stdout.split('\r\n')).toEqual([expect.stringMatching(/^id,technique,/), '']);

    // A line over the 1 MB limit stops NDJSON the same way, in Spanish too.
    const lines = Array.from({ length: 2000 }, (_, i) => `{"id":"n${i}","technique":"outpatient"}\n`).join('');
    writeFileSync(join(dir, 'long.ndjson'), `${lines}{"id":"${'a'.repeat(1_100_000)}"}\n{"technique":"coma"}\n`);
    const n = runBin(['batch', 'long.ndjson', '--format', 'ndjson', '--lang', 'es', '--data', FIXTURE_PATH], { cwd: dir });
    expect(n.code).toBe(2);
    expect(n.stderr).toBe(
      'ketamine-cost: la línea 2001 de los escenarios tiene más de 1 MB; ¿es el archivo correcto? (antes de esa línea se escribieron 2000 filas de resultados)\n',
    );
    expect(
      n.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(Array.from({ length: 2000 }, (_, i) => `n${i}`));
  });

  it('names where a line that is not JSON goes wrong, in the same words on every Node version', () => {
    const input = ['{"technique":"coma"}', '{"technique":}', '{"technique":"outpatient"', '{"technique":"outpatient"}'].join('\n');
    const r = runBin(['batch', '--format', 'ndjson', '--data', FIXTURE_PATH], { input });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'ketamine-cost: line 2: not valid JSON (unexpected "}" at column 14)',
      'ketamine-cost: line 3: not valid JSON (it ends before the JSON is complete, at column 26)',
    ]);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).scenario.technique),
    ).toEqual(['coma', 'outpatient']);
  });

  it('stops at the first bad row with --fail-fast', () => {
    const input = ['{"technique":"coma"}', '{"technique":"coma","nights":-1}', '{"technique":"outpatient"}'].join('\n');
    const r = runBin(['batch', '--format', 'ndjson', '--fail-fast'], { input });
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ketamine-cost: line 2: nights: must be a whole number/m);
    expect(r.stderr).toMatch(/stopped at the first/);
  });

  it('writes NDJSON with the scenario, total and category sums', () => {
    const r = runBin(['batch', '--format', 'ndjson', '--data', FIXTURE_PATH], {
      input: '{"technique":"outpatient","sessions":10,"preVisits":0,"postVisits":0,"boosters":2}\n',
    });
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout);
    expect(row).toMatchObject({ id: '1', scenario: { technique: 'outpatient', sessions: 10 }, total: { low: 5800, high: 11600 } });
    expect(row.categories.boosters).toEqual({ low: 800, typical: null, high: 1600 });
  });

  it('refuses unknown CSV columns up front, and a missing file', () => {
    const r = runBin(['batch', '--input', 'csv'], { input: 'technique,boostres\ncoma,1\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown CSV column "boostres"/);
    expect(r.stdout).toBe('');
    const missing = runBin(['batch', 'nope.ndjson']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the scenarios "nope.ndjson": no such file/);
  });
});

describe('batch carries your share and the paying plan', () => {
  it('writes the insurance, share and paying columns for a CSV row that gives them', () => {
    const input =
      'id,technique,sessions,pre-visits,post-visits,insurance,coinsurance,covered,finance-months,apr,save-months,work-days,daily-income\nx,outpatient,10,0,0,in-network,20,treatment,12,0,10,5,100\n';
    const r = runBin(['batch', '--input', 'csv', '--data', FIXTURE_PATH], { input });
    expect(r.code, r.stderr).toBe(0);
    const [row] = parse(r.stdout, { columns: true }) as Record<string, string>[];
    // 10 sessions at $500-$1,000, covered at 20% coinsurance, no deductible: you pay $1,000-$2,000.
    expect(row).toMatchObject({ insurance: 'in-network', patient_low_usd: '1000', patient_high_usd: '2000', insurer_low_usd: '4000' });
    // 0% over 12 months: $1,000 / 12 = $83.33 a month (the last payment takes the rounding); saving $2,000 over 10 months; 5 days at $100.
    expect(row).toMatchObject({ monthly_payment_low_usd: '83.33', savings_monthly_high_usd: '200', lost_income_usd: '500' });
  });
});
