import { describe, it, expect } from 'vitest';
import { fixtureData, readJson } from '../helpers/data.js';
import { estimate } from '../../src/core/estimate.js';
import type { CostData } from '../../src/core/data-schema.js';
import { escapeHtml, renderHtml } from '../../src/render/html.js';
import { renderEstimate } from '../../src/render/by-format.js';

const data = fixtureData();
const noExtras = { preVisits: 0, postVisits: 0 };
const est = (input: Record<string, unknown>, d: CostData = data) => {
  const r = readJson(input, d);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return estimate(r.normalised.scenario, d, r.normalised.notes);
};
const course = () => est({ technique: 'low-dose-inpatient', ...noExtras });
const outpatient = () => est({ technique: 'outpatient', sessions: 10, ...noExtras });

const SCRIPT = '<script>alert(1)</script>';
const META = { preparedOn: '2026-11-28', tool: { name: 'ketamine-cost', version: '9.9.9' } };

/** The fixture data with markup in every kind of text a report shows. */
function hostileData(): CostData {
  const d = structuredClone(data);
  const t = d.techniques['low-dose-inpatient'];
  t.label = `${SCRIPT} & "quoted" 'single'`;
  t.summary = `<b onmouseover="x()">summary</b>`;
  t.warnings = [`warning ${SCRIPT}`];
  d.sources[0]!.title = `<a href="http://example.invalid">source</a>`;
  d.checklist[0]!.question = `question ${SCRIPT}`;
  d.checklist[0]!.why = `why <img src=x onerror=alert(1)>`;
  return d;
}

describe('renderHtml', () => {
  it('escapes & < > " and \' and drops controls and direction overrides', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u0007c\u202ed\u2066e\ud800f')).toBe('abcdef');
    expect(escapeHtml('tab\tline\nend')).toBe('tab\tline\nend');
  });

  it('escapes every text from the data and the report names', () => {
    const d = hostileData();
    const html = renderHtml([{ name: `name ${SCRIPT}`, est: est({ technique: 'low-dose-inpatient' }, d) }], d, META);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b ');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39; [1]');
    expect(html).toContain('name &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('warning &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('question &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('why &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;a href=&quot;http://example.invalid&quot;&gt;source&lt;/a&gt;');
  });

  it('is a complete document in the given language, with no script and nothing from the network', () => {
    for (const html of [
      renderHtml([{ name: 'Course', est: course() }], data, META),
      renderHtml([{ name: 'Course', est: course() }], data, META, { lang: 'en-GB' }),
    ]) {
      expect(html).toMatch(
        /^<!doctype html>\n<html lang="en(-GB)?">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Ketamine infusion cost estimate, in May 2026 dollars<\/title>\n<style>/,
      );
      expect(html).toMatch(/<\/html>\n$/);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(/i);
      // The only http is the SVG namespace.
      expect([...html.matchAll(/https?:[^\s"')]*/g)].map((m) => m[0])).toEqual(['http://www.w3.org/2000/svg']);
      expect(html.match(/http/gi)).toEqual(['http']);
    }
    expect(renderHtml([{ name: 'Course', est: course() }], data, META, { lang: 'en-GB' })).toContain('<html lang="en-GB">');
    expect(renderHtml([{ name: 'Course', est: course() }], data, META, { lang: '"><script>' })).toContain('<html lang="&quot;&gt;&lt;script&gt;">');
  });

  it('gives one estimate: title, prices, plan, a captioned table with header cells, total, chart, checklist, sources, footer', () => {
    const html = renderHtml([{ name: 'Course', est: course() }], data, META);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Ketamine infusion cost estimate, in May 2026 dollars</h1>');
    expect(html).toMatch(/<dt>Prices<\/dt><dd>in May 2026 dollars \([^)]+\), from sources of [^<]+<\/dd>/);
    // What the report says about itself, and blanks to fill in by hand.
    expect(html).toContain('<p class="muted">Prepared on 2026-11-28 with ketamine-cost 9.9.9, data 2000.1.0.</p>');
    for (const blank of ["Clinic's name", 'Date of the quote', 'Notes'])
      expect(html).toMatch(new RegExp(`<span class="blank-label">${blank.replace("'", '&#39;')}:</span> <span class="blank-line"></span>`));
    expect(html).toMatch(/<caption id="r1-caption">[^<]+<\/caption>/);
    expect(html).toContain('<th scope="col">Item</th><th scope="col" class="num">Qty</th>');
    expect(html).toContain(
      '<tr><th scope="row">5-day low-dose inpatient infusion [1]</th><td class="num" data-label="Qty">1</td><td class="num" data-label="Low">$10,000</td><td class="num" data-label="Typical">$20,000</td><td class="num" data-label="High">$40,000</td></tr>',
    );
    expect(html).toContain('<tr class="total"><th scope="row">Total</th>');
    expect(html).toContain('<p class="total-line">Estimated total: $10,000–$40,000, typically about $20,000.</p>');
    expect(html.match(/<rect class="bar"/g)).toHaveLength(1);
    expect(html).toContain('data-low="1000000" data-high="4000000"');
    expect(html).toContain(
      '<figcaption>Chart of the estimated total, on a dollar scale from $0. Course: $10,000–$40,000, typically about $20,000.</figcaption>',
    );
    const boxes = html.match(/<input type="checkbox" id="([^"]+)"/g) ?? [];
    expect(boxes.length).toBe(est({ technique: 'low-dose-inpatient', ...noExtras }).checklist.length);
    for (const id of [...html.matchAll(/<input type="checkbox" id="([^"]+)"/g)].map((m) => m[1])) expect(html).toContain(`<label for="${id}">`);
    expect(html).toContain('<li value="1">Source A. Publisher A. Figures: 2026.</li>');
    expect(html).toContain(
      '<footer><p>Data 2000.1.0, effective 2026-06-01, amounts in USD. This is information for planning, not medical, financial or tax advice.</p></footer>',
    );
  });

  it('compares several options: a table of totals and categories, one chart with a bar each, then each option', () => {
    const html = renderHtml(
      [
        { name: 'Course', est: course() },
        { name: 'Outpatient', est: outpatient() },
      ],
      data,
      META,
    );
    expect(html).toContain('<h1>Ketamine infusion cost estimate, in May 2026 dollars: 2 options compared</h1>');
    expect(html).toContain('<h2 id="comparison">Comparison</h2>');
    expect(html).toContain(
      '<tr><th scope="row">Course</th><td class="range" data-label="Total">$10,000–$40,000</td><td class="range" data-label="Typical total">$20,000</td><td class="range" data-label="Treatment">$10,000–$40,000</td></tr>',
    );
    expect(html).toContain(
      '<tr><th scope="row">Outpatient</th><td class="range" data-label="Total">$5,000–$10,000</td><td class="range" data-label="Typical total">-</td><td class="range" data-label="Treatment">$5,000–$10,000</td></tr>',
    );
    expect(html.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toContain('<h2 id="r1">Course</h2>');
    expect(html).toContain('<h2 id="r2">Outpatient</h2>');
    expect(html).toContain('<h3 id="r2-costs">Costs</h3>');
    expect(html).toContain('<caption id="r2-caption">Cost of each item for Outpatient, in dollars: low, typical and high</caption>');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the html format of the estimate command, named by the technique label', async () => {
    const html = await renderEstimate('html', course(), data, { colour: 0, width: 80, tool: { name: 'ketamine-cost', version: '0.0.0' }, meta: META });
    expect(html).toBe(renderHtml([{ name: '5-day low-dose inpatient infusion', est: course() }], data, META));
  });
});

describe('renderHtml with your share and paying', () => {
  it('adds a your-share table and paying lines when the estimate has them', () => {
    const e = est({ technique: 'low-dose-inpatient', insurance: 'in-network', coinsurance: 20, financeMonths: 12, apr: 10 });
    const html = renderHtml([{ name: 'Course', est: e }], data, META);
    expect(html).toContain('<h2 id="r1-share">Your share</h2>');
    expect(html).toMatch(
      /<caption class="sr-only" id="r1-share-caption">Your share<\/caption>\n<tbody>\n<tr><th scope="row">Your plan pays<\/th><td class="range">\$[\d,]+/,
    );
    expect(html).toContain('<h2 id="r1-paying">Paying for it</h2>');
    expect(html).toMatch(/<li>Borrowing what is left to find over 12 months at 10% APR: /);
    expect(renderHtml([{ name: 'Course', est: course() }], data, META)).not.toContain('Your share');
  });
});
