import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { boxTable } from '../../src/render/box-table.js';
import { textWidth } from '../../src/render/text-width.js';

// The boxed tables are drawn by cli-table3; the layout (widths, wrapping, the ellipsis, stacking)
// is the tool's, and the library is given the tool's text width. These hold the drawing to what
// the tool drew itself before 0.5.x.
const lines = (s: string) => s.split('\n');
const rows = [
  ['Outpatient infusion series: infusion days', '20-21', '$12,000'],
  ['Total', '', '$12,279'],
];
const opts = { head: ['Item', 'Qty', 'Low'], aligns: ['left', 'right', 'right'] as const };

describe('boxTable (drawn by cli-table3)', () => {
  it('draws the same borders, padding and alignment as before', () => {
    expect(boxTable(rows, opts)).toBe(
      [
        '┌───────────────────────────────────────────┬───────┬─────────┐',
        '│ Item                                      │   Qty │     Low │',
        '├───────────────────────────────────────────┼───────┼─────────┤',
        '│ Outpatient infusion series: infusion days │ 20-21 │ $12,000 │',
        '├───────────────────────────────────────────┼───────┼─────────┤',
        '│ Total                                     │       │ $12,279 │',
        '└───────────────────────────────────────────┴───────┴─────────┘',
      ].join('\n'),
    );
  });

  it('draws ASCII borders, and the cells in ASCII, for --ascii and TERM=dumb', () => {
    const out = boxTable([['Sesión de infusión — día', '1', '$150']], { ...opts, ascii: true });
    expect(out).toBe(
      [
        '+--------------------------+-----+------+',
        '| Item                     | Qty |  Low |',
        '+--------------------------+-----+------+',
        '| Sesion de infusion - dia |   1 | $150 |',
        '+--------------------------+-----+------+',
      ].join('\n'),
    );
  });

  it('adds no colour of its own: the header and borders are plain unless styled, and styles reach only the cells', () => {
    const plain = boxTable(rows, opts);
    expect(plain).not.toContain('\u001b');
    const styled = boxTable(rows, { ...opts, headStyle: (s) => (s ? `\u001b[1m${s}\u001b[22m` : s), lastStyle: (s) => (s ? `\u001b[32m${s}\u001b[39m` : s) });
    expect(styled.replace(/\u001b\[\d+m/g, '')).toBe(plain);
    expect(lines(styled)[1]).toContain('\u001b[1mItem\u001b[22m');
    expect(lines(styled)[5]).toContain('\u001b[32m$12,279\u001b[39m');
    for (const l of lines(styled)) expect(l).toMatch(/^[┌│├└]/);
  });

  it('keeps a word too long for its column inside the borders, and a cell that can only be cut is cut there', () => {
    const out = boxTable([['Supercalifragilisticexpialidocious', '1', '$1']], { ...opts, widths: [16, 5, 5] });
    expect(lines(out).slice(3, 6)).toEqual(['│ Supercalifragi │   1 │  $1 │', '│ listicexpialid │     │     │', '│ ocious         │     │     │']);
    for (const ascii of [false, true]) {
      const narrow = boxTable([['東京の病院', '1', '$1']], { ...opts, widths: [3, 5, 5], ascii });
      expect(new Set(lines(narrow).map(textWidth))).toEqual(new Set([17]));
    }
  });

  it('measures in terminal columns: wide (CJK, Hangul, emoji) and zero-width characters keep every row as wide as its borders, and nothing is cut that fits', () => {
    const word = fc.constantFrom('東京の病院', '한국어', 'ｶﾀｶﾅ', '👩\u200d👩\u200d👧', '⚠️', '👍🏽', 'e\u0301', 'ÁÉÍ', '$12,000', 'Item', '¿Cuánto?', '—');
    const cell = fc.array(word, { maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (cols, body, ascii) => {
          const cut = body.map((r) => r.slice(0, cols));
          const head = Array.from({ length: cols }, (_, c) => `Col ${c}`);
          const out = boxTable(cut, { head, aligns: head.map((_, c) => (c ? 'right' : 'left')), ascii });
          const drawn = lines(out);
          expect(new Set(drawn.map(textWidth)).size).toBe(1);
          // Each column as wide as its widest cell, so no cell is cut.
          expect(out).not.toContain(ascii ? '...' : '…');
        },
      ),
    );
  });
});
