import type { OutStream } from './io.js';

/** Writes to a stream and waits for it to drain when it asks, so a slow reader keeps memory flat. */
export async function writeOut(out: OutStream, text: string): Promise<void> {
  if (text === '') return;
  if (out.write(text) === false) await drained(out);
}

/** Resolves on the stream's next 'drain' (at once for a writer that has no events). */
function drained(out: OutStream): Promise<void> {
  const stream = out as OutStream & { once?: (event: 'drain', fn: () => void) => void };
  return typeof stream.once === 'function' ? new Promise<void>((r) => stream.once!('drain', r)) : Promise.resolve();
}

/**
 * Gathers small writes into larger chunks: one write call per 64 KB instead of one per row. Each
 * text is encoded into the chunk as it is added, so the text of many rows never piles up in memory
 * (the garbage collector would copy it again and again); a chunk holds whole texts only, so it
 * never splits a character. A stream that asks to wait is waited for in drain().
 */
export class ChunkedWriter {
  private chunk: Buffer;
  private used = 0;
  private mustWait = false;
  constructor(
    private readonly out: OutStream,
    private readonly size = 64 * 1024,
  ) {
    this.chunk = Buffer.allocUnsafe(size);
  }

  /** Adds text, writing the chunk out when the text would not fit; call drain() now and then. */
  add(text: string): void {
    // UTF-8 takes at most 3 bytes for each UTF-16 unit.
    if (this.used + text.length * 3 > this.size) {
      this.writeChunk();
      if (text.length * 3 > this.size) {
        this.send(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.chunk.write(text, this.used);
  }

  /**
   * Adds what `write` puts into the chunk for `value`, straight as bytes: `write` writes at most
   * `maxBytes` of them from `at` and returns where it stopped.
   */
  addWith<T>(value: T, maxBytes: number, write: (value: T, bytes: Buffer, at: number) => number): void {
    if (this.used + maxBytes > this.size) {
      this.writeChunk();
      if (maxBytes > this.size) {
        const bytes = Buffer.allocUnsafe(maxBytes);
        this.send(bytes.subarray(0, write(value, bytes, 0)));
        return;
      }
    }
    this.used = write(value, this.chunk, this.used);
  }

  /** Waits until the stream has taken what was written, when it asked for that. */
  async drain(): Promise<void> {
    if (!this.mustWait) return;
    this.mustWait = false;
    await drained(this.out);
  }

  /** Writes whatever is gathered and waits for the stream. */
  async flush(): Promise<void> {
    this.writeChunk();
    await this.drain();
  }

  private writeChunk(): void {
    if (this.used === 0) return;
    // A copy: a stream may keep the bytes until it has written them, and the chunk is reused.
    this.send(Buffer.from(this.chunk.subarray(0, this.used)));
    this.used = 0;
  }

  private send(bytes: Buffer): void {
    if (this.out.write(bytes) === false) this.mustWait = true;
  }
}
