import { describe, it, expect } from 'vitest';
import { lexicon, readLine, type QuoteItem } from '../../src/core/audit-parse.js';
import { categoryOf } from '../../src/core/audit.js';
import { auditData } from '../helpers/audit.js';

const audit = auditData().audit!;
const lex = lexicon(audit);

/** One line read as an item; the test fails when it is not one. */
function item(line: string): QuoteItem {
  const r = readLine(1, line, lex);
  if (!r || !('item' in r)) throw new Error(`not an item: ${JSON.stringify(r)}`);
  return r.item;
}
const what = (line: string) => {
  const i = item(line);
  return { label: i.label, price: [i.price.low / 100, i.price.high / 100], quantity: i.quantity, per: i.per, covers: i.covers };
};

describe('reading one line of a quote', () => {
  it.each([
    ['Consultation 350', 'Consultation', [350, 350], null, null, null],
    ['Ketamine infusion (4 h) $1,000 x 5', 'Ketamine infusion (4 h)', [1000, 1000], 5, null, null],
    ['5 x $1,000 ketamine infusions', 'ketamine infusions', [1000, 1000], 5, null, null],
    ['Flights: 2 x 650', 'Flights', [650, 650], 2, null, null],
    ['Booster 650-800 per infusion', 'Booster', [650, 800], null, 'infusion', null],
    ['Booster $650 to $800 per infusion', 'Booster', [650, 800], null, 'infusion', null],
    ['- Hotel 14 nights @ $150/night', 'Hotel 14 nights', [150, 150], 14, 'night', null],
    ['Hotel $150 a night', 'Hotel', [150, 150], null, 'night', null],
    ['Labs (2) 60', 'Labs', [60, 60], 2, null, null],
    ['Labs qty: 3 40', 'Labs', [40, 40], 3, null, null],
    ['1. Initial consultation ......... $350', 'Initial consultation', [350, 350], null, null, null],
    ['Package of 6 infusions 4,800', 'Package of 6 infusions', [4800, 4800], null, null, { count: 6, unit: 'infusion' }],
    ['Infusión de ketamina 4 horas US$950 c/u', 'Infusión de ketamina 4 horas', [950, 950], null, 'each', null],
    ['Infusión de ketamina x 10 a US$850 cada una', 'Infusión de ketamina', [850, 850], 10, 'each', null],
    ['Hospedaje 10 noches 1.200,50', 'Hospedaje 10 noches', [1200.5, 1200.5], null, null, { count: 10, unit: 'night' }],
    ['Infusion $250 per hour x 4 hours', 'Infusion', [250, 250], 4, 'hour', null],
    ['IV infusion, first hour | 96365 | 5 | $450.00', 'IV infusion, first hour | 96365', [450, 450], 5, null, null],
  ])('%s', (line, label, price, quantity, per, covers) => {
    expect(what(line)).toEqual({ label, price, quantity, per, covers });
  });

  it('reads a minus or accounting brackets as a discount', () => {
    expect(item('Discount -$500')).toMatchObject({ label: 'Discount', negative: true, price: { low: 50000, high: 50000 } });
    expect(item('Package discount ($300)')).toMatchObject({ negative: true, price: { low: 30000, high: 30000 } });
  });

  it('reads the currency written beside an amount', () => {
    expect(item('Coma 45.000 €')).toMatchObject({ currency: 'EUR', currencyWritten: true, price: { low: 4_500_000 } });
    expect(item('Hospedaje $1,200 MXN')).toMatchObject({ currency: 'MXN' });
    expect(item('Paquete $4,800 dlls')).toMatchObject({ currency: 'USD', currencyWritten: true });
    expect(item('Consultation $350')).toMatchObject({ currency: 'USD', currencyWritten: false });
  });

  it.each([
    ['Quote valid until Dec 15, 2026'],
    ['Cotización del 3 de noviembre de 2026'],
    ['Call us at 1-800-555-1234 or (555) 123-4567'],
    ['NPI 1234567890 Tax ID 12-3456789'],
    ['Diagnosis: G90.50, G56.41'],
    ['Deposit 20% due at booking'],
    ['Ketamine 0.35 mg/kg/h'],
    ['Days 1-5: ketamine infusion'],
    ['Appointment at 9:30 am on 11/02/2026'],
    ['Room no. 12, 3rd floor'],
  ])('never reads money in %s', (line) => {
    const r = readLine(1, line, lex);
    expect(r && 'note' in r, JSON.stringify(r)).toBe(true);
  });

  it('keeps the codes a line holds: service codes, HCPCS and ICD-10', () => {
    expect(item('Ketamine J3490 500 mg $85.00').codes).toEqual(['J3490']);
    expect(item('Consulta inicial (99204) US$280.00').codes).toEqual(['99204']);
    expect(item('IV infusion, CPT 96365, $450').codes).toEqual(['96365']);
    const note = readLine(1, 'Diagnosis: G90.50, G56.41', lex);
    expect(note && 'note' in note && note.note.diagnoses).toEqual(['G90.50', 'G56.41']);
  });

  it.each([
    ['Infusion 1200-900', 'range-backwards'],
    ['Labs 12.3456', 'decimals'],
    ['Coma $12,000,000', 'too-large'],
    ['Labs 40 x 0', 'quantity'],
  ])('reports %s as unreadable (%s)', (line, problem) => {
    expect(readLine(7, line, lex)).toEqual({ unreadable: { line: 7, text: line, problem } });
  });

  it('reports a line over 4,000 characters without reading it, cut for the message', () => {
    const r = readLine(3, `Labs ${'x'.repeat(5000)} 40`, lex);
    expect(r && 'unreadable' in r && r.unreadable.problem).toBe('too-long');
    expect(r && 'unreadable' in r && r.unreadable.text.length).toBeLessThan(210);
  });

  it('keeps a heading and drops decoration', () => {
    expect(readLine(1, '# Example Pain Center', lex)).toEqual({ heading: { line: 1, text: 'Example Pain Center' } });
    expect(readLine(2, '|---|---|--:|', lex)).toBeNull();
    expect(readLine(3, '   ', lex)).toBeNull();
  });

  it('shows the clinic words safely: controls escaped, a formula prefixed', () => {
    expect(item('=HYPERLINK("x") 40').label).toBe('\'=HYPERLINK("x")');
    expect(item('Labs\u001b[31m 40').label).toBe('Labs\\u001b[31m');
  });

  it('tells a total from a subtotal and an item', () => {
    expect(item('Total 5,470').kind).toBe('total');
    expect(item('Total a pagar: US$5,470').kind).toBe('total');
    expect(item('Subtotal 4,000').kind).toBe('subtotal');
    expect(item('Labs 120').kind).toBe('item');
  });
});

describe('the category of a line', () => {
  it.each([
    ['Booster infusion', 'boosters'],
    ['Physician-supervised ketamine infusion', 'infusion'],
    ['Infusion monitoring', 'monitoring'],
    ['Pre-treatment labs', 'labs'],
    ['Infusion chair fee', 'facility'],
    ['Hotel near hospital', 'lodging'],
    ['Anesthesia for ketamine coma', 'anaesthesia'],
    ['Induced ketamine coma, 5 days ICU, ventilator, anesthesia team', 'infusion'],
    ['Doctor consultation', 'consult'],
    ['Drugs: ketamine, midazolam', 'drugs'],
    ['Consulta de seguimiento', 'follow-up'],
    ['Honorarios del médico por la infusión', 'physician'],
    ['Hospedaje para acompañante', 'lodging'],
    ['Infusión de ketamina con monitoreo', 'infusion'],
    ['Wellness fee', null],
  ])('%s → %s', (label, category) => {
    expect(categoryOf(label, [], audit)).toBe(category);
  });

  it('goes by a service code first', () => {
    expect(categoryOf('Ketamine', ['J3490'], audit)).toBe('drugs');
    expect(categoryOf('Visit', ['99214'], audit)).toBe('follow-up');
  });
});
