import type { CostData } from './data-schema.js';
import { dollarsToCents, formatDollars } from './money.js';

/** The {placeholders} that data texts may use instead of writing an amount that could go stale. */
export const PLACEHOLDERS = ['gfe.threshold', 'gfe.days', 'gfe.fee', 'gfe.helpLine'] as const;

/** Fills {placeholders} in a data text with amounts made from the figures. */
export function fillPlaceholders(text: string, data: CostData): string {
  if (!text.includes('{')) return text;
  const gfe = data.goodFaithEstimate;
  const values: Record<(typeof PLACEHOLDERS)[number], string> = {
    'gfe.threshold': formatDollars(dollarsToCents(gfe.thresholdDollars)),
    'gfe.days': String(gfe.disputeDays),
    'gfe.fee': formatDollars(dollarsToCents(gfe.feeDollars)),
    'gfe.helpLine': gfe.helpLine,
  };
  return text.replace(/\{([^}]*)\}/g, (m, name: string) => values[name as keyof typeof values] ?? m);
}
