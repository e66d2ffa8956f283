import { describe, expect, it } from 'vitest';
import { INPUT_COLUMNS, SCENARIO_FIELDS } from '../../src/core/scenario-fields.js';
import { normaliseScenario, PLAN_FIELDS, scenarioToJson } from '../../src/core/scenario.js';
import { helpTextEn } from '../../src/commands/help-text.js';
import { helpTextEs } from '../../src/commands/help-text-es.js';
import { realData } from '../helpers/data.js';

// The lists that keep a hand-written order (the JSON and CSV output contracts), held to the field table.
describe('the lists kept beside the field table', () => {
  it('the JSON scenario (scenario files, --json, batch NDJSON) has every field of the table, and nothing else', () => {
    const r = normaliseScenario({ technique: 'outpatient' }, realData());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(Object.keys(scenarioToJson(r.normalised.scenario)).sort()).toEqual(SCENARIO_FIELDS.map((f) => f.name).sort());
  });

  it('PLAN_FIELDS, in the output order, are the nullable fields but the quote and the outpatient plan', () => {
    const core = new Set(['quote', 'sessions', 'months', 'sessionsHigh']);
    const nullable = SCENARIO_FIELDS.filter((f) => 'nullable' in f && !core.has(f.name)).map((f) => f.name);
    expect([...PLAN_FIELDS].sort()).toEqual(nullable.sort());
  });

  it('the Spanish batch --help names the same CSV columns as the English', () => {
    expect(helpTextEn.batchHelp).toContain(`(${INPUT_COLUMNS.join(',')})`);
    expect(helpTextEs.batchHelp).toContain(`(${INPUT_COLUMNS.join(',')})`);
  });
});
