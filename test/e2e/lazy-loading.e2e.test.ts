import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The code a module loads before it runs: itself and its static imports, recursively (not import()). */
function staticGraph(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = readFileSync(dist + file, 'utf8');
  const imports = [...code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']\.\/([^"']+)["']/gm)].map((m) => m[1]!);
  return code + imports.map((f) => staticGraph(f, seen)).join('\n');
}
const lazyImports = (file: string) => [...readFileSync(dist + file, 'utf8').matchAll(/import\("\.\/([^"]+)"\)/g)].map((m) => m[1]);

const PROMPTS = 'force closed the prompt'; // @inquirer's own message
const ZOD = '$ZodType'; // zod's classes
const TABLE = 'colSpan'; // a table library's layout code (none is bundled now)
const CHALK = 'ansiStyles'; // chalk's colour table
const COMMANDER = 'allowExcessArguments'; // commander's Command class

describe('start-up loads only what the command needs (built bundle)', () => {
  it('is one file per command path, with no shared chunks', () => {
    expect(readdirSync(dist).filter((f) => f.startsWith('chunk-'))).toEqual([]);
  });

  it('answers --version from the entry alone: no argument parser, prompts, schema or table library', () => {
    const entry = staticGraph('cli.js');
    expect(entry).toContain('--version');
    for (const heavy of [COMMANDER, PROMPTS, ZOD, TABLE, CHALK]) expect(entry).not.toContain(heavy);
    expect(lazyImports('cli.js')).toEqual(['program.js']);
  });

  it('keeps the program (help and the argument parser) free of the prompt, schema, table and colour libraries', () => {
    const program = staticGraph('program.js');
    expect(program).toContain(COMMANDER);
    for (const heavy of [PROMPTS, ZOD, TABLE, CHALK]) expect(program).not.toContain(heavy);
    expect(lazyImports('program.js').sort()).toEqual(
      ['batch-run.js', 'compare-run.js', 'data-run.js', 'data-run.js', 'data-run.js', 'estimate-run.js', 'gfe-check-run.js', 'wizard-run.js'].sort(),
    );
  });

  it('keeps estimate --json light: no prompts, schema, table, colour or argument parser; the table renderer and the schema load only when used', () => {
    const path = staticGraph('estimate-run.js');
    for (const heavy of [PROMPTS, ZOD, TABLE, CHALK, COMMANDER]) expect(path, heavy).not.toContain(heavy);
    expect(lazyImports('estimate-run.js')).toEqual(expect.arrayContaining(['table.js', 'validate-data.js', 'html.js']));
  });

  it('keeps the wizard path up to its first question free of the schema library and the HTML renderer', () => {
    const path = staticGraph('wizard-run.js');
    expect(path).toContain(PROMPTS);
    for (const heavy of [ZOD, COMMANDER]) expect(path, heavy).not.toContain(heavy);
    expect(path).not.toContain('<!doctype html>');
  });
});
