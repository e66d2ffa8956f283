import { describe, it, expect, afterEach } from 'vitest';
import { Chalk } from 'chalk';
import { estimateFor, realData } from '../helpers/data.js';
import { SCENARIO_FIELDS } from '../../src/core/scenario-fields.js';
import { setLanguage } from '../../src/core/lang.js';
import { fieldLabels } from '../../src/commands/field-labels.js';
import { answerGroups } from '../../src/render/report-parts.js';
import { renderTable } from '../../src/render/table.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderHtml, escapeHtml } from '../../src/render/html.js';

const META = { preparedOn: '2026-11-28', tool: { name: 'ketamine-cost', version: '9.9.9' } };
const plain = new Chalk({ level: 0 });
const data = realData();

/** A scenario that gives every field, so every group is shown in full. */
const EVERYTHING = {
  technique: 'outpatient',
  quote: '650',
  months: 6,
  boosters: 2,
  travel: 'domestic',
  travelers: 2,
  nights: 10,
  insurance: 'in-network',
  coinsurance: 20,
  copay: 40,
  deductible: 1500,
  deductibleMet: 250,
  oopMax: 6000,
  oopMet: 400,
  covered: ['treatment', 'visits'],
  hsaFsa: 1200,
  agi: 60000,
  otherMedical: 800,
  taxRate: 22,
  financeMonths: 24,
  apr: 27,
  saveMonths: 6,
  workDays: 12,
  dailyIncome: 180,
  companionWorkDays: 4,
  companionDailyIncome: 150,
  trips: 3,
  extras: ['labs', 'psych-eval'],
  rideMiles: 20,
  filing: 'joint',
  otherItemized: 5000,
};

afterEach(() => setLanguage('en'));

describe.each(['en', 'es'] as const)('the answers an estimate assumes (%s)', (lang) => {
  it('lists every field of the one table with its label, in the table, Markdown and HTML', () => {
    setLanguage(lang);
    const est = estimateFor(EVERYTHING);
    const L = fieldLabels();
    const outputs = {
      table: renderTable(est, data, plain, 80),
      markdown: renderMarkdown(est, data, META),
      html: renderHtml([{ name: 'x', est }], data, META),
    };
    for (const f of SCENARIO_FIELDS) {
      if ('derived' in f) continue;
      const label = L.fields[f.name];
      expect(label, f.name).toBeTruthy();
      for (const [name, out] of Object.entries(outputs)) expect(out, `${name}: ${f.name}`).toContain(name === 'html' ? escapeHtml(label) : label);
    }
  });

  it('gives each answer its normalised value, so "Your plan pays" can be checked from the page', () => {
    setLanguage(lang);
    const est = estimateFor(EVERYTHING);
    const L = fieldLabels();
    const rows = new Map(answerGroups(est, data).flatMap((g) => g.rows.map((r) => [r.label, r.value] as const)));
    const $ = lang === 'es' ? 'US$' : '$';
    expect(rows.get(L.fields.coinsurance)).toBe('20%');
    expect(rows.get(L.fields.copay)).toBe(`${$}40`);
    expect(rows.get(L.fields.deductible)).toBe(`${$}1,500`);
    expect(rows.get(L.fields.deductibleMet)).toBe(`${$}250`);
    expect(rows.get(L.fields.oopMax)).toBe(`${$}6,000`);
    expect(rows.get(L.fields.oopMet)).toBe(`${$}400`);
    expect(rows.get(L.fields.covered)).toBe(`${L.values.treatment}, ${L.values.visits}`);
    expect(rows.get(L.fields.quote)).toBe(`${$}650 ${L.perInfusionDay}`);
    expect(rows.get(L.fields.sessions)).toMatch(/^\d+(-\d+)?$/);
    expect(rows.get(L.fields.months)).toBe('6');
    expect(rows.get(L.fields.insurance)).toBe(L.values['in-network']);
    expect(rows.get(L.fields.promoMonths)).toBe(L.notGiven);
    // The price basis and its month come first.
    expect(answerGroups(est, data)[0]!.rows[0]!.value).toMatch(lang === 'es' ? /^en dólares de mayo de 2026 \(CPI-U\)/ : /^in May 2026 dollars \(CPI-U\)/);
  });

  it('says self-pay in one row, and each group where nothing was given in one row', () => {
    setLanguage(lang);
    const est = estimateFor({ technique: 'low-dose-inpatient' });
    const groups = answerGroups(est, data);
    const L = fieldLabels();
    expect(groups.map((g) => g.name)).toEqual(Object.values(L.groups));
    const insurance = groups.find((g) => g.name === L.groups.insurance)!;
    expect(insurance.rows).toEqual([{ label: L.fields.insurance, value: L.values['insurance:none'] }]);
    for (const g of groups.slice(2)) expect(g.rows).toEqual([{ label: g.name, value: L.notGiven }]);
    // A course has no sessions or quote: not listed as "not given".
    const plan = groups[0]!.rows.map((r) => r.label);
    expect(plan).not.toContain(L.fields.sessions);
    expect(plan).not.toContain(L.fields.quote);
  });

  it('carries the day it was prepared, the tool and data versions, and blanks to fill in, in Markdown', () => {
    setLanguage(lang);
    const md = renderMarkdown(estimateFor({ technique: 'coma' }), data, META);
    expect(md).toContain(
      lang === 'es'
        ? `_Preparado el 2026-11-28 con ketamine-cost 9.9.9, datos ${data.dataVersion}._`
        : `_Prepared on 2026-11-28 with ketamine-cost 9.9.9, data ${data.dataVersion}._`,
    );
    const blank = '\\_'.repeat(24);
    for (const label of lang === 'es' ? ['Nombre de la clínica', 'Fecha de la cotización'] : ["Clinic's name", 'Date of the quote'])
      expect(md).toContain(`${label}: ${blank}`);
    expect(md).toContain(`## ${lang === 'es' ? 'Notas' : 'Notes'}\n\n${blank}`);
  });

  it('lists each assumed figure with the years it describes', () => {
    setLanguage(lang);
    const out = renderTable(estimateFor({ technique: 'coma' }), data, plain, 100);
    // "* Post-treatment visits (about 2023-2025): ..."
    expect(out).toMatch(/^\* [^\n(]+ \((about |aprox\. )?\d{4}(-\d{4})?\): /m);
  });
});
