import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBin } from '../helpers/run-bin.js';
import { hasTmux, TerminalSession } from '../helpers/tmux.js';
import { parseDollars } from '../../src/core/money.js';
import { parseQuote } from '../../src/core/quote.js';
import { startsWithCsvHeader } from '../../src/batch/sniff.js';

const json = (args: string[]) => {
  const r = runBin([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('amounts as the tool itself writes them', () => {
  it.each([
    ['650', 65000],
    ['$650', 65000],
    ['US$650', 65000],
    ['US$ 650', 65000],
    ['us$650', 65000],
    ['650 US$', 65000],
    ['650US$', 65000],
    ['650 USD', 65000],
    ['USD 1,500.50', 150050],
    ['US$10,000.50', 1000050],
  ])('reads %s', (written, cents) => {
    expect(parseDollars(written)).toBe(cents);
  });

  it.each(['US$650 US$', '$$650', 'US650', '650 US', 'US$-650', '6 50'])('refuses %s', (written) => {
    expect(parseDollars(written)).toBeNull();
  });

  it('reads a range written in either way', () => {
    expect(parseQuote('US$600-US$900')).toEqual({ ok: true, quote: { low: 60000, high: 90000 } });
    expect(parseQuote('600 US$ - 900 US$')).toEqual({ ok: true, quote: { low: 60000, high: 90000 } });
  });

  it.each(['en', 'es'])('takes US$650 and 650 US$ from flags (%s)', (lang) => {
    for (const quote of ['US$650', '650 US$']) {
      const r = json(['estimate', '-t', 'outpatient', '--quote', quote, '--deductible', 'US$1,000', '--insurance', 'in-network', '--lang', lang]);
      expect(r.scenario.quote).toEqual({ low: 650, high: 650 });
      expect(r.scenario.deductible).toBe(1000);
    }
  });
});

describe('a quote per infusion that looks like the whole series', () => {
  it.each([
    ['en', /^Your quote \(\$12,000\) is read as the price of one infusion: 17 infusions at \$12,000 come to \$204,000, .*--quote 705\.88\)\.$/],
    ['es', /^Su cotización \(US\$12,000\) se toma como el precio de una sola infusión: 17 infusiones a US\$12,000 suman US\$204,000, .*--quote 705\.88\)\.$/],
  ])('is warned about first, naming the reading used (%s)', (lang, first) => {
    const r = json(['estimate', '-t', 'outpatient', '--quote', '12000', '--lang', lang as string]);
    expect(r.warnings[0]).toMatch(first);
    const table = runBin(['estimate', '-t', 'outpatient', '--quote', '12000', '--lang', lang as string]).stdout;
    expect(table).toMatch(lang === 'es' ? /Advertencias\n! Su cotización \(US\$12,000\) se toma/ : /Warnings\n! Your quote \(\$12,000\) is read/);
  });

  it('is not warned about when plausible, or for a course (priced per course)', () => {
    expect(json(['estimate', '-t', 'outpatient', '--quote', '2000']).warnings.join(' ')).not.toMatch(/read as the price of one infusion/);
    expect(json(['estimate', '-t', 'coma', '--quote', '12000']).warnings.join(' ')).not.toMatch(/read as the price of one infusion/);
  });
});

describe('batch input that starts with a CSV header', () => {
  it('is read as CSV from standard input, without --input csv', () => {
    const csv = 'id,technique,quote\nanna,outpatient,650\n';
    const r = runBin(['batch'], { input: csv });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toMatch(/^anna,outpatient,quote,650,650,/);
    // With a byte order mark, quoted column names, and from a file not named .csv.
    const dir = mkdtempSync(join(tmpdir(), 'kc-sniff-'));
    writeFileSync(join(dir, 'plans.txt'), '\ufeff"id","technique"\r\nben,coma\r\n');
    expect(runBin(['batch', 'plans.txt'], { cwd: dir }).stdout).toMatch(/\r\nben,coma,/);
  });

  it('leaves NDJSON as NDJSON, and tells the two apart by the first line that is not blank', () => {
    const r = runBin(['batch', '--format', 'ndjson'], { input: '\n{"technique":"coma"}\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).scenario.technique).toBe('coma');
    expect(startsWithCsvHeader('\n\ntechnique,boosters\n')).toBe(true);
    expect(startsWithCsvHeader('pre_visits\n1\n')).toBe(true);
    expect(startsWithCsvHeader('{"technique":"coma"}')).toBe(false);
    expect(startsWithCsvHeader('hello,world\n')).toBe(false);
  });
});

describe('gfe-check dates as people type them', () => {
  const gfe = (date: string, lang: string) =>
    runBin(['gfe-check', '--estimate', '1000', '--bill', '1500', '--bill-date', date, '--today', '2026-12-01', '--json', '--lang', lang]);

  it.each([
    ['2026-11-20', 'en', ''],
    ['11/20/2026', 'en', '--bill-date "11/20/2026" was read as 2026-11-20 (November 20, 2026)'],
    ['20/11/2026', 'es', '--bill-date "20/11/2026" se leyó como 2026-11-20 (20 de noviembre de 2026)'],
    // Only one order is a date: that one is read, and said.
    ['20/11/2026', 'en', '--bill-date "20/11/2026" was read as 2026-11-20 (November 20, 2026)'],
    ['11/20/2026', 'es', '--bill-date "11/20/2026" se leyó como 2026-11-20 (20 de noviembre de 2026)'],
  ])('reads %s (%s)', (date, lang, said) => {
    const r = gfe(date, lang);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).billDate).toBe('2026-11-20');
    expect(r.stderr).toBe(said ? `ketamine-cost: ${said}\n` : '');
  });

  it('says which reading it used when a date reads two ways, and how to write the other', () => {
    const en = gfe('03/04/2026', 'en');
    expect(JSON.parse(en.stdout).billDate).toBe('2026-03-04');
    expect(en.stderr).toBe('ketamine-cost: --bill-date "03/04/2026" was read as 2026-03-04 (March 4, 2026); for April 3, 2026, write 2026-04-03\n');
    const es = gfe('03/04/2026', 'es');
    expect(JSON.parse(es.stdout).billDate).toBe('2026-04-03');
    expect(es.stderr).toBe(
      'ketamine-cost: --bill-date "03/04/2026" se leyó como 2026-04-03 (3 de abril de 2026); para el 4 de marzo de 2026, escriba 2026-03-04\n',
    );
  });

  it('refuses a date that is none, saying why', () => {
    const r = gfe('02/30/2026', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ketamine-cost: --bill-date "02/30/2026" is not a date: February 2026 has 28 days\n');
  });
});

let session: TerminalSession | undefined;
afterEach(() => session?.close());

/** Waits for a question, then answers it with these keys. */

describe.skipIf(!hasTmux)('the wizard’s quote question (tmux)', () => {
  it('gives examples by technique, asks when a per-infusion quote looks like the whole series, and uses the answer', async () => {
    session = new TerminalSession(['wizard', '--technique', 'outpatient'], { cwd: mkdtempSync(join(tmpdir(), 'kc-q-')), width: 80 });
    const s = session;
    await s.answer("Where is the clinic's price per infusion day?", 'Down', 'Down', 'Down', 'Enter');
    const asked = await s.waitFor('? The quote for one infusion');
    expect(asked).toContain('one amount (650) or low-high (600-900):');
    s.keys('US$12,000', 'Enter');
    await s.answer('$12,000 is over three times the highest published price of one infusion', 'Enter');
    await s.answer('How many infusions does that price cover?', 'C-u', '16', 'Enter');
    await s.waitFor('Read as $12,000 for 16 infusions: $750 each.');
    // The plan is the series' own: its question is not asked again.
    await s.answer('Does the clinic give booster infusions', 'Enter');
    for (const q of [
      'Appointments before treatment',
      'Follow-up appointments after treatment',
      'Will you travel for treatment?',
      'Add costs that quotes often leave out?',
      'Will insurance pay any of it?',
      'Would you like a plan for paying it?',
      'Review your answers:',
    ])
      await s.answer(q, 'Enter');
    const screen = await s.waitFor('What would you like to keep?');
    expect(screen).not.toContain('How do you want to count outpatient infusions?');
    expect(screen).toMatch(/--quote 750 .*--sessions 16|--sessions 16.*--quote 750/s);
    // 16 infusions at $750 and the default visits: the quote's $12,000 is in the total.
    expect(screen).toMatch(/Estimated total: \$12,\d{3}–\$12,\d{3}\./);
  }, 60_000);

  it('asks for the whole course for a course, in Spanish', async () => {
    session = new TerminalSession(['wizard', '--technique', 'coma', '--lang', 'es'], { cwd: mkdtempSync(join(tmpdir(), 'kc-q-')), width: 60 });
    const s = session;
    await s.answer('¿En qué parte del rango está el precio', 'Down', 'Down', 'Down', 'Enter');
    const asked = await s.waitFor('? La cotización del tratamiento completo');
    expect(asked).toMatch(/un solo monto\s+\(25000\)\s+o\s+bajo-alto\s+\(20000-30000\):/);
    s.keys('25000 US$', 'Enter');
    await s.waitFor('✔ La cotización del tratamiento completo');
    // No question about a series for a course.
    await s.waitFor('? ¿La clínica da infusiones de refuerzo');
  }, 30_000);
});
