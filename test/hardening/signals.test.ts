import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { BIN, cleanEnv } from '../helpers/run-bin.js';

/** The built bin running `batch` on a standard input that stays open, as a long batch would. */
function runningBatch(lang = 'en') {
  const child = spawn(process.execPath, [BIN, 'batch', '--lang', lang], { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  child.stdin.write('{"technique": "coma"}\n');
  return { child, ended, stderr: () => stderr };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('signals (item 14)', () => {
  it('SIGUSR1 does not open the inspector in a running batch', async () => {
    const run = runningBatch();
    await wait(700);
    run.child.kill('SIGUSR1');
    await wait(700);
    expect(run.child.exitCode).toBeNull();
    expect(run.stderr()).not.toMatch(/Debugger listening|inspector/i);
    run.child.stdin.end();
    const { code } = await run.ended;
    expect(code).toBe(0);
    expect(run.stderr()).toBe('');
  });

  it.each([
    ['en', 'Cancelled.'],
    ['es', 'Cancelado.'],
  ])('SIGHUP ends the run as SIGTERM does: by the signal (129), saying so (%s)', async (lang, word) => {
    const run = runningBatch(lang);
    await wait(700);
    run.child.kill('SIGHUP');
    const { code, signal } = await run.ended;
    // Ended by the signal itself: the shell reports 128 + 1.
    expect(code ?? 128 + (signal === 'SIGHUP' ? 1 : 0)).toBe(129);
    expect(run.stderr()).toContain(word);
  });
});
