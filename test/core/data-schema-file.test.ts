import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataJsonSchema } from '../../src/core/data-json-schema.js';
import { DATA_PATH } from '../helpers/data.js';

describe('data/costs.schema.json', () => {
  it('is in step with the zod schema (regenerate with npm run schema)', () => {
    const committed = readFileSync(DATA_PATH.replace(/costs\.json$/, 'costs.schema.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(dataJsonSchema(), null, 2)}\n`);
  });
});
