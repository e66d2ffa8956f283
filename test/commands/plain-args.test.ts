import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Command } from 'commander';
import { plainEstimateFlags } from '../../src/commands/plain-args.js';
import { ESTIMATE_OPTIONS, fieldFlags, GLOBAL_OPTIONS } from '../../src/commands/option-specs.js';
import { FLAG_FIELDS } from '../../src/core/scenario-fields.js';
import { createProgram } from '../../src/program.js';
import { main } from '../../src/cli.js';
import { setLanguage } from '../../src/core/lang.js';
import { fakeIo } from '../helpers/fake-io.js';
import { FIXTURE_PATH } from '../helpers/data.js';

const SEED = Number(process.env.FC_SEED ?? 20261127);

/** Every option `estimate` takes, read from its flags string: `-f, --format <format>`. */
const OPTIONS = [...FLAG_FIELDS.map((f) => fieldFlags(f)), ...ESTIMATE_OPTIONS.map((o) => o.flags), ...GLOBAL_OPTIONS.map((o) => o.flags)].map((flags) => {
  const m = /^(?:(-[a-zA-Z]), )?(--[a-z-]+)(?: <[^>]+>)?$/.exec(flags)!;
  return { short: m[1], long: m[2]!, value: flags.endsWith('>') };
});

/** What commander hands the estimate command for a line: its options with the program's. */
async function commanderFlags(argv: string[]): Promise<Record<string, unknown>> {
  setLanguage('en');
  const program = createProgram(fakeIo(), argv);
  let flags: Record<string, unknown> = {};
  const estimate = program.commands.find((c) => c.name() === 'estimate')!;
  estimate.action((_o: unknown, command: Command) => {
    flags = command.optsWithGlobals();
  });
  await program.parseAsync(argv, { from: 'user' });
  return flags;
}

/** A plain value: not blank and not starting with a dash, but otherwise anything. */
const plainValue = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && !s.startsWith('-'));

/** A plain line: `estimate`, then some options once each in any order, long or short, with plain values. */
const plainLine = (value: fc.Arbitrary<string>) =>
  fc
    .shuffledSubarray(OPTIONS)
    .chain((options) =>
      fc
        .tuple(...options.map((o) => fc.tuple(o.short ? fc.constantFrom(o.short, o.long) : fc.constant(o.long), o.value ? value : fc.constant(null))))
        .map((pairs) => ['estimate', ...pairs.flatMap(([token, v]) => (v === null ? [token] : [token, v]))]),
    );

describe('plain estimate lines run without commander, with exactly the flags commander gives', () => {
  it('reads every plain line as commander does (property)', async () => {
    await fc.assert(
      fc.asyncProperty(plainLine(plainValue), async (argv) => {
        expect(plainEstimateFlags(argv)).toEqual(await commanderFlags(argv));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('reads a typical line', () => {
    expect(plainEstimateFlags(['estimate', '-t', 'coma', '--quote', '30000', '--json', '--no-color', '--lang', 'es'])).toEqual({
      technique: 'coma',
      quote: '30000',
      json: true,
      color: false,
      lang: 'es',
    });
    expect(plainEstimateFlags(['estimate'])).toEqual({ color: true });
  });

  it.each([
    [['--lang', 'es', 'estimate', '-t', 'coma']],
    [['estimate', '--help']],
    [['estimate', '-h']],
    [['estimate', '-V']],
    [['estimate', '--quote=5', '-t', 'coma']],
    [['estimate', '--', '-t', 'coma']],
    [['estimate', '-t', 'coma', 'extra']],
    [['estimate', '-t', 'coma', '-t', 'outpatient']],
    [['estimate', '-t', 'coma', '--technique', 'outpatient']],
    [['estimate', '-t', 'coma', '--json', '--json']],
    [['estimate', '-t', 'coma', '--nope', '1']],
    [['estimate', '-tcoma']],
    [['estimate', '-t']],
    [['estimate', '-t', 'coma', '--quote', '-5']],
    [['estimate', '-t', ' ']],
    [['estimate', '-t', '']],
    [['estimat', '-t', 'coma']],
  ])('leaves %j to commander', (argv) => {
    expect(plainEstimateFlags(argv)).toBeNull();
  });
});

// Values a person might give, good and bad, so that both results and errors are compared.
const someValue = fc.constantFrom(
  'coma',
  'outpatient',
  'low-dose-inpatient',
  'lowdose',
  '0',
  '2',
  '6',
  '12',
  '999999',
  '1.5',
  '20%',
  '$1,500',
  '12000-15000',
  'full',
  'upper',
  'quote',
  'none',
  'domestic',
  'international',
  'ppo',
  'hdhp',
  'visits,boosters',
  'json',
  'csv',
  'markdown',
  'table',
  'html',
  'today',
  'published',
  'en',
  'es',
  'fr',
  'nope.json',
);

/** Lines that mostly work: a technique and a few common options with sensible values. */
const workingLine = fc
  .record(
    {
      technique: fc.constantFrom('coma', 'outpatient', 'low-dose-inpatient'),
      boosters: fc.constantFrom('0', '1', '3'),
      'pre-visits': fc.constantFrom('0', '2'),
      travel: fc.constantFrom('none', 'domestic', 'international'),
      insurance: fc.constantFrom('none', 'in-network', 'ppo'),
      format: fc.constantFrom('json', 'csv', 'markdown', 'table'),
      prices: fc.constantFrom('today', 'published'),
      lang: fc.constantFrom('en', 'es'),
      timeline: fc.constant(null),
      'no-color': fc.constant(null),
    },
    { requiredKeys: ['technique'] },
  )
  .map((r) => ['estimate', ...Object.entries(r).flatMap(([k, v]) => (v === null ? [`--${k}`] : [`--${k}`, v]))]);

describe('a plain line and the same line through commander give the same result', () => {
  // Not --save (it writes a file) and not --data (a fixture stands in for the built-in data).
  const withFixture = (argv: string[]) => {
    const out: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] === '--save' || argv[i] === '--data') i++;
      else out.push(argv[i]!);
    }
    return [...out, '--data', FIXTURE_PATH];
  };
  /** Runs each line both ways and compares; returns how many ran to a real estimate (exit 0). */
  const compareBothWays = async (lines: fc.Arbitrary<string[]>): Promise<number> => {
    let succeeded = 0;
    await fc.assert(
      fc.asyncProperty(lines.map(withFixture), async (argv) => {
        // `--data=FILE` is the same request, but not a plain line: commander reads it.
        const viaCommander = [...argv.slice(0, -2), `--data=${FIXTURE_PATH}`];
        expect(plainEstimateFlags(argv)).not.toBeNull();
        expect(plainEstimateFlags(viaCommander)).toBeNull();
        const plain = fakeIo();
        const full = fakeIo();
        const codes = [await main(argv, plain), await main(viaCommander, full)];
        expect({ code: codes[0], out: plain.out(), err: plain.err() }).toEqual({ code: codes[1], out: full.out(), err: full.err() });
        if (codes[0] === 0) succeeded++;
      }),
      { seed: SEED, numRuns: 150 },
    );
    return succeeded;
  };

  it('prints the same, to stdout and stderr, with the same exit code (property, any values: mostly errors)', async () => {
    await compareBothWays(plainLine(someValue));
  });

  it('prints the same, to stdout and stderr, with the same exit code (property, working values: mostly estimates)', async () => {
    expect(await compareBothWays(workingLine)).toBeGreaterThan(50);
  });
});
