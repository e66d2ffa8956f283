'use strict';
// Run by `npm run build` on Node 20 and 21: runs the commonest commands once, in this process,
// through the tool's own main(), then saves the code V8 compiled for each bundle beside it
// (dist/<name>.cjs.cache), for bin/code-cache.cjs to read at every start. Writes nothing else.
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { useCodeCache } = require('../bin/code-cache.cjs');

const dist = join(__dirname, '..', 'dist');
const save = useCodeCache(dist, { write: true });
const { main } = require(join(dist, 'cli.cjs'));
const dir = mkdtempSync(join(tmpdir(), 'ketamine-cost-cache-'));
const sink = { write: () => true, isTTY: false, columns: 80 };
const io = { stdout: sink, stderr: sink, stdin: { isTTY: false }, env: {}, cwd: dir };
writeFileSync(join(dir, 'rows.ndjson'), '{"technique":"coma"}\n{"technique":"outpatient","months":6}\n');
writeFileSync(join(dir, 'rows.csv'), 'id,technique\na,low-dose-inpatient\n');

const commands = [
  ['estimate', '-t', 'coma', '--json'],
  ['estimate', '-t', 'outpatient', '--months', '6'],
  ['estimate', '-t', 'low-dose-inpatient', '--travel', 'domestic', '--insurance', 'in-network', '--format', 'markdown'],
  ['estimate', '--technique=coma', '--format', 'csv'],
  ['--help'],
  ['estimate', '--help'],
  ['compare'],
  ['batch', 'rows.ndjson', '--format', 'ndjson'],
  ['batch', 'rows.csv'],
  ['data', 'show'],
];
(async () => {
  try {
    for (const argv of commands) {
      const code = await main(argv, io);
      if (code !== 0) throw new Error(`${argv.join(' ')} exited ${code}`);
    }
    // The wizard cannot run without a terminal: its bundle is loaded, so its start is cached.
    require(join(dist, 'wizard-run.cjs'));
    save();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})().catch((error) => {
  console.error(`write-code-cache: ${error.message}`);
  process.exit(1);
});
