import type { SchedulePhase } from './data-schema.js';

export interface PhaseSessions {
  label: string;
  sessions: number;
  /** More than `sessions` where the source gives a range per block ("once or twice"). */
  sessionsHigh: number;
}

const WEEKS_PER_MONTH = 52 / 12;
// Block starts are sums of data-file fractions; this keeps 12.9999… from counting as before 13.
const EPSILON = 1e-9;

/**
 * Sessions due in the first `months` months of a phased schedule. Each phase repeats a block of
 * `sessions` (to `sessionsHigh`) infusions every `everyWeeks` weeks for `weeks` weeks (null:
 * open-ended); a block counts when it starts inside the horizon.
 */
export function sessionsForMonths(phases: readonly SchedulePhase[], months: number): PhaseSessions[] {
  const horizon = months * WEEKS_PER_MONTH;
  const result: PhaseSessions[] = [];
  let phaseStart = 0;
  for (const phase of phases) {
    if (phaseStart >= horizon - EPSILON) break;
    const length = phase.weeks ?? Infinity;
    let blocks = 0;
    for (let offset = 0; offset < length - EPSILON && phaseStart + offset < horizon - EPSILON; offset += phase.everyWeeks) blocks++;
    result.push({ label: phase.label, sessions: blocks * phase.sessions, sessionsHigh: blocks * (phase.sessionsHigh ?? phase.sessions) });
    phaseStart += length;
  }
  return result;
}

/** Total sessions of a phase breakdown, low and high. */
export function totalSessions(breakdown: readonly PhaseSessions[]): { low: number; high: number } {
  return { low: breakdown.reduce((sum, p) => sum + p.sessions, 0), high: breakdown.reduce((sum, p) => sum + p.sessionsHigh, 0) };
}

/** The longest plan, in months: the months field's own limit, so a plan given in sessions is held to it too. */
export const MAX_PLAN_MONTHS = 120;
const maxSessionsByPhases = new WeakMap<readonly SchedulePhase[], number>();

/**
 * The most sessions a plan given as a count may have: those of the longest plan at the schedule's
 * slower pace, the pace a count of sessions is laid out at month by month (more would run past
 * MAX_PLAN_MONTHS: 1,000 sessions were a 245-year plan).
 */
export function maxPlanSessions(phases: readonly SchedulePhase[]): number {
  let max = maxSessionsByPhases.get(phases);
  if (max === undefined) maxSessionsByPhases.set(phases, (max = totalSessions(sessionsForMonths(phases, MAX_PLAN_MONTHS)).low));
  return max;
}
