import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CsvReader, RecordTooLong, type CsvRecord } from '../../src/batch/csv-reader.js';

const SEED = Number(process.env.FC_SEED ?? 20261127);

/** Reads text pushed in the given pieces. */
function read(pieces: string[], max = 1_000_000): CsvRecord[] {
  const reader = new CsvReader(max);
  const out: CsvRecord[] = [];
  for (const p of pieces) reader.push(p, out);
  reader.end(out);
  return out;
}

/** Cuts text at the given fractions. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

const cellText = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', ',', '"', '\n', '\r', '1', '-'), maxLength: 8 });
const encode = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

describe('CsvReader', () => {
  it('reads back any records written by RFC 4180, whatever the line ends and however the text is cut (property)', () => {
    fc.assert(
      fc.property(
        // A record of one empty cell is an empty line, which is no record: give each record some text.
        fc.array(
          fc.array(cellText, { minLength: 1, maxLength: 5 }).filter((r) => r.join('') !== ''),
          { maxLength: 8 },
        ),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (records, eol, at) => {
          const text = records.map((r) => r.map(encode).join(',')).join(eol) + (records.length > 0 ? eol : '');
          const got = read(cut(text, at));
          expect(got.map((r) => ('cells' in r ? r.cells : r.error))).toEqual(records);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('gives the same records and errors however any text is cut (property)', () => {
    const anyText = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', 'x y'), maxLength: 60 });
    fc.assert(
      fc.property(anyText, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (text, at) => {
        expect(read(cut(text, at))).toEqual(read([text]));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('numbers records by the line they start on, and names a malformed one', () => {
    expect(read(['a,"b\nc"\r\nd,e\n\nf"g\nh'])).toEqual([
      { line: 1, cells: ['a', 'b\nc'] },
      { line: 3, cells: ['d', 'e'] },
      { line: 5, error: expect.stringMatching(/quote/) },
      { line: 6, cells: ['h'] },
    ]);
    expect(read(['"a"b\n"open'])).toEqual([
      { line: 1, error: expect.stringMatching(/quote/) },
      { line: 2, error: expect.stringMatching(/quote/) },
    ]);
  });

  it('refuses a record longer than the limit, wherever the text is cut', () => {
    expect(() => read(['ab', 'cdef,g'], 5)).toThrow(RecordTooLong);
    expect(() => read(['"abc', 'def"'], 5)).toThrow(RecordTooLong);
    expect(read(['abcd\nabcd\n'], 5)).toHaveLength(2);
  });
});
