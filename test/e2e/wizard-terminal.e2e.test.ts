import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTmux, TerminalSession } from '../helpers/tmux.js';
import { runBin } from '../helpers/run-bin.js';
import { FIXTURE_PATH } from '../helpers/data.js';

let session: TerminalSession | undefined;
afterEach(() => session?.close());

describe.skipIf(!hasTmux)('wizard in a real terminal (tmux)', () => {
  it('answers the prompts with Enter and shows the estimate, checklist and the matching command', async () => {
    session = new TerminalSession(['wizard', '--data', FIXTURE_PATH], { cwd: mkdtempSync(join(tmpdir(), 'kc-tty-')) });
    const s = session;
    const prompts = [
      'Which treatment are you planning?',
      "Where is the clinic's price?",
      'Does the clinic give booster infusions',
      'Appointments before treatment',
      'Follow-up appointments after treatment',
      'Will you travel for treatment?',
      'Add costs that quotes often leave out?',
      'Will insurance pay any of it?',
      'Would you like a plan for paying it?',
      'Review your answers:',
    ];
    for (const prompt of prompts) {
      await s.waitFor(`? ${prompt}`);
      s.keys('Enter');
      await s.waitFor(`✔ ${prompt}`);
    }
    const screen = await s.waitFor('What would you like to keep?');
    expect(screen).toContain('Estimated total: $10,300–$40,500.');
    expect(screen).toContain('Questions to ask the clinic');
    expect(screen).toMatch(/Good Faith Estimate/);
    s.keys('Enter');
    const end = await s.waitFor(/EXIT=\d+/);
    expect(end).toContain('EXIT=0');
    for (const line of end.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    // The command it prints gives the same estimate when run as a script.
    const command = /ketamine-cost (estimate(?:[^\n]*\\ *\n)*[^\n]*)/.exec(end)![1]!.replace(/\\ *\n\s*/g, ' ');
    const scripted = runBin([...command.split(/\s+/).filter(Boolean), '--json', '--data', FIXTURE_PATH]);
    expect(JSON.parse(scripted.stdout).total).toMatchObject({ low: 10300, high: 40500 });
  });

  it.each([
    ['--no-color', ['--no-color'], ''],
    ['NO_COLOR=1', [], 'NO_COLOR=1'],
  ])('prompts without colour with %s, and with colour otherwise', async (_name, args, env) => {
    const colour = /\u001b\[3\dm/;
    session = new TerminalSession([], { cwd: mkdtempSync(join(tmpdir(), 'kc-tty-')) });
    await session.waitFor('? Which treatment are you planning?');
    expect(session.screen(true)).toMatch(colour);
    session.close();
    session = new TerminalSession(args, { cwd: mkdtempSync(join(tmpdir(), 'kc-tty-')), env });
    await session.waitFor('? Which treatment are you planning?');
    expect(session.screen(true)).not.toMatch(colour);
  });

  it('stops with "Cancelled." and exit code 130 on Ctrl-C', async () => {
    session = new TerminalSession(['wizard'], { cwd: mkdtempSync(join(tmpdir(), 'kc-tty-')) });
    await session.waitFor('? Which treatment are you planning?');
    session.keys('C-c');
    const end = await session.waitFor(/EXIT=\d+/);
    expect(end).toContain('Cancelled.');
    expect(end).toContain('EXIT=130');
    expect(end).not.toMatch(/\n\s+at /);
  });
});
