import type { Scenario } from '../core/scenario.js';
import { FLAG_FIELDS, field } from '../core/scenario-fields.js';
import { centsToDollars } from '../core/money.js';
export { shellLines } from '../render/shell-lines.js';

/** A scenario field's value as the text its flag takes, or undefined where the flag is left out. */
function flagValue(s: Scenario, name: (typeof FLAG_FIELDS)[number]['name']): string | undefined {
  switch (name) {
    case 'clinicRange':
      return s.clinicRange === 'full' || s.clinicRange === 'quote' ? undefined : s.clinicRange;
    case 'quote':
      if (s.clinicRange !== 'quote' || !s.quote) return undefined;
      return s.quote.low === s.quote.high ? String(centsToDollars(s.quote.low)) : `${centsToDollars(s.quote.low)}-${centsToDollars(s.quote.high)}`;
    case 'travelers':
    case 'nights':
      return s.travel === 'none' ? undefined : String(s[name]);
    case 'sessions':
      return s.months === null && s.sessions !== null ? String(s.sessions) : undefined;
    case 'months':
      return s.months === null ? undefined : String(s.months);
    case 'insurance':
      return s.insurance === 'none' ? undefined : s.insurance;
    default: {
      const value = s[name];
      if (value === null) return undefined;
      if (Array.isArray(value)) return value.join(',');
      const f = field(name);
      return f.kind === 'amount' || f.kind === 'percent' ? String(centsToDollars(value as number)) : String(value);
    }
  }
}

/** The `ketamine-cost estimate …` command that gives the same estimate as a normalised scenario, from the table of fields. */
export function commandLine(s: Scenario): string {
  const args = ['ketamine-cost', 'estimate'];
  for (const f of FLAG_FIELDS) {
    const value = flagValue(s, f.name);
    if (value !== undefined) args.push(`--${f.flag}`, value);
  }
  return args.join(' ');
}

/** A word as a POSIX shell reads it back unchanged: as it is when it holds only safe characters, else in single quotes. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
