import { describe, it, expect, afterEach } from 'vitest';
import { type Lang, setLanguage } from '../../src/core/lang.js';
import { readScenario, type Layer } from '../../src/core/scenario-read.js';
import { flagsLayer } from '../../src/commands/flags-layer.js';
import { answersLayer } from '../../src/commands/wizard-run.js';
import { auditedQuoteLayer } from '../../src/commands/audit-run.js';
import { ndjsonRows } from '../../src/batch/rows.js';
import { realData } from '../helpers/data.js';

afterEach(() => setLanguage('en'));

/** A coma quote in `below`, then outpatient above it: the note says the price in `below` was dropped, naming it. */
function droppedNote(below: Layer): string {
  const above: Layer = { fields: { technique: 'outpatient' }, textual: true, name: (k) => k, label: 'above' };
  const r = readScenario([below, above], realData());
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const note = r.normalised.notes.find((n) => n.includes('coma'));
  if (note === undefined) throw new Error(`no note in ${JSON.stringify(r.normalised.notes)}`);
  return note;
}

async function* oneLine(): AsyncGenerator<string> {
  yield '{"technique": "coma", "quote": 30000}\n';
}

async function batchLine(): Promise<Layer> {
  for await (const rows of ndjsonRows(oneLine())) return rows[0]!.layer!;
  throw new Error('no row');
}

const layers: [string, () => Layer | Promise<Layer>][] = [
  ['the flags', () => flagsLayer({ technique: 'coma', quote: '30000' })],
  ["the wizard's answers", () => answersLayer({ technique: 'coma', quote: '30000' })],
  ['the audited quote', () => auditedQuoteLayer({ technique: 'coma', quote: '30000' })],
  ['a batch line', batchLine],
];

const named: Record<Lang, string[]> = {
  en: ['in the flags', 'in your answers', 'in the audited quote', 'in line 1'],
  es: ['en las opciones', 'en sus respuestas', 'en la cotización revisada', 'en la línea 1'],
};
const english = ['the flags', 'your answers', 'the audited quote', 'line 1'];

describe('a note naming where the answers came from', () => {
  it.each(layers.map(([what, make], i) => [what, make, i] as const))('names %s in the language of the run', async (_what, make, i) => {
    for (const lang of ['en', 'es'] as const) {
      setLanguage(lang);
      const note = droppedNote(await make());
      expect(note).toContain(named[lang][i]);
      if (lang === 'es') for (const word of english) expect(note).not.toContain(word);
    }
  });
});
