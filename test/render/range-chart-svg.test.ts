import { describe, it, expect } from 'vitest';
import type { ChartBar } from '../../src/render/range-chart.js';
import { rangeChartSvg } from '../../src/render/range-chart-svg.js';

const twoBars: ChartBar[] = [
  { label: 'Low-dose inpatient', low: 10000_00, typical: 25000_00, high: 50000_00, openHigh: true },
  { label: 'Outpatient', low: 3000_00, typical: null, high: 10000_00 },
];
const opts = { title: 'Estimated cost by option', description: 'Low-dose inpatient $10,000 to $50,000 or more; outpatient $3,000 to $10,000.' };

function bars(svg: string): Array<{ x: number; width: number; low: number; high: number }> {
  return [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-low="(\d+)" data-high="(\d+)"/g)].map((m) => ({
    x: Number(m[1]),
    width: Number(m[2]),
    low: Number(m[3]),
    high: Number(m[4]),
  }));
}

describe('rangeChartSvg', () => {
  it('returns nothing for no bars', () => {
    expect(rangeChartSvg([], opts)).toBe('');
  });

  it('draws bar widths in proportion to high − low on an axis from $0', () => {
    const svg = rangeChartSvg(twoBars, opts);
    const [a, b] = bars(svg);
    expect(a).toMatchObject({ low: 10000_00, high: 50000_00 });
    expect(b).toMatchObject({ low: 3000_00, high: 10000_00 });
    expect(a!.width / b!.width).toBeCloseTo(40000 / 7000, 2);
    // $0 is where x(low) − low × scale lands for both bars.
    const scale = a!.width / 40000;
    const zeroA = a!.x - 10000 * scale;
    const zeroB = b!.x - 3000 * scale;
    expect(zeroA).toBeCloseTo(zeroB, 1);
    expect(b!.x + b!.width - zeroA).toBeCloseTo((a!.x + a!.width - zeroA) / 5, 1);
  });

  it('is labelled by its own title and description, scales to the page and gives the numbers as text', () => {
    const svg = rangeChartSvg(twoBars, opts);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toMatch(/<svg [^>]*width="100%"/);
    expect(svg).toMatch(/<svg [^>]*viewBox="0 0 \d+ \d+"/);
    const ids = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
    expect(ids).toHaveLength(2);
    expect(svg).toContain(`<title id="${ids[0]}">Estimated cost by option</title>`);
    expect(svg).toContain(`<desc id="${ids[1]}">Low-dose inpatient $10,000 to $50,000 or more; outpatient $3,000 to $10,000.</desc>`);
    expect(svg).toContain('<title>Low-dose inpatient: $10,000 to $50,000 or more, typical $25,000</title>');
    expect(svg).toContain('<title>Outpatient: $3,000 to $10,000</title>');
    expect(svg.match(/class="typical"/g)).toHaveLength(1);
    expect(svg.match(/class="open-high"/g)).toHaveLength(1);
    for (const tick of ['$0', '$10k', '$20k', '$30k', '$40k', '$50k']) expect(svg).toContain(`>${tick}</text>`);
  });

  it('has no script and no external reference', () => {
    const svg = rangeChartSvg(twoBars, opts);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/xlink|href|@import|url\(|<image|<foreignObject/i);
    expect(svg.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/http/i);
  });

  it('escapes labels, title and description, and drops control characters', () => {
    const evil = `<script>alert("x")</script> & 'Co'\u0000\u001b[31m\u0085`;
    const svg = rangeChartSvg([{ label: evil, low: 0, typical: 50_00, high: 100_00 }], { title: evil, description: evil });
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;[31m');
    expect(svg).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;[31m: $0 to $100, typical $50</title>');
  });

  it('draws a zero-width range so it can be seen', () => {
    const [bar] = bars(rangeChartSvg([{ label: 'Fixed', low: 500_00, typical: null, high: 500_00 }], opts));
    expect(bar!.width).toBeGreaterThan(0);
    expect(bar).toMatchObject({ low: 500_00, high: 500_00 });
  });
});
