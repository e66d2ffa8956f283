import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localiseData } from '../../src/core/localise.js';
import type { CostDataFile } from '../../src/core/data-schema.js';
import { rawData } from '../helpers/data.js';

// The build writes the built-in data beside the bundles once per language, and the bundled
// embeddedData reads it (scripts/build.mjs): it must be exactly what the source's localiseData gives.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

describe('the built-in data in the bundle', () => {
  it.each(['en', 'es'] as const)('is data/costs.json localised to %s', (lang) => {
    const built = JSON.parse(readFileSync(`${dist}costs.${lang}.json`, 'utf8'));
    expect(built).toEqual(localiseData(rawData() as CostDataFile, lang));
  });
});
