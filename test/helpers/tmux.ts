import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from './run-bin.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** The built CLI running in a real terminal (tmux), driven by keys and read from the screen. */
export class TerminalSession {
  private readonly socket = `kc-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly name = 'kc';

  /** Where the wizard keeps unfinished answers in this session: a folder of its own, never the user's. */
  readonly stateDir: string;

  constructor(args: string[], opts: { cwd: string; width?: number; height?: number; env?: string; stateDir?: string }) {
    this.stateDir = opts.stateDir ?? mkdtempSync(join(tmpdir(), 'kc-state-'));
    const cmd = `env -u NO_COLOR -u FORCE_COLOR -u DEBUG XDG_STATE_HOME=${JSON.stringify(this.stateDir)} ${opts.env ?? ''} ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args.join(' ')}; echo "EXIT=$?"; sleep 60`;
    this.tmux('new-session', '-d', '-s', this.name, '-x', String(opts.width ?? 80), '-y', String(opts.height ?? 50), '-c', opts.cwd, cmd);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /** Everything shown so far, scrollback included; with `escapes`, colour codes too. */
  screen(escapes = false): string {
    return this.tmux('capture-pane', '-p', '-J', ...(escapes ? ['-e'] : []), '-S', '-2000', '-t', this.name);
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.name, ...keys);
  }

  /** Waits until the screen shows `text`, and gives the screen. */
  async waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits for the question, presses `keys`, and waits for it to be answered; gives the screen as the question stood. */
  async answer(question: string, ...keys: string[]): Promise<string> {
    const screen = await this.waitFor(`? ${question}`);
    this.keys(...keys);
    await this.waitFor(`✔ ${question}`);
    return screen;
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}
