import type { CostData } from './data-schema.js';
import type { AuditResult, AuditedItem } from './audit.js';
import type { Price } from './audit-parse.js';
import { centsToDollars } from './money.js';

/** What an audited quote gives the estimate: scenario fields as a flag would take them. */
export interface QuoteScenario {
  /** Field name → value as text (the one road in reads them like flags). */
  fields: Record<string, string>;
  /** The quote's own price was used (else the estimate falls back on the published range). */
  quoteUsed: boolean;
}

const MAX_QUOTE_CENTS = 1_000_000_000;
/** The service code of an infusion's first hour: one per infusion day on an itemised estimate. */
const FIRST_HOUR_CODE = '96365';

/** A price as the --quote flag takes it: "1000", "650-800", "1000.5". */
function quoteText(p: Price): string {
  const low = String(centsToDollars(p.low));
  return p.low === p.high ? low : `${low}-${centsToDollars(p.high)}`;
}

const usable = (p: Price | null): p is Price => p !== null && p.low > 0 && p.high >= p.low && p.high <= MAX_QUOTE_CENTS;

/**
 * The scenario an audited quote stands for. Priced per infusion (outpatient): the first infusion
 * line's price per infusion as the quote, its count as the sessions, a booster line's count as the
 * boosters. Priced per course (inpatient, coma): the medical lines together (travel and lodging
 * left out; the estimate adds its own), or the stated total when no line can be added. A clinic
 * abroad sets international travel.
 */
export function quoteScenario(r: AuditResult, data: CostData): QuoteScenario {
  const fields: Record<string, string> = { technique: r.technique.id };
  let quoteUsed = false;
  const priced = r.items.filter((i) => i.kind === 'item' && i.currency === 'USD');
  if (data.techniques[r.technique.id].pricing === 'per-session') {
    const infusion = priced.find((i) => i.category === 'infusion' && i.range?.each && i.compared !== null && !i.flags.includes('whole-series') && !i.negative);
    if (infusion && usable(infusion.compared)) {
      fields.quote = quoteText(infusion.compared);
      quoteUsed = true;
      const count = infusion.quantity ?? infusion.covers?.count ?? null;
      if (count !== null && count <= 1000) fields.sessions = String(count);
    } else {
      // An estimate billed by the hour codes: the infusion lines together, per first hour billed.
      const coded = priced.filter((i) => i.category === 'infusion' && i.codes.length > 0 && i.amount !== null && !i.negative);
      const first = coded.find((i) => i.codes.includes(FIRST_HOUR_CODE) && i.quantity !== null);
      if (first) {
        const n = first.quantity!;
        const sum = coded.reduce<Price>((s, i) => ({ low: s.low + i.amount!.low, high: s.high + i.amount!.high }), { low: 0, high: 0 });
        const per = { low: Math.round(sum.low / n), high: Math.round(sum.high / n) };
        if (usable(per)) {
          fields.quote = quoteText(per);
          fields.sessions = String(n);
          quoteUsed = true;
        }
      }
    }
    const boosters = priced.find((i) => i.category === 'boosters' && i.quantity !== null);
    if (boosters && boosters.quantity! <= 100) fields.boosters = String(boosters.quantity);
  } else {
    const medical = priced.filter((i) => i.amount !== null && !['lodging', 'travel', 'terms'].includes(i.category ?? ''));
    const sum = medical.reduce<Price>((s, i) => add(s, i), { low: 0, high: 0 });
    const price = medical.length > 0 ? sum : r.total;
    if (usable(price)) {
      fields.quote = quoteText(price);
      quoteUsed = true;
    }
  }
  if (r.travel.kind !== 'none') fields.travel = r.travel.kind;
  return { fields, quoteUsed };
}

function add(s: Price, i: AuditedItem): Price {
  const a = i.amount!;
  return i.negative || i.category === 'discount' ? { low: s.low - a.high, high: s.high - a.low } : { low: s.low + a.low, high: s.high + a.high };
}

/** The `ketamine-cost estimate …` command for these fields, in the order of the flags. */
export function quoteCommand(fields: Record<string, string>): string {
  const order = ['technique', 'quote', 'sessions', 'boosters', 'travel'];
  const args = ['ketamine-cost', 'estimate'];
  for (const name of order) if (fields[name] !== undefined) args.push(`--${name}`, fields[name]!);
  return args.join(' ');
}
