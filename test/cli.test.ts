import { describe, it, expect } from 'vitest';
import { CommanderError } from 'commander';
import { main, reportError } from '../src/cli.js';
import { UsageError } from '../src/errors.js';
import { fakeIo } from './helpers/fake-io.js';
import { FIXTURE_PATH } from './helpers/data.js';

describe('cli (in process)', () => {
  it('runs estimate with fake streams and returns exit code 0', async () => {
    const io = fakeIo();
    expect(
      await main(
        ['estimate', '--technique', 'outpatient', '--sessions', '10', '--pre-visits', '0', '--post-visits', '0', '--json', '--data', FIXTURE_PATH],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.out()).total).toMatchObject({ low: 5000, typical: null, high: 10000 });
    expect(io.err()).toBe('');
  });

  it('lists the commands in --help and exits 0', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const command of ['wizard', 'estimate', 'batch', 'data']) expect(io.out()).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(io.out()).toMatch(/not medical, financial or tax advice/);
  });

  it('maps a usage mistake to exit 2 and an unknown command to exit 2', async () => {
    const io = fakeIo();
    expect(await main(['estimate', '--technique'], io)).toBe(2);
    expect(io.err()).toMatch(/argument missing/);
    const other = fakeIo();
    expect(await main(['estimat'], other)).toBe(2);
    expect(other.err()).toMatch(/unknown command 'estimat'/);
  });

  it('prints one line for an unexpected error, and its stack only with --debug', () => {
    const quiet = fakeIo();
    expect(reportError(new Error('disk on fire'), quiet, false)).toBe(1);
    expect(quiet.err()).toBe('ketamine-cost: unexpected error: disk on fire\nRun again with --debug for details, and please report it.\n');
    const loud = fakeIo();
    expect(reportError(new Error('disk on fire'), loud, true)).toBe(1);
    expect(loud.err()).toMatch(/\n\s+at /);
  });

  it('maps a usage error to 2, help to 0 and a prompt cancelled to 130', () => {
    expect(reportError(new UsageError('bad'), fakeIo(), false)).toBe(2);
    expect(reportError(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), fakeIo(), false)).toBe(0);
    const io = fakeIo();
    expect(reportError(Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' }), io, false)).toBe(130);
    expect(io.err()).toBe('Cancelled.\n');
  });
});
