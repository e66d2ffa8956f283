import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
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

describe('start-up loads only what the command needs (built bundle)', () => {
  const startup = staticGraph('cli.js');

  it('does not load the prompt library, the table library or the schema library for --help and --version', () => {
    expect(startup).toContain('ketamine-cost'); // the graph was read
    expect(startup).not.toContain('force closed the prompt'); // @inquirer's own message
    expect(startup).not.toContain('$ZodType'); // zod's classes
    expect(startup).not.toContain('colSpan'); // cli-table3's layout code
  });

  it('keeps the prompt library out of the estimate path', () => {
    const estimateChunk = /import\("\.\/(estimate-run-[^"]+)"\)/.exec(startup)?.[1];
    expect(estimateChunk).toBeDefined();
    const estimatePath = staticGraph(estimateChunk!);
    expect(estimatePath).not.toContain('force closed the prompt');
    const wizardChunk = /import\("\.\/(wizard-run-[^"]+)"\)/.exec(startup)?.[1];
    expect(staticGraph(wizardChunk!)).toContain('force closed the prompt');
  });
});
