import { describe, it, expect, afterAll, afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChunkedWriter, writeOut } from '../../src/edge/out-stream.js';
import { openStdout } from '../../src/edge/stdout.js';
import type { OutStream } from '../../src/edge/io.js';
import { openFifo, readAvailable, readBytes, type Fifo } from '../helpers/fifo.js';

const dir = mkdtempSync(join(tmpdir(), 'kc-out-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const noStream = () => {
  throw new Error('Node stream not expected');
};

/** A writer that keeps each chunk it is given as it is (no copy), as a stream may until it has written it. */
function keeping(answer: () => boolean = () => true) {
  const chunks: (string | Uint8Array)[] = [];
  const out: OutStream = {
    write(chunk) {
      chunks.push(chunk);
      return answer();
    },
  };
  const bytes = () => Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
  return { out, chunks, bytes, text: () => bytes().toString('utf8') };
}

/** A real Writable whose writes finish only when released: it asks to wait past `highWaterMark` bytes. */
function heldWritable(highWaterMark: number) {
  const pending: (() => void)[] = [];
  const got: Buffer[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, done) {
      got.push(chunk);
      pending.push(done);
    },
  });
  const release = () => {
    for (const done of pending.splice(0)) done();
  };
  return { stream, release, got };
}

/** Whether a promise has settled by the time pending callbacks and timers have run. */
async function settled(p: Promise<unknown>, ms = 20): Promise<boolean> {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  await sleep(ms);
  return done;
}

describe('writeOut', () => {
  it('writes nothing at all for empty text', async () => {
    const k = keeping();
    await writeOut(k.out, '');
    expect(k.chunks).toEqual([]);
  });

  it('writes the text once and returns when the stream takes it', async () => {
    const k = keeping();
    await writeOut(k.out, 'one ñ €\n');
    expect(k.chunks).toEqual(['one ñ €\n']);
  });

  it("waits for 'drain' when the stream asks to, and not before", async () => {
    const w = heldWritable(8);
    const p = writeOut(w.stream, 'more than eight bytes');
    expect(await settled(p)).toBe(false);
    w.release();
    expect(await settled(p)).toBe(true);
    expect(Buffer.concat(w.got).toString()).toBe('more than eight bytes');
  });

  it('does not wait forever on a writer that asks to wait but has no events', async () => {
    const k = keeping(() => false);
    expect(await settled(writeOut(k.out, 'x'))).toBe(true);
  });

  describe('to a real FIFO through the stdout writer', () => {
    let fifo: Fifo;
    afterEach(() => fifo?.close());

    it('returns only once a slow reader has taken the text', async () => {
      fifo = openFifo(dir, 'write-out');
      const out = openStdout(fifo.writer, noStream, noStream);
      const text = 'ab€\n'.repeat(400_000); // 2.4 MB: more than the writer holds before it asks to wait
      const p = writeOut(out, text);
      expect(await settled(p, 50)).toBe(false);
      const got = await readBytes(fifo.reader, Buffer.byteLength(text));
      expect(got.toString('utf8')).toBe(text);
      await expect(p).resolves.toBeUndefined();
    });
  });
});

describe('ChunkedWriter', () => {
  it('gathers small texts into few writes of at most the chunk size, in order', async () => {
    const k = keeping();
    const w = new ChunkedWriter(k.out);
    const rows = Array.from({ length: 10_000 }, (_, i) => `${i},row ${i}\n`);
    for (const row of rows) w.add(row);
    await w.flush();
    expect(k.text()).toBe(rows.join(''));
    expect(k.chunks.length).toBeGreaterThan(1);
    expect(k.chunks.length).toBeLessThan(10);
    for (const c of k.chunks) expect((c as Uint8Array).length).toBeLessThanOrEqual(64 * 1024);
  });

  it('writes nothing until a chunk fills or it is flushed, and nothing for an empty flush', async () => {
    const k = keeping();
    const w = new ChunkedWriter(k.out);
    w.add('a');
    w.add('b');
    expect(k.chunks).toEqual([]);
    await w.flush();
    expect(k.text()).toBe('ab');
    await w.flush();
    expect(k.chunks).toHaveLength(1);
  });

  it('never cuts a character between writes: every write is whole UTF-8 on its own', async () => {
    const k = keeping();
    const w = new ChunkedWriter(k.out, 64);
    const texts = ['€', '😀', 'ñ', 'a', '€€€', '😀😀'];
    let all = '';
    for (let i = 0; i < 500; i++) {
      const t = texts[i % texts.length]!;
      w.add(t);
      all += t;
    }
    await w.flush();
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const c of k.chunks) expect(() => strict.decode(c as Uint8Array)).not.toThrow();
    expect(k.text()).toBe(all);
  });

  it('sends a text larger than a chunk on its own, after what was gathered', async () => {
    const k = keeping();
    const w = new ChunkedWriter(k.out, 16);
    w.add('small');
    w.add('x'.repeat(40));
    w.add('after');
    await w.flush();
    expect(k.chunks.map((c) => Buffer.from(c as Uint8Array).toString())).toEqual(['small', 'x'.repeat(40), 'after']);
  });

  it('adds bytes written straight into the chunk, and a value larger than a chunk on its own', async () => {
    const k = keeping();
    const w = new ChunkedWriter(k.out, 32);
    const put = (s: string, bytes: Buffer, at: number) => at + bytes.write(s, at);
    w.add('<');
    w.addWith('cells', 5, put);
    w.addWith('y'.repeat(50), 50, put);
    w.addWith('€', 3, put);
    w.add('>');
    await w.flush();
    expect(k.text()).toBe(`<cells${'y'.repeat(50)}€>`);
    expect(k.chunks).toHaveLength(3);
  });

  it('hands each write its own bytes, so reusing the chunk never changes what a stream still holds', async () => {
    const k = keeping();
    const w = new ChunkedWriter(k.out, 16);
    for (const row of ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd']) w.add(row);
    await w.flush();
    expect(k.chunks.map((c) => Buffer.from(c as Uint8Array).toString())).toEqual(['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd']);
  });

  it('drain() waits only when the stream asked, and then until it drains', async () => {
    // A real stream with room to spare: it never asks, so it would never send 'drain' either.
    const roomy = heldWritable(1024);
    const w1 = new ChunkedWriter(roomy.stream, 16);
    w1.add('x'.repeat(20));
    expect(await settled(w1.drain())).toBe(true);

    const held = heldWritable(8);
    const w2 = new ChunkedWriter(held.stream, 16);
    w2.add('y'.repeat(20)); // larger than a chunk: written at once, and the stream asks to wait
    const p = w2.drain();
    expect(await settled(p)).toBe(false);
    held.release();
    expect(await settled(p)).toBe(true);
    expect(Buffer.concat(held.got).toString()).toBe('y'.repeat(20));
  });

  it('flush() writes what is gathered and waits for the stream', async () => {
    const held = heldWritable(4);
    const w = new ChunkedWriter(held.stream, 1024);
    w.add('gathered text');
    const p = w.flush();
    expect(await settled(p)).toBe(false);
    held.release();
    expect(await settled(p)).toBe(true);
    expect(Buffer.concat(held.got).toString()).toBe('gathered text');
  });

  describe('to a real FIFO through the stdout writer', () => {
    let fifo: Fifo;
    afterEach(() => fifo?.close());

    it('keeps a batch waiting for a reader that does not read, and gives it every row once it does', async () => {
      fifo = openFifo(dir, 'chunked');
      const out = openStdout(fifo.writer, noStream, noStream);
      const w = new ChunkedWriter(out);
      const rows = Array.from({ length: 40_000 }, (_, i) => `${i},técnica,${'9'.repeat(40)}\r\n`);
      const expected = Buffer.from(rows.join(''));
      // As the batch does: rows in, drain() now and then; the reader has not started.
      const writing = (async () => {
        for (let i = 0; i < rows.length; i++) {
          w.add(rows[i]!);
          if (i % 500 === 499) await w.drain();
        }
        await w.flush();
      })();
      expect(await settled(writing, 100)).toBe(false);
      // Held up by the reader: the pipe holds what fits in it (64 KB here), the rest waits.
      const early = readAvailable(fifo.reader);
      expect(early.length).toBeGreaterThan(0);
      expect(early.length).toBeLessThan(expected.length / 2);
      const rest = await readBytes(fifo.reader, expected.length - early.length);
      expect(Buffer.concat([early, rest]).equals(expected)).toBe(true);
      await expect(writing).resolves.toBeUndefined();
    });
  });
});
