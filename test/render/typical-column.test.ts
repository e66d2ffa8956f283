import { describe, it, expect } from 'vitest';
import { Chalk } from 'chalk';
import { fixtureData, readJson } from '../helpers/data.js';
import { estimate } from '../../src/core/estimate.js';
import { renderTable } from '../../src/render/table.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderHtml } from '../../src/render/html.js';
import { shareRows } from '../../src/render/report-parts.js';

const data = fixtureData();
const META = { preparedOn: '2026-12-04', tool: { name: 'ketamine-cost', version: '0.0.0' } };
const plain = new Chalk({ level: 0 });
const est = (input: Record<string, unknown>) => {
  const r = readJson(input, data);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return estimate(r.normalised.scenario, data, r.normalised.notes);
};
// Fixture: outpatient $500-$1,000 a day with no typical value; the low-dose course has a typical $20,000.
const noTypical = () => est({ technique: 'outpatient', sessions: 4, preVisits: 0, postVisits: 0 });
const someTypical = () => est({ technique: 'low-dose-inpatient', preVisits: 1, postVisits: 0 });

describe('the Typical column', () => {
  it('is left out of the table, Markdown and HTML when no line has a typical value', () => {
    const e = noTypical();
    const table = renderTable(e, data, plain);
    expect(table).toMatch(/│ Item\s+│\s+Qty │\s+Low │\s+High │/);
    expect(table).not.toContain('Typical');
    expect(renderMarkdown(e, data, META)).toContain('| Item | Qty | Low | High |\n|---|--:|--:|--:|\n');
    expect(renderMarkdown(e, data, META)).toMatch(/\| \*\*Total\*\* \| \| \*\*\$2,000\*\* \| \*\*\$4,000\*\* \|/);
    const html = renderHtml([{ name: 'x', est: e }], data, META);
    expect(html).not.toMatch(/<th scope="col" class="num">Typical<\/th>/);
  });

  it('stays where one line has a typical value, blank (-) on the others', () => {
    const e = someTypical();
    expect(renderTable(e, data, plain)).toMatch(/│ Item\s+│\s+Qty │\s+Low │\s+Typical │\s+High │/);
    expect(renderMarkdown(e, data, META)).toContain('| Item | Qty | Low | Typical | High |');
    expect(renderHtml([{ name: 'x', est: e }], data, META)).toContain('<th scope="col" class="num">Typical</th>');
  });

  it("shows no insurer's typical share where the patient's cannot be shown", () => {
    // Covered treatment has a typical value ($20,000) but the visit has none: the total has none, so no share row shows one.
    const e = est({ technique: 'low-dose-inpatient', preVisits: 1, postVisits: 0, insurance: 'in-network', covered: ['treatment'], coinsurance: 20 });
    expect(e.yourShare.insurer.typical).not.toBeNull();
    expect(e.yourShare.patient.typical).toBeNull();
    for (const r of shareRows(e)) expect(r.amount).not.toMatch(/\(\$/);
  });
});
