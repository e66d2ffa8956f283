import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A FIFO made in a test's own temp dir, with a read end and a write end open in this process. */
export interface Fifo {
  path: string;
  /** The read end: non-blocking, so reading an empty pipe says so (EAGAIN) rather than waiting. */
  reader: number;
  /** The write end, blocking unless asked for otherwise. */
  writer: number;
  /** Closes the read end: writing then fails with EPIPE. */
  closeReader(): void;
  /** Closes both ends that are still open (the reader first, so a blocked write ends in EPIPE). */
  close(): void;
}

/** Makes a FIFO with mkfifo and opens both ends: the reader first (non-blocking), so neither open waits. */
export function openFifo(dir: string, name: string, opts: { nonBlockingWriter?: boolean } = {}): Fifo {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(path, constants.O_WRONLY | (opts.nonBlockingWriter ? constants.O_NONBLOCK : 0));
  let readerOpen = true;
  let writerOpen = true;
  const closeReader = () => {
    if (readerOpen) closeSync(reader);
    readerOpen = false;
  };
  return {
    path,
    reader,
    writer,
    closeReader,
    close() {
      closeReader();
      if (writerOpen) {
        try {
          closeSync(writer);
        } catch {
          // a stream made on it has closed it already
        }
      }
      writerOpen = false;
    },
  };
}

/** Whatever the pipe holds now, without waiting (empty when nothing is there). */
export function readAvailable(fd: number): Buffer {
  const parts: Buffer[] = [];
  const buf = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
      throw error;
    }
    if (n === 0) break;
    parts.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(parts);
}

/** Reads until `bytes` have come (or `timeoutMs` passes), a little at a time like a slow reader. */
export async function readBytes(fd: number, bytes: number, opts: { timeoutMs?: number; pauseMs?: number } = {}): Promise<Buffer> {
  const parts: Buffer[] = [];
  let got = 0;
  const until = Date.now() + (opts.timeoutMs ?? 10_000);
  while (got < bytes && Date.now() < until) {
    const part = readAvailable(fd);
    parts.push(part);
    got += part.length;
    if (got < bytes) await sleep(opts.pauseMs ?? 1);
  }
  return Buffer.concat(parts);
}
