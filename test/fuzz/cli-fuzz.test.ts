import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { main } from '../../src/cli.js';
import { FLAG_FIELDS, SCENARIO_FIELDS, type ScenarioField } from '../../src/core/scenario-fields.js';
import { fakeIo } from '../helpers/fake-io.js';
import { FIXTURE_PATH, fixtureData, rawData, realData } from '../helpers/data.js';
import { readScenario } from '../../src/core/scenario-read.js';
import type { CostData } from '../../src/core/data-schema.js';
import { runBin } from '../helpers/run-bin.js';
import { commandDescriptions } from '../../src/commands/command-descriptions.js';

// A fixed seed so CI is repeatable; FUZZ_SEED replays a failure, FUZZ_SCALE runs more (or fewer) cases.
const SEED = Number(process.env.FUZZ_SEED ?? 7_270_311);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

// Everything a case reads or writes is in this folder: a FIFO of its own, never a device or system file.
const dir = mkdtempSync(join(tmpdir(), 'kc-fuzz-'));
mkdirSync(join(dir, 'folder'));
execFileSync('mkfifo', [join(dir, 'fifo')]);
writeFileSync(join(dir, 'existing.json'), 'keep');
writeFileSync(join(dir, 'good.json'), JSON.stringify({ technique: 'outpatient', months: 6, quote: 650 }));
writeFileSync(join(dir, 'good2.json'), JSON.stringify({ technique: 'coma', travelers: 1 }));
copyFileSync(FIXTURE_PATH, join(dir, 'fixture.json'));

interface Case {
  argv: readonly string[];
  stdin?: string;
  files?: Record<string, string>;
  env?: Record<string, string>;
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function runInProcess(c: Case): Promise<Outcome> {
  for (const [name, content] of Object.entries(c.files ?? {})) writeFileSync(join(dir, name), content);
  const io = fakeIo({ cwd: dir, env: c.env });
  (io.stdin as unknown as { end(s: string): void }).end(c.stdin ?? '');
  const code = await main([...c.argv], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** Runs a property with the fixed seed; a failure names the seed to replay it with. */
async function check<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, property: (value: T) => Promise<void>): Promise<void> {
  try {
    await fc.assert(fc.asyncProperty(arbitrary, property), { seed: SEED, numRuns: runs(numRuns), endOnFailure: true });
  } catch (error) {
    throw new Error(`fuzz failure with seed ${SEED}: replay with FUZZ_SEED=${SEED}\n${(error as Error).message}`);
  }
}

// Raw characters that must never reach a terminal: C0 but tab and line feed, C1, direction marks, separators.
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

/** The value of a flag in argv (the last one given), if any. */
const flagValue = (argv: readonly string[], ...names: string[]) => {
  let value: string | undefined;
  argv.forEach((a, i) => {
    if (names.includes(a)) value = argv[i + 1];
  });
  return value;
};

/** Exit 0 with well-formed output, or exit 2 with clear lines on stderr; never a stack, never exit 1, never a raw control character. */
function checkOutcome(c: Case, o: Outcome): void {
  const context = `seed ${SEED} (FUZZ_SEED=${SEED} replays)\nargv ${JSON.stringify(c.argv)}\nstderr ${JSON.stringify(o.stderr.slice(0, 600))}`;
  expect([0, 2], context).toContain(o.code);
  expect(o.stderr, context).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(o.stderr, context).not.toMatch(RAW_UNSAFE);
  if (o.code === 2) {
    expect(o.stderr, context).toMatch(/^(ketamine-cost: |Usage: |Uso: )/);
    for (const line of o.stderr.split('\n').filter(Boolean))
      expect(line, context).toMatch(/^(ketamine-cost: | {2}- |\(|Usage:|Uso:|Options:|Opciones:|Arguments:|Argumentos:|Commands:|Comandos:|\s)/);
    // A Spanish run says its own errors in Spanish.
    if (isSpanish(c)) expect(o.stderr, context).not.toMatch(/\b(must be|is not valid|cannot read|unknown option|unknown command)\b/);
  }
  if (o.code !== 0 || c.argv.some((a) => /^(-h|--help|-V|--version|help)$/.test(a))) return;
  const [command] = c.argv;
  const format = c.argv.includes('--json') ? 'json' : flagValue(c.argv, '--format', '-f');
  if (format !== 'json' && format !== 'csv' && command !== 'batch') expect(o.stdout, context).not.toMatch(RAW_UNSAFE);
  if (c.argv.includes('--ascii') && (format === undefined || format === 'table')) expect(o.stdout, context).toMatch(/^[\x20-\x7e\n]*$/);
  if ((command === 'estimate' || command === 'compare' || command === 'gfe-check') && format === 'json')
    expect(() => JSON.parse(o.stdout), context).not.toThrow();
  if ((command === 'estimate' || command === 'compare') && format === 'csv') expect(() => parse(o.stdout, { columns: true }), context).not.toThrow();
  if ((command === 'estimate' || command === 'compare') && format === 'html') expect(o.stdout, context).toMatch(/^<!doctype html>/i);
  if (command === 'data' && c.argv[1] === 'schema') expect(() => JSON.parse(o.stdout), context).not.toThrow();
  if (command === 'batch') {
    if (format === 'ndjson') for (const line of o.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line), context).not.toThrow();
    else if (o.stdout) expect(() => parse(o.stdout, { columns: true }), context).not.toThrow();
  }
}

function isSpanish(c: Case): boolean {
  const lang = flagValue(c.argv, '--lang');
  return lang === 'es' || (lang === undefined && /^es/.test(c.env?.LANG ?? ''));
}

// ---- values, generated from the field table: a new field is fuzzed by its kind, with no edit here ----

const dollars = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));
const withCommas = (cents: number) => `$${Math.floor(cents / 100).toLocaleString('en-US')}${cents % 100 ? `.${String(cents % 100).padStart(2, '0')}` : ''}`;

/** A value the field accepts on its own, as text (a flag, a CSV cell). */
function validText(f: ScenarioField): fc.Arbitrary<string> {
  switch (f.kind) {
    case 'choice':
      return fc.constantFrom(...f.choices!);
    case 'count':
      return fc.oneof(fc.integer({ min: 0, max: Math.min(f.max!, 24) }), fc.integer({ min: 0, max: f.max! })).map(String);
    case 'quote':
      return fc.oneof(
        fc.integer({ min: 1, max: 5_000_000 }).map(dollars),
        fc.integer({ min: 100, max: 5_000_000 }).map(withCommas),
        fc.tuple(fc.integer({ min: 100, max: 2_000_000 }), fc.integer({ min: 0, max: 2_000_000 })).map(([l, d]) => `${dollars(l)}-${dollars(l + d)}`),
      );
    case 'amount':
      return fc.oneof(fc.integer({ min: 0, max: 20_000_000 }).map(dollars), fc.integer({ min: 0, max: 20_000_000 }).map(withCommas));
    case 'percent':
      return fc.integer({ min: 0, max: f.max! * 100 }).map((h) => (h % 100 === 0 ? String(h / 100) : `${(h / 100).toFixed(2)}%`));
    case 'list':
      return fc.subarray([...f.choices!], { minLength: 1 }).map((xs) => xs.join(','));
  }
}

/** A value the field does not accept, but one a person might type. */
function invalidText(f: ScenarioField): fc.Arbitrary<string> {
  switch (f.kind) {
    case 'choice':
      return fc.constantFrom(...f.choices!).map((c) => c.toUpperCase().replace('-', ' '));
    case 'count':
      return fc.constantFrom(String(f.max! + 1), '-1', '1.5', '2e3', 'ten');
    case 'quote':
      return fc.constantFrom('0', '10000-5000', '1-2-3', '1000.005', '99999999999', '$', '-650');
    case 'amount':
      return fc.constantFrom('-1', '1.005', '1e9', '$', '10,00,0', '20000000.01');
    case 'percent':
      return fc.constantFrom(String(f.max! + 1), '-5', '12.345', 'half', '%');
    case 'list':
      return fc.constantFrom('travel', 'visits,visits', 'treatment,', ',', 'all');
  }
}

/** The field's value as a scenario file or NDJSON line may hold it: a JSON number for a count, often a number for the others. */
function asJson(f: ScenarioField, text: string): unknown {
  if (f.kind === 'count') return Number(text);
  if ((f.kind === 'amount' || f.kind === 'percent') && /^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (f.kind === 'list' && !text.includes(' ')) return text.split(',');
  return text;
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', ' ', '-1', 'NaN', '\u001b[2J', '\u009b31m', '=1+1', '"', ',', '\n', 'a\u200eb', '\u2028', '\ufeff', '[x](javascript:1)', '日本語'),
);

const flagFields = FLAG_FIELDS as readonly ScenarioField[];
const fieldValue = (f: ScenarioField) =>
  fc.oneof({ weight: 6, arbitrary: validText(f) }, { weight: 2, arbitrary: invalidText(f) }, { weight: 1, arbitrary: hostileText });
/** One scenario flag and its value, any field of the table, by its long or short name. */
const scenarioToken = fc.constantFrom(...flagFields).chain((f) => fc.tuple(fc.constantFrom(`--${f.flag}`, ...(f.short ? [`-${f.short}`] : [])), fieldValue(f)));
const langTokens = fc.constantFrom<string[]>([], [], ['--lang', 'es'], ['--lang', 'en'], ['--lang', 'fr']);
const langEnv = fc.constantFrom<Record<string, string> | undefined>(undefined, undefined, { LANG: 'es_MX.UTF-8' }, { LC_ALL: 'en_US.UTF-8' });
const readArg = fc.constantFrom('good.json', 'missing.json', 'folder', 'existing.json', 'fuzz-scenario.json', 'fifo', '', 'sub/');
const saveArg = fc.constantFrom('out.json', 'existing.json', 'folder', 'no/such/dir/out.json', 'good.json', 'fifo', '-', '--force', 'sub/', 'new.json');
const formatTokens = fc.constantFrom<string[]>(
  [],
  ['--json'],
  ['--format', 'csv'],
  ['--format', 'markdown'],
  ['--format', 'html'],
  ['--format', 'table'],
  ['-f', 'xml'],
);

const estimateCase: fc.Arbitrary<Case> = fc
  .record({
    fields: fc.array(scenarioToken, { maxLength: 8 }),
    extra: fc.array(
      fc.oneof(
        fc.tuple(fc.constantFrom('--scenario', '--data'), readArg),
        fc.tuple(fc.constant('--save'), saveArg),
        fc.constantFrom(['--force'], ['--timeline'], ['--ascii'], ['--no-color'], ['--prices', 'published'], ['--prices', 'then'], ['--data', 'fixture.json']),
        hostileText.map((t) => [t]),
      ),
      { maxLength: 3 },
    ),
    format: formatTokens,
    lang: langTokens,
    env: langEnv,
  })
  .map(({ fields, extra, format, lang, env }) => ({ argv: ['estimate', ...fields.flat(), ...extra.flat(), ...format, ...lang], env }));

/** A scenario file: a valid one with fields changed to odd values, or arbitrary JSON, or arbitrary bytes; read by every command that reads one. */
const scenarioFileCase: fc.Arbitrary<Case> = fc
  .record({
    content: fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .array(
            fc.constantFrom(...(SCENARIO_FIELDS as readonly ScenarioField[])).chain((f) =>
              fc.tuple(
                fc.constantFrom(f.name, f.flag),
                fc.oneof(
                  validText(f).map((t) => asJson(f, t)),
                  fieldValue(f),
                  fc.constant(null),
                ),
              ),
            ),
            { maxLength: 8 },
          )
          .map((pairs) => JSON.stringify({ technique: 'coma', ...Object.fromEntries(pairs) })),
      },
      { weight: 1, arbitrary: fc.json() },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.constantFrom('{"technique": "coma", "technique": "outpatient"}', '\ufeff\ufeff{}', '{"quote": {"low": 1, "low": 2}}') },
    ),
    command: fc.constantFrom<string[][]>(
      ['estimate', '--scenario', 'fuzz-scenario.json'],
      ['compare', '--scenario', 'fuzz-scenario.json', '--scenario', 'good.json'],
    ),
    tokens: fc.array(scenarioToken, { maxLength: 3 }),
    format: formatTokens,
    lang: langTokens,
  })
  .map(({ content, command, tokens, format, lang }) => ({
    argv: [...command, ...tokens.flat(), ...format, ...lang],
    files: { 'fuzz-scenario.json': content },
  }));

const compareCase: fc.Arbitrary<Case> = fc
  .record({
    options: fc.oneof(
      fc.constant<string[]>([]),
      fc.constantFrom<string[]>(['--scenario', 'good.json', '--scenario', 'good2.json'], ['--scenario', 'good.json']),
      fc
        .tuple(
          fc.constantFrom('outpatient', 'coma', 'low-dose-inpatient'),
          fc.array(validText(flagFields.find((f) => f.kind === 'quote')!), { minLength: 1, maxLength: 3 }),
        )
        .map(([t, qs]) => ['-t', t, ...qs.flatMap((q) => ['--quote', q])]),
    ),
    shared: fc.array(
      scenarioToken.filter(([flag]) => !['--technique', '-t', '--quote'].includes(flag)),
      { maxLength: 4 },
    ),
    extra: fc.constantFrom<string[]>([], ['--ascii'], ['--prices', 'published'], ['--data', 'fixture.json'], ['--data', 'fifo']),
    format: formatTokens,
    lang: langTokens,
    env: langEnv,
  })
  .map(({ options, shared, extra, format, lang, env }) => ({ argv: ['compare', ...options, ...shared.flat(), ...extra, ...format, ...lang], env }));

const amountText = fc.oneof(validText(flagFields.find((f) => f.kind === 'amount')!), hostileText);
const dateText = fc.oneof(
  fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-13-01', 'yesterday', '01/02/2026', ''),
);
const providersCsv = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom('Clinic', 'Dr "X"', ''), hostileText), amountText, amountText), { maxLength: 5 })
  .map((rows) => ['provider,estimate,bill', ...rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(','))].join('\n'));
const gfeCase: fc.Arbitrary<Case> = fc
  .record({
    pairs: fc.array(fc.tuple(amountText, amountText), { maxLength: 3 }),
    file: fc.option(providersCsv),
    billDate: fc.option(dateText),
    today: fc.option(dateText),
    json: fc.boolean(),
    lang: langTokens,
  })
  .map(({ pairs, file, billDate, today, json, lang }) => ({
    argv: [
      'gfe-check',
      ...pairs.flatMap(([e, b]) => ['--estimate', e, '--bill', b]),
      ...(file === null ? [] : ['--file', 'providers.csv']),
      ...(billDate === null ? [] : ['--bill-date', billDate]),
      ...(today === null ? [] : ['--today', today]),
      ...(json ? ['--json'] : []),
      ...lang,
    ],
    files: file === null ? undefined : { 'providers.csv': file },
  }));

/** Batch input: NDJSON or CSV rows from the field table, some good, some broken. */
const rowField = fc.constantFrom(...flagFields).chain((f) => fc.tuple(fc.constant(f), fieldValue(f)));
const ndjsonLine = fc.oneof(
  fc
    .array(rowField, { maxLength: 6 })
    .map((pairs) => JSON.stringify({ technique: 'outpatient', ...Object.fromEntries(pairs.map(([f, v]) => [f.name, asJson(f, v)])) })),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('{"technique": "coma", "boosters": 1, "boosters": 2}', '\ufeff{"technique": "coma"}', '[]', '{"id": "x\\u2028y", "technique": "coma"}'),
);
const csvCell = fc.oneof(fc.constantFrom('coma', 'outpatient', '1', '650', ''), hostileText, fc.constantFrom('"a,b"', '"x""y"', '"unclosed', 'a"b', '"q"x'));
const batchCase: fc.Arbitrary<Case> = fc.oneof(
  fc
    .tuple(fc.array(ndjsonLine, { maxLength: 12 }), fc.constantFrom(['batch'], ['batch', '--format', 'ndjson'], ['batch', '--fail-fast']), langTokens)
    .map(([lines, argv, lang]) => ({ argv: [...argv, ...lang], stdin: lines.join('\n') })),
  fc
    .tuple(
      fc.oneof(
        fc.subarray(['id', ...flagFields.map((f) => f.flag)], { minLength: 1, maxLength: 6 }).map((cols) => cols.join(',')),
        fc.constantFrom('technique,pre_visits,preVisits', 'id,technique,colour', ''),
      ),
      fc.array(fc.array(csvCell, { minLength: 1, maxLength: 6 }), { maxLength: 10 }),
      fc.constantFrom(['batch', '--input', 'csv'], ['batch', '--input', 'csv', '--format', 'ndjson'], ['batch', '--input', 'csv', '--prices', 'published']),
      fc.constantFrom('\n', '\r\n'),
      langTokens,
    )
    .map(([header, rows, argv, eol, lang]) => ({ argv: [...argv, ...lang], stdin: [header, ...rows.map((r) => r.join(','))].join(eol) })),
  fc.constantFrom<Case>({ argv: ['batch', 'missing.csv'] }, { argv: ['batch', 'folder'] }, { argv: ['batch', ''] }, { argv: ['batch', '--input', 'xml'] }),
);

/** A data file: the real one with one value somewhere replaced by something odd; validated, shown and used. */
const base = rawData();
function paths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  return out;
}
const allPaths = paths(base).filter((p) => p.length > 0);
const dataValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e308, -1, 0, 0.001, 1e-9, null, '', 'x\u001b[2J', '\u009b31m', 'a\u200fb', 'a;b', '[x](javascript:1)', [], {}, 'coma'),
  fc.string({ maxLength: 10 }),
);
const dataCase: fc.Arbitrary<Case> = fc
  .tuple(fc.constantFrom(...allPaths), dataValue, fc.constantFrom('low-dose-inpatient', 'outpatient', 'coma'), fc.integer({ min: 0, max: 3 }), langTokens)
  .map(([path, value, technique, use, lang]) => {
    const copy = structuredClone(base);
    let node: any = copy;
    for (const key of path.slice(0, -1)) node = node[key];
    node[path[path.length - 1]!] = value;
    const argv = [
      ['data', 'validate', 'fuzz-data.json'],
      ['data', 'show', '--data', 'fuzz-data.json'],
      ['estimate', '-t', technique, '--data', 'fuzz-data.json', '--json'],
      ['estimate', '-t', technique, '--data', 'fuzz-data.json', '--format', 'markdown'],
    ][use]!;
    return { argv: [...argv, ...lang], files: { 'fuzz-data.json': JSON.stringify(copy) } };
  });

/**
 * Everything else a person types: help, versions, mistyped commands, the wizard without a terminal,
 * data's subcommands; and every command of the program by name, bare, with --help and with stray
 * words and scenario flags, so a command added later (audit) is run here with no edit.
 */
const everyCommand = Object.keys(commandDescriptions).flatMap((name) => [[name], [name, '--help'], ['help', name]]);
const otherCase: fc.Arbitrary<Case> = fc
  .tuple(
    fc.constantFrom<string[]>(
      ...everyCommand,
      [],
      ['help'],
      ['help', 'estimate'],
      ['help', 'estimat'],
      ['--help'],
      ['estimate', '--help'],
      ['-V'],
      ['--version', 'extra'],
      ['estimat', '-t', 'outpatient'],
      ['wizard'],
      ['wizard', '-t', 'coma'],
      ['data'],
      ['data', 'nope'],
      ['data', 'schema'],
      ['data', 'show'],
      ['data', 'validate', 'fixture.json'],
      ['data', 'validate', 'fifo'],
      ['data', 'show', '--data', ''],
      ['compare', '--quote', '1', '--quote', '2'],
    ),
    fc.array(
      fc.oneof(
        hostileText.map((t) => [t]),
        scenarioToken,
      ),
      { maxLength: 2 },
    ),
    langTokens,
  )
  .map(([argv, extra, lang]) => ({ argv: [...argv, ...extra.flat(), ...lang] }));

// ---- all-valid batches, each row checked against `estimate` ----

/** A row of fields each valid on its own, as text by flag name; rows the one road refuses (cross-field rules) are dropped below. */
const candidateRow = fc
  .record({
    technique: validText(flagFields.find((f) => f.name === 'technique')!),
    others: fc.array(
      fc.constantFrom(...flagFields.filter((f) => f.name !== 'technique')).chain((f) => fc.tuple(fc.constant(f), validText(f))),
      { maxLength: 7 },
    ),
  })
  .map(({ technique, others }) => {
    const row = new Map<ScenarioField, string>([[flagFields.find((f) => f.name === 'technique')!, technique]]);
    for (const [f, v] of others) row.set(f, v);
    return row;
  });

interface ValidBatch {
  rows: Map<ScenarioField, string>[];
  input: 'csv' | 'ndjson';
  output: 'csv' | 'ndjson';
  extra: string[];
  lang: string[];
}
const validBatchCase: fc.Arbitrary<ValidBatch> = fc.record({
  rows: fc.array(candidateRow, { minLength: 1, maxLength: 24 }),
  input: fc.constantFrom('csv' as const, 'ndjson' as const),
  output: fc.constantFrom('csv' as const, 'ndjson' as const),
  extra: fc.constantFrom<string[]>([], ['--prices', 'published'], ['--data', 'fixture.json']),
  lang: langTokens.filter((l) => !l.includes('fr')),
});

async function estimateJson(row: Map<ScenarioField, string>, extra: string[], lang: string[]): Promise<Outcome & { json?: any }> {
  const o = await runInProcess({ argv: ['estimate', ...[...row].flatMap(([f, v]) => [`--${f.flag}`, v]), ...extra, ...lang, '--json'] });
  return o.code === 0 ? { ...o, json: JSON.parse(o.stdout) } : o;
}

const num = (cell: string) => (cell === '' ? null : Number(cell));
const rng = (r: { low: number; high: number } | null | undefined) => (r ? [r.low, r.high] : [null, null]);

/** The batch CSV row's cells as `estimate --json` gives them for the same scenario (README: Batch). */
function expectedCsv(id: string, e: any): Record<string, string | number | null> {
  const s = e.scenario;
  const sum = (category: string, end: 'low' | 'high') =>
    Math.round(e.lineItems.filter((l: any) => l.category === category).reduce((t: number, l: any) => t + l[end] * 100, 0)) / 100;
  const row: Record<string, string | number | null> = {
    id,
    technique: s.technique,
    clinic_range: s.clinicRange,
    quote_low_usd: s.quote?.low ?? null,
    quote_high_usd: s.quote?.high ?? null,
    boosters: s.boosters,
    pre_visits: s.preVisits,
    post_visits: s.postVisits,
    travel: s.travel,
    travelers: s.travelers,
    nights: s.nights,
    sessions: s.sessions,
    months: s.months,
    total_low_usd: e.total.low,
    total_typical_usd: e.total.typical,
    total_high_usd: e.total.high,
    sessions_high: s.sessionsHigh,
    prices_basis: e.prices.basis,
    prices_month: e.prices.month,
    total_open_high: e.total.openHigh ? 'yes' : 'no',
    insurance: s.insurance,
    insurer_low_usd: e.yourShare.insurer.low,
    insurer_high_usd: e.yourShare.insurer.high,
    patient_low_usd: e.yourShare.patient.low,
    patient_high_usd: e.yourShare.patient.high,
    left_to_find_low_usd: e.yourShare.leftToFind.low,
    left_to_find_high_usd: e.yourShare.leftToFind.high,
    tax_saving_low_usd: rng(e.yourShare.taxSaving)[0]!,
    tax_saving_high_usd: rng(e.yourShare.taxSaving)[1]!,
    monthly_payment_low_usd: rng(e.financing?.monthlyPayment)[0]!,
    monthly_payment_high_usd: rng(e.financing?.monthlyPayment)[1]!,
    savings_monthly_low_usd: rng(e.savings?.monthly)[0]!,
    savings_monthly_high_usd: rng(e.savings?.monthly)[1]!,
    lost_income_usd: e.lostIncome?.total ?? null,
  };
  for (const c of ['treatment', 'boosters', 'visits', 'travel']) {
    row[`${c}_low_usd`] = sum(c, 'low');
    row[`${c}_high_usd`] = sum(c, 'high');
  }
  return row;
}

const dataFor = { real: realData(), fixture: fixtureData() };

/**
 * The row with the fields the one road names in a problem left out, until it takes the rest (a
 * cross-field rule, such as a deductible without insurance, drops the field it names): so most
 * drawn rows give a valid one, whatever rules the scenario has.
 */
function repaired(row: Map<ScenarioField, string>, data: CostData): Map<ScenarioField, string> | null {
  const left = new Map(row);
  for (let attempt = 0; attempt < 10; attempt++) {
    const r = readScenario([{ fields: Object.fromEntries([...left].map(([f, v]) => [f.flag, v])), textual: true, name: (k) => k, label: 'row' }], data);
    if (r.ok) return left;
    const named = new Set(r.problems.map((p) => p.path));
    const before = left.size;
    for (const f of [...left.keys()]) if (named.has(f.flag) && f.name !== 'technique') left.delete(f);
    if (left.size === before) return null;
  }
  return null;
}

async function checkValidBatch(b: ValidBatch): Promise<number> {
  // Rows the one road accepts, each estimated alone first.
  const data = b.extra.includes('fixture.json') ? dataFor.fixture : dataFor.real;
  const kept: { row: Map<ScenarioField, string>; json: any }[] = [];
  for (const drawn of b.rows) {
    const row = repaired(drawn, data);
    if (row === null) continue;
    const e = await estimateJson(row, b.extra, b.lang);
    expect(e.code, `seed ${SEED}: a row the one road takes is refused by estimate: ${e.stderr}`).toBe(0);
    kept.push({ row, json: e.json });
  }
  if (kept.length === 0) return 0;
  const columns = [...new Set(kept.flatMap(({ row }) => [...row.keys()]))];
  const stdin =
    b.input === 'csv'
      ? [
          ['id', ...columns.map((f) => f.flag)].join(','),
          ...kept.map(({ row }, i) => [`r${i}`, ...columns.map((f) => row.get(f) ?? '')].map(csvText).join(',')),
        ].join('\r\n')
      : kept.map(({ row }, i) => JSON.stringify({ id: `r${i}`, ...Object.fromEntries([...row].map(([f, v]) => [f.name, asJson(f, v)])) })).join('\n');
  const argv = ['batch', '--input', b.input, '--format', b.output, ...b.extra, ...b.lang];
  const o = await runInProcess({ argv, stdin });
  const context = `seed ${SEED} (FUZZ_SEED=${SEED} replays)\nargv ${JSON.stringify(argv)}\nstdin ${JSON.stringify(stdin.slice(0, 800))}\nstderr ${o.stderr.slice(0, 400)}`;
  expect(o.code, context).toBe(0);
  expect(o.stderr, context).toBe('');
  if (b.output === 'ndjson') {
    const lines = o.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(kept.map((_, i) => `r${i}`));
    lines.forEach((line, i) => {
      const e = kept[i]!.json;
      const where = `${context}\nrow r${i}`;
      expect(line.scenario, where).toEqual(e.scenario);
      expect(line.prices, where).toEqual(e.prices);
      expect(line.total, where).toEqual({ low: e.total.low, typical: e.total.typical, high: e.total.high, openHigh: e.total.openHigh });
      expect(line.yourShare, where).toEqual(e.yourShare);
      expect([line.financing, line.savings, line.lostIncome], where).toEqual([e.financing, e.savings, e.lostIncome]);
      for (const c of ['treatment', 'boosters', 'visits', 'travel'] as const) {
        const expected = expectedCsv('', e);
        expect([line.categories[c].low, line.categories[c].high], `${where} ${c}`).toEqual([expected[`${c}_low_usd`], expected[`${c}_high_usd`]]);
      }
    });
  } else {
    const records = parse(o.stdout, { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.id)).toEqual(kept.map((_, i) => `r${i}`));
    records.forEach((r, i) => {
      const expected = expectedCsv(`r${i}`, kept[i]!.json);
      for (const [column, value] of Object.entries(expected))
        expect(typeof value === 'number' || value === null ? num(r[column]!) : r[column], `${context}\nrow r${i} column ${column}`).toEqual(value);
    });
  }
  return kept.length;
}

const csvText = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

// ---- the suite ----

const kinds: [string, fc.Arbitrary<Case>, number][] = [
  ['estimate, every field of the table', estimateCase, 900],
  ['scenario files, read by estimate and compare', scenarioFileCase, 450],
  ['compare', compareCase, 250],
  ['gfe-check', gfeCase, 350],
  ['batch rows, good and broken', batchCase, 450],
  ['data files, validated, shown and used', dataCase, 250],
  ['every command by name, help, versions, mistyped commands, the wizard without a terminal, data', otherCase, 300],
];

describe(`fuzzing the CLI in process, every command in both languages (seed ${SEED}; replay with FUZZ_SEED=${SEED})`, () => {
  it('draws every flag of the field table', () => {
    const drawn = new Set(fc.sample(scenarioToken, { seed: SEED, numRuns: 2000 }).map(([flag]) => flag));
    for (const f of flagFields) expect(drawn, f.flag).toContain(`--${f.flag}`);
  });

  it.each(kinds)(
    '%s: exit 0 with well-formed output, or exit 2 with clear lines and no stack',
    async (_name, arbitrary, n) => {
      await check(arbitrary, n, async (c) => checkOutcome(c, await runInProcess(c)));
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
    60_000,
  );

  it('all-valid batches, CSV and NDJSON in and out, give row by row what estimate gives', async () => {
    let rows = 0;
    await check(validBatchCase, 70, async (b) => {
      rows += await checkValidBatch(b);
    });
    // Most drawn rows pass the one road, so the comparison covers many fields.
    expect(rows).toBeGreaterThan(runs(70) * 5);
  }, 60_000);

  it('gives the same results when a sample is run as the real bin', async () => {
    // Without saves: the run in process would leave the file the bin is then refused.
    const cases = fc.oneof(estimateCase, scenarioFileCase, compareCase, gfeCase, batchCase, otherCase).filter((c) => !c.argv.includes('--save'));
    const sample = fc.sample(cases, { seed: SEED, numRuns: runs(16) });
    for (const c of sample) {
      const inProcess = await runInProcess(c);
      const spawned = runBin([...c.argv], { cwd: dir, input: c.stdin ?? '', env: c.env });
      const context = `seed ${SEED}: ${JSON.stringify(c.argv)}`;
      expect(spawned.code, context).toBe(inProcess.code);
      expect(spawned.stdout, context).toBe(inProcess.stdout);
    }
  }, 60_000);
});
