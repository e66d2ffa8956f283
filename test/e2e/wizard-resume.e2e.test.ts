import { describe, it, expect, afterEach } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTmux, TerminalSession } from '../helpers/tmux.js';
import { clearProgress, loadProgress, progressFile, saveProgress } from '../../src/edge/wizard-progress.js';

let session: TerminalSession | undefined;
afterEach(() => session?.close());

const dir = () => mkdtempSync(join(tmpdir(), 'kc-resume-'));
const keptIn = (state: string) => join(state, 'ketamine-cost', 'unfinished-answers.json');

/** Waits for a question, answers it with these keys, and waits for the answer to show. */

describe('where unfinished answers are kept', () => {
  it('is the user’s state folder, never the folder the wizard runs in', () => {
    expect(progressFile({ XDG_STATE_HOME: '/s', HOME: '/h' }, 'linux')).toBe('/s/ketamine-cost/unfinished-answers.json');
    expect(progressFile({ HOME: '/h' }, 'linux')).toBe('/h/.local/state/ketamine-cost/unfinished-answers.json');
    expect(progressFile({ HOME: '/h' }, 'darwin')).toBe('/h/Library/Application Support/ketamine-cost/unfinished-answers.json');
    expect(progressFile({}, 'linux')).toBeNull();
  });

  it('reads back only what the wizard wrote', () => {
    const file = keptIn(dir());
    expect(saveProgress(file, { technique: 'coma' }, new Date('2026-11-28T10:00:00Z'))).toBe(true);
    expect(loadProgress(file)).toEqual({ savedAt: '2026-11-28T10:00:00.000Z', answers: { technique: 'coma' } });
    for (const bad of ['{', '[]', '{"savedAt":"x","answers":{"technique":"coma"}}', '{"savedAt":"2026-11-28T10:00:00Z","answers":{"boosters":3}}']) {
      writeFileSync(file, bad);
      expect(loadProgress(file), bad).toBeNull();
    }
    clearProgress(file);
    expect(existsSync(file)).toBe(false);
    // A folder that cannot be written is no error: nothing is kept, and the wizard goes on.
    const blocked = join(dir(), 'file');
    writeFileSync(blocked, '');
    expect(saveProgress(join(blocked, 'ketamine-cost', 'x.json'), { technique: 'coma' })).toBe(false);
  });
});

describe.skipIf(!hasTmux)('the wizard keeps answers when interrupted (tmux)', () => {
  it.each([
    ['en', 'LANG=en_US.UTF-8'],
    ['es', 'LANG=es_MX.UTF-8'],
  ] as const)(
    'on Ctrl-C says where they are kept, and the next run offers to pick up where it stopped (%s)',
    async (lang, env) => {
      const state = dir();
      const cwd = dir();
      const q =
        lang === 'es'
          ? {
              technique: '¿Qué tratamiento está planeando?',
              price: '¿En qué parte del rango',
              plan: '¿Cómo quiere contar',
              resume: 'Tiene respuestas de un plan que no terminó',
            }
          : {
              technique: 'Which treatment are you planning?',
              price: "Where is the clinic's price",
              plan: 'How do you want to count',
              resume: 'You have answers from a plan you did not finish',
            };
      session = new TerminalSession([], { cwd, width: 60, env, stateDir: state });
      await session.answer(q.technique, 'Down', 'Enter');
      await session.answer(q.price, 'Enter');
      await session.waitFor(`? ${q.plan}`);
      session.keys('C-c');
      const end = await session.waitFor(/EXIT=\d+/);
      expect(end).toContain('EXIT=130');
      // Where, in the run's language, wrapped to the terminal (the path may break at its own width).
      const said = end.replace(/\n/g, ' ').replace(/ +/g, ' ');
      expect(said).toContain(lang === 'es' ? 'Sus respuestas hasta ahora se guardaron en' : 'Your answers so far are kept in');
      expect(end.replace(/\s+/g, '')).toContain(keptIn(state).replace(/\s+/g, ''));
      expect(JSON.parse(readFileSync(keptIn(state), 'utf8')).answers).toEqual({ technique: 'outpatient', clinicRange: 'full' });
      // Nothing is written where the wizard ran.
      expect(existsSync(join(cwd, 'ketamine-plan.json'))).toBe(false);
      session.close();

      session = new TerminalSession([], { cwd, width: 60, env, stateDir: state });
      const offer = await session.waitFor(`? ${q.resume}`);
      expect(offer.replace(/\s+/g, ' ')).toMatch(/\(\d{4}-\d\d-\d\d \d\d:\d\d, 2 (answers|respuestas)\)/);
      session.keys('Enter');
      // Straight to the first question not answered: technique and price are not asked again.
      const next = await session.waitFor(`? ${q.plan}`);
      expect(next).not.toContain(`? ${q.technique}`);
      for (let i = 0; i < 12 && !/EXIT=\d+/.test(session.screen()); i++) {
        session.keys('Enter');
        await new Promise((r) => setTimeout(r, 400));
      }
      const done = await session.waitFor(/EXIT=\d+/);
      expect(done).toContain('EXIT=0');
      expect(done).toMatch(lang === 'es' ? /Serie de infusiones ambulatorias/ : /Outpatient infusion series/);
      // Finished: nothing left to pick up.
      expect(existsSync(keptIn(state))).toBe(false);
    },
    60_000,
  );

  it('keeps them when the terminal is closed, and starts afresh when the offer is declined', async () => {
    const state = dir();
    session = new TerminalSession([], { cwd: dir(), width: 80, stateDir: state });
    await session.answer('Which treatment are you planning?', 'Down', 'Down', 'Enter');
    await session.waitFor("? Where is the clinic's price");
    // The terminal goes away (its window closed): tmux ends the session and the process with it.
    session.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.parse(readFileSync(keptIn(state), 'utf8')).answers).toEqual({ technique: 'coma' });

    session = new TerminalSession([], { cwd: dir(), width: 80, stateDir: state });
    await session.answer('You have answers from a plan you did not finish', 'n', 'Enter');
    await session.waitFor('? Which treatment are you planning?');
    expect(existsSync(keptIn(state))).toBe(false);
  }, 60_000);

  it('does not offer them when the wizard is started with answers given', async () => {
    const state = dir();
    mkdirSync(join(state, 'ketamine-cost'));
    saveProgress(keptIn(state), { technique: 'coma' });
    session = new TerminalSession(['wizard', '--technique', 'outpatient'], { cwd: dir(), width: 80, stateDir: state });
    const screen = await session.waitFor("? Where is the clinic's price");
    expect(screen).not.toContain('You have answers from a plan');
  }, 30_000);
});
