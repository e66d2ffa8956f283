import type { SchedulePhase } from './data-schema.js';

export interface PhaseSessions {
  label: string;
  sessions: number;
}

const WEEKS_PER_MONTH = 52 / 12;
// Block starts are sums of data-file fractions; this keeps 12.9999… from counting as before 13.
const EPSILON = 1e-9;

/**
 * Sessions due in the first `months` months of a phased schedule. Each phase repeats a block of
 * `sessions` infusions every `everyWeeks` weeks for `weeks` weeks (null: open-ended); a block counts
 * when it starts inside the horizon.
 */
export function sessionsForMonths(phases: readonly SchedulePhase[], months: number): PhaseSessions[] {
  const horizon = months * WEEKS_PER_MONTH;
  const result: PhaseSessions[] = [];
  let phaseStart = 0;
  for (const phase of phases) {
    if (phaseStart >= horizon - EPSILON) break;
    const length = phase.weeks ?? Infinity;
    let sessions = 0;
    for (let offset = 0; offset < length - EPSILON && phaseStart + offset < horizon - EPSILON; offset += phase.everyWeeks) {
      sessions += phase.sessions;
    }
    result.push({ label: phase.label, sessions });
    phaseStart += length;
  }
  return result;
}

/** Total of a phase breakdown. */
export function totalSessions(breakdown: readonly PhaseSessions[]): number {
  return breakdown.reduce((sum, p) => sum + p.sessions, 0);
}
