import type { SchedulePhase } from './data-schema.js';
import type { LineItem } from './estimate.js';
import type { Scenario } from './scenario.js';

export interface Month {
  /** 0: before and at the start (consultation, a course, travel); then each month of the plan. */
  month: number;
  /** The lines paid this month with their amounts (cents). */
  items: { id: string; low: number; high: number }[];
  low: number;
  high: number;
  cumulativeLow: number;
  cumulativeHigh: number;
}

const WEEKS_PER_MONTH = 52 / 12;
const EPSILON = 1e-9;

/** Units of a line paid in each month (low count and high count), by the line's kind. */
type Allocation = Map<number, { low: number; high: number }>;

/**
 * When the money goes out, month by month: month 0 holds the visits before treatment, a course
 * (inpatient or coma) and travel; outpatient infusions follow the schedule month by month; follow-up
 * visits and boosters come one a month after treatment starts (boosters after an outpatient plan).
 * Every line is split in whole units at its own unit price, so the months sum exactly to the total.
 */
export function timeline(lines: readonly LineItem[], scenario: Scenario, phases: readonly SchedulePhase[] | undefined): Month[] {
  const byMonth = new Map<number, Month['items']>();
  const planMonths =
    scenario.sessions === null ? 0 : sessionMonths(phases ?? [], scenario).size > 0 ? Math.max(...sessionMonths(phases ?? [], scenario).keys()) : 0;
  for (const line of lines) {
    const allocation = allocate(line, scenario, phases ?? [], planMonths);
    for (const [month, units] of allocation) {
      const items = byMonth.get(month) ?? [];
      items.push({ id: line.id, low: line.unitPrice.low * units.low, high: line.unitPrice.high * units.high });
      byMonth.set(month, items);
    }
  }
  const months: Month[] = [];
  let cumulativeLow = 0;
  let cumulativeHigh = 0;
  const last = Math.max(0, ...byMonth.keys());
  for (let month = 0; month <= last; month++) {
    const items = byMonth.get(month) ?? [];
    const low = items.reduce((s, i) => s + i.low, 0);
    const high = items.reduce((s, i) => s + i.high, 0);
    cumulativeLow += low;
    cumulativeHigh += high;
    months.push({ month, items, low, high, cumulativeLow, cumulativeHigh });
  }
  return months;
}

function allocate(line: LineItem, s: Scenario, phases: readonly SchedulePhase[], planMonths: number): Allocation {
  const all = (month: number): Allocation => new Map([[month, { low: line.quantity, high: line.quantityHigh }]]);
  const oneAMonth = (from: number): Allocation => {
    const out: Allocation = new Map();
    for (let i = 0; i < line.quantityHigh; i++) out.set(from + i, { low: i < line.quantity ? 1 : 0, high: 1 });
    return out;
  };
  switch (line.id) {
    case 'treatment':
      return s.sessions === null ? all(0) : sessionMonths(phases, s);
    case 'boosters':
      return oneAMonth(s.sessions === null ? 1 : planMonths + 1);
    case 'post-visits':
      return oneAMonth(1);
    default:
      return all(0);
  }
}

/** Outpatient sessions (low and high) in each month of the plan, along the schedule; a given count of sessions follows the schedule until it is reached. */
function sessionMonths(phases: readonly SchedulePhase[], s: Scenario): Allocation {
  const out: Allocation = new Map();
  const wantLow = s.sessions ?? 0;
  const wantHigh = s.sessionsHigh ?? wantLow;
  const horizon = s.months === null ? Infinity : s.months * WEEKS_PER_MONTH;
  let low = 0;
  let high = 0;
  let phaseStart = 0;
  for (const phase of phases) {
    const length = phase.weeks ?? Infinity;
    for (let offset = 0; offset < length - EPSILON && phaseStart + offset < horizon - EPSILON; offset += phase.everyWeeks) {
      if (low >= wantLow && high >= wantHigh) return out;
      const month = Math.floor((phaseStart + offset + EPSILON) / WEEKS_PER_MONTH) + 1;
      const add = { low: Math.min(phase.sessions, wantLow - low), high: Math.min(phase.sessionsHigh ?? phase.sessions, wantHigh - high) };
      low += add.low;
      high += add.high;
      const cur = out.get(month) ?? { low: 0, high: 0 };
      out.set(month, { low: cur.low + add.low, high: cur.high + add.high });
    }
    phaseStart += length;
  }
  return out;
}
