import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { main } from '../../src/cli.js';
import { CsvReader, type CsvRecord } from '../../src/batch/csv-reader.js';
import { fakeIo } from '../helpers/fake-io.js';

async function batch(input: string, lang = 'en') {
  const io = fakeIo();
  (io.stdin as unknown as { end(s: string): void }).end(input);
  const code = await main(['batch', '--input', 'csv', '--lang', lang], io);
  return { code, stdout: io.out(), stderr: io.err(), rows: io.out().split('\r\n').filter(Boolean).slice(1) };
}

function read(pieces: string[], max = 1024 * 1024): CsvRecord[] {
  const reader = new CsvReader(max);
  const out: CsvRecord[] = [];
  for (const p of pieces) reader.push(p, out);
  reader.end(out);
  return out;
}

describe('a stray quote in CSV batch input costs its own row only (item 2)', () => {
  it.each([
    [
      'en',
      /^ketamine-cost: line 2: the quote at column 3 opens a cell that is not closed on this line \(write "" for a quote inside a cell\); the lines after it are read as rows of their own$/m,
      /^ketamine-cost: 1 of 6 rows failed; the 5 others were written$/m,
    ],
    [
      'es',
      /^ketamine-cost: línea 2: las comillas de la columna 3 abren una celda que no se cierra en esta línea/m,
      /^ketamine-cost: 1 de 6 filas falló; las otras 5 sí se escribieron$/m,
    ],
  ])('in a short file, names the quote and its line, prices every other row and counts them all (%s)', async (lang, problem, summary) => {
    const r = await batch(['id,technique', 'a,"coma', 'b,coma', 'c,coma', 'd,outpatient', 'e,coma', 'f,coma', ''].join('\n'), lang);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(problem);
    expect(r.stderr).toMatch(summary);
    expect(r.rows.map((l) => l.split(',')[0])).toEqual(['b', 'c', 'd', 'e', 'f']);
  });

  it('in a file far over 1 MB after the quote, loses no row and never says a line is too long', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `r${i},coma`);
    const r = await batch(['id,technique', 'bad,"coma', ...rows, ''].join('\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/longer than/);
    expect(r.stderr).toMatch(/^ketamine-cost: line 2: the quote at column 5 opens a cell that is not closed/m);
    expect(r.stderr).toMatch(/1 of 100001 rows failed; the 100000 others were written/);
    expect(r.rows).toHaveLength(100_000);
    expect(r.rows[99_999]).toMatch(/^r99999,coma,/);
  }, 60_000);

  it('a quote closed by a later stray quote costs only its own line and that one', async () => {
    const r = await batch(['id,technique', 'a,"coma', 'b,coma', 'c,co"ma', 'd,coma', ''].join('\n'));
    expect(r.stderr).toMatch(/^ketamine-cost: line 2: the quote at column 3/m);
    expect(r.stderr).toMatch(/^ketamine-cost: line 4: a quote inside a cell/m);
    expect(r.rows.map((l) => l.split(',')[0])).toEqual(['b', 'd']);
  });

  it('names the lines of a quoted cell that runs over several and then fails', async () => {
    const r = await batch(['id,technique', 'a,"coma', 'b,coma"', 'c,coma', ''].join('\n'));
    expect(r.stderr).toMatch(/^ketamine-cost: lines 2-3 \(id a\): technique: must be one of/m);
    expect((await batch(['id,technique', 'a,"coma', 'b,coma"', ''].join('\n'), 'es')).stderr).toMatch(/^ketamine-cost: líneas 2 a 3 \(id a\)/m);
    expect(r.rows.map((l) => l.split(',')[0])).toEqual(['c']);
  });

  it('accounts for every line: each is one record or within a well-quoted one, however the text is cut (property)', () => {
    const line = fc.oneof(fc.constant('x,y'), fc.constant('x,"y'), fc.constant('"x",y'), fc.constant('x,"y""z"'), fc.constant('x,"y"z'));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }), (lines, at) => {
        const text = `${lines.join('\n')}\n`;
        const points = [...new Set(at.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
        const records = read(pieces);
        // No line here holds a well-closed quote over a break, so each line is exactly one record.
        expect(records.map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
        records.forEach((r, i) => {
          expect('cells' in r, `line ${i + 1}: ${lines[i]}`).toBe(lines[i] === 'x,y' || lines[i] === '"x",y' || lines[i] === 'x,"y""z"');
        });
        expect(read([text])).toEqual(records);
      }),
      { seed: 20261204, numRuns: 1500 },
    );
  });
});
