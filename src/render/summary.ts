import type { CostData } from '../core/data-schema.js';
import type { Estimate, LineItem } from '../core/estimate.js';
import { formatRange } from '../core/money.js';
import type { PhaseSessions } from '../core/outpatient-schedule.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Plain-words lines describing the scenario, shared by the table and Markdown reports. */
export function scenarioSummary(est: Estimate, data: CostData): string[] {
  const s = est.scenario;
  const t = data.techniques[s.technique];
  const price =
    s.clinicRange === 'quote' && s.quote
      ? `your clinic's quote, ${formatRange(s.quote.low, s.quote.high)}${t.pricing === 'per-session' ? ' per infusion day' : ''}`
      : { full: 'the full published range', lower: 'the lower part of the published range', upper: 'the upper part of the published range', quote: '' }[s.clinicRange];
  const lines = [`Technique: ${t.label}. ${t.summary}`, `Clinic price: ${price}.`];
  if (s.sessions !== null)
    lines.push(
      s.months !== null
        ? `Sessions: ${s.sessions} in a ${s.months}-month plan (${phaseList(est.schedule ?? [])}).`
        : `Sessions: ${s.sessions}.`,
    );
  lines.push(`Boosters: ${s.boosters}. Visits: ${s.preVisits} before, ${s.postVisits} after.`);
  lines.push(
    s.travel === 'none'
      ? 'Travel: none.'
      : `Travel: ${s.travel}, ${plural(s.travelers, 'traveller')}, ${plural(s.nights, 'night')} (${plural(s.nights + 1, 'day')} of meals each).`,
  );
  return lines;
}

/** "daily on weekdays for the first 2 weeks: 10; …" for the phases that have sessions. */
export function phaseList(phases: readonly PhaseSessions[]): string {
  return phases
    .filter((p) => p.sessions > 0)
    .map((p) => `${p.label}: ${p.sessions}`)
    .join('; ');
}

export interface SourceNotes {
  /** source id -> footnote number, in order of first use */
  numbers: Map<string, number>;
  /** "[1,2]" markers (plus "*" for assumptions) for a line */
  marker(line: LineItem): string;
}

/** Numbers the sources the estimate's lines cite, for footnotes. */
export function sourceNotes(est: Estimate): SourceNotes {
  const numbers = new Map<string, number>();
  for (const line of est.lineItems) for (const id of line.sourceIds) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return {
    numbers,
    marker(line) {
      const refs = line.sourceIds.map((id) => numbers.get(id)).join(',');
      return `${refs ? ` [${refs}]` : ''}${line.basis === 'assumption' ? ' *' : ''}${line.basis === 'quote' ? ' (quote)' : ''}`;
    },
  };
}
