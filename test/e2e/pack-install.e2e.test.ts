import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from '../helpers/run-bin.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the published package', () => {
  it('installs from its tarball and runs as `ketamine-cost`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-pack-'));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // dist/ is already built by `npm test`; --ignore-scripts keeps pack from rebuilding it under other tests.
    const tarball = execFileSync(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1)!;
    const app = join(dir, 'app');
    mkdirSync(app);
    execFileSync(npm, ['install', '--prefix', app, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(dir, tarball)], {
      encoding: 'utf8',
    });
    const bin = join(app, 'node_modules', '.bin', 'ketamine-cost');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8', env: cleanEnv() });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const r = spawnSync(bin, ['estimate', '--technique', 'low-dose-inpatient', '--pre-visits', '0', '--post-visits', '0', '--json'], {
      encoding: 'utf8',
      env: cleanEnv(),
      cwd: dir,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).total.published).toEqual({ low: 10000, typical: 25000, high: 50000 });
    // data show finds the data changelog shipped in the package.
    expect(spawnSync(bin, ['data', 'show'], { encoding: 'utf8', env: cleanEnv() }).stdout).toMatch(
      /Latest change \(data\/CHANGELOG.md\):\n {2}## (\d{4}\.\d+\.\d+|unreleased: )/,
    );
  }, 180_000);
});
