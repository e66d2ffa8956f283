import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runBin } from '../helpers/run-bin.js';
import { rawData } from '../helpers/data.js';

const HEADER =
  'item_id,category,label,quantity,unit,low_usd,typical_usd,high_usd,source_ids,as_of_year,published_low_usd,published_typical_usd,published_high_usd,quantity_high,as_of_from,open_high';
const scenarios = [
  ['-t', 'low-dose-inpatient', '--boosters', '2'],
  ['-t', 'outpatient', '--months', '6', '--travel', 'domestic'],
  ['-t', 'coma', '--quote', '20000-35000.50'],
];

describe('output formats (built bin)', () => {
  it.each(scenarios.map((args) => [args.join(' '), args] as const))('gives the same numbers in CSV as in JSON for %s', (_name, args) => {
    const json = JSON.parse(runBin(['estimate', ...args, '--json']).stdout);
    const csv = runBin(['estimate', ...args, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe('');
    expect(csv.stdout.split('\r\n')[0]).toBe(HEADER);
    const rows: Record<string, string>[] = parse(csv.stdout, { columns: true });
    expect(rows).toHaveLength(json.lineItems.length + 1);
    json.lineItems.forEach((item: { id: string; quantity: number; low: number; typical: number | null; high: number; sourceIds: string[] }, i: number) => {
      const row = rows[i]!;
      expect(row.item_id).toBe(item.id);
      expect(Number(row.quantity)).toBe(item.quantity);
      expect(Number(row.low_usd)).toBe(item.low);
      expect(Number(row.high_usd)).toBe(item.high);
      expect(row.typical_usd === '' ? null : Number(row.typical_usd)).toBe(item.typical);
      expect(row.source_ids).toBe(item.sourceIds.join(';'));
      expect(Number(row.published_low_usd)).toBe((item as unknown as { published: { low: number } }).published.low);
      expect(Number(row.quantity_high)).toBe((item as unknown as { quantityHigh: number }).quantityHigh);
    });
    const total = rows.at(-1)!;
    expect(total.item_id).toBe('total');
    expect([Number(total.low_usd), Number(total.high_usd)]).toEqual([json.total.low, json.total.high]);
    expect([Number(total.published_low_usd), Number(total.published_high_usd)]).toEqual([json.total.published.low, json.total.published.high]);
    for (const row of rows)
      for (const key of ['low_usd', 'typical_usd', 'high_usd', 'published_low_usd', 'published_high_usd']) expect(row[key]).toMatch(/^(\d+(\.\d{1,2})?)?$/);
  });

  it('neutralises text cells a spreadsheet would run as a formula', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-csv-'));
    const d = rawData();
    d.techniques.coma.label.en = '=HYPERLINK("http://example.invalid","click")';
    d.techniques.coma.price.unit.en = '@SUM(A1:A2)';
    writeFileSync(join(dir, 'evil.json'), JSON.stringify(d));
    const r = runBin(['estimate', '-t', 'coma', '--format', 'csv', '--data', 'evil.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    expect(rows[0]!.label).toMatch(/^'=HYPERLINK/);
    expect(rows[0]!.unit).toBe("'@SUM(A1:A2)");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('prints a Markdown report with the checklist as tasks, the data version and sources', () => {
    const r = runBin(['estimate', '-t', 'coma', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Ketamine infusion cost estimate, in May 2026 dollars\n/);
    // No coma figure has a typical value: the Typical column, blank on every row, is left out.
    expect(r.stdout).toContain('| Item | Qty | Low | High |');
    expect(r.stdout).toMatch(/\*\*Estimated total: \$[\d,]+–\$[\d,]+\.\*\*/);
    expect(r.stdout).toMatch(/^- \[ \] Does the price include the intensive care unit/m);
    expect(r.stdout).toMatch(/^- Legal status, as the source reported about 2008: the ketamine coma technique was not allowed in the USA/m);
    expect(r.stdout).toContain(`Data ${rawData().dataVersion}`);
    expect(r.stdout).toMatch(/## Sources\n\n1\. Ketamine and CRPS/);
  });

  it('refuses --json together with another --format', () => {
    const r = runBin(['estimate', '-t', 'coma', '--json', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--json asks for JSON but --format asks for csv/);
  });
});
