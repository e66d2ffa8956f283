import { describe, it, expect, afterEach } from 'vitest';
import fc from 'fast-check';
import { Chalk } from 'chalk';
import { setLanguage } from '../../src/core/lang.js';
import { parseQuoteText } from '../../src/core/audit-parse.js';
import { auditQuote } from '../../src/core/audit.js';
import { quoteCommand, quoteScenario } from '../../src/core/audit-estimate.js';
import { auditJson, renderAuditHtml, renderAuditJson, renderAuditMarkdown, renderAuditTable } from '../../src/render/audit-report.js';
import { auditData } from '../helpers/audit.js';

// Whatever a pasted quote holds, the audit finishes, and nothing it prints can act on a terminal
// (control or direction characters) or run in a spreadsheet (a text starting like a formula).
// In process, with a fixed seed: fast-check prints the seed and the shrunk input on failure, and
// FC_SEED replays it.

const SEED = Number(process.env.FC_SEED ?? 20261202);
const runs = { seed: SEED, numRuns: 200 };
const tool = { name: 'ketamine-cost', version: 'test' };

afterEach(() => setLanguage('en'));

// Characters that break things: C0 and C1 controls, ESC sequences, direction overrides, quotes,
// formula starters, separators, digits and money marks, accents, emoji, a lone surrogate.
const NASTY = [
  '\u0000',
  '\u0007',
  '\u0008',
  '\t',
  '\u000b',
  '\u000c',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2066',
  '\ufeff',
  '=',
  '+',
  '-',
  '@',
  '|',
  ',',
  '"',
  "'",
  '<',
  '>',
  '&',
  '#',
  '$',
  '€',
  '%',
  '(',
  ')',
  '/',
  'x',
  '×',
  '.',
  ':',
  ' ',
  '0',
  '1',
  '5',
  '9',
  'é',
  'ñ',
  '😀',
  '\ud800',
];
const char = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
const noise = fc.array(char, { maxLength: 60 }).map((cs) => cs.join(''));
const word = fc.constantFrom(
  'Consultation',
  'Ketamine infusion',
  'Labs',
  'Booster',
  'Total',
  'Deposit',
  'Hotel',
  'Infusión de ketamina',
  'No incluye anestesia',
  '=HYPERLINK("http://x")',
  '+cmd',
  '@SUM(A1)',
  '-2+3',
  'Good Faith Estimate',
  'Monterrey',
);
const amount = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000_000 }).map((c) => `$${(c / 100).toFixed(2)}`),
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 })).map(([a, b]) => `${a}-${b}`),
  fc.constantFrom('1,000', '1.000,50', '12.3456', 'US$950 c/u', '45.000 €', '($300)', '-$500', 'x 5', '5 x', '(5)', 'per night', '14 nights', '4 h'),
);
const line = fc.oneof(
  noise,
  fc.tuple(word, amount, noise).map(([w, a, n]) => `${w} ${a}${n}`),
  fc.tuple(noise, word, amount).map(([n, w, a]) => `${n}${w} ${a}`),
  fc.tuple(fc.constantFrom('# ', '- ', '1. ', '| ', ''), word, fc.constantFrom(' | 96365 | 5 | ', '\t', ' ', ': '), amount).map((p) => p.join('')),
);
const quote = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));

// Control characters (a line break is layout, not one of them) and direction overrides.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const FORMULA = /^\s*[=+\-@]|^[\t\r]/;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('audit properties (fast-check, seed printed on failure; FC_SEED replays)', () => {
  it.each(['en', 'es'] as const)('never fails on any quote, and prints no raw control character or formula in any format (%s)', (lang) => {
    setLanguage(lang);
    const data = auditData();
    fc.assert(
      fc.property(quote, (text) => {
        const parsed = parseQuoteText(text, data.audit!);
        const r = auditQuote(parsed, data);
        const scenario = quoteScenario(r, data);
        const extras = { command: quoteCommand(scenario.fields), quoteUsed: scenario.quoteUsed, file: 'quote.txt' };
        const report = auditJson(r, data, tool, extras);
        for (const s of strings(report)) {
          expect(s, s).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
          expect(FORMULA.test(s), s).toBe(false);
        }
        const json = renderAuditJson(report);
        expect(json).not.toMatch(RAW_CONTROL);
        expect(() => JSON.parse(json)).not.toThrow();
        for (const out of [
          renderAuditTable(r, data, new Chalk({ level: 0 }), 80, extras),
          renderAuditTable(r, data, new Chalk({ level: 0 }), 60, extras, { ascii: true }),
          renderAuditMarkdown(r, data, extras),
          renderAuditHtml(r, data, extras),
        ]) {
          expect(out).not.toMatch(RAW_CONTROL);
          expect(out.toLowerCase()).not.toContain('<script');
        }
        // Every line is accounted for: an item, a note, a heading, unreadable, or nothing but blanks and decoration.
        for (const item of r.items) expect(item.price.low).toBeLessThanOrEqual(item.price.high);
      }),
      runs,
    );
  });

  it('reads every line alone without failing, whatever it holds', () => {
    const data = auditData();
    fc.assert(
      fc.property(line, (text) => {
        const r = auditQuote(parseQuoteText(`Consultation 350\n${text}`, data.audit!), data);
        expect(r.items.length + r.notes.length + r.headings.length + r.unreadable.length).toBeGreaterThanOrEqual(1);
      }),
      runs,
    );
  });

  it('keeps the sum exact: every counted line, times its count, in whole cents', () => {
    const data = auditData();
    const priced = fc.array(fc.tuple(fc.integer({ min: 1, max: 500_000 }), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(priced, (lines) => {
        const text = lines.map(([cents, n], i) => `Item ${String.fromCharCode(65 + i)} $${(cents / 100).toFixed(2)} x ${n}`).join('\n');
        const r = auditQuote(parseQuoteText(text, data.audit!), data);
        const expected = lines.reduce((s, [cents, n]) => s + cents * n, 0);
        expect(r.sumOfItems).toEqual({ low: expected, high: expected });
      }),
      runs,
    );
  });
});
