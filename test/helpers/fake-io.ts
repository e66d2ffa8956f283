import { PassThrough } from 'node:stream';
import type { Io } from '../../src/edge/io.js';

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

/** Streams that record what a command writes; a terminal or not, as the test needs. */
export function fakeIo(opts: { tty?: boolean; cwd?: string; env?: Record<string, string> } = {}): FakeIo {
  let out = '';
  let err = '';
  const stdin = Object.assign(new PassThrough(), { isTTY: opts.tty ?? false });
  return {
    stdout: {
      write: (s: string) => {
        out += s;
        return true;
      },
      isTTY: opts.tty ?? false,
      columns: 80,
    },
    stderr: {
      write: (s: string) => {
        err += s;
        return true;
      },
      isTTY: false,
    },
    stdin,
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
