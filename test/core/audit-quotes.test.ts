import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setLanguage } from '../../src/core/lang.js';
import type { AuditOptions, AuditResult } from '../../src/core/audit.js';
import { quoteCommand, quoteScenario } from '../../src/core/audit-estimate.js';
import { auditData, auditText, flagSet } from '../helpers/audit.js';

// Hand-written quotes as patients get them (test/fixtures/quotes), each with the flags and
// questions a careful reader would raise. Flags are written "kind@line", or "kind:id" for the
// whole quote; every case lists all its flags, so a new or lost flag fails the test.

const QUOTES = fileURLToPath(new URL('../fixtures/quotes/', import.meta.url));
const quote = (name: string) => readFileSync(`${QUOTES}${name}`, 'utf8');
const run = (name: string, opts: AuditOptions = {}) => auditText(quote(name), opts);
const dollars = (p: { low: number; high: number } | null) => (p === null ? null : [p.low / 100, p.high / 100]);
const questionFor = (r: AuditResult, kind: string, line: number | null = null) =>
  r.questions[r.flags.find((f) => f.kind === kind && (line === null || f.line === line))!.question - 1]!.question;

afterEach(() => setLanguage('en'));

const NOT_GFE = 'not-gfe';

describe('hand-written quotes give the expected flags and questions', () => {
  it("the issue's example: a booster priced per infusion with no count, adjunct drugs unmentioned, not a Good Faith Estimate", () => {
    const r = run('example.txt');
    expect(r.technique).toEqual({ id: 'outpatient', inferred: true, because: null });
    expect(r.items.filter((i) => i.kind === 'item').map((i) => i.category)).toEqual(['consult', 'infusion', 'labs', 'boosters']);
    expect(flagSet(r)).toEqual(['how-many-units@5', 'missing:outpatient-adjuncts', NOT_GFE]);
    expect(dollars(r.total)).toEqual([5470, 5470]);
    expect(dollars(r.sumOfItems)).toEqual([5470, 5470]);
    expect(r.difference).toBeNull();
    expect(r.questions[0]!.question).toBe(
      'The quote prices "Booster" at $650–$800 per infusion without saying how many. How many should I expect, and how often?',
    );
    expect(questionFor(r, NOT_GFE)).toContain('Good Faith Estimate in writing');
    expect(quoteCommand(quoteScenario(r, auditData()).fields)).toBe('ketamine-cost estimate --technique outpatient --quote 1000 --sessions 5');
  });

  it('a Good Faith Estimate laid out as its table: the arithmetic is $210 off, co-providers and three inpatient costs are missing', () => {
    const r = run('gfe-table.txt');
    expect(r.technique.id).toBe('low-dose-inpatient');
    expect(r.gfe).toEqual({ applies: true, isGfe: true, missing: ['co-providers'] });
    expect(flagSet(r)).toEqual([
      'arithmetic@11',
      'gfe-part:co-providers',
      'missing:inpatient-anaesthesia-monitoring',
      'missing:inpatient-labs',
      'missing:inpatient-physician',
    ]);
    const room = r.items.find((i) => i.line === 6)!;
    expect([room.category, room.quantity, room.per, room.codes]).toEqual(['facility', 5, 'day', ['0120']]);
    expect(r.items.find((i) => i.line === 9)!.codes).toEqual(['J3490']);
    expect(dollars(r.sumOfItems)).toEqual([20000, 20000]);
    expect(r.difference).toBe(21000);
    expect(questionFor(r, 'arithmetic')).toBe(
      'The items add up to $20,000, but the total says $20,210. Which is right, and what is the difference of $210 for?',
    );
    // The lines together are compared with the course: within it.
    expect(r.items.find((i) => i.kind === 'total')!.flags).toEqual([]);
  });

  it('un mensaje de texto en español: el paquete por infusión está en el rango de la depresión, y el anticipo no reembolsable se cita', () => {
    setLanguage('es');
    const r = run('mensaje-de-texto.txt');
    expect(flagSet(r)).toEqual([
      'depression-band@3',
      'missing:outpatient-adjuncts',
      'missing:outpatient-boosters',
      'missing:outpatient-labs',
      NOT_GFE,
      'terms:deposit@4',
      'terms:no-refunds@4',
    ]);
    const pack = r.items.find((i) => i.line === 3)!;
    expect(pack.covers).toEqual({ count: 6, unit: 'infusion' });
    expect(dollars(pack.compared)).toEqual([800, 800]);
    expect(questionFor(r, 'terms')).toBe(
      'La cotización dice: "Se aparta con $500 de anticipo, no reembolsable". ¿Se devuelve el depósito si no puedo empezar o continuar por razones médicas, y forma parte del total?',
    );
    expect(questionFor(r, 'depression-band')).toContain('¿Es el protocolo para el dolor (CRPS), y cuántas horas dura cada infusión?');
    expect(quoteCommand(quoteScenario(r, auditData()).fields)).toBe('ketamine-cost estimate --technique outpatient --quote 800 --sessions 6');
  });

  it('a coma package abroad: no Good Faith Estimate, evacuation unmentioned, the deposit terms quoted back', () => {
    const r = run('coma-monterrey.txt');
    expect(r.technique.id).toBe('coma');
    expect(r.travel).toMatchObject({ kind: 'international', inferred: true });
    expect(r.gfe.applies).toBe(false);
    expect(flagSet(r)).toEqual(['abroad', 'missing:coma-evacuation', 'terms:deposit@7', 'terms:no-refunds@7']);
    expect(r.items.find((i) => i.line === 3)!.category).toBe('infusion');
    expect(r.items.find((i) => i.line === 4)!.category).toBe('facility');
    expect(questionFor(r, 'abroad')).toBe('Please give me in writing, in US dollars, every price, what each includes, and the refund and cancellation terms.');
    expect(r.questions.find((q) => q.kind === 'abroad')!.why).toContain('owes no Good Faith Estimate');
    expect(quoteCommand(quoteScenario(r, auditData()).fields)).toBe('ketamine-cost estimate --technique coma --quote 39700 --travel international');
  });

  it('un coma en Alemania cotizado en euros: no se compara ni se suma, y se pide el precio en dólares', () => {
    setLanguage('es');
    const r = run('coma-alemania.txt');
    expect(r.technique.id).toBe('coma');
    expect(r.items.map((i) => i.currency)).toEqual(['EUR', 'EUR', 'EUR']);
    expect(flagSet(r)).toEqual([
      'abroad',
      'currency@2',
      'currency@3',
      'currency@4',
      'missing:coma-anaesthesia',
      'missing:coma-evacuation',
      'missing:coma-return',
      'terms:prepay@5',
    ]);
    expect(dollars(r.sumOfItems)).toEqual([0, 0]);
    expect(questionFor(r, 'currency', 2)).toContain('en dólares estadounidenses');
  });

  it('an email with a depression-priced infusion and no count: below the range, in the depression band, how many; a free consult is not flagged', () => {
    const r = run('email-depression-price.txt');
    expect(flagSet(r)).toEqual([
      'below-range@2',
      'depression-band@2',
      'how-many-infusions@2',
      'missing:outpatient-adjuncts',
      'missing:outpatient-boosters',
      'missing:outpatient-labs',
      NOT_GFE,
    ]);
    expect(r.items[0]!.label).toBe('Our ketamine infusions');
    expect(questionFor(r, 'below-range')).toBe(
      'The line "Our ketamine infusions" is $550, below the usual $600 to $2,000 (2026, in May 2026 dollars). What does this price leave out?',
    );
    expect(questionFor(r, 'how-many-infusions')).toContain('How many infusions does my plan include');
  });

  it('a price page: the depression price, per-infusion prices with no count, a membership minimum and a cancellation fee', () => {
    const r = run('price-page.txt');
    expect(flagSet(r)).toEqual([
      'below-range@1',
      'depression-band@1',
      'how-many-infusions@1',
      'how-many-infusions@2',
      'how-many-units@3',
      'missing:outpatient-adjuncts',
      'missing:outpatient-consult',
      'missing:outpatient-labs',
      NOT_GFE,
      'terms:cancellation@5',
      'terms:membership@4',
    ]);
    expect(r.items.find((i) => i.line === 4)!.category).toBe('terms');
    expect(questionFor(r, 'terms', 4)).toContain('"Membership: $99/month, 12-month minimum commitment". What is the minimum term');
  });

  it('a whole series priced as if one infusion asks whether it is the series', () => {
    const r = run('series-as-one.txt');
    expect(flagSet(r)).toEqual(['how-many-units@4', 'missing:outpatient-adjuncts', NOT_GFE, 'whole-series@1']);
    expect(questionFor(r, 'whole-series')).toBe(
      'Is the price of "Ketamine infusion for CRPS", $5,500, for one infusion or for the whole series? If it is for the series, how many infusions does it cover, and over how many weeks?',
    );
    // No price per infusion to carry into an estimate: it uses the published range.
    expect(quoteScenario(r, auditData())).toEqual({ fields: { technique: 'outpatient' }, quoteUsed: false });
  });

  it('an all-inclusive inpatient course: in the course range, but physician and monitoring unnamed; the all-inclusive claim and the expiry asked about', () => {
    const r = run('inpatient-all-in.txt');
    expect(r.technique.id).toBe('low-dose-inpatient');
    const course = r.items.find((i) => i.line === 2)!;
    expect([course.category, course.range?.figure, course.flags]).toEqual(['infusion', 'techniques.low-dose-inpatient.price', []]);
    expect(r.items.find((i) => i.line === 4)!.covers).toBeNull();
    expect(flagSet(r)).toEqual(['missing:inpatient-anaesthesia-monitoring', 'missing:inpatient-physician', NOT_GFE, 'terms:all-inclusive@2', 'terms:expiry@5']);
    expect(questionFor(r, 'terms', 2)).toContain('Please list everything this price includes');
  });

  it('un Estimado de Buena Fe en español: le faltan los coproveedores y la nota de otros servicios; la suma cuadra', () => {
    setLanguage('es');
    const r = run('estimado-buena-fe.txt');
    expect(r.gfe).toEqual({ applies: true, isGfe: true, missing: ['co-providers', 'other-items'] });
    expect(flagSet(r)).toEqual(['gfe-part:co-providers', 'gfe-part:other-items', 'missing:outpatient-boosters', 'missing:outpatient-labs']);
    expect(r.notes.map((n) => n.line)).toEqual([1, 2, 3, 4, 10, 11]);
    expect(r.notes.find((n) => n.line === 4)!.diagnoses).toEqual(['G56.41']);
    expect(r.difference).toBeNull();
    expect(questionFor(r, 'gfe-part')).toContain('¿Me facturará alguien más');
    // Billed by the hour codes: an infusion is the first hour and its added hours, 6 of them.
    expect(quoteCommand(quoteScenario(r, auditData()).fields)).toBe('ketamine-cost estimate --technique outpatient --quote 730 --sessions 6');
  });

  it('a package discount that the total leaves out: the arithmetic is off by the discount', () => {
    const r = run('discount-mismatch.txt');
    expect(flagSet(r)).toEqual(['arithmetic@4', 'missing:outpatient-adjuncts', 'missing:outpatient-boosters', 'missing:outpatient-labs', NOT_GFE]);
    expect(r.items.find((i) => i.line === 3)!).toMatchObject({ category: 'discount', negative: true });
    expect(dollars(r.sumOfItems)).toEqual([5150, 5150]);
    expect(questionFor(r, 'arithmetic')).toContain('The items add up to $5,150, but the total says $5,400');
  });

  it('una cotización que dice qué no incluye: se pregunta cuánto cuesta y quién lo cobra, y no se da por faltante', () => {
    setLanguage('es');
    const r = run('no-incluye.txt');
    expect(flagSet(r)).toEqual(['excluded@4', 'missing:outpatient-boosters', 'missing:outpatient-labs', NOT_GFE]);
    expect(questionFor(r, 'excluded')).toBe(
      'La cotización dice "No incluye anestesia ni medicamentos adicionales (se cobran aparte)". ¿Cuánto costará eso, y quién lo factura?',
    );
  });

  it('lines that cannot be read are reported with their number and text, and the rest is audited', () => {
    const r = run('unreadable.txt');
    expect(r.unreadable).toEqual([
      { line: 1, text: 'Ketamine infusion 1200-900 per infusion', problem: 'range-backwards' },
      { line: 2, text: 'Labs 12.3456', problem: 'decimals' },
    ]);
    expect(dollars(r.sumOfItems)).toEqual([6000, 6000]);
    expect(r.difference).toBeNull();
  });

  it('an unknown fee is asked about; a percent fee is kept as a note', () => {
    const r = run('odd-fee.txt');
    expect(flagSet(r)).toEqual(['missing:outpatient-adjuncts', 'missing:outpatient-boosters', 'missing:outpatient-labs', NOT_GFE, 'other@1']);
    expect(questionFor(r, 'other')).toBe('What is "Wellness fee" ($150) for, and is it required?');
    expect(r.notes.map((n) => n.text)).toEqual(['Card processing fee 3%']);
  });

  it('refuerzos caros: por encima del rango, con la pregunta de por qué; los medicamentos mencionados en una nota cuentan', () => {
    setLanguage('es');
    const r = run('refuerzos-caros.txt');
    expect(flagSet(r)).toEqual(['above-range@2', NOT_GFE]);
    expect(questionFor(r, 'above-range')).toBe(
      'El renglón "Refuerzo mensual" cuesta US$2,500, por encima del rango habitual de US$600 a US$2,000 (2026, en dólares de mayo de 2026). ¿Por qué es más alto y qué incluye?',
    );
    expect(dollars(r.sumOfItems)).toEqual([16350, 16350]);
  });

  it('a clinic in Mexico writing "$" alone: abroad, and are these US dollars or pesos?', () => {
    const r = run('tijuana.txt');
    expect(r.travel).toMatchObject({ kind: 'international', inferred: true, because: 'Ketamine clinic Tijuana, Mexico – CRPS protocol' });
    expect(flagSet(r)).toEqual([
      'abroad',
      'below-range@4',
      'currency-unclear',
      'missing:outpatient-adjuncts',
      'missing:outpatient-boosters',
      'missing:outpatient-labs',
    ]);
    // Lodging abroad has no range in the data: not compared.
    expect(r.items.find((i) => i.line === 3)!.range).toBeNull();
  });

  it('a Good Faith Estimate pasted from a PDF with tabs: hour codes are read, the GFE lacks most of its parts', () => {
    const r = run('pdf-tabs.txt');
    expect(r.items.map((i) => [i.line, i.codes, i.quantity])).toEqual([
      [3, ['99204'], 1],
      [4, ['96365'], 10],
      [5, ['96366'], 30],
      [6, [], null],
    ]);
    expect(r.items[1]!.label).toBe('IV infusion first hour | 96365');
    expect(r.gfe.missing).toEqual(['patient', 'diagnosis-codes', 'npi', 'tax-id', 'co-providers', 'not-a-contract', 'dispute-right', 'other-items']);
    expect(r.difference).toBeNull();
    expect(questionFor(r, 'gfe-part')).toBe('Please add my name and date of birth to the Good Faith Estimate.');
  });

  it('--technique and --travel given win over what the quote suggests', () => {
    const r = run('tijuana.txt', { technique: 'outpatient', travel: 'domestic' });
    expect(r.travel).toEqual({ kind: 'domestic', inferred: false, because: null });
    expect(r.gfe.applies).toBe(true);
    expect(flagSet(r)).toContain(NOT_GFE);
    expect(flagSet(r)).not.toContain('abroad');
  });

  it('numbers every question once, in order, each with its reason, and points each flag at its question', () => {
    for (const name of ['example.txt', 'gfe-table.txt', 'coma-monterrey.txt', 'price-page.txt']) {
      const r = run(name);
      expect(r.questions.map((q) => q.n)).toEqual(r.questions.map((_, i) => i + 1));
      expect(new Set(r.questions.map((q) => q.question)).size).toBe(r.questions.length);
      for (const q of r.questions) {
        expect(q.why.trim()).not.toBe('');
        expect(q.question).not.toMatch(/\{[a-z.]+\}/);
      }
      for (const f of r.flags) expect(f.question).toBeGreaterThan(0);
    }
  });
});
