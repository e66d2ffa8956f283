import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBin } from '../helpers/run-bin.js';
import { FIXTURE_PATH } from '../helpers/data.js';
import { hasTmux, TerminalSession } from '../helpers/tmux.js';

const ES = { LANG: 'es_MX.UTF-8' };
const USES_INSURANCE = '¿El seguro';

/** The keys of a JSON value and the types of its leaves, recursively: its structure without its words. */
function structure(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(structure);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, structure(x)]));
  return typeof v === 'number' ? v : typeof v;
}

describe('en español (built bin)', () => {
  it('shows an error in Spanish with LANG=es_MX.UTF-8, and --lang en wins over it', () => {
    const r = runBin(['estimate', '--technique', 'laser'], { env: ES });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^ketamine-cost: datos de entrada no válidos: --technique: debe ser uno de estos valores: low-dose-inpatient, outpatient, coma \(se recibió "laser"\)$/m,
    );
    expect(runBin(['estimate', '--technique', 'laser', '--lang', 'en'], { env: ES }).stderr).toMatch(/must be one of/);
    expect(runBin(['estimate', '--tecnique', 'x'], { env: ES }).stderr).toMatch(/opción desconocida/);
    expect(runBin(['--lang', 'fr']).stderr).toMatch(/--lang must be en \(English\) or es \(Spanish\)/);
  });

  it('explains a bad data file and shows the data in Spanish', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-es-data-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ schemaVersion: 3, currency: 'EUR' }));
    const bad = runBin(['data', 'validate', 'bad.json'], { env: ES, cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/el archivo de datos "bad.json" no es válido \(\d+ problemas\)/);
    expect(bad.stderr).toMatch(/currency: solo se admiten dólares estadounidenses/);
    const show = runBin(['data', 'show'], { env: ES });
    expect(show.stdout).toMatch(/^Datos versión \d{4}\.\d+\.\d+/);
    expect(show.stdout).toMatch(/^Fuentes:/m);
    expect(runBin(['data', 'validate', FIXTURE_PATH], { env: ES }).stdout).toMatch(/es válido: datos 2000\.1\.0/);
  });

  it("shows --help in Spanish, commander's own words included", () => {
    const r = runBin(['estimate', '--help'], { env: ES });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Uso: ketamine-cost estimate \[opciones\]/m);
    expect(r.stdout).toMatch(/^Opciones:/m);
    expect(r.stdout).toMatch(/--pre-visits <n>\s+citas antes del tratamiento/);
    expect(r.stdout).not.toMatch(/^Options:|display help for command/m);
    const root = runBin(['--help'], { env: ES });
    expect(root.stdout).toMatch(/^Comandos:/m);
  });

  it('prints the estimate in Spanish with US$ amounts, and the same JSON structure and numbers in both languages', () => {
    const es = runBin(['estimate', '-t', 'coma', '--data', FIXTURE_PATH], { env: ES });
    expect(es.stdout).toMatch(/Total estimado: US\$[\d,]+–US\$[\d,]+ o más\./);
    const jsonEn = JSON.parse(runBin(['estimate', '-t', 'outpatient', '--months', '12', '--insurance', 'in-network', '--agi', '50000', '--json']).stdout);
    const jsonEs = JSON.parse(
      runBin(['estimate', '-t', 'outpatient', '--months', '12', '--insurance', 'in-network', '--agi', '50000', '--json'], { env: ES }).stdout,
    );
    expect(structure(jsonEs)).toEqual(structure(jsonEn));
    expect(jsonEs.lineItems[0].label).not.toBe(jsonEn.lineItems[0].label);
    expect(jsonEs.lineItems[0].id).toBe(jsonEn.lineItems[0].id);
    const html = runBin(['estimate', '-t', 'coma', '--format', 'html'], { env: ES }).stdout;
    expect(html).toMatch(/<html lang="es">/);
    expect(html).toContain('Preguntas para la clínica');
    const csv = runBin(['estimate', '-t', 'coma', '--format', 'csv'], { env: ES }).stdout;
    expect(csv.split('\r\n')[0]).toBe(runBin(['estimate', '-t', 'coma', '--format', 'csv']).stdout.split('\r\n')[0]);
  });
});

let session: TerminalSession | undefined;
afterEach(() => session?.close());

describe.skipIf(!hasTmux)('the wizard in Spanish in a real terminal (tmux)', () => {
  it('asks every question in Spanish and ends on the total in US$', async () => {
    session = new TerminalSession(['wizard', '--data', FIXTURE_PATH], { cwd: mkdtempSync(join(tmpdir(), 'kc-es-')), env: 'LANG=es_MX.UTF-8' });
    const s = session;
    const prompts = [
      '¿Qué tratamiento',
      '¿En qué parte del rango está el precio',
      '¿La clínica da infusiones de refuerzo',
      'Citas antes del tratamiento',
      'Citas de seguimiento',
      '¿Va a viajar',
      '¿Agregar gastos que las cotizaciones suelen omitir?',
      USES_INSURANCE,
      '¿Quiere un plan',
      'Revise sus respuestas',
    ];
    for (const prompt of prompts) {
      await s.waitFor(`? ${prompt}`);
      s.keys('Enter');
      await s.waitFor(`✔ ${prompt}`);
    }
    const screen = await s.waitFor('¿Qué le gustaría guardar?');
    expect(screen).toContain('Total estimado: US$10,300–US$40,500.');
    expect(screen).toMatch(/Preguntas para la clínica/);
    s.keys('Enter');
    const end = await s.waitFor(/EXIT=\d+/);
    expect(end).toContain('EXIT=0');
  });
});
