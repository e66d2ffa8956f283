import { OutputError } from '../errors.js';
import { cliText as t } from '../cli-text.js';
import { escapeControls } from '../core/escape.js';
import type { OutStream } from './io.js';
import { fs, isatty } from './node-modules.js';

/** What to do when standard output goes away: a closed pipe (EPIPE) or a failed write to it. */
export type OnStdoutGone = (error: NodeJS.ErrnoException) => void;

/**
 * Standard output, written the cheapest safe way for what it is:
 * - a regular file (or a directory) or a device other than a terminal: written by hand, every byte or an
 *   OutputError (Node's own stream for files ignores a short write, such as a full disk or a
 *   file size limit, and would exit 0 with the output cut);
 * - a pipe or a socket: written with fs.write, so a command that only prints never loads Node's
 *   stream and network modules (a few ms of every run); if the pipe will not block (EAGAIN),
 *   the rest goes through Node's stream, in order;
 * - a terminal (or what cannot be told): Node's stream, `stream()`.
 */
export function openStdout(fd: number, stream: () => NodeJS.WriteStream, onGone: OnStdoutGone): OutStream {
  let stat: import('node:fs').Stats | null = null;
  try {
    stat = fs.fstatSync(fd);
  } catch {
    // not a descriptor we can look at: leave it to Node
  }
  // A directory cannot be written: the file writer says so (exit 1) rather than losing the output.
  if (stat?.isFile() || stat?.isDirectory() || (stat?.isCharacterDevice() && !isatty(fd))) return fileWriter(fd);
  if (stat?.isFIFO() || stat?.isSocket()) return pipeWriter(fd, stream, onGone);
  return stream();
}

function fileWriter(fd: number): OutStream {
  return {
    write(chunk: string | Uint8Array) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let done = 0;
      while (done < buffer.length) {
        let n: number;
        try {
          n = fs.writeSync(fd, buffer, done, buffer.length - done);
        } catch (error) {
          throw new OutputError(t.outputFailed(escapeControls((error as Error).message)));
        }
        if (n <= 0) throw new OutputError(t.outputFailed(t.shortWrite));
        done += n;
      }
      return true;
    },
  };
}

/** Bytes a pipe writer holds before it asks its caller to wait, as a stream's high-water mark. */
const PIPE_HIGH_WATER = 1024 * 1024;

function pipeWriter(fd: number, stream: () => NodeJS.WriteStream, onGone: OnStdoutGone): OutStream & { once(event: 'drain', fn: () => void): void } {
  // Written with fs.write, which waits in Node's thread pool, not in the main thread: a reader that
  // stops reading never stops Ctrl-C or SIGTERM from ending the run. Like a stream, write() says
  // false once much is waiting, and 'drain' (the only event it has) comes when all is written.
  let node: NodeJS.WriteStream | null = null;
  const queue: Uint8Array[] = [];
  let queued = 0;
  let writing = false;
  const waiting: (() => void)[] = [];
  const drained = () => {
    if (!writing && queue.length === 0) for (const fn of waiting.splice(0)) fn();
  };
  const next = () => {
    const bytes = queue[0];
    if (bytes === undefined) {
      writing = false;
      drained();
      return;
    }
    writing = true;
    fs.write(fd, bytes, 0, bytes.length, null, (error, n) => {
      if (error?.code === 'EAGAIN') {
        // The pipe was left non-blocking by whoever shares it: Node's stream waits properly, in order.
        node = stream();
        for (const rest of queue.splice(0)) node.write(rest);
        queued = 0;
        writing = false;
        if (node.writableNeedDrain) node.once('drain', drained);
        else drained();
      } else if (error || n === 0) onGone(error ?? Object.assign(new Error(t.shortWrite), { code: 'EIO' }));
      else {
        queued -= n;
        if (n < bytes.length) queue[0] = bytes.subarray(n);
        else queue.shift();
        next();
      }
    });
  };
  return {
    write(chunk: string | Uint8Array) {
      if (node) return node.write(chunk);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      if (bytes.length > 0) {
        queue.push(bytes);
        queued += bytes.length;
      }
      if (!writing) next();
      return queued < PIPE_HIGH_WATER;
    },
    once(_event: 'drain', fn: () => void) {
      if (node) node.once('drain', fn);
      else if (writing || queue.length > 0) waiting.push(fn);
      else fn();
    },
  };
}
