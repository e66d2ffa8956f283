import { describe, it, expect } from 'vitest';
import { axisLabel, niceTicks, rangeChart, type ChartBar } from '../../src/render/range-chart.js';

const twoBars: ChartBar[] = [
  { label: 'Low-dose inpatient', low: 10000_00, typical: 25000_00, high: 50000_00 },
  { label: 'Outpatient', low: 3000_00, typical: 6000_00, high: 10000_00 },
];

const longLabels: ChartBar[] = [
  { label: 'A very long option name that goes on and on past any sensible label column', low: 0, typical: 100_00, high: 1234_56, openHigh: true },
  { label: 'Another quite long label, with words', low: 500_00, typical: null, high: 500_00 },
  { label: 'Short', low: 99_00, typical: 300_00, high: 999_99 },
];

/** Columns of the first and last drawn bar characters (cap, fill, typical or arrow) on a line. */
function barEnds(line: string, ascii: boolean): [number, number] {
  const drawn = ascii ? /[[\]=T>|]/ : /[├┤━┃▶]/;
  const cols = [...line].map((ch, i) => (drawn.test(ch) ? i : -1)).filter((i) => i >= 0);
  return [cols[0]!, cols[cols.length - 1]!];
}

function axisStart(chart: string, ascii: boolean): number {
  const axis = chart.split('\n')[2]!;
  return axis.indexOf(ascii ? '+' : '┬');
}

describe('niceTicks', () => {
  it('gives round ticks from $0 covering the maximum', () => {
    expect(niceTicks(50000_00)).toEqual([0, 10000_00, 20000_00, 30000_00, 40000_00, 50000_00]);
    expect(niceTicks(10000_00)).toEqual([0, 2000_00, 4000_00, 6000_00, 8000_00, 10000_00]);
    expect(niceTicks(12000_00)).toEqual([0, 2500_00, 5000_00, 7500_00, 10000_00, 12500_00]);
  });

  it.each([1, 100, 101, 999, 1234, 3000_00, 49999_99, 50000_01, 73210_55, 1_250_000_00, 987_654_321_00])(
    'uses a 1, 2, 2.5 or 5 × 10^k step and 3 to 6 ticks for %i cents',
    (max) => {
      const ticks = niceTicks(max);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks[0]).toBe(0);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      const step = ticks[1]!;
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 2.5, 5]).toContain(mantissa);
      ticks.forEach((t, i) => {
        expect(t).toBe(i * step);
      });
    },
  );

  it('labels ticks compactly', () => {
    expect([0, 500_00, 1500_00, 20000_00, 1_200_000_00, 20].map(axisLabel)).toEqual(['$0', '$500', '$1.5k', '$20k', '$1.2M', '$0.20']);
  });
});

describe('rangeChart', () => {
  it('returns nothing for no bars', () => {
    expect(rangeChart([], { width: 80, ascii: false })).toBe('');
  });

  it.each([false, true])('draws bars on one axis from $0, so $3,000–$10,000 ends at a fifth of $10,000–$50,000 (ascii %s)', (ascii) => {
    const chart = rangeChart(twoBars, { width: 80, ascii });
    const [a, b] = chart.split('\n');
    const zero = axisStart(chart, ascii);
    const [aLow, aHigh] = barEnds(a!, ascii);
    const [bLow, bHigh] = barEnds(b!, ascii);
    expect((bHigh - zero) / (aHigh - zero)).toBeCloseTo(0.2, 1);
    expect(Math.abs(bHigh - zero - (aHigh - zero) / 5)).toBeLessThanOrEqual(1);
    // Drawn length is proportional to high − low, within one column.
    const perDollar = (aHigh - zero) / 50000;
    expect(Math.abs(aHigh - aLow - 40000 * perDollar)).toBeLessThanOrEqual(1);
    expect(Math.abs(bHigh - bLow - 7000 * perDollar)).toBeLessThanOrEqual(1);
    expect(Math.abs(aLow - zero - 10000 * perDollar)).toBeLessThanOrEqual(1);
  });

  it.each([false, true])('marks typical between the ends of the bar (ascii %s)', (ascii) => {
    const lines = rangeChart(twoBars, { width: 80, ascii }).split('\n');
    for (const line of lines.slice(0, 2)) {
      const [low, high] = barEnds(line, ascii);
      const mark = line.indexOf(ascii ? 'T' : '┃');
      expect(mark).toBeGreaterThan(low);
      expect(mark).toBeLessThan(high);
    }
  });

  it('puts the typical mark at its place on the axis', () => {
    const chart = rangeChart(twoBars, { width: 80, ascii: true });
    const zero = axisStart(chart, true);
    const [, high] = barEnds(chart.split('\n')[0]!, true);
    const mark = chart.split('\n')[0]!.indexOf('T');
    expect(Math.abs(mark - zero - ((high - zero) * 25000) / 50000)).toBeLessThanOrEqual(1);
  });

  it('shows an arrow at the right end of an open-ended bar', () => {
    const bars = [{ ...twoBars[0]!, openHigh: true }, twoBars[1]!];
    const unicode = rangeChart(bars, { width: 80, ascii: false }).split('\n');
    const ascii = rangeChart(bars, { width: 80, ascii: true }).split('\n');
    expect(unicode[0]!.trimEnd().endsWith('▶')).toBe(true);
    expect(ascii[0]!.trimEnd().endsWith('>')).toBe(true);
    expect(unicode[1]).not.toContain('▶');
    expect(ascii[1]).not.toContain('>');
  });

  it('draws one mark for a zero-width range', () => {
    const chart = rangeChart([{ label: 'Fixed', low: 2000_00, typical: 2000_00, high: 2000_00 }, twoBars[0]!], { width: 80, ascii: true });
    const first = chart.split('\n')[0]!;
    expect(first.match(/[[\]=T>|]/g)).toEqual(['|']);
  });

  it.each([60, 80, 100])('keeps every line within %i columns, with long labels too', (width) => {
    for (const bars of [twoBars, longLabels, [...twoBars, ...longLabels]])
      for (const ascii of [false, true]) {
        const chart = rangeChart(bars, { width, ascii });
        const lines = chart.split('\n');
        expect(lines).toHaveLength(bars.length + 2);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      }
  });

  it('cuts long labels to about a third of the width with an ellipsis', () => {
    const lines = rangeChart(longLabels, { width: 60, ascii: false }).split('\n');
    expect(lines[0]!.startsWith('A very long option … ')).toBe(true);
    expect(rangeChart(longLabels, { width: 60, ascii: true }).split('\n')[0]!.startsWith('A very long optio... ')).toBe(true);
  });

  it('puts the axis labels under their ticks', () => {
    const chart = rangeChart(twoBars, { width: 80, ascii: true });
    const [, , axis, labels] = chart.split('\n');
    const ticks = [...axis!].map((ch, i) => (ch === '+' ? i : -1)).filter((i) => i >= 0);
    expect(ticks).toHaveLength(6);
    ['$0', '$10k', '$20k', '$30k', '$40k', '$50k'].forEach((text, i) => {
      const at = labels!.indexOf(text);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(Math.abs(at + Math.floor(text.length / 2) - ticks[i]!)).toBeLessThanOrEqual(1);
    });
  });

  it('writes only printable ASCII in ASCII mode', () => {
    const bars = [...twoBars, ...longLabels, { label: 'Ünïcödé “quotes” 🙂 \u0007\u009b', low: 1, typical: 2, high: 3, openHigh: true }];
    for (const width of [40, 60, 80, 100]) expect(rangeChart(bars, { width, ascii: true })).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('writes no escape codes and no control characters from labels', () => {
    const bars = [{ label: 'Evil \u001b[31mred\u001b[0m\u0007\u009b2J\u202e', low: 0, typical: null, high: 100_00 }];
    for (const ascii of [false, true]) {
      const chart = rangeChart(bars, { width: 80, ascii });
      expect(chart).not.toContain('\u001b');
      expect(chart).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(chart).toContain('Evil ?[31mred?[0m??2J?');
    }
  });
});
