import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { escapeControls, escapeJsonText, shown } from '../../src/core/escape.js';
import { validateCostData } from '../../src/core/validate-data.js';
import { fakeIo } from '../helpers/fake-io.js';
import { rawData } from '../helpers/data.js';

// Direction marks, the Arabic letter mark, line and paragraph separators, the byte-order mark.
const INVISIBLE = ['\u200e', '\u200f', '\u061c', '\u2028', '\u2029', '\ufeff', '\u200b'];
const RAW = /[\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

async function run(argv: string[], cwd = process.cwd()) {
  const io = fakeIo({ cwd });
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('invisible characters are treated as the other controls are', () => {
  it.each(INVISIBLE)('escapes U+%s when echoed back', (ch) => {
    expect(escapeControls(`coma${ch}`)).toBe(`coma\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(shown(`a${ch}b`)).not.toMatch(RAW);
    expect(escapeJsonText(JSON.stringify(`a${ch}b`))).not.toMatch(RAW);
  });

  it.each(['en', 'es'])('never writes them raw to stderr (%s)', async (lang) => {
    for (const ch of INVISIBLE) {
      const r = await run(['estimate', '--lang', lang, '-t', `co${ch}ma`, `--travel`, `no${ch}ne`]);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(RAW);
      expect(r.stderr).toContain(`\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    }
  });

  it('escapes them in a scenario file key and value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-invisible-'));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ technique: 'coma\u2028', 'nights\u200f': 1 }));
    const r = await run(['estimate', '--scenario', 'plan.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
  });

  it.each(INVISIBLE)('data validate refuses U+%s in a text a person reads', (ch) => {
    const data = rawData();
    data.techniques.coma.label.en = `Coma${ch}`;
    const result = validateCostData(data, 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('techniques.coma.label.en');
  });
});
