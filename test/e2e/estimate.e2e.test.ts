import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBin } from '../helpers/run-bin.js';
import { FIXTURE_PATH, rawData } from '../helpers/data.js';

const ESC = '\u001b[';
// Arithmetic is checked on the fixture data's round figures; the real figures have tests of their own.
const json = (args: string[]) => {
  const r = runBin(['estimate', ...args, '--json', '--data', FIXTURE_PATH]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const noExtras = ['--pre-visits', '0', '--post-visits', '0'];

describe('ketamine-cost estimate (built bin)', () => {
  it('totals a course alone at its range', () => {
    const out = json(['--technique', 'low-dose-inpatient', ...noExtras]);
    expect(out.total).toEqual({ low: 10000, typical: 20000, high: 40000, openHigh: false, published: { low: 10000, typical: 20000, high: 40000 } });
    expect(out.lineItems).toHaveLength(1);
    expect(out.lineItems[0]).toMatchObject({
      id: 'treatment',
      category: 'treatment',
      quantity: 1,
      quantityHigh: 1,
      sourceIds: ['src-a'],
      asOf: { from: 2026, to: 2026 },
      asOfYear: 2026,
    });
  });

  it('totals 10 outpatient sessions per infusion day', () => {
    const out = json(['--technique', 'outpatient', '--sessions', '10', ...noExtras]);
    expect(out.total).toMatchObject({ low: 5000, typical: null, high: 10000 });
    expect(out.scenario).toMatchObject({ technique: 'outpatient', sessions: 10, sessionsHigh: 10, months: null });
  });

  it('adds two boosters at the booster figure', () => {
    const base = json(['--technique', 'low-dose-inpatient', ...noExtras]);
    const two = json(['--technique', 'low-dose-inpatient', '--boosters', '2', ...noExtras]);
    expect(two.total.low - base.total.low).toBe(800);
    expect(two.total.high - base.total.high).toBe(1600);
  });

  it('restates a span to today and keeps the published amounts beside it; --prices published shows those', () => {
    const today = json(['--technique', 'coma', '--travel', 'none', ...noExtras]);
    expect(today.prices).toEqual({ basis: 'today', index: 'CPI-U', month: '2026-05', value: 300 });
    expect(today.lineItems[0]).toMatchObject({ low: 30000, high: 60000, openHigh: true, published: { low: 20000, high: 30000 } });
    const published = json(['--technique', 'coma', '--travel', 'none', '--prices', 'published', ...noExtras]);
    expect(published.prices.basis).toBe('published');
    expect(published.lineItems[0]).toMatchObject({ low: 20000, high: 30000 });
  });

  it('prints the JSON contract fields and nothing else on stdout', () => {
    const out = json(['--technique', 'coma']);
    expect(Object.keys(out)).toEqual([
      'tool',
      'data',
      'prices',
      'scenario',
      'trips',
      'lineItems',
      'total',
      'yourShare',
      'timeline',
      'financing',
      'savings',
      'lostIncome',
      'checklist',
      'warnings',
      'notes',
      'disclaimer',
    ]);
    expect(out.tool.name).toBe('ketamine-cost');
    expect(out.data).toEqual({ version: '2000.1.0', effectiveDate: '2026-06-01', currency: 'USD' });
    expect(out.scenario).toMatchObject({ travel: 'international', travelers: 2 });
    expect(out.checklist.map((q: { id: string }) => q.id)).toEqual(expect.arrayContaining(['coma-legal-status', 'coma-evacuation', 'travel-companion']));
    expect(out.warnings.join(' ')).toMatch(/not allowed in the USA/);
  });

  it('selects the checklist by scenario: no coma or travel questions for a plain outpatient plan', () => {
    const ids = json(['--technique', 'outpatient']).checklist.map((q: { id: string }) => q.id);
    expect(ids).toContain('outpatient-plan');
    expect(ids).not.toContain('coma-icu');
    expect(ids).not.toContain('travel-nights');
  });

  it('prints a plain table, warnings and checklist when piped, with no escape codes', () => {
    const r = runBin(['estimate', '--technique', 'coma']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toMatch(/Estimated total: \$\d/);
    expect(r.stdout).toMatch(/Legal status, as the source reported about 2008: the ketamine coma technique\s+was not allowed in the USA/);
    expect(r.stdout).toMatch(/Ketamine infusion cost estimate, in May 2026 dollars/);
    expect(r.stdout).toMatch(/Questions to ask the clinic/);
    expect(r.stdout).toMatch(/not medical, financial or tax advice/);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('colours only when asked, and NO_COLOR and --no-color win', () => {
    expect(runBin(['estimate', '-t', 'coma'], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(runBin(['estimate', '-t', 'coma'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runBin(['estimate', '-t', 'coma', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown technique', ['--technique', 'laser'], /--technique: must be one of: low-dose-inpatient, outpatient, coma \(got "laser"\)/],
    ['a missing technique', [], /--technique: is required/],
    ['a negative count', ['-t', 'coma', '--boosters', '-1'], /--boosters: must be a whole number from 0 to 100 \(got "-1"\)/],
    ['a fractional count', ['-t', 'coma', '--nights', '2.5'], /--nights: must be a whole number/],
    ['text for a count', ['-t', 'coma', '--travelers', 'two'], /--travelers: must be a whole number/],
    ['a quote with low above high', ['-t', 'coma', '--quote', '40000-20000'], /--quote: the low end \(\$40,000\) is above the high end/],
    ['sessions with a course technique', ['-t', 'low-dose-inpatient', '--sessions', '5'], /--sessions: .*apply to outpatient only/],
    ['an unreadable data file', ['-t', 'coma', '--data', '/nonexistent/costs.json'], /cannot read data file "\/nonexistent\/costs.json": no such file/],
    ['an unknown format', ['-t', 'coma', '--format', 'xml'], /--format must be one of: table, json, csv, markdown/],
    ['an unknown option', ['-t', 'coma', '--bosters', '2'], /unknown option '--bosters'/],
  ];
  it.each(bad)('refuses %s with exit 2 and one clear message, no stack', (_name, args, message) => {
    const r = runBin(['estimate', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the file and JSON path of a bad data file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-'));
    const d = rawData();
    d.techniques.coma.price.low = -10;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(d));
    writeFileSync(join(dir, 'broken.json'), '{ "schemaVersion": 1, ');
    const r = runBin(['estimate', '-t', 'coma', '--data', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/data file "bad.json" is not valid: techniques.coma.price.low: must not be negative/);
    const broken = runBin(['estimate', '-t', 'coma', '--data', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/data file "broken.json" is not valid JSON/);
  });

  it('uses a valid data file given with --data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-'));
    const d = rawData();
    d.techniques['low-dose-inpatient'].price = {
      ...d.techniques['low-dose-inpatient'].price,
      low: 20000,
      typical: 30000,
      high: 40000,
      asOf: 2026,
      openHigh: false,
    };
    writeFileSync(join(dir, 'regional.json'), JSON.stringify(d));
    const r = runBin(['estimate', '-t', 'low-dose-inpatient', ...noExtras, '--json', '--data', join(dir, 'regional.json')]);
    expect(JSON.parse(r.stdout).total).toMatchObject({ low: 20000, typical: 30000, high: 40000 });
  });

  it('explains itself in --help, defaults included, and prints --version', () => {
    const help = runBin(['estimate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--technique <id>/);
    expect(help.stdout).toMatch(/--travel <kind>.*\(default: none;\s+international\s+for coma\)/s);
    expect(help.stdout).toMatch(/Exit codes/);
    const version = runBin(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the money rules through the built bin (real data)', () => {
  it('caps the tax saving at the tax owed and names the tax year, filing status and federal only, in English and Spanish', () => {
    const args = ['estimate', '-t', 'low-dose-inpatient', '--travel', 'domestic', '--hsa-fsa', '3000', '--agi', '80000', '--tax-rate', '22'];
    const r = runBin([...args, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    // Single, 2026: taxable $63,900 owes $8,770; the old rule claimed 22% of $80,000 = $17,600.
    expect(out.yourShare.taxSaving).toMatchObject({ low: 0, high: 8770 });
    expect(out.yourShare.tax).toEqual({ year: 2026, filing: 'single', method: 'rate', agiFloorPercent: 7.5, federalOnly: true });
    expect(out.scenario).toMatchObject({ filing: 'single', otherItemized: 0, trips: null });
    expect(out.trips).toBe(1);
    const table = runBin(args).stdout.replace(/\s+/g, ' ');
    expect(table).toContain('Federal income tax it may save (2026): $0–$8,770');
    expect(table).toContain('Deductible above 7.5% of your income, if you itemise');
    expect(table).toMatch(/federal income tax only, tax year 2026, filing single, at your rate of 22%/);
    const es = runBin([...args, '--lang', 'es']).stdout.replace(/\s+/g, ' ');
    expect(es).toContain('Impuesto federal sobre la renta que podría ahorrar (2026): US$0–US$8,770');
    expect(es).toMatch(/solo el impuesto federal sobre la renta, año fiscal 2026, declarando como soltero\/a/);
  });

  it('adds the qualified part of the share as a CSV row, and says up to about 27% for a 12-month deferred-interest offer', () => {
    const r = runBin(['estimate', '-t', 'outpatient', '--hsa-fsa', '1000', '--promo-months', '12', '--apr', '26.99', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\r\nshare-hsaFsaQualified,your-share,/);
    const out = JSON.parse(runBin(['estimate', '-t', 'outpatient', '--hsa-fsa', '1000', '--promo-months', '12', '--apr', '26.99', '--json']).stdout);
    const left = out.yourShare.leftToFind.high;
    // Simple interest on the balance for 12 months at 26.99%: 26.99% of it, to the cent.
    expect(Math.abs(out.financing.deferredInterestIfNotCleared.high - left * 0.2699)).toBeLessThanOrEqual(0.0051);
  });

  it('refuses --filing and --other-itemized without --agi, and a filing status it does not know, naming the values', () => {
    const r = runBin(['estimate', '-t', 'coma', '--filing', 'joint', '--other-itemized', '5000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--filing: needs agi too/);
    expect(r.stderr).toMatch(/--other-itemized: needs agi too/);
    expect(runBin(['estimate', '-t', 'coma', '--agi', '50000', '--filing', 'married']).stderr).toMatch(
      /--filing: must be one of: single, joint, head \(got "married"\)/,
    );
  });
});
