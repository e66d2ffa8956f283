import type { ChecklistCondition, ChecklistItem } from './data-schema.js';
import type { Scenario } from './scenario.js';

export interface ChecklistEntry {
  id: string;
  question: string;
  why: string;
}

/** The checklist questions whose conditions match the scenario, in data-file order. */
export function selectChecklist(items: readonly ChecklistItem[], scenario: Scenario): ChecklistEntry[] {
  return items
    .filter((item) => item.when === 'always' || item.when.some((c) => matches(c, scenario)))
    .map(({ id, question, why }) => ({ id, question, why }));
}

function matches(c: ChecklistCondition, s: Scenario): boolean {
  return (
    (c.techniques === undefined || c.techniques.includes(s.technique)) &&
    (c.travel === undefined || c.travel.includes(s.travel)) &&
    (c.boosters === undefined || c.boosters === s.boosters > 0) &&
    (c.visits === undefined || c.visits === s.preVisits + s.postVisits > 0) &&
    (c.quote === undefined || c.quote === (s.quote !== null))
  );
}
