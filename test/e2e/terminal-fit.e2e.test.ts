import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTmux, TerminalSession } from '../helpers/tmux.js';
import { runBin } from '../helpers/run-bin.js';
import { textWidth } from '../../src/render/text-width.js';

let session: TerminalSession | undefined;
afterEach(() => session?.close());

const LANGS = { en: 'LANG=en_US.UTF-8', es: 'LANG=es_MX.UTF-8' } as const;
const dir = () => mkdtempSync(join(tmpdir(), 'kc-fit-'));

/** Everything a screen must be at a width: no line past it, no amount or word broken by the terminal. */
function expectFits(screen: string, width: number, what: string): void {
  const lines = screen.replace(/\s+$/, '').split('\n');
  // capture-pane -J joins what the terminal wrapped by itself: a line past the width shows as one longer line.
  for (const line of lines) expect(textWidth(line), `${what}: ${line}`).toBeLessThanOrEqual(width);
  // Every amount whole: "$14,13" / "9" or "US$88," / "712" would leave a malformed amount.
  for (const m of screen.matchAll(/\$[\d,.]*\d[\d,.]*/g)) expect(m[0], what).toMatch(/^\$\d{1,3}(,\d{3})*(\.\d{2,4})?[.,]?$/);
  for (const [i, line] of lines.entries())
    if (/\$\d{1,3}$/.test(lines[i - 1] ?? '')) expect(line, `${what}: an amount split after ${lines[i - 1]}`).not.toMatch(/^\s*[\d,]/);
  // The prompt library's own breaking leaves a line starting with one space, or a short word alone
  // (a checkbox's unchecked mark, " ◯ " or " ( ) ", starts a choice, not a broken line).
  for (const line of lines) {
    expect(line, what).not.toMatch(/^ (?![◯◉] |\( \) |\(x\) )[^\s\d]/);
    expect(line.trim(), what).not.toMatch(/^(para|the|to|a|y|de)$/);
  }
}

/** Presses Enter through the wizard: every question takes its suggested answer, then "finish"; `check` sees each question on screen before its answer. */
async function enterThrough(s: TerminalSession, check: (screen: string) => void): Promise<string> {
  for (let answered = 0; ; answered++) {
    // A question is on screen once its keys' help or its cursor is drawn.
    const screen = await s.waitFor(/EXIT=\d+|^\? .*(\n.*)*$/m);
    if (/EXIT=\d+/.test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 150));
    check(s.screen());
    const done = () => (s.screen().match(/^✔ /gm) ?? []).length;
    const before = done();
    s.keys('Enter');
    const deadline = Date.now() + 10_000;
    while (done() === before && !/EXIT=\d+/.test(s.screen())) {
      if (Date.now() > deadline) throw new Error(`no answer after Enter ${answered}:\n${s.screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    if (answered > 30) throw new Error(`the wizard did not finish:\n${s.screen()}`);
  }
}

describe.skipIf(!hasTmux)('text fits the terminal (tmux)', () => {
  for (const width of [60, 80])
    for (const lang of ['en', 'es'] as const) {
      it(`the wizard wraps every prompt, choice and result to ${width} columns between words (${lang})`, async () => {
        session = new TerminalSession(['wizard'], { cwd: dir(), width, height: 50, env: LANGS[lang] });
        const end = await enterThrough(session, (screen) => expectFits(screen, width, `wizard ${lang} ${width}, a question`));
        expect(end).toContain('EXIT=0');
        expect(end).toContain(lang === 'es' ? 'Total estimado: US$' : 'Estimated total: $');
        expectFits(end, width, `wizard ${lang} ${width}`);
      }, 60_000);

      it(`the estimate fits ${width} columns, its tables stacked below 70 (${lang})`, async () => {
        const args = [
          'estimate',
          '-t',
          'outpatient',
          '--insurance',
          'in-network',
          '--coinsurance',
          '20',
          '--deductible',
          '1000',
          '--timeline',
          '--finance-months',
          '12',
          '--apr',
          '20',
        ];
        session = new TerminalSession(args, { cwd: dir(), width, height: 50, env: LANGS[lang] });
        const end = await session.waitFor(/EXIT=\d+/);
        expect(end).toContain('EXIT=0');
        expectFits(end, width, `estimate ${lang} ${width}`);
        expect(end.includes('┌'), `boxed at ${width}`).toBe(width >= 70);
        const $ = lang === 'es' ? 'US\\$' : '\\$';
        // Stacked, each amount is named by its column; boxed, it sits in its cell.
        expect(end).toMatch(width < 70 ? new RegExp(`${lang === 'es' ? 'Bajo' : 'Low'}: ${$}10,200`) : new RegExp(`│ +${$}10,200 │`));
      }, 30_000);
    }

  it('gfe-check, data show and compare fit 60 columns too', async () => {
    for (const args of [
      ['gfe-check', '--estimate', '1000', '--bill', '1800', '--bill-date', '2026-10-01', '--today', '2026-11-01', '--lang', 'es'],
      ['data', 'show', '--lang', 'es'],
      ['compare', '--insurance', 'in-network'],
    ]) {
      session = new TerminalSession(args, { cwd: dir(), width: 60, height: 50 });
      const end = await session.waitFor(/EXIT=\d+/);
      expect(end, args.join(' ')).toContain('EXIT=0');
      expectFits(end, 60, args.join(' '));
      session.close();
    }
  }, 60_000);

  it('TERM=dumb reaches the wizard: the prompts and the result in plain ASCII', async () => {
    session = new TerminalSession(['wizard'], { cwd: dir(), width: 80, height: 50, env: `TERM=dumb ${LANGS.es}` });
    const first = await session.waitFor('? ');
    expect(first).toContain('Que tratamiento esta planeando?');
    expect(first).toMatch(/^> /m);
    // The keys' help in words, not arrows.
    expect(first).toMatch(/up\/down moverse, enter elegir/);
    session.keys('Enter');
    await session.waitFor(/^\+ /m);
  }, 30_000);
});

describe('--help, data show and --ascii without a terminal', () => {
  it.each(['en', 'es'])('every --help and data show fit 80 columns (%s)', (lang) => {
    for (const args of [[], ['estimate'], ['wizard'], ['compare'], ['batch'], ['gfe-check'], ['data'], ['data', 'show'], ['data', 'validate']]) {
      const r = runBin([...args, ...(args[1] === 'show' ? [] : ['--help']), '--lang', lang]);
      expect(r.code, args.join(' ')).toBe(0);
      for (const line of r.stdout.split('\n')) expect(textWidth(line), `${args.join(' ')}: ${line}`).toBeLessThanOrEqual(80);
    }
  });

  it('--ascii and TERM=dumb reach every command: nothing but ASCII on stdout and stderr', () => {
    const runs = [
      ['estimate', '-t', 'coma', '--insurance', 'in-network', '--timeline'],
      ['compare'],
      ['gfe-check', '--estimate', '1000', '--bill', '1800', '--bill-date', '2026-10-01', '--today', '2026-11-01'],
      ['data', 'show'],
      ['estimate', '--help'],
      ['estimate', '-t', 'nada'],
      ['batch', '--format', 'ndjson', 'nope.csv'],
    ];
    for (const args of runs)
      for (const [how, extra, env] of [
        ['--ascii', ['--ascii'], {}],
        ['TERM=dumb', [], { TERM: 'dumb' }],
      ] as const) {
        const r = runBin([...args, ...extra, '--lang', 'es'], { env: { ...env } });
        const what = `${args.join(' ')} with ${how}`;
        expect(r.stdout + r.stderr, what).not.toBe('');
        expect(r.stdout, what).toMatch(/^[\x00-\x7f]*$/);
        expect(r.stderr, what).toMatch(/^[\x00-\x7f]*$/);
      }
  });
});
