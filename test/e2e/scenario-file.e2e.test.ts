import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBin } from '../helpers/run-bin.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kc-scn-'));

describe('scenario files (built bin)', () => {
  it('saves a scenario that, read back, gives the same estimate', () => {
    const dir = tmp();
    const args = ['-t', 'outpatient', '--months', '6', '--quote', '500-700', '--boosters', '3', '--travel', 'domestic', '--nights', '9'];
    const first = runBin(['estimate', ...args, '--json', '--save', 'plan.json'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/Saved the scenario to .*plan.json/);
    const again = runBin(['estimate', '--scenario', 'plan.json', '--json'], { cwd: dir });
    expect(again.code).toBe(0);
    const [a, b] = [JSON.parse(first.stdout), JSON.parse(again.stdout)];
    expect(b.scenario).toEqual(a.scenario);
    expect(b.lineItems).toEqual(a.lineItems);
    expect(b.total).toEqual(a.total);
    expect(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'))).toEqual(a.scenario);
  });

  it('lets flags given beside a scenario file win', () => {
    const dir = tmp();
    runBin(['estimate', '-t', 'outpatient', '--months', '6', '--boosters', '1', '--save', 'plan.json'], { cwd: dir });
    const r = JSON.parse(runBin(['estimate', '--scenario', 'plan.json', '--sessions', '10', '--boosters', '0', '--json'], { cwd: dir }).stdout);
    expect(r.scenario).toMatchObject({ technique: 'outpatient', sessions: 10, months: null, boosters: 0 });
    const coma = runBin(['estimate', '--scenario', 'plan.json', '--technique', 'coma', '--json'], { cwd: dir });
    expect(coma.code).toBe(0);
    expect(JSON.parse(coma.stdout).scenario).toMatchObject({ technique: 'coma', sessions: null });
  });

  it('never overwrites a file without --force, and replaces it with --force', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.json'), 'precious');
    const refused = runBin(['estimate', '-t', 'coma', '--save', 'plan.json'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/"plan.json" already exists; .*--force/);
    expect(refused.stdout).toBe('');
    expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe('precious');
    expect(runBin(['estimate', '-t', 'coma', '--save', 'plan.json', '--force'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')).technique).toBe('coma');
    expect(readdirSync(dir)).toEqual(['plan.json']); // no temporary files left behind
  });

  it('names the file and field of a bad scenario file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ technique: 'coma', boosters: -2, colour: 'red' }));
    writeFileSync(join(dir, 'broken.json'), '{"technique": ');
    const bad = runBin(['estimate', '--scenario', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad.json: boosters: must be a whole number/);
    expect(bad.stderr).toMatch(/bad.json: colour: is not a field/);
    const broken = runBin(['estimate', '--scenario', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe('ketamine-cost: scenario file "broken.json" is not valid JSON: it ends before the JSON is complete, at column 15\n');
    writeFileSync(join(dir, 'comma.json'), '{\n  "technique": "coma",\n  "boosters": 2,\n}\n');
    const comma = runBin(['estimate', '--scenario', 'comma.json', '--lang', 'es'], { cwd: dir });
    expect(comma.code).toBe(2);
    expect(comma.stderr).toBe('ketamine-cost: el archivo de escenario "comma.json" no es JSON válido: carácter inesperado "}" en la línea 4, columna 1\n');
    const missing = runBin(['estimate', '--scenario', 'nope.json'], { cwd: dir });
    expect(missing.stderr).toMatch(/cannot read scenario file "nope.json": no such file/);
  });
});

describe('scenario files with the planning fields', () => {
  it('saves an insured scenario without an out-of-pocket maximum and reads it back to the same estimate', () => {
    const dir = tmp();
    const args = [
      '-t',
      'outpatient',
      '--insurance',
      'in-network',
      '--coinsurance',
      '20',
      '--deductible',
      '500',
      '--hsa-fsa',
      '1000',
      '--finance-months',
      '12',
      '--apr',
      '9.99',
    ];
    const first = runBin(['estimate', ...args, '--json', '--save', 'plan.json'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const again = runBin(['estimate', '--scenario', 'plan.json', '--json'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).yourShare).toEqual(JSON.parse(first.stdout).yourShare);
    expect(JSON.parse(again.stdout).financing).toEqual(JSON.parse(first.stdout).financing);
  });

  it('refuses a copay when the plan is said not to cover visits', () => {
    const r = runBin(['estimate', '-t', 'outpatient', '--insurance', 'in-network', '--covered', 'treatment', '--copay', '30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--copay: applies to covered visits/);
  });
});
