import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from '../helpers/run-bin.js';

// On Node 20 and 21 the bin reads the code cache the build saved beside each bundle
// (bin/code-cache.cjs); from 22.1 Node's own compile cache does that job and these files are unused.
const root = fileURLToPath(new URL('../../', import.meta.url));
const before22 = Number(process.versions.node.split('.')[0]) < 22;

/** A copy of the built tool (bin and dist are all it needs) that a test may spoil. */
function copyOfTool(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ketamine-cost-cache-'));
  cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true, preserveTimestamps: true });
  return dir;
}
const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(dir, 'bin/ketamine-cost.cjs'), ...args], { encoding: 'utf8', env: cleanEnv() });

describe.skipIf(!before22)('the code cache of the bundles (Node 20 and 21)', () => {
  it('is saved by the build for the files of the commonest commands', () => {
    const caches = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.cjs.cache'));
    expect(caches).toEqual(expect.arrayContaining(['cli.cjs.cache', 'estimate-run.cjs.cache', 'table.cjs.cache', 'program.cjs.cache', 'wizard-run.cjs.cache']));
  });

  it('does not change a result, and a spoiled cache is only compiled around', () => {
    const dir = copyOfTool();
    const expected = run(dir, 'estimate', '-t', 'coma', '--json');
    expect(expected.status).toBe(0);
    writeFileSync(join(dir, 'dist/estimate-run.cjs.cache'), Buffer.alloc(50_000, 7));
    const spoiled = run(dir, 'estimate', '-t', 'coma', '--json');
    expect({ status: spoiled.status, stdout: spoiled.stdout, stderr: spoiled.stderr }).toEqual({ status: 0, stdout: expected.stdout, stderr: '' });
  });

  it('is not used for a bundle changed after it, even one of the same length (V8 checks only the length)', () => {
    const dir = copyOfTool();
    const file = join(dir, 'dist/table.cjs');
    const code = readFileSync(file, 'utf8');
    expect(code).toContain('Qty');
    writeFileSync(file, code.replaceAll('Qty', 'QTY'));
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const r = run(dir, 'estimate', '-t', 'coma');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('QTY');
  });
});
