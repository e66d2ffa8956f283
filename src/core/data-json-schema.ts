import * as z from 'zod';
import { costDataSchema } from './data-schema.js';

/** The data file's JSON Schema, generated from the zod schema, for editors. */
export function dataJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(costDataSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' }),
    title: 'ketamine-cost data file',
    description:
      'Cost figures for ketamine-cost. Some rules (low <= typical <= high, known source ids, rationale for assumptions, no control characters in text, price index values near the latest) are checked by `ketamine-cost data validate` but cannot be expressed here.',
  };
}
