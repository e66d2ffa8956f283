import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { fakeIo } from '../helpers/fake-io.js';
import { realData } from '../helpers/data.js';
import { maxPlanSessions } from '../../src/core/outpatient-schedule.js';

const dir = mkdtempSync(join(tmpdir(), 'kc-plans-'));

async function run(argv: string[], stdin = '') {
  const io = fakeIo({ cwd: dir });
  (io.stdin as unknown as { end(s: string): void }).end(stdin);
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('a plan given in sessions is capped as months are (item 12)', () => {
  const most = maxPlanSessions(realData().techniques.outpatient.schedule!.phases);

  it('is 58 sessions with the committed schedule, the count of the 120-month plan at its slower pace', () => {
    expect(most).toBe(58);
  });

  it.each([
    [
      'en',
      /^ketamine-cost: invalid input: --sessions: must be at most 58: more infusion days than that run past 120 months on the schedule, the longest plan \(give a plan length with --months instead\)$/m,
    ],
    ['es', /^ketamine-cost: datos de entrada no válidos: --sessions: debe ser como máximo 58: más días de infusión que esos pasan de 120 meses/m],
  ])('refuses --sessions 1000 (a 245-year plan) and 59 (%s)', async (lang, pattern) => {
    for (const n of ['1000', '59']) {
      const r = await run(['estimate', '-t', 'outpatient', '--sessions', n, '--timeline', '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(pattern);
    }
  });

  it('takes 58 sessions, whose timeline ends within 120 months', async () => {
    const r = await run(['estimate', '-t', 'outpatient', '--sessions', String(most), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const timeline = JSON.parse(r.stdout).timeline as { month: number }[];
    expect(Math.max(...timeline.map((m) => m.month))).toBeLessThanOrEqual(121);
  });

  it('refuses it from a scenario file and a batch row too', async () => {
    writeFileSync(join(dir, 'long.json'), JSON.stringify({ technique: 'outpatient', sessions: 500 }));
    expect((await run(['estimate', '--scenario', 'long.json'])).stderr).toMatch(/long.json: sessions: must be at most 58/);
    const r = await run(['batch', '--input', 'csv'], 'id,technique,sessions\na,outpatient,20\nb,outpatient,1000\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 3 \(id b\): sessions: must be at most 58/);
  });
});

describe('a promotion longer than its loan is refused (item 13)', () => {
  it.each([
    [
      'en',
      /^ketamine-cost: invalid input: --promo-months: \(12 months\) is longer than the loan \(--finance-months, 6\): a deferred-interest offer ends within its loan; give at most 6$/m,
    ],
    ['es', /^ketamine-cost: datos de entrada no válidos: --promo-months: \(12 meses\) es más largo que el préstamo \(--finance-months, 6\)/m],
  ])('--finance-months 6 --promo-months 12 (%s)', async (lang, pattern) => {
    const r = await run(['estimate', '-t', 'outpatient', '--finance-months', '6', '--promo-months', '12', '--apr', '20', '--lang', lang]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
  });

  it('takes a promotion as long as the loan or shorter, and either alone', async () => {
    for (const flags of [
      ['--finance-months', '12', '--promo-months', '12'],
      ['--finance-months', '24', '--promo-months', '12'],
      ['--promo-months', '24'],
      ['--finance-months', '6'],
    ]) {
      const r = await run(['estimate', '-t', 'outpatient', ...flags, '--apr', '20', '--json']);
      expect(r.code, `${flags.join(' ')}: ${r.stderr}`).toBe(0);
    }
  });
});
