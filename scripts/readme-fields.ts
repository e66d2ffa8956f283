// `npm run readme-fields`: writes the README's scenario field tables (each between
// `<!-- fields:start GROUP -->` and `<!-- fields:end GROUP -->`) from the one table of fields
// (src/core/scenario-fields.ts) and its English --help words (src/commands/field-help.ts).
// test/scripts/readme-fields.test.ts fails when the README differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateCostData } from '../src/core/validate-data.js';
import type { CostData } from '../src/core/data-schema.js';
import { setLanguage } from '../src/core/lang.js';
import { FLAG_FIELDS } from '../src/core/scenario-fields.js';
import { fieldHelp } from '../src/commands/field-help.js';
import { fieldLabels, type FieldGroup } from '../src/commands/field-labels.js';

export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));
const DATA_PATH = fileURLToPath(new URL('../data/costs.json', import.meta.url));

/** The README's generated sections, by name: each lists the fields of these groups. */
export const SECTIONS: Readonly<Record<string, readonly FieldGroup[]>> = {
  plan: ['plan'],
  share: ['insurance', 'tax'],
  paying: ['paying', 'income'],
};

/** The built-in data, whose defaults the --help words quote. */
export function builtInData(): CostData {
  const result = validateCostData(JSON.parse(readFileSync(DATA_PATH, 'utf8')));
  if (!result.ok) throw new Error(`data/costs.json is invalid: ${JSON.stringify(result.problems)}`);
  return result.data;
}

/** Flags named in the help words become code: `--apr`. A `|` would end a table cell. */
function cell(text: string): string {
  return text.replace(/(^|[\s(])(--[a-z][a-z-]*)/g, '$1`$2`').replaceAll('|', '\\|');
}

/** One section's table: a row per field, in the field table's order. */
export function fieldTable(section: string, data: CostData): string {
  setLanguage('en');
  const groups = SECTIONS[section];
  if (groups === undefined) throw new Error(`README: no field section called "${section}" (known: ${Object.keys(SECTIONS).join(', ')})`);
  const labels = fieldLabels();
  const rows = FLAG_FIELDS.filter((f) => groups.includes(('group' in f ? f.group : undefined) ?? 'plan')).map((f) => {
    const flag = `${'short' in f ? `-${f.short}, ` : ''}--${f.flag} ${f.arg}`;
    return `| \`${flag}\` | ${cell(labels.fields[f.name])} | \`${f.name}\` | ${cell(fieldHelp(f.name, data))} |`;
  });
  return [
    '| flag (and batch CSV column, without the dashes) | in the reports | in scenario files and JSON | meaning (as in `--help`) |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const SECTION = /(<!-- fields:start (\S+) -->\n)[\s\S]*?(<!-- fields:end \2 -->)/g;

/** The README with every generated section written afresh. */
export function withFieldTables(readme: string, data: CostData): string {
  return readme.replace(
    SECTION,
    (_, start: string, name: string, end: string) =>
      `${start}<!-- written by \`npm run readme-fields\` from src/core/scenario-fields.ts and src/commands/field-help.ts: edit those, not this -->\n${fieldTable(name, data)}\n${end}`,
  );
}

/** The names of the generated sections in a README, in order. */
export function sectionNames(readme: string): string[] {
  return [...readme.matchAll(SECTION)].map((m) => m[2]!);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const before = readFileSync(README_PATH, 'utf8');
  const after = withFieldTables(before, builtInData());
  if (after !== before) writeFileSync(README_PATH, after);
  console.log(after === before ? 'README field tables already up to date' : 'README field tables written');
}
