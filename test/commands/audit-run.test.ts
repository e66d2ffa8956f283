import { describe, it, expect } from 'vitest';
import { runAudit } from '../../src/commands/audit-run.js';
import { main } from '../../src/cli.js';
import { fakeIo } from '../helpers/fake-io.js';
import { FIXTURE_PATH } from '../helpers/data.js';

describe('audit, in process', () => {
  it('asks for a file or a pipe rather than waiting on a terminal', async () => {
    const io = fakeIo({ tty: true });
    await expect(runAudit(undefined, { color: false }, io)).rejects.toMatchObject({
      name: 'UsageError',
      message: 'give the quote: a file (ketamine-cost audit quote.txt), or pipe it in (pbpaste | ketamine-cost audit)',
    });
    expect(io.out()).toBe('');
  });

  it('refuses a data file without an audit section, naming it (exit 2)', async () => {
    const io = fakeIo();
    const code = await main(['audit', 'test/fixtures/quotes/example.txt', '--data', FIXTURE_PATH], io);
    expect(code).toBe(2);
    expect(io.err()).toBe(`ketamine-cost: data file "${FIXTURE_PATH}" has no audit section, which audit needs (see the built-in data/costs.json)\n`);
    expect(io.out()).toBe('');
  });
});
