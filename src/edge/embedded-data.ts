import embedded from '../../data/costs.json' with { type: 'json' };
import type { CostData } from '../core/data-schema.js';

/** The data file built into the tool. `npm run build` refuses to bundle it unless it passes the schema. */
export const embeddedData = embedded as unknown as CostData;
