import type { ScenarioFlags } from './scenario-options.js';

/** Flags every command sees (declared on the program). */
export interface GlobalFlags {
  color: boolean;
  debug?: boolean;
}

export interface EstimateFlags extends ScenarioFlags, GlobalFlags {
  scenario?: string;
  save?: string;
  force?: boolean;
  format?: string;
  json?: boolean;
  data?: string;
}

export interface WizardFlags extends ScenarioFlags, GlobalFlags {
  scenario?: string;
  data?: string;
}

export interface BatchFlags extends GlobalFlags {
  input?: string;
  format?: string;
  failFast?: boolean;
  data?: string;
}
