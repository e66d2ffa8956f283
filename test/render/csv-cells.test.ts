import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { csvRecord, csvRecordInto, csvRecordMaxBytes, textCell } from '../../src/render/csv-cells.js';

const SEED = Number(process.env.FC_SEED ?? 20261127);
// Characters that matter to a spreadsheet or to CSV, and the ones the shortcut lets through.
const unit = fc.constantFrom(
  'a',
  'Z',
  '0',
  '9',
  '_',
  '.',
  ':',
  '/',
  ' ',
  '-',
  '=',
  '+',
  '@',
  '\t',
  '\r',
  '\n',
  '"',
  ',',
  "'",
  '\u0000',
  '\u001b',
  '\u0085',
  '\u202e',
  'é',
  '€',
  '😀',
  '\ud800',
);

describe('CSV text cells', () => {
  it('copy plain words at once, exactly as the whole rule would write them (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (s) => {
        expect(Buffer.from(csvRecord([s]))).toEqual(Buffer.from(`${textCell(s)}\r\n`));
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  it('defuse formulas, quote what needs it and escape control characters', () => {
    expect(textCell('low-dose-inpatient')).toBe('low-dose-inpatient');
    expect(textCell('2026-05')).toBe('2026-05');
    expect(textCell('-5')).toBe("'-5");
    expect(textCell(' =1+1')).toBe("' =1+1");
    expect(textCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(textCell('a,b')).toBe('"a,b"');
    expect(textCell('say "hi"')).toBe('"say ""hi"""');
    expect(textCell('line\nbreak')).toBe('"line\nbreak"');
    expect(textCell('bell\u0007')).toBe('bell\\u0007');
    expect(csvRecord(['id 1', 2.5, null, '=cmd'])).toBe("id 1,2.5,,'=cmd\r\n");
  });

  it('write a record as bytes exactly as the cells joined as text, within the room they ask for (property)', () => {
    // The rule written plainly: the expected text is built here, not by the code under test.
    const joined = (cells: (string | number | null)[]) =>
      `${cells.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : textCell(c))).join(',')}\r\n`;
    const number = fc.oneof(
      fc.integer({ min: 0, max: 2 ** 31 + 10 }),
      fc.integer({ min: -1000, max: 1000 }),
      fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
      fc.double(),
      fc.constantFrom(-0, 0, 9, 10, 99, 100, 2 ** 31 - 1, 2 ** 31, 1e15, 1e21, 123456789.01),
    );
    const cell = fc.oneof(fc.string({ unit, maxLength: 12 }), number, fc.constant(null));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 45 }), fc.nat(20), (cells, at) => {
        const max = csvRecordMaxBytes(cells);
        const bytes = Buffer.alloc(at + max + 4, 0xff);
        const end = csvRecordInto(cells, bytes, at);
        const expected = Buffer.from(joined(cells));
        expect(bytes.subarray(at, end)).toEqual(expected);
        expect(end - at).toBeLessThanOrEqual(max);
        expect([...bytes.subarray(end)].every((b) => b === 0xff)).toBe(true);
        // As text, a lone surrogate comes back as U+FFFD: the same bytes UTF-8 output always had.
        expect(Buffer.from(csvRecord(cells))).toEqual(expected);
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });
});
