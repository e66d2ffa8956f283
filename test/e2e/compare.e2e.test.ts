import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runBin } from '../helpers/run-bin.js';
import { FIXTURE_PATH } from '../helpers/data.js';
import { hasTmux, TerminalSession } from '../helpers/tmux.js';

const fixture = ['--data', FIXTURE_PATH];
const estimateJson = (args: string[]) => JSON.parse(runBin(['estimate', ...args, ...fixture, '--json']).stdout);

describe('ketamine-cost compare (built bin)', () => {
  it('compares the three techniques by default, each option exactly what estimate --json gives', () => {
    const r = runBin(['compare', '--json', '--travel', 'domestic', ...fixture]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.options.map((o: { scenario: { technique: string } }) => o.scenario.technique)).toEqual(['low-dose-inpatient', 'outpatient', 'coma']);
    for (const option of out.options) {
      const single = estimateJson(['-t', option.scenario.technique, '--travel', 'domestic']);
      expect(option.total).toEqual(single.total);
      expect(option.lineItems).toEqual(single.lineItems);
      expect(option.name).toBeTruthy();
      expect(Object.keys(option.categories)).toEqual(['treatment', 'boosters', 'visits', 'travel']);
    }
  });

  it('compares one technique at several quotes, and saved scenario files', () => {
    const quotes = JSON.parse(runBin(['compare', '-t', 'outpatient', '--sessions', '10', '--quote', '650', '--quote', '900', '--json', ...fixture]).stdout);
    expect(quotes.options.map((o: { name: string }) => o.name)).toEqual(['Quote 650', 'Quote 900']);
    expect(quotes.options[0].lineItems[0]).toMatchObject({ low: 6500, high: 6500 });
    const dir = mkdtempSync(join(tmpdir(), 'kc-cmp-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ technique: 'coma', quote: 20000 }));
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ technique: 'low-dose-inpatient' }));
    const files = runBin(['compare', '--scenario', 'a.json', '--scenario', 'b.json', '--format', 'csv', ...fixture], { cwd: dir });
    expect(files.code, files.stderr).toBe(0);
    const rows: Record<string, string>[] = parse(files.stdout, { columns: true });
    expect(rows.map((row) => row.option)).toEqual(['a.json', 'b.json']);
    expect(rows[1]).toMatchObject({ technique: 'low-dose-inpatient', total_low_usd: '10300', total_high_usd: '40500' });
  });

  it('fits 80 columns, reads without colour, and draws an ASCII chart with --ascii or TERM=dumb', () => {
    const r = runBin(['compare', ...fixture]);
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toMatch(/Fixture: the coma technique was not allowed in the USA/);
    for (const args of [['--ascii'], []]) {
      const ascii = runBin(['compare', ...args, ...fixture], { env: args.length ? {} : { TERM: 'dumb' } });
      expect(ascii.stdout).toMatch(/^[\x20-\x7e\n]*$/);
      expect(ascii.stdout).toMatch(/\[=+/);
    }
  });

  it('refuses a technique alone, and quotes with scenario files', () => {
    expect(runBin(['compare', '-t', 'coma']).stderr).toMatch(/give --quote twice or more/);
    expect(runBin(['compare', '--scenario', 'a.json', '--quote', '5']).stderr).toMatch(/not both/);
  });
});

let session: TerminalSession | undefined;
afterEach(() => session?.close());

describe.skipIf(!hasTmux)('compare in a real terminal (tmux)', () => {
  it('fits an 80-column terminal with the chart, and draws it in ASCII for TERM=dumb', async () => {
    session = new TerminalSession(['compare', '--data', FIXTURE_PATH], { cwd: tmpdir(), width: 80, height: 60 });
    const screen = await session.waitFor(/EXIT=0/);
    expect(screen).toContain('Estimated total, low to high');
    expect(screen).toMatch(/├━+/);
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    session.close();
    session = new TerminalSession(['compare', '--data', FIXTURE_PATH], { cwd: tmpdir(), width: 80, height: 60, env: 'TERM=dumb' });
    const dumb = await session.waitFor(/EXIT=0/);
    expect(dumb).toMatch(/\[=+/);
    expect(dumb).not.toMatch(/[━┃├┤▶]/);
  });
});
