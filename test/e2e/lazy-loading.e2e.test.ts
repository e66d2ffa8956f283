import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BIN, cleanEnv } from '../helpers/run-bin.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist/`;
const HOOK = fileURLToPath(new URL('../fixtures/report-loaded.cjs', import.meta.url));

// A dist file loads another either at once (`require("./x.cjs")`) or when a command needs it
// (`Promise.resolve().then(() => __toESM(require("./x.cjs")))`, esbuild's form of import()).
const LAZY = /Promise\.resolve\(\)\.then\(\(\) => __toESM\(require\("\.\/([^"]+)"\)/g;
const ANY = /require\("\.\/([^"]+)"\)/g;
const lazyImports = (file: string) => [...readFileSync(dist + file, 'utf8').matchAll(LAZY)].map((m) => m[1]!);

/** The code a file loads before it runs: itself and its eager requires of other dist files, recursively. */
function staticGraph(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = readFileSync(dist + file, 'utf8');
  const eager = code.replace(LAZY, '').matchAll(ANY);
  return code + [...eager].map((m) => staticGraph(m[1]!, seen)).join('\n');
}

/** Runs the built bin with stdout to a pipe and reports what it loaded. */
function loaded(args: string[]): { files: string[]; builtins: string[]; stdout: string } {
  const r = spawnSync(process.execPath, ['--require', HOOK, BIN, ...args], { cwd: root, env: cleanEnv(), encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const m = /\nLOADED (.*)\n/.exec(r.stderr);
  expect(m, r.stderr).not.toBeNull();
  return { ...JSON.parse(m![1]!), stdout: r.stdout };
}

const PROMPTS = 'force closed the prompt'; // @inquirer's own message
const ZOD = '$ZodType'; // zod's classes
const TABLE = 'colSpan'; // the table library's layout code (cli-table3, bundled where tables are drawn)
const CHALK = 'ansiStyles'; // chalk's colour table
const COMMANDER = 'allowExcessArguments'; // commander's Command class
// Node's stream, network and terminal modules: a few ms to load, and not needed to print to a pipe.
const STDIO_STREAMS = ['stream', 'net', 'tty'];

describe('start-up loads only what the command needs (built bundle)', () => {
  it('is one CommonJS file per command path, with no shared chunks, and the built-in data in each language', () => {
    const files = readdirSync(dist);
    expect(files.filter((f) => f.startsWith('chunk-'))).toEqual([]);
    expect(files.filter((f) => !f.endsWith('.cjs')).sort()).toEqual(['costs.en.json', 'costs.es.json']);
  });

  it('answers --version from the entry alone: no argument parser, prompts, schema or table library', () => {
    const entry = staticGraph('cli.cjs');
    expect(entry).toContain('--version');
    for (const heavy of [COMMANDER, PROMPTS, ZOD, TABLE, CHALK]) expect(entry).not.toContain(heavy);
    // lang-es.cjs: the Spanish catalogs, loaded only in a Spanish run (src/languages.ts).
    expect(lazyImports('cli.cjs').sort()).toEqual(['estimate-run.cjs', 'lang-es.cjs', 'program.cjs']);
  });

  it('keeps the Spanish catalogs a file of words: no library, and nothing else loaded from it', () => {
    const es = staticGraph('lang-es.cjs');
    for (const heavy of [COMMANDER, PROMPTS, ZOD, TABLE, CHALK]) expect(es, heavy).not.toContain(heavy);
    expect(lazyImports('lang-es.cjs')).toEqual([]);
  });

  it('keeps the program (help and the argument parser) free of the prompt, schema, table and colour libraries', () => {
    const program = staticGraph('program.cjs');
    expect(program).toContain(COMMANDER);
    for (const heavy of [PROMPTS, ZOD, TABLE, CHALK]) expect(program).not.toContain(heavy);
    expect(lazyImports('program.cjs').sort()).toEqual(
      [
        'audit-run.cjs',
        'batch-run.cjs',
        'compare-run.cjs',
        'data-run.cjs',
        'data-run.cjs',
        'data-run.cjs',
        'estimate-run.cjs',
        'gfe-check-run.cjs',
        'wizard-run.cjs',
      ].sort(),
    );
  });

  it('keeps estimate --json light: no prompts, schema, table, colour or argument parser; the table renderer and the schema load only when used', () => {
    const path = staticGraph('estimate-run.cjs');
    for (const heavy of [PROMPTS, ZOD, TABLE, CHALK, COMMANDER]) expect(path, heavy).not.toContain(heavy);
    expect(lazyImports('estimate-run.cjs')).toEqual(expect.arrayContaining(['table.cjs', 'validate-data.cjs', 'html.cjs']));
  });

  it('bundles the table library with the table renderer, runs it only when a table is drawn, and leaves out its colours and string-width', () => {
    expect(staticGraph('table.cjs')).toContain(TABLE);
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.cjs'))) {
      const code = readFileSync(dist + file, 'utf8');
      if (!code.includes(TABLE)) continue;
      // esbuild runs a bundled CommonJS module at its first require(): here only inside tableLibrary(),
      // which boxTable calls, so a JSON, CSV or Markdown run (compare --json, audit --json) never runs it.
      expect(code.match(/require_cli_table3\(\)/g), file).toHaveLength(1);
      expect(code, file).toMatch(/function tableLibrary\(\) \{\s*return require_cli_table3\(\);\s*\}/);
      for (const left of ['node_modules/@colors', 'node_modules/string-width', 'node_modules/emoji-regex'])
        expect(code, `${file}: ${left}`).not.toContain(left);
    }
  });

  it('keeps the wizard path up to its first question free of the schema library and the HTML renderer', () => {
    const path = staticGraph('wizard-run.cjs');
    expect(path).toContain(PROMPTS);
    for (const heavy of [ZOD, COMMANDER]) expect(path, heavy).not.toContain(heavy);
    expect(path).not.toContain('<!doctype html>');
  });
});

describe('what a run really loads (the built bin, stdout to a pipe)', () => {
  it('--version loads the entry only, and none of Node stream, network or terminal modules', () => {
    const r = loaded(['--version']);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(r.files.filter((f) => f.startsWith('dist'))).toEqual(['dist/cli.cjs']);
    for (const m of STDIO_STREAMS) expect(r.builtins).not.toContain(m);
  });

  it('a plain estimate --json loads the entry and the estimate file only: no commander, and no stream modules', () => {
    const r = loaded(['estimate', '-t', 'coma', '--json']);
    expect(JSON.parse(r.stdout).total.low).toBeGreaterThan(0);
    expect(r.files.filter((f) => f.startsWith('dist')).sort()).toEqual(['dist/cli.cjs', 'dist/estimate-run.cjs']);
    for (const m of STDIO_STREAMS) expect(r.builtins).not.toContain(m);
    // The built-in data of the run's language only, read from a file rather than compiled.
    expect(readFileSync(`${dist}estimate-run.cjs`, 'utf8')).not.toContain('Ketamine coma, abroad');
  });

  it('the table adds only its renderer, still without commander or terminal detection', () => {
    const r = loaded(['estimate', '-t', 'outpatient', '--months', '6']);
    expect(r.stdout).toContain('Total');
    expect(r.files.filter((f) => f.startsWith('dist')).sort()).toEqual(['dist/cli.cjs', 'dist/estimate-run.cjs', 'dist/table.cjs']);
    for (const m of STDIO_STREAMS) expect(r.builtins).not.toContain(m);
  });

  it('runs where Node has no process.getBuiltinModule (Node 21, 22.0 to 22.2)', () => {
    const hook = fileURLToPath(new URL('../fixtures/no-get-builtin-module.cjs', import.meta.url));
    for (const args of [['--version'], ['estimate', '-t', 'coma', '--json'], ['estimate', '-t', 'coma', '--lang', 'es']]) {
      const r = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { cwd: root, env: cleanEnv(), encoding: 'utf8' });
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
      expect(r.stdout.length).toBeGreaterThan(5);
    }
  });

  it('a line that is not plain (here --help) goes through commander, without loading the estimate first', () => {
    const r = loaded(['estimate', '--help']);
    expect(r.stdout).toContain('Usage: ketamine-cost estimate');
    expect(r.files.filter((f) => f.startsWith('dist')).sort()).toEqual(['dist/cli.cjs', 'dist/program.cjs']);
  });
});
