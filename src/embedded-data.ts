import embedded from '../data/costs.json' with { type: 'json' };
import type { CostData } from './core/data-schema.js';

/** The data file built into the tool, as parsed JSON; validate it (loadData) before computing with it. */
export const embeddedJson: unknown = embedded;

/** The same, typed without validation: only for help texts and defaults shown before any work is done. */
export const embeddedData = embedded as unknown as CostData;
