import { describe, it, expect } from 'vitest';
import { main } from '../../src/cli.js';
import { nearestChoice } from '../../src/core/suggest.js';
import { fakeIo } from '../helpers/fake-io.js';
import { runBin } from '../helpers/run-bin.js';

async function run(argv: string[], stdin = '') {
  const io = fakeIo();
  (io.stdin as unknown as { end(s: string): void }).end(stdin);
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('mistyped commands and names (item 16)', () => {
  it.each([
    [['estimat', '-t', 'outpatient'], /^ketamine-cost: unknown command 'estimat'\n\(Did you mean estimate\?\)/],
    [['--lang', 'es', 'estimat', '-t', 'outpatient'], /^ketamine-cost: comando desconocido 'estimat'\n\(¿Quiso decir estimate\?\)/],
    [['compar', '--travel', 'domestic', '--json'], /^ketamine-cost: unknown command 'compar'\n\(Did you mean compare\?\)/],
    [['help', 'estimat'], /^ketamine-cost: unknown command 'estimat'\n\(Did you mean estimate\?\)/],
  ])('%j is an unknown command, named with the nearest one', async (argv, pattern) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
  });

  it.each([
    [['help'], /^Usage: ketamine-cost \[options\] \[command\]/, /help \[command\] +show help for a command/],
    [['help', 'estimate'], /^Usage: ketamine-cost estimate \[options\]/, /--technique <id>/],
    [['help', 'batch', '--lang', 'es'], /^Uso: ketamine-cost batch \[opciones\] \[file\]/, /--fail-fast/],
    [['--lang', 'es', 'help'], /^Uso: ketamine-cost \[opciones\] \[comando\]/, /help \[comando\] +muestra la ayuda de un comando/],
  ])('%j prints help on stdout and exits 0', async (argv, start, inside) => {
    const r = await run(argv);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(start);
    expect(r.stdout).toMatch(inside);
  });

  it.each([
    [
      ['estimate', '-t', 'inpatient'],
      /--technique: must be one of: low-dose-inpatient, outpatient, coma \(got "inpatient"\); did you mean low-dose-inpatient\?/,
    ],
    [
      ['estimate', '-t', 'coma', '--travel', 'abroad'],
      /--travel: must be one of: none, domestic, international \(got "abroad"\); did you mean international\?/,
    ],
    [['estimate', '-t', 'coma', '--travel', 'abroad', '--lang', 'es'], /\(se recibió "abroad"\); ¿quiso decir international\?/],
    [['estimate', '-t', 'outpatinet'], /did you mean outpatient\?/],
    [['estimate', '-t', 'Low dose inpatient'], /did you mean low-dose-inpatient\?/],
    [['estimate', '-t', 'coma', '--clinic-range', 'high'], /--clinic-range: .*did you mean upper\?/],
    [['estimate', '-t', 'coma', '--insurance', 'self-pay'], /--insurance: .*did you mean none\?/],
    [['estimate', '-t', 'coma', '--insurance', 'in-network', '--covered', 'treatment,visit'], /--covered: .*did you mean visits\?/],
  ])('%j names the value meant', async (argv, pattern) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
  });

  it('says nothing it is not sure of', () => {
    expect(nearestChoice('xyz', ['none', 'domestic', 'international'])).toBeNull();
    expect(nearestChoice('', ['none'])).toBeNull();
    expect(nearestChoice('o', ['outpatient', 'coma'])).toBeNull();
  });

  it('a bad value in a batch row names the value meant too', async () => {
    const r = await run(['batch', '--input', 'csv'], 'technique,travel\ncoma,abroad\n');
    expect(r.stderr).toMatch(/line 2: travel: .*did you mean international\?/);
  });

  it.each([
    [['--version', 'extra'], /^ketamine-cost: --version prints the version and takes nothing else \(got "extra"\); give it alone$/m],
    [['-V', '--json'], /got "--json"/],
    [['extra', '--version'], /got "extra"/],
    [['--lang', 'es', '--version', 'x'], /^ketamine-cost: --version muestra la versión y no admite nada más \(se recibió "x"\)/m],
  ])('%j is refused, not a version and exit 0', async (argv, pattern) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
  });

  it('--version alone, or with a global option, prints the version', async () => {
    for (const argv of [['--version'], ['-V'], ['--version', '--lang', 'es'], ['--no-color', '-V']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  it('the real bin agrees', () => {
    const r = runBin(['estimat', '-t', 'outpatient']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'estimat'/);
    expect(runBin(['help', 'estimate']).code).toBe(0);
    expect(runBin(['--version', 'extra']).code).toBe(2);
  });
});
