// Bundles src/ into dist/ with esbuild: one small entry, and a chunk per lazily loaded command,
// so --help and estimate do not pay for the prompt library. The built-in data file is checked
// against the schema first, so the bundled tool can trust it without loading the schema library.
import { build } from 'esbuild';
import { readFileSync, rmSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
const checker = await build({ entryPoints: [new URL('src/core/validate-data.ts', root).pathname], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
const dir = mkdtempSync(join(tmpdir(), 'ketamine-cost-build-'));
const checkerFile = join(dir, 'validate-data.mjs');
writeFileSync(checkerFile, checker.outputFiles[0].text);
const { validateCostData } = await import(pathToFileURL(checkerFile).href);
rmSync(dir, { recursive: true, force: true });
const result = validateCostData(JSON.parse(readFileSync(new URL('data/costs.json', root), 'utf8')));
if (!result.ok) {
  console.error('data/costs.json is not valid; not building:');
  for (const p of result.problems) console.error(`  - ${p.path}: ${p.message}`);
  process.exit(1);
}

rmSync(new URL('dist', root), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS packages (commander, cli-table3) still call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
