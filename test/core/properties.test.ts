import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { estimateFor, realData } from '../helpers/data.js';
import { renderCsv } from '../../src/render/csv.js';
import { estimateReport } from '../../src/render/report-json.js';
import { renderTable } from '../../src/render/table.js';
import { Chalk } from 'chalk';
import { parse } from 'csv-parse/sync';
import { maxPlanSessions } from '../../src/core/outpatient-schedule.js';

const data = realData();
// A plan given in sessions is held to the longest plan (120 months) at the schedule's pace.
const MAX_SESSIONS = maxPlanSessions(data.techniques.outpatient.schedule!.phases);
const SEED = Number(process.env.FC_SEED ?? 20261127);
const runs = { seed: SEED, numRuns: 300 };

/** Any valid scenario, as the JSON a scenario file would hold. */
const scenario = fc
  .record({
    technique: fc.constantFrom('low-dose-inpatient', 'outpatient', 'coma'),
    price: fc.oneof(
      fc.constantFrom('full', 'lower', 'upper').map((clinicRange) => ({ clinicRange })),
      fc.integer({ min: 1, max: 5_000_000 }).map((cents) => ({ quote: cents / 100 })),
      fc
        .tuple(fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 }))
        .map(([l, d]) => ({ quote: { low: l / 100, high: (l + d) / 100 } })),
    ),
    boosters: fc.integer({ min: 0, max: 100 }),
    preVisits: fc.integer({ min: 0, max: 50 }),
    postVisits: fc.integer({ min: 0, max: 50 }),
    travel: fc.constantFrom('none', 'domestic', 'international'),
    travelers: fc.integer({ min: 1, max: 20 }),
    nights: fc.integer({ min: 0, max: 365 }),
    plan: fc.oneof(
      fc.integer({ min: 1, max: MAX_SESSIONS }).map((sessions) => ({ sessions })),
      fc.integer({ min: 1, max: 120 }).map((months) => ({ months })),
    ),
  })
  .map(({ price, plan, technique, ...rest }) => ({ technique, ...price, ...(technique === 'outpatient' ? plan : {}), ...rest }));

type Input = Record<string, unknown>;

describe('estimate properties (fast-check, seed printed on failure; FC_SEED replays)', () => {
  it('keeps low <= typical <= high on every line, in whole cents, and a total that is exactly their sum', () => {
    fc.assert(
      fc.property(scenario, (input: Input) => {
        const est = estimateFor(input, data);
        let low = 0;
        let high = 0;
        for (const l of est.lineItems) {
          expect(Number.isSafeInteger(l.amount.low) && Number.isSafeInteger(l.amount.high)).toBe(true);
          expect(l.amount.low).toBeLessThanOrEqual(l.amount.high);
          if (l.amount.typical !== null) {
            expect(l.amount.low).toBeLessThanOrEqual(l.amount.typical);
            expect(l.amount.typical).toBeLessThanOrEqual(l.amount.high);
          }
          low += l.amount.low;
          high += l.amount.high;
        }
        expect(est.total.low).toBe(low);
        expect(est.total.high).toBe(high);
      }),
      runs,
    );
  });

  it('never lowers the total when boosters, visits, travellers, nights, sessions or months grow', () => {
    const grows = fc.constantFrom('boosters', 'preVisits', 'postVisits', 'travelers', 'nights', 'sessions', 'months');
    fc.assert(
      fc.property(scenario, grows, fc.integer({ min: 1, max: 5 }), (input: Input, key, by) => {
        if ((key === 'sessions' || key === 'months') && input[key] === undefined) return;
        const limits: Record<string, number> = {
          boosters: 100,
          preVisits: 50,
          postVisits: 50,
          travelers: 20,
          nights: 365,
          sessions: MAX_SESSIONS,
          months: 120,
        };
        const more = Math.min(limits[key]!, (input[key] as number) + by);
        const a = estimateFor(input, data).total;
        const b = estimateFor({ ...input, [key]: more }, data).total;
        expect(b.low).toBeGreaterThanOrEqual(a.low);
        expect(b.high).toBeGreaterThanOrEqual(a.high);
      }),
      runs,
    );
  });

  it('prices a one-amount quote with low = high on the treatment line (per unit, and in total for a fixed count)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 5_000_000 }), (input: Input, cents) => {
        const { clinicRange: _drop, ...rest } = input;
        const line = estimateFor({ ...rest, quote: cents / 100 }, data).lineItems.find((l) => l.id === 'treatment')!;
        expect(line.unitPrice.low).toBe(line.unitPrice.high);
        if (line.quantity === line.quantityHigh) expect(line.amount.low).toBe(line.amount.high);
      }),
      runs,
    );
  });

  it('gives the same totals in JSON, CSV and the table', () => {
    const plain = new Chalk({ level: 0 });
    fc.assert(
      fc.property(scenario, (input: Input) => {
        const est = estimateFor(input, data);
        const json = estimateReport(est, data, { name: 'ketamine-cost', version: '0' });
        const rows: Record<string, string>[] = parse(renderCsv(est), { columns: true });
        const total = rows.find((r) => r.item_id === 'total')!;
        expect([Number(total.low_usd), Number(total.high_usd)]).toEqual([json.total.low, json.total.high]);
        const dollars = (n: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2 })}`;
        const range = json.total.low === json.total.high ? dollars(json.total.low) : `${dollars(json.total.low)}–${dollars(json.total.high)}`;
        expect(renderTable(est, data, plain, 80)).toContain(`Estimated total: ${range}`);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
