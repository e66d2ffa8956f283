import { describe, it, expect, afterAll } from 'vitest';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { LineReader, LineTooLong } from '../../src/batch/line-reader.js';

type Line = { line: number; text: string };

/** Feeds the chunks to a reader, then ends it; returns every line it gave. */
function read(chunks: string[], maxChars = 1000): Line[] {
  const reader = new LineReader(maxChars);
  const out: Line[] = [];
  for (const chunk of chunks) reader.push(chunk, out);
  reader.end(out);
  return out;
}

const texts = (lines: Line[]) => lines.map((l) => l.text);

/** The lines of a whole text, the plain way: split on LF, no line after a final LF, a CR dropped at the end of each. */
function splitPlainly(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts.at(-1) === '') parts.pop();
  return parts.map((p) => p.replace(/\r$/, ''));
}

describe('LineReader', () => {
  it('splits on LF and on CR LF, numbering lines from 1', () => {
    expect(read(['a\nb\r\nc\n'])).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
      { line: 3, text: 'c' },
    ]);
  });

  it('keeps a CR that is not at the end of a line, and empty lines with their numbers', () => {
    expect(read(['a\rb\n\n\r\nc\n'])).toEqual([
      { line: 1, text: 'a\rb' },
      { line: 2, text: '' },
      { line: 3, text: '' },
      { line: 4, text: 'c' },
    ]);
  });

  it('joins a line split across chunks, CR and LF in different chunks included', () => {
    expect(texts(read(['ab', 'c\r', '\nd', 'e', '\n']))).toEqual(['abc', 'de']);
    expect(texts(read(['x', '', '', 'y\n']))).toEqual(['xy']);
  });

  it('gives a line only once its LF has come', () => {
    const reader = new LineReader(100);
    const out: Line[] = [];
    reader.push('first', out);
    expect(out).toEqual([]);
    reader.push(' line\nsec', out);
    expect(out).toEqual([{ line: 1, text: 'first line' }]);
  });

  it('gives the last line at the end when the input has no final line break, without a trailing CR', () => {
    expect(texts(read(['a\nlast']))).toEqual(['a', 'last']);
    expect(texts(read(['a\nlast\r']))).toEqual(['a', 'last']);
    expect(read(['a\n'])).toEqual([{ line: 1, text: 'a' }]);
    expect(read([])).toEqual([]);
    expect(read([''])).toEqual([]);
  });

  it('forgets the rest after end, so a second end adds nothing', () => {
    const reader = new LineReader(10);
    const out: Line[] = [];
    reader.push('tail', out);
    reader.end(out);
    reader.end(out);
    expect(out).toEqual([{ line: 1, text: 'tail' }]);
  });

  it('says which line it is reading', () => {
    const reader = new LineReader(10);
    const out: Line[] = [];
    expect(reader.current).toBe(1);
    reader.push('a\nb\nc', out);
    expect(reader.current).toBe(3);
    reader.end(out);
    expect(reader.current).toBe(4);
  });

  describe('a line longer than the limit', () => {
    it('takes a line of exactly the limit, its CR not counted', () => {
      expect(texts(read(['12345\n', '12345\r\n'], 5))).toEqual(['12345', '12345']);
    });

    it('throws LineTooLong with the number of the long line', () => {
      expect(() => read(['ok\n123456\n'], 5)).toThrow(LineTooLong);
      try {
        read(['ok\n', 'fine\n123456\n'], 5);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(LineTooLong);
        expect((error as LineTooLong).line).toBe(3);
        expect((error as Error).message).toBe('line 3 is too long');
      }
    });

    it('throws before the line ends, so an endless line never fills memory', () => {
      const reader = new LineReader(8);
      const out: Line[] = [];
      reader.push('a\nbbbb', out);
      reader.push('bbbb', out);
      let caught: unknown;
      try {
        reader.push('b', out);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(LineTooLong);
      expect((caught as LineTooLong).line).toBe(2);
      expect(out).toEqual([{ line: 1, text: 'a' }]);
    });

    it('throws on one long chunk with no line break at all', () => {
      const reader = new LineReader(1000);
      expect(() => reader.push('x'.repeat(1001), [])).toThrow(/line 1 is too long/);
    });
  });

  it('gives the same lines however the text is cut into chunks', () => {
    const alphabet = fc.constantFrom('a', 'é', '😀', '\n', '\r', '\r\n', ',', '"', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 8 }), (pieces, cuts) => {
        const text = pieces.join('');
        const at = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
        const lines = read(chunks, 1000);
        expect(texts(lines)).toEqual(splitPlainly(text));
        expect(lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 1));
      }),
      { seed: 22, numRuns: 300 },
    );
  });

  describe('reading a real file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-line-reader-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads a file streamed in small chunks, multi-byte characters cut across them', async () => {
      const lines = Array.from({ length: 200 }, (_, i) => `${i},técnica ${'😀'.repeat(i % 7)},"a, b"`);
      const file = join(dir, 'rows.csv');
      writeFileSync(file, `${lines.join('\r\n')}\r\n`);
      const reader = new LineReader(1000);
      const out: Line[] = [];
      // 7 bytes a chunk: most chunks end inside a character, the decoder must carry it over.
      for await (const chunk of createReadStream(file, { highWaterMark: 7, encoding: 'utf8' })) reader.push(chunk as string, out);
      reader.end(out);
      expect(texts(out)).toEqual(lines);
      expect(out.at(-1)?.line).toBe(200);
    });

    it('stops a file with an overlong line at that line', async () => {
      const file = join(dir, 'long.ndjson');
      writeFileSync(file, `{"a":1}\n{"b":"${'x'.repeat(5000)}"}\n{"c":3}\n`);
      const reader = new LineReader(4096);
      const out: Line[] = [];
      const reading = (async () => {
        for await (const chunk of createReadStream(file, { highWaterMark: 1024, encoding: 'utf8' })) reader.push(chunk as string, out);
      })();
      await expect(reading).rejects.toMatchObject({ line: 2 });
      expect(texts(out)).toEqual(['{"a":1}']);
    });
  });
});
