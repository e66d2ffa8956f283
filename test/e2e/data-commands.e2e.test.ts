import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBin } from '../helpers/run-bin.js';
import { DATA_PATH, rawData } from '../helpers/data.js';

const SCHEMA_PATH = DATA_PATH.replace(/costs\.json$/, 'costs.schema.json');

describe('ketamine-cost data (built bin)', () => {
  it('shows the data version, every source with its year, and which figures are assumptions', () => {
    const r = runBin(['data', 'show']);
    expect(r.code).toBe(0);
    const d = rawData();
    expect(r.stdout).toContain(`Data version ${d.dataVersion}`);
    expect(r.stdout).toContain(`effective ${d.effectiveDate}`);
    for (const s of d.sources) expect(r.stdout).toContain(`${s.id} (${s.year})`);
    const unwrapped = r.stdout.replace(/\n\s+/g, ' ');
    expect(unwrapped).toMatch(/visits\.post: \$125–\$300 per visit, about 2023-2025, assumption/);
    expect(unwrapped).toMatch(/assumption: No public self-pay price for a follow-up/);
    expect(unwrapped).toContain(
      'techniques.low-dose-inpatient.price: $10,000–$50,000 or more, typical $25,000 per course, about 2004-2015, published (ketamine-crps-page); today $14,139–$88,712',
    );
    expect(unwrapped).toMatch(/older figure: \$300–\$1,000 per infusion day, about 2004-2015/);
    // The newest entry: a version, or the heading of a change the lead will version at merge.
    expect(r.stdout).toMatch(/Latest change \(data\/CHANGELOG.md\):\n {2}## (2026\.11\.2|unreleased: )/);
    expect(r.stdout).toMatch(/Price index: CPI-U, May 2026 = 335\.123/);
  });

  it('validates the committed data file', () => {
    const r = runBin(['data', 'validate', DATA_PATH]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/is valid: data \d{4}\.\d+\.\d+/);
  });

  it('lists every mistake in a data file with its JSON path, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-data-'));
    const d = rawData();
    d.techniques.coma.price.low = 60000; // above high
    d.visits.pre.high = -1;
    d.travel.international.meals.sourceIds = ['made-up'];
    d.checklist[2].when = [{ techniques: ['laser'] }];
    delete d.effectiveDate;
    writeFileSync(join(dir, 'mine.json'), JSON.stringify(d));
    const r = runBin(['data', 'validate', 'mine.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    for (const path of ['effectiveDate', 'visits.pre.high', 'checklist[2].when[0].techniques[0]']) expect(r.stderr).toContain(`  - ${path}: `);
    expect(r.stderr).toMatch(/data file "mine.json" is not valid \(\d+ problems\)/);
  });

  it('reports the rules that need a valid shape once the shape is right', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-data-'));
    const d = rawData();
    d.techniques.coma.price.low = 60000;
    d.travel.international.meals.sourceIds = ['made-up'];
    writeFileSync(join(dir, 'mine.json'), JSON.stringify(d));
    const r = runBin(['data', 'validate', 'mine.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('techniques.coma.price.low: low (60000) is above high (50000)');
    expect(r.stderr).toContain('travel.international.meals.sourceIds[0]: unknown source id "made-up"');
  });

  it('prints the JSON Schema that is committed next to the data file', () => {
    const r = runBin(['data', 'schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
    expect(rawData().$schema).toBe('./costs.schema.json');
  });
});
