// Bundles src/ into dist/ with esbuild, one self-contained CommonJS file per command path: the
// entry (dist/cli.cjs) answers --version and runs a plain `estimate` line itself, and otherwise
// loads the commander program (dist/program.cjs), whose commands each load one file for their
// work. Heavy modules loaded on demand (the schema library, the table and HTML renderers) are files
// of their own. Each file loaded costs start-up time, so there are no shared chunks. The built-in
// data file is checked against the schema first, so the bundled tool can trust it without loading
// the schema library.
import { build } from 'esbuild';
import { readFileSync, rmSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_OPTIONS } from './bundle-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const checker = await build({
  entryPoints: [join(root, 'src/core/validate-data.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const dir = mkdtempSync(join(tmpdir(), 'ketamine-cost-build-'));
const checkerFile = join(dir, 'validate-data.mjs');
writeFileSync(checkerFile, checker.outputFiles[0].text);
const { validateCostData } = await import(pathToFileURL(checkerFile).href);
rmSync(dir, { recursive: true, force: true });
const result = validateCostData(JSON.parse(readFileSync(join(root, 'data/costs.json'), 'utf8')));
if (!result.ok) {
  console.error('data/costs.json is not valid; not building:');
  for (const p of result.problems) console.error(`  - ${p.path}: ${p.message}`);
  process.exit(1);
}

// dist file name -> source file. A dynamic import of one of these sources becomes an import of its dist file.
const entries = {
  cli: 'src/cli.ts',
  program: 'src/program.ts',
  'estimate-run': 'src/commands/estimate-run.ts',
  'compare-run': 'src/commands/compare-run.ts',
  'batch-run': 'src/commands/batch-run.ts',
  'wizard-run': 'src/commands/wizard-run.ts',
  'data-run': 'src/commands/data-run.ts',
  'gfe-check-run': 'src/commands/gfe-check-run.ts',
  'validate-data': 'src/core/validate-data.ts',
  table: 'src/render/table.ts',
  html: 'src/render/html.ts',
};
const bySource = new Map(Object.entries(entries).map(([name, src]) => [resolve(root, src), name]));

const lazyFiles = {
  name: 'lazy-files',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const target = bySource.get(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      return target ? { path: `./${target}.cjs`, external: true } : undefined;
    });
    // commander loads node:child_process for executable subcommands, which this tool has none of: 6-8 ms saved.
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`node_modules${'/'}commander`) ? { path: 'child-process-stub', namespace: 'stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    // chalk's own terminal detection loads node:tty, node:os and Node's stream modules (about 2 ms);
    // the tool decides the colour level itself (src/edge/colour-level.ts) and passes it to chalk, so
    // chalk gets its tiny browser detector instead, which touches nothing.
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes(`node_modules${'/'}chalk`) ? { path: join(dirname(args.importer), 'vendor/supports-color/browser.js') } : undefined,
    );
    // The built-in data as a string for JSON.parse: V8 reads a string literal far faster than the
    // same data written as a JavaScript object literal (about 2 ms here).
    b.onLoad({ filter: /[\\/]data[\\/]costs\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
await Promise.all(
  Object.entries(entries).map(([name, src]) =>
    build({
      absWorkingDir: root,
      entryPoints: { [name]: src },
      outdir: 'dist',
      ...BUNDLE_OPTIONS,
      plugins: [lazyFiles],
    }),
  ),
);
