import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { fakeIo } from '../helpers/fake-io.js';
import { BIN, cleanEnv, runBin } from '../helpers/run-bin.js';

const dir = mkdtempSync(join(tmpdir(), 'kc-files-'));
mkdirSync(join(dir, 'folder'));
execFileSync('mkfifo', [join(dir, 'nobody.json')]);

async function run(argv: string[], opts: { stdin?: string; directoryOnStdin?: boolean } = {}) {
  const io = fakeIo({ cwd: dir });
  (io.stdin as unknown as { end(s: string): void }).end(opts.stdin ?? '');
  if (opts.directoryOnStdin) io.stdinIsDirectory = () => true;
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('a folder on standard input is refused, as a folder given by name is (item 3)', () => {
  it.each([
    ['en', /^ketamine-cost: standard input is a folder, not scenarios: give a file name, or pipe scenarios in$/m],
    ['es', /^ketamine-cost: la entrada estándar es una carpeta, no escenarios/m],
  ])('batch - < folder, in the real bin (%s)', (lang, pattern) => {
    const fd = openSync(join(dir, 'folder'), 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, 'batch', '-', '--lang', lang], { stdio: [fd, 'pipe', 'pipe'], env: cleanEnv(), encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(pattern);
    } finally {
      closeSync(fd);
    }
  });

  it('batch with no file and a folder on standard input, in process', async () => {
    const r = await run(['batch', '--input', 'csv'], { directoryOnStdin: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/standard input is a folder/);
  });
});

describe('a FIFO nobody writes to, as a scenario or data file, is refused at once (item 9)', () => {
  it.each([
    [
      ['estimate', '--scenario', 'nobody.json'],
      /^ketamine-cost: cannot read scenario file "nobody.json": it is not a regular file \(a FIFO, device or socket/m,
    ],
    [['estimate', '-t', 'coma', '--data', 'nobody.json'], /^ketamine-cost: cannot read data file "nobody.json": it is not a regular file/m],
    [['data', 'validate', 'nobody.json'], /^ketamine-cost: cannot read data file "nobody.json": it is not a regular file/m],
    [['data', 'show', '--data', 'nobody.json', '--lang', 'es'], /^ketamine-cost: no se puede leer el archivo de datos "nobody.json": no es un archivo normal/m],
    [['compare', '--scenario', 'nobody.json', '--scenario', 'nobody.json'], /cannot read scenario file "nobody.json": it is not a regular file/],
    [['gfe-check', '--file', 'nobody.json', '--bill-date', '2026-01-02', '--today', '2026-01-03'], /"nobody.json": it is not a regular file/],
    [['estimate', '--scenario', '/dev/zero'], /cannot read scenario file "\/dev\/zero": it is not a regular file/],
  ])('%j', (args, pattern) => {
    // Opening a FIFO nobody writes to waits for ever: a run that did would be killed here.
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: cleanEnv(), encoding: 'utf8', timeout: 10_000 });
    expect(r.signal, 'it hung and was killed').toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(pattern);
  });
});

describe('an empty file name is refused like every other empty value (item 10)', () => {
  it.each([
    [['batch', ''], /^ketamine-cost: cannot read the scenarios "": the name is empty; give a file name$/m],
    [['batch', '', '--lang', 'es'], /^ketamine-cost: no se pueden leer los escenarios "": el nombre está vacío; indique un nombre de archivo$/m],
    [['data', 'validate', ''], /^ketamine-cost: cannot read data file "": the name is empty; give a file name$/m],
    [['data', 'validate', '', '--lang', 'es'], /^ketamine-cost: no se puede leer el archivo de datos "": el nombre está vacío/m],
    [['data', 'show', '--data', ''], /--data.*It is empty: give a value/],
    [['data', 'show', '--data', 'x.json', '--data', 'y.json'], /--data.*more than once/],
  ])('%j', async (args, pattern) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
  });
});

describe('batch names the file it cannot read (item 17)', () => {
  it.each([
    [['batch', 'missing-file'], /^ketamine-cost: cannot read the scenarios "missing-file": no such file$/m],
    [['batch', 'missing-file', '--lang', 'es'], /^ketamine-cost: no se pueden leer los escenarios "missing-file": no existe el archivo$/m],
    [['batch', 'folder'], /^ketamine-cost: cannot read the scenarios "folder": it is a directory$/m],
    [['batch', 'mis\u001bsing'], /cannot read the scenarios "mis\\u001bsing": no such file/],
  ])('%j', async (args, pattern) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
  });

  it('still reads a file given by name, and a FIFO as it is written', async () => {
    writeFileSync(join(dir, 'rows.ndjson'), '{"technique": "coma"}\n');
    expect((await run(['batch', 'rows.ndjson'])).code).toBe(0);
    execFileSync('mkfifo', [join(dir, 'written.ndjson')]);
    const r = spawnSync(
      'bash',
      ['-c', `(sleep 0.3; echo '{"technique": "coma"}' > written.ndjson) & ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} batch written.ndjson`],
      {
        cwd: dir,
        env: cleanEnv(),
        encoding: 'utf8',
        timeout: 10_000,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(runBin(['batch', 'rows.ndjson'], { cwd: dir }).code).toBe(0);
  });
});
