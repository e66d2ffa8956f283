import { createInterface } from 'node:readline';
import type { Io } from './io.js';

/** The longest paste read: far above any quote. */
const MAX_PASTE_CHARS = 1024 * 1024;
/** A paste arrives in one burst: an empty line followed this soon by more text is a blank line inside the paste. */
const PASTE_BURST_MS = 150;

/**
 * Lines typed or pasted until an empty line (or the end of input), as one text; blank lines before
 * the first line, and inside a paste that is still arriving, are skipped. Ctrl-C rejects as the
 * prompt library's does (ExitPromptError), so the wizard ends with exit code 130.
 */
export function readPastedLines(io: Io): Promise<string> {
  return new Promise((resolve, reject) => {
    const tty = io.stdin.isTTY === true;
    const rl = createInterface({ input: io.stdin, output: tty ? (io.stdout as NodeJS.WritableStream) : undefined, terminal: tty });
    const lines: string[] = [];
    let size = 0;
    let done = false;
    let timer: NodeJS.Timeout | null = null;
    const finish = () => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      rl.close();
      resolve(lines.join('\n'));
    };
    rl.on('line', (line) => {
      if (done) return;
      if (line.trim() === '') {
        if (lines.length > 0 && timer === null) timer = setTimeout(finish, tty ? PASTE_BURST_MS : 0);
        return;
      }
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      size += line.length;
      lines.push(line);
      if (size > MAX_PASTE_CHARS) finish();
    });
    rl.on('close', finish);
    rl.on('SIGINT', () => {
      done = true;
      if (timer) clearTimeout(timer);
      rl.close();
      const error = new Error('User force closed the prompt with SIGINT');
      error.name = 'ExitPromptError';
      reject(error);
    });
  });
}
