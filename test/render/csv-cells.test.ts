import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { csvRecord, safeTextCell, textCell } from '../../src/render/csv-cells.js';

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
);

describe('CSV text cells', () => {
  it('let plain words through at once, exactly as the whole rule would (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (s) => {
        expect(textCell(s)).toBe(safeTextCell(s));
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
});
