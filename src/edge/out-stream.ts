import type { OutStream } from './io.js';

/** Writes to a stream and waits for it to drain when it asks, so a slow reader keeps memory flat. */
export async function writeOut(out: OutStream, text: string): Promise<void> {
  if (text === '') return;
  const ok = out.write(text);
  const stream = out as OutStream & { once?: (event: string, fn: () => void) => void };
  if (ok === false && typeof stream.once === 'function') await new Promise<void>((r) => stream.once!('drain', r));
}

/** Gathers small writes into larger chunks: one write call per 64 KB instead of one per row. */
export class ChunkedWriter {
  private buffer = '';
  constructor(
    private readonly out: OutStream,
    private readonly size = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.size) await this.flush();
  }

  /** Adds text without waiting; call flushIfFull() now and then. */
  add(text: string): void {
    this.buffer += text;
  }

  /** Writes the gathered text once it is large enough, waiting for the stream to drain. */
  async flushIfFull(): Promise<void> {
    if (this.buffer.length >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    const text = this.buffer;
    this.buffer = '';
    await writeOut(this.out, text);
  }
}
