import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'esbuild';
import { openStdout } from '../../src/edge/stdout.js';
import { OutputError } from '../../src/errors.js';
import { openFifo, readAvailable, readBytes, type Fifo } from '../helpers/fifo.js';

// The standard-output writer on real descriptors: files, a folder and FIFOs made here, in a temp
// dir of this test's own. Node's stream (the fallback) is asked for only where it must be.

const dir = mkdtempSync(join(tmpdir(), 'kc-stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Gone = NodeJS.ErrnoException[];
const noStream = () => {
  throw new Error('Node stream made where the writer should do without it');
};
/** Text of every size class: ASCII, 2, 3 and 4 byte UTF-8. */
const MIXED = 'row,ñ,€,😀\n';

describe('openStdout to a regular file', () => {
  let n = 0;
  const file = () => join(dir, `out-${++n}.txt`);

  it('writes every byte of text and bytes, in order, without Node stream', () => {
    const path = file();
    const fd = openSync(path, 'w');
    try {
      const out = openStdout(fd, noStream, noStream);
      expect(out.write('first ')).toBe(true);
      expect(out.write(Buffer.from(MIXED))).toBe(true);
      expect(out.write('')).toBe(true);
      expect(out.write(MIXED.repeat(100_000))).toBe(true); // ~1.7 MB in one write
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, 'utf8')).toBe(`first ${MIXED}${MIXED.repeat(100_000)}`);
  });

  it('appends where the descriptor is, as a shell redirection would leave it', () => {
    const path = file();
    const fd = openSync(path, 'w');
    try {
      const out = openStdout(fd, noStream, noStream);
      out.write('a');
      out.write('b');
    } finally {
      closeSync(fd);
    }
    const fd2 = openSync(path, 'a');
    try {
      openStdout(fd2, noStream, noStream).write('c');
    } finally {
      closeSync(fd2);
    }
    expect(readFileSync(path, 'utf8')).toBe('abc');
  });

  it('throws an OutputError, one line naming the cause, when the descriptor is a folder', () => {
    const fd = openSync(dir, 'r');
    try {
      const out = openStdout(fd, noStream, noStream);
      expect(() => out.write('lost?')).toThrow(OutputError);
      expect(() => out.write('lost?')).toThrow(/^cannot write the output: E(ISDIR|BADF)\b[^\n]*$/);
    } finally {
      closeSync(fd);
    }
  });

  it('throws an OutputError when the descriptor is read-only', () => {
    const path = file();
    closeSync(openSync(path, 'w'));
    const fd = openSync(path, 'r');
    try {
      expect(() => openStdout(fd, noStream, noStream).write('x')).toThrow(/^cannot write the output: EBADF/);
    } finally {
      closeSync(fd);
    }
  });

  // A file size limit (ulimit -f) makes the kernel take part of a write, then refuse the rest
  // (EFBIG): the writer must carry on after the part and then fail, not exit 0 with the output
  // cut. setrlimit is not in Node, so a child under `ulimit -f` runs the writer, bundled here.
  describe('past a file size limit (a partial write, then EFBIG)', () => {
    let script = '';
    beforeAll(async () => {
      const entry = join(dir, 'limit-entry.ts');
      const source = fileURLToPath(new URL('../../src/edge/stdout.ts', import.meta.url));
      writeFileSync(
        entry,
        `import { openStdout } from ${JSON.stringify(source)};
const out = openStdout(1, () => { throw new Error('Node stream made'); }, () => {});
try {
  out.write(Buffer.alloc(Number(process.argv[2]), 120));
  process.stderr.write('written without an error\\n');
} catch (error) {
  process.stderr.write(\`\${(error as Error).name}: \${(error as Error).message}\\n\`);
  process.exitCode = 3;
}
`,
      );
      script = join(dir, 'limit.cjs');
      await build({ entryPoints: [entry], outfile: script, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
    });

    const runLimited = (bytes: number, out: string) =>
      // ulimit -f counts 1024-byte blocks in bash: 64 is 64 KiB.
      spawnSync('bash', ['-c', `ulimit -f 64 && exec "${process.execPath}" "${script}" ${bytes} > "${out}"`], { encoding: 'utf8', timeout: 15_000 });

    it('writes up to the limit, then fails with one line and a non-zero exit', () => {
      const out = file();
      const r = runLimited(200 * 1024, out);
      expect(r.stderr).toMatch(/^OutputError: cannot write the output: EFBIG\b/);
      expect(r.status).toBe(3);
      expect(statSync(out).size).toBe(64 * 1024);
    });

    it('writes everything when the output fits under the limit', () => {
      const out = file();
      const r = runLimited(60 * 1024, out);
      expect(r.stderr).toBe('written without an error\n');
      expect(r.status).toBe(0);
      expect(statSync(out).size).toBe(60 * 1024);
    });
  });
});

describe('openStdout to a pipe (a FIFO)', () => {
  let fifo: Fifo;
  let n = 0;
  const fresh = (opts?: { nonBlockingWriter?: boolean }) => (fifo = openFifo(dir, `fifo-${++n}`, opts));
  afterEach(() => fifo?.close());

  it('gives the reader every byte, in order, without Node stream', async () => {
    const { reader, writer } = fresh();
    const gone: Gone = [];
    const out = openStdout(writer, noStream, (e) => gone.push(e));
    const expected = `head ${MIXED}${'x'.repeat(300_000)}${MIXED}tail`;
    out.write('head ');
    out.write(Buffer.from(MIXED));
    out.write('x'.repeat(300_000)); // more than the pipe holds: the writer waits for the reader
    out.write(MIXED);
    out.write('tail');
    const got = await readBytes(reader, Buffer.byteLength(expected));
    expect(got.toString('utf8')).toBe(expected);
    expect(gone).toEqual([]);
  });

  it('says wait (false) once 1 MB is waiting, and drains only when the reader has taken it all', async () => {
    const { reader, writer } = fresh();
    const out = openStdout(writer, noStream, noStream) as ReturnType<typeof openStdout> & { once(e: 'drain', fn: () => void): void };
    expect(out.write(Buffer.alloc(512 * 1024, 97))).toBe(true);
    expect(out.write(Buffer.alloc(600 * 1024, 98))).toBe(false);
    let drained = false;
    out.once('drain', () => (drained = true));
    await sleep(50);
    expect(drained).toBe(false); // nobody has read: at most 64 KB can have left
    const got = await readBytes(reader, 1112 * 1024);
    expect(got.length).toBe(1112 * 1024);
    expect(got.subarray(0, 512 * 1024).every((b) => b === 97)).toBe(true);
    expect(got.subarray(512 * 1024).every((b) => b === 98)).toBe(true);
    for (let i = 0; i < 2000 && !drained; i++) await sleep(5);
    expect(drained).toBe(true);
  });

  it("calls a 'drain' listener at once when nothing is waiting", () => {
    const { writer } = fresh();
    const out = openStdout(writer, noStream, noStream) as ReturnType<typeof openStdout> & { once(e: 'drain', fn: () => void): void };
    let drained = false;
    out.once('drain', () => (drained = true));
    expect(drained).toBe(true);
  });

  it('reports a closed reader (EPIPE) to onGone, without throwing from write', async () => {
    const { writer } = fresh();
    fifo.closeReader();
    const gone: Gone = [];
    const out = openStdout(writer, noStream, (e) => gone.push(e));
    expect(() => out.write('nobody reads this\n')).not.toThrow();
    for (let i = 0; i < 2000 && gone.length === 0; i++) await sleep(5);
    expect(gone.map((e) => e.code)).toEqual(['EPIPE']);
  });

  it('reports EPIPE when the reader goes away while a write waits for it', async () => {
    const { reader, writer } = fresh();
    const gone: Gone = [];
    const out = openStdout(writer, noStream, (e) => gone.push(e));
    out.write(Buffer.alloc(256 * 1024, 99)); // blocks in the thread pool once 64 KB are in the pipe
    await sleep(50);
    // The reader takes 1 KB, once, and goes: most of the write is still waiting.
    const first = Buffer.alloc(1024);
    expect(readSync(reader, first, 0, first.length, null)).toBe(1024);
    expect(first.every((b) => b === 99)).toBe(true);
    await sleep(20);
    expect(gone).toEqual([]);
    fifo.closeReader();
    for (let i = 0; i < 2000 && gone.length === 0; i++) await sleep(5);
    expect(gone.map((e) => e.code)).toEqual(['EPIPE']);
  });

  // A pipe left non-blocking by whoever shares it: the kernel takes what fits (a partial write),
  // then refuses with EAGAIN; the rest must go through Node's stream, after the part, in order.
  it('after a partial write and EAGAIN, sends the rest through Node stream, in order', async () => {
    const { reader, writer } = fresh({ nonBlockingWriter: true });
    let made = 0;
    let stream: Socket | undefined;
    const makeStream = () => {
      made++;
      stream = new Socket({ fd: writer, readable: false, writable: true });
      return stream as unknown as NodeJS.WriteStream;
    };
    const gone: Gone = [];
    const out = openStdout(writer, makeStream, (e) => gone.push(e));
    const big = Buffer.alloc(300 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    out.write(big);
    for (let i = 0; i < 2000 && made === 0; i++) await sleep(5);
    expect(made).toBe(1);
    // Nothing read yet: the pipe holds what the partial write put in it, no more.
    const inPipe = readAvailable(reader);
    expect(inPipe.length).toBeGreaterThan(0);
    expect(inPipe.length).toBeLessThan(big.length);
    out.write('and the end');
    const rest = await readBytes(reader, big.length + 11 - inPipe.length);
    expect(Buffer.concat([inPipe, rest]).equals(Buffer.concat([big, Buffer.from('and the end')]))).toBe(true);
    expect(made).toBe(1);
    expect(gone).toEqual([]);
    stream?.destroy();
  });
});

describe('openStdout to what it cannot tell', () => {
  it('leaves a descriptor it cannot look at to Node stream', () => {
    let made = 0;
    const stream = { write: () => true } as unknown as NodeJS.WriteStream;
    const out = openStdout(
      987_654,
      () => {
        made++;
        return stream;
      },
      noStream,
    );
    expect(out).toBe(stream);
    expect(made).toBe(1);
  });

  it('takes a device that is not a terminal (/dev/null, opened read-only here) as a file, not Node stream', () => {
    const fd = openSync('/dev/null', constants.O_RDONLY);
    try {
      const out = openStdout(fd, noStream, noStream);
      expect(typeof out.write).toBe('function');
    } finally {
      closeSync(fd);
    }
  });
});
