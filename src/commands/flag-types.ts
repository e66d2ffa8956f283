import { cliText } from '../cli-text.js';
import { PRICE_BASES, type PriceBasis } from '../core/price-index.js';
import { shown } from '../core/escape.js';
import { UsageError } from '../errors.js';
import type { ScenarioFlags } from './flags-layer.js';

/** Flags every command sees (declared on the program). */
export interface GlobalFlags {
  color: boolean;
  debug?: boolean;
  /** Plain ASCII output (also chosen when TERM=dumb). */
  ascii?: boolean;
}

export interface EstimateFlags extends ScenarioFlags, GlobalFlags {
  scenario?: string;
  save?: string;
  force?: boolean;
  format?: string;
  json?: boolean;
  timeline?: boolean;
  ascii?: boolean;
  data?: string;
  prices?: string;
}

export interface WizardFlags extends ScenarioFlags, GlobalFlags {
  scenario?: string;
  data?: string;
  prices?: string;
}

export interface BatchFlags extends GlobalFlags {
  input?: string;
  format?: string;
  failFast?: boolean;
  data?: string;
  prices?: string;
}

/** The --prices basis, checked: today (the default) or published. */
export function pricesBasis(given: string | undefined): PriceBasis {
  if (given === undefined) return 'today';
  if ((PRICE_BASES as readonly string[]).includes(given)) return given as PriceBasis;
  throw new UsageError(cliText.pricesOneOf(PRICE_BASES.join(', '), shown(given)));
}

export interface GfeCheckFlags extends GlobalFlags {
  estimate?: string[];
  bill?: string[];
  file?: string;
  billDate?: string;
  today?: string;
  json?: boolean;
  data?: string;
}

export interface CompareFlags extends Omit<ScenarioFlags, 'quote'>, GlobalFlags {
  quote?: string[];
  scenario?: string[];
  format?: string;
  json?: boolean;
  ascii?: boolean;
  data?: string;
  prices?: string;
}

export interface AuditFlags extends ScenarioFlags, GlobalFlags {
  input?: string;
  format?: string;
  json?: boolean;
  estimate?: boolean;
  ascii?: boolean;
  data?: string;
}
