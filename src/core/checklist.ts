import type { ChecklistCondition, CostData } from './data-schema.js';
import type { Scenario } from './scenario.js';
import { fillPlaceholders } from './placeholders.js';

export interface ChecklistEntry {
  id: string;
  question: string;
  why: string;
}

/** The checklist questions whose conditions match the scenario, in data-file order, with amounts filled in from the figures. */
export function selectChecklist(data: CostData, scenario: Scenario): ChecklistEntry[] {
  return data.checklist
    .filter((item) => item.when === 'always' || item.when.some((c) => matches(c, scenario)))
    .map(({ id, question, why }) => ({ id, question: fillPlaceholders(question, data), why: fillPlaceholders(why, data) }));
}

function matches(c: ChecklistCondition, s: Scenario): boolean {
  return (
    (c.techniques === undefined || c.techniques.includes(s.technique)) &&
    (c.travel === undefined || c.travel.includes(s.travel)) &&
    (c.boosters === undefined || c.boosters === s.boosters > 0) &&
    (c.visits === undefined || c.visits === s.preVisits + s.postVisits > 0) &&
    (c.quote === undefined || c.quote === (s.quote !== null)) &&
    (c.insured === undefined || c.insured === (s.insurance !== 'none')) &&
    (c.hsaFsa === undefined || c.hsaFsa === (s.hsaFsa !== null && s.hsaFsa > 0))
  );
}
