import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { runGfeCheck } from '../../src/commands/gfe-check-run.js';
import type { GfeCheckFlags } from '../../src/commands/flag-types.js';
import { UsageError } from '../../src/errors.js';
import { fakeIo } from '../helpers/fake-io.js';
import { FIXTURE_PATH } from '../helpers/data.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kc-gfe-unit-'));
const flags = (extra: Partial<GfeCheckFlags>): GfeCheckFlags => ({ color: false, data: FIXTURE_PATH, ...extra });

describe('gfe-check (in process)', () => {
  it('takes today from the clock it is given, as a local calendar day', async () => {
    // 2026-03-01 is 75 days before the deadline 2026-05-15 (31 + 30 + 14). Late evening stays on the same local day.
    for (const hour of [0, 23]) {
      const io = fakeIo();
      await runGfeCheck(flags({ estimate: ['1000'], bill: ['1400'], billDate: '2026-01-15', json: true }), io, () => new Date(2026, 2, 1, hour, 59));
      expect(JSON.parse(io.out())).toMatchObject({ deadline: '2026-05-15', daysLeft: 75, passed: false });
      expect(io.err()).toBe('');
    }
  });

  it('--today wins over the clock', async () => {
    const io = fakeIo();
    const clock = () => {
      throw new Error('the clock was read');
    };
    await runGfeCheck(flags({ estimate: ['1000'], bill: ['1400'], billDate: '2026-01-15', today: '2026-05-14', json: true }), io, clock);
    expect(JSON.parse(io.out())).toMatchObject({ daysLeft: 1, passed: false });
  });

  it("a bill dated after the clock's today is a usage error", async () => {
    await expect(runGfeCheck(flags({ estimate: ['1'], bill: ['2'], billDate: '2026-03-02' }), fakeIo(), () => new Date(2026, 2, 1, 12))).rejects.toThrow(
      new UsageError('--bill-date 2026-03-02 is after today (2026-03-01): give the date printed on the bill'),
    );
  });

  it('runs through main: exit 0 with the report, exit 2 with one prefixed line', async () => {
    const ok = fakeIo();
    expect(
      await main(['gfe-check', '--estimate', '1000', '--bill', '1399.99', '--bill-date', '2026-01-15', '--today', '2026-01-16', '--data', FIXTURE_PATH], ok),
    ).toBe(0);
    expect(ok.out()).toContain('Your bill: estimate $1,000, bill $1,399.99, $399.99 over the estimate.\n');
    expect(ok.out()).toContain('119 days left.');
    const bad = fakeIo();
    expect(await main(['gfe-check', '--estimate', '1000', '--bill', '1400', '--bill-date', '2026-02-29'], bad)).toBe(2);
    expect(bad.err()).toBe('ketamine-cost: --bill-date "2026-02-29" is not a date: February 2026 has 28 days\n');
    expect(bad.out()).toBe('');
  });

  it('is listed in the program help', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^ {2}gfe-check\b/m);
  });

  it('keeps every line within 80 columns, even with a long provider name and large amounts', async () => {
    const io = fakeIo();
    const name = `${'Very Long Provider Name '.repeat(6)}${'x'.repeat(150)}`;
    await runGfeCheck(flags({ estimate: ['9,999,999,999.99'], bill: ['19999999999.99'], billDate: '2026-01-15', today: '2026-01-15' }), io);
    expect(
      io
        .out()
        .split('\n')
        .filter((l) => l.length > 80),
    ).toEqual([]);
    // A long name comes only from a file.
    const dir = tmp();
    writeFileSync(join(dir, 'p.csv'), `provider,estimate,bill\n${name},1,500\n`);
    const named = fakeIo({ cwd: dir });
    await runGfeCheck(flags({ file: 'p.csv', billDate: '2026-01-15', today: '2026-01-15' }), named);
    expect(
      named
        .out()
        .split('\n')
        .filter((l) => l.length > 80),
    ).toEqual([]);
    expect(named.out().replace(/\n/g, '')).toContain('x'.repeat(150));
  });

  it('escapes control and direction characters from a provider name, in text and in JSON', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.csv'), 'provider,estimate,bill\n"Clinic\u001b[2J\u202e",1,500\n');
    const text = fakeIo({ cwd: dir });
    await runGfeCheck(flags({ file: 'p.csv', billDate: '2026-01-15', today: '2026-01-15' }), text);
    expect(text.out()).toContain('Clinic\\u001b[2J\\u202e: estimate $1, bill $500');
    expect(text.out()).not.toMatch(/[\u001b\u202e]/);
    const json = fakeIo({ cwd: dir });
    await runGfeCheck(flags({ file: 'p.csv', billDate: '2026-01-15', today: '2026-01-15', json: true }), json);
    expect(json.out()).not.toMatch(/[\u001b\u202e]/);
    expect(JSON.parse(json.out()).providers[0].provider).toBe('Clinic\u001b[2J\u202e');
  });
});
