import type { Scenario } from '../core/scenario.js';
import { centsToDollars } from '../core/money.js';

/** The `ketamine-cost estimate …` command that gives the same estimate as a normalised scenario. */
export function commandLine(s: Scenario): string {
  const args = ['ketamine-cost', 'estimate', '--technique', s.technique];
  if (s.clinicRange === 'quote' && s.quote)
    args.push('--quote', s.quote.low === s.quote.high ? String(centsToDollars(s.quote.low)) : `${centsToDollars(s.quote.low)}-${centsToDollars(s.quote.high)}`);
  else if (s.clinicRange !== 'full') args.push('--clinic-range', s.clinicRange);
  if (s.months !== null) args.push('--months', String(s.months));
  else if (s.sessions !== null) args.push('--sessions', String(s.sessions));
  args.push('--boosters', String(s.boosters), '--pre-visits', String(s.preVisits), '--post-visits', String(s.postVisits), '--travel', s.travel);
  if (s.travel !== 'none') args.push('--travelers', String(s.travelers), '--nights', String(s.nights));
  return args.join(' ');
}

/** Breaks a command into lines of at most `width` columns with shell continuations, indented. */
export function shellLines(command: string, width: number): string {
  const lines: string[] = [];
  let line = ' ';
  // Keep each flag with its value.
  for (const part of command.split(/ (?=--)/)) {
    if (line.trim() && line.length + 1 + part.length + 2 > width) {
      lines.push(`${line} \\`);
      line = '   ';
    }
    line += ` ${part}`;
  }
  lines.push(line);
  return lines.join('\n');
}
