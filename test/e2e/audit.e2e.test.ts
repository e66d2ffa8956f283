import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBin, type BinResult } from '../helpers/run-bin.js';

// The built bin, run as a patient or an advocate would: a file or a pipe in, a report out, and the
// exit codes of every other command (0 done, 2 a mistake in the input, one line on stderr).

const QUOTES = fileURLToPath(new URL('../fixtures/quotes/', import.meta.url));
const q = (name: string) => `${QUOTES}${name}`;
const audit = (args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string } = {}) => runBin(['audit', ...args], opts);

/** Exit 2, nothing on stdout, exactly one line on stderr with the tool's prefix and no stack. */
function refused(r: BinResult, pattern: RegExp) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr).toMatch(/^ketamine-cost: /);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-e2e-'));
});

describe('ketamine-cost audit (built bin)', () => {
  it('audits a quote file: the table, what is missing, the questions, the email and the estimate command, exit 0', () => {
    const r = audit([q('example.txt')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    for (const part of [
      'Quote check: Example Pain Center, quoted 2026-11-02',
      'Likely missing',
      'Questions to send the clinic',
      'A message you can copy into an email',
      'ketamine-cost estimate --technique outpatient --quote 1000 --sessions 5',
      "The quote's total is $5,470, and its items add up to it.",
    ])
      expect(r.stdout).toContain(part);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('fits every report of the hand-written quotes in 80 columns, in both languages', () => {
    for (const name of ['coma-monterrey.txt', 'email-depression-price.txt', 'mensaje-de-texto.txt', 'tijuana.txt', 'gfe-table.txt']) {
      for (const lang of ['en', 'es']) {
        const r = audit([q(name), '--lang', lang]);
        expect(r.code, r.stderr).toBe(0);
        const wide = r.stdout.split('\n').filter((l) => l.length > 80);
        expect(wide, `${name} ${lang}`).toEqual([]);
      }
    }
  });

  it('reads a quote piped on standard input, as pasted text', () => {
    const r = audit([], { input: readFileSync(q('example.txt'), 'utf8') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('or: ketamine-cost audit - --estimate');
  });

  it('prints the documented JSON fields, one document, amounts in dollars', () => {
    const r = audit([q('example.txt'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    for (const key of ['items', 'missing', 'flags', 'questions', 'total', 'sumOfItems']) expect(out).toHaveProperty(key);
    expect(out.total).toEqual({ low: 5470, high: 5470 });
    expect(out.sumOfItems).toEqual({ low: 5470, high: 5470 });
    expect(out.items[1]).toMatchObject({ line: 3, label: 'Ketamine infusion (4 h)', category: 'infusion', price: { low: 1000, high: 1000 }, quantity: 5 });
    expect(out.items[1].range).toMatchObject({ low: 600, figure: 'techniques.outpatient.price', asOf: { from: 2026, to: 2026 } });
    expect(out.missing.map((m: { id: string }) => m.id)).toEqual(['outpatient-adjuncts']);
    expect(out.questions[0]).toMatchObject({ n: 1, kind: 'how-many-units', lines: [5] });
    expect(out.estimateCommand).toBe('ketamine-cost estimate --technique outpatient --quote 1000 --sessions 5');
  });

  it('reads CSV and JSON quotes, by their extension or their content', () => {
    const csv = audit([q('clinic-sheet.csv'), '--json']);
    expect(csv.code, csv.stderr).toBe(0);
    const c = JSON.parse(csv.stdout);
    expect(c.headings[0].text).toBe('Lakeside Ketamine Clinic');
    expect(c.sumOfItems).toEqual({ low: 6845, high: 6845 });
    expect(c.difference).toBeNull();
    expect(c.goodFaithEstimate.missing).not.toContain('co-providers');
    const piped = audit(['--json'], { input: readFileSync(q('clinic-sheet.csv'), 'utf8') });
    expect(JSON.parse(piped.stdout).sumOfItems).toEqual(c.sumOfItems);

    const json = audit([q('portal-export.json'), '--json']);
    expect(json.code, json.stderr).toBe(0);
    const j = JSON.parse(json.stdout);
    expect(j.sumOfItems).toEqual({ low: 9525, high: 9525 });
    expect(j.flags.map((f: { kind: string; id: string | null }) => `${f.kind}:${f.id ?? ''}`)).toEqual(
      expect.arrayContaining(['terms:deposit', 'terms:expiry']),
    );
    // The one item that is not an object is reported, with its number; the rest is audited.
    expect(json.stderr).toBe(
      `ketamine-cost: quote file "${q('portal-export.json')}", line 6: "not an item": item 6 must be an object with a label and an amount\n`,
    );
  });

  it('reports each line that cannot be read on stderr, escaped, and audits the rest (exit 0)', () => {
    const file = join(dir, 'mixed.txt');
    writeFileSync(file, 'Infusion 1200-900\nLabs\u001b]0;pwned\u0007 12.3456\nConsultation 300\n');
    const r = audit([file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `ketamine-cost: quote file "${file}", line 1: Infusion 1200-900: the range runs from high to low; write it low-high`,
      `ketamine-cost: quote file "${file}", line 2: Labs\\u001b]0;pwned\\u0007 12.3456: an amount may have at most 2 decimals (cents)`,
    ]);
    expect(r.stdout).toContain('Lines that could not be read');
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('refuses with exit 2 when nothing can be read: an empty file, notes only, a missing file, a directory', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    refused(audit([empty]), /nothing in quote file ".*empty.txt" could be read as a quote/);
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Hello! Call us to book.\nThanks\n');
    refused(audit([notes]), /could be read as a quote: write one item a line/);
    refused(audit([join(dir, 'nope.txt')]), /cannot read quote file ".*nope.txt": no such file/);
    refused(audit([dir]), /it is a directory/);
    refused(audit([], { input: '' }), /nothing in standard input could be read/);
  });

  it('refuses a file too large and text that is not UTF-8, naming it', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Labs 40\n'.repeat(140_000));
    refused(audit([big]), /larger than 1 MB/);
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x6f, 0x6e, 0x73, 0x75, 0x6c, 0x74, 0x61, 0xe9, 0x20, 0x33, 0x35, 0x30, 0x0a]));
    refused(audit([latin1]), /is not UTF-8 text/);
    refused(audit([], { input: 'Consulta\u00e9 350\n'.repeat(80_000) }), /standard input is larger than 1 MB/);
  });

  it('refuses a bad flag value with exit 2 and one line', () => {
    refused(audit([q('example.txt'), '--format', 'csv']), /--format must be one of: table, json, markdown, html \(got "csv"\)/);
    refused(audit([q('example.txt'), '--technique', 'massage']), /--technique must be one of/);
    refused(audit([q('example.txt'), '--travel', 'moon']), /--travel must be one of/);
    refused(audit([q('example.txt'), '--input', 'pdf']), /--input must be text, csv or json/);
    refused(audit([q('example.txt'), '--json', '--format', 'html']), /--json asks for JSON but --format asks for html/);
    const missing = audit([q('example.txt'), '--technique']);
    expect([missing.code, missing.stdout, missing.stderr.split('\n')[0]]).toEqual([2, '', "ketamine-cost: option '-t, --technique <id>' argument missing"]);
    const extra = audit([q('example.txt'), q('example.txt')]);
    expect([extra.code, extra.stdout]).toEqual([2, '']);
    expect(extra.stderr).toMatch(/^ketamine-cost: too many arguments for 'audit'/);
  });

  it('writes a self-contained HTML report with no script, in Spanish with lang="es"', () => {
    const r = audit([q('mensaje-de-texto.txt'), '--format', 'html', '--lang', 'es']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(r.stdout.toLowerCase()).not.toContain('<script');
    expect(r.stdout).not.toMatch(/\b(src|href)=/);
    expect(r.stdout).toContain('Preguntas para enviar a la clínica');
    expect(r.stdout).toContain('&quot;Se aparta con $500 de anticipo, no reembolsable&quot;');
  });

  it('speaks Spanish from the locale: headings, questions, amounts in US$', () => {
    const r = audit([q('refuerzos-caros.txt')], { env: { LANG: 'es_MX.UTF-8' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Revisión de la cotización');
    expect(r.stdout).toContain('Un mensaje que puede copiar en un correo');
    expect(r.stdout).toContain('US$2,500');
  });

  it('writes Markdown with the questions numbered and the email quoted', () => {
    const r = audit([q('coma-monterrey.txt'), '--format', 'markdown']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('## Questions to send the clinic');
    expect(r.stdout).toMatch(/\n1\. The quote says: "50% deposit required to book, non-refundable"/);
    expect(r.stdout).toContain('> Subject: Questions about my quote');
  });

  it('--estimate runs the estimate from the audited quote, under the flags given', () => {
    const r = audit([q('example.txt'), '--estimate', '--json', '--apr', '27', '--finance-months', '24']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.estimate.scenario).toMatchObject({ technique: 'outpatient', clinicRange: 'quote', quote: { low: 1000, high: 1000 }, sessions: 5 });
    expect(out.estimate.financing.months).toBe(24);
    const table = audit([q('coma-monterrey.txt'), '--estimate']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Ketamine infusion cost estimate');
    expect(table.stdout).toContain('$39,700');
    const html = audit([q('example.txt'), '--estimate', '--format', 'html']);
    expect(html.stdout.match(/<html/g)).toHaveLength(1);
    expect(html.stdout).toContain('The estimate from this quote');
    // A scenario flag that is wrong is named as with estimate.
    refused(audit([q('example.txt'), '--estimate', '--apr', 'lots']), /--apr/);
  });

  it('is listed in the help, and its own help shows an example quote', () => {
    const help = runBin(['--help']);
    expect(help.stdout).toMatch(/audit .*quote/);
    const own = audit(['--help']);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('Ketamine infusion (4 h) $1,000 x 5');
  });
});

describe('audit --format markdown escapes the quote as text', () => {
  it('writes a link, an image, HTML and a bar from a quote line as text, each escaped once, and keeps its own markup', () => {
    const r = audit(['--format', 'markdown'], {
      input: 'Consultation 350\n[click](javascript:alert(1)) 200\n![x](https://example.invalid/a.png) 50\nInfusion | special 700 x 2\n<b>x</b> 100\n',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('| \\[click\\](javascript:alert ) |');
    expect(r.stdout).not.toMatch(/(^|[^\\])\[click\]\(/);
    expect(r.stdout).not.toMatch(/(^|[^\\])!\[x\]\(/);
    // One backslash before the bar: a cell, not a broken table (\\| would end the cell).
    expect(r.stdout).toContain('| Infusion \\| special |');
    expect(r.stdout).toContain('&lt;b&gt;x&lt;/b&gt;');
    // The report's own markup is not escaped: bold checks, the email as a quote block.
    expect(r.stdout).toMatch(/\| \*\*what is it\?\*\* \|/);
    expect(r.stdout).toMatch(/^> /m);
  });
});

describe('gfe-check --estimate reads an audited quote file', () => {
  const gfe = (args: string[]) => runBin(['gfe-check', ...args, '--bill-date', '2026-10-01', '--today', '2026-11-01', '--json']);

  it('takes a quote file: its stated total is the estimate, its heading the provider', () => {
    const r = gfe(['--estimate', q('example.txt'), '--bill', '5869.99']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).providers).toEqual([
      { provider: 'Example Pain Center, quoted 2026-11-02', estimate: 5470, bill: 5869.99, overBy: 399.99, eligible: false },
    ]);
  });

  it('takes the JSON that audit --json wrote, and a quote without a total by what its items add up to', () => {
    const file = join(dir, 'audited.json');
    writeFileSync(file, audit([q('gfe-table.txt'), '--json']).stdout);
    const r = gfe(['--estimate', file, '--bill', '20610']);
    expect(JSON.parse(r.stdout).providers[0]).toMatchObject({ estimate: 20210, overBy: 400, eligible: true });
    const noTotal = gfe(['--estimate', q('refuerzos-caros.txt'), '--bill', '17000']);
    expect(JSON.parse(noTotal.stdout).providers[0]).toMatchObject({ provider: null, estimate: 16350 });
  });

  it('mixes amounts and files in order, and names a file it cannot read', () => {
    const r = gfe(['--estimate', '900', '--bill', '1250', '--estimate', q('example.txt'), '--bill', '5470']);
    expect(JSON.parse(r.stdout).providers.map((p: { estimate: number }) => p.estimate)).toEqual([900, 5470]);
    const missing = gfe(['--estimate', join(dir, 'none.txt'), '--bill', '100']);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/^ketamine-cost: cannot read quote file ".*none.txt": no such file\n$/);
    const word = gfe(['--estimate', '12x', '--bill', '100']);
    expect(word.stderr).toBe(
      `ketamine-cost: --estimate "12x" is not an amount: write it like 1200, 1,200.50 or '$1200' (in quotes: the shell reads $1 as a variable)\n`,
    );
  });
});
