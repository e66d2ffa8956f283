// `npm run schema`: writes data/costs.schema.json from the zod schema (a test keeps them in step).
import { writeFileSync } from 'node:fs';
import { dataJsonSchema } from '../src/core/data-json-schema.js';

writeFileSync(new URL('../data/costs.schema.json', import.meta.url), `${JSON.stringify(dataJsonSchema(), null, 2)}\n`);
