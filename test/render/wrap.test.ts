import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Chalk } from 'chalk';
import { wrap } from '../../src/render/wrap.js';
import { textWidth } from '../../src/render/text-width.js';
import { boxTable } from '../../src/render/box-table.js';
import { renderTable } from '../../src/render/table.js';
import { estimateFor, realData } from '../helpers/data.js';
import { setLanguage } from '../../src/core/lang.js';

const lines = (s: string) => s.split('\n');

describe('wrap', () => {
  it('breaks only between words, never inside an amount', () => {
    const text = 'Todavía no lo sé: el rango publicado completo (de US$14,139 a US$88,712)';
    for (let width = 20; width <= 80; width++) {
      const out = wrap(text, width, '  ');
      for (const l of lines(out)) expect(textWidth(l)).toBeLessThanOrEqual(width);
      expect(out.split(/\s+/).filter(Boolean)).toEqual(text.split(' '));
      expect(out).toContain('US$88,712)');
    }
  });

  it('counts wide characters as two columns and marks that combine as none', () => {
    expect(textWidth('低剂量氯胺酮')).toBe(12);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('\u001b[1mbold\u001b[22m')).toBe(4);
    const out = wrap('氯胺酮 输注 费用 估算 氯胺酮 输注 费用 估算', 12);
    for (const l of lines(out)) expect(textWidth(l)).toBeLessThanOrEqual(12);
    expect(lines(out)[0]).toBe('氯胺酮 输注');
  });

  it('keeps words joined by a no-break space together', () => {
    expect(wrap('Low:\u00a0$10,200 High:\u00a0$37,400', 14)).toBe('Low:\u00a0$10,200\nHigh:\u00a0$37,400');
  });

  it('cuts a word longer than a whole line rather than draw past the width', () => {
    const out = wrap(`see https://example.org/${'a'.repeat(60)} now`, 30, '  ');
    for (const l of lines(out)) expect(textWidth(l)).toBeLessThanOrEqual(30);
  });

  it('fits every line to the width and keeps every word in order, whatever the words (property)', () => {
    const word = fc.oneof(fc.stringMatching(/^[a-záéíóúñ$,.0-9]{1,14}$/), fc.constantFrom('US$88,712', '$14,139–$88,712', '氯胺酮', '输注费用', 'para'));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 16, max: 100 }),
        fc.constantFrom('', '  ', '    '),
        (words, width, indent) => {
          const text = words.join(' ');
          const out = wrap(text, width, indent);
          for (const l of lines(out)) expect(textWidth(l)).toBeLessThanOrEqual(width);
          // No word shorter than the line was split.
          const got = out.split(/\s+/).filter(Boolean);
          if (words.every((w) => textWidth(w) <= width - indent.length)) expect(got).toEqual(words);
        },
      ),
    );
  });
});

describe('tables in a narrow terminal', () => {
  const rows = [
    ['Outpatient infusion series: infusion days [1,2]', '17', '$10,200', '-', '$37,400'],
    ['Total', '', '$10,480', '-', '$38,115'],
  ];
  const opts = { head: ['Item', 'Qty', 'Low', 'Typical', 'High'], aligns: ['left', 'right', 'right', 'right', 'right'] as const };

  it('stack below 70 columns: each row, then its cells named by their column, nothing past the width', () => {
    for (const width of [60, 65, 69]) {
      const out = boxTable(rows, { ...opts, width });
      expect(out).not.toContain('┌');
      for (const l of lines(out)) expect(textWidth(l)).toBeLessThanOrEqual(width);
      expect(out).toContain('Low: $10,200');
      expect(out).toContain('High: $37,400');
      expect(out).not.toMatch(/Qty: ·|Qty: $/m);
    }
  });

  it('are boxed from 70 columns when they fit', () => {
    const out = boxTable(rows, { ...opts, width: 80 });
    expect(out).toMatch(/^┌/);
    for (const l of lines(out)) expect(textWidth(l)).toBeLessThanOrEqual(80);
  });

  it('give a whole estimate that fits 60 and 80 columns, in English and Spanish, with wide characters in a label', () => {
    for (const lang of ['en', 'es'] as const) {
      setLanguage(lang);
      const data = realData();
      data.techniques.outpatient.label = '门诊氯胺酮输注系列（每日）';
      const est = estimateFor({ technique: 'outpatient', insurance: 'in-network', coinsurance: 20, deductible: 1000, financeMonths: 12, apr: 20 }, data);
      for (const width of [60, 70, 80]) {
        const out = renderTable(est, data, new Chalk({ level: 0 }), width, { timeline: true });
        for (const l of lines(out)) expect(textWidth(l), l).toBeLessThanOrEqual(width);
        expect(out.includes('┌'), `${lang} at ${width}`).toBe(width >= 70);
      }
    }
    setLanguage('en');
  });
});
