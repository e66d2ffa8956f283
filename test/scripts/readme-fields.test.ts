import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAG_FIELDS } from '../../src/core/scenario-fields.js';
import { builtInData, fieldTable, README_PATH, SECTIONS, sectionNames, withFieldTables } from '../../scripts/readme-fields.js';

const README = readFileSync(README_PATH, 'utf8');

describe("the README's field tables (npm run readme-fields)", () => {
  it('are what the script writes from the field table: run `npm run readme-fields` after changing a field', () => {
    expect(README).toBe(withFieldTables(README, builtInData()));
  });

  it('has every generated section once, and together they list every field a person gives once', () => {
    expect(sectionNames(README).sort()).toEqual(Object.keys(SECTIONS).sort());
    const data = builtInData();
    const rows = Object.keys(SECTIONS).flatMap((name) => fieldTable(name, data).split('\n').slice(2));
    expect(rows.map((r) => r.match(/--([a-z-]+) /)![1])).toEqual(expect.arrayContaining(FLAG_FIELDS.map((f) => f.flag)));
    expect(rows).toHaveLength(FLAG_FIELDS.length);
  });

  it('notices a hand edit inside a section', () => {
    const edited = README.replace('| `--apr <percent>` |', '| `--apr <rate>` |');
    expect(edited).not.toBe(README);
    expect(withFieldTables(edited, builtInData())).toBe(README);
  });
});

describe("the README's layout line", () => {
  it('names every folder under src/', () => {
    const layout = README.slice(README.indexOf('Layout: '), README.indexOf('## Contributing'));
    const folders = readdirSync(new URL('../../src/', import.meta.url), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.length).toBeGreaterThan(0);
    for (const f of folders) expect(layout, `src/${f.name}`).toContain(`\`src/${f.name}\``);
  });
});
