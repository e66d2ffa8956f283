import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { cutToWidth, textWidth } from '../../src/render/text-width.js';
import { fakeIo } from '../helpers/fake-io.js';
import { rawData } from '../helpers/data.js';

const dir = mkdtempSync(join(tmpdir(), 'kc-layout-'));
const CJK = 'ケタミン昏睡療法の費用見積もり、海外での治療と渡航費を含む';
const LONG_WORD = 'Supercalifragilisticexpialidociouscomainductiontreatmentabroad';
for (const [name, label] of [
  ['cjk.json', CJK],
  ['word.json', LONG_WORD],
  ['mixed.json', `Coma 😀 e\u0301 ${CJK}`],
]) {
  const data = rawData();
  data.techniques.coma.label = { en: label, es: label };
  writeFileSync(join(dir, name!), JSON.stringify(data));
}

async function run(argv: string[]) {
  const io = fakeIo({ cwd: dir });
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** The lines of each boxed table: each run of lines that start with a border or a bar. */
function tables(out: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of [...out.split('\n'), '']) {
    if (/^[┌├└│+|]/.test(line)) current.push(line);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  return found;
}

describe('tables and charts are measured in terminal columns (item 15)', () => {
  it('counts a CJK character as two columns, a combining mark as none, and never cuts a character in half', () => {
    expect(textWidth('ケタミン')).toBe(8);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('😀a')).toBe(3);
    expect(cutToWidth('ケタミン', 5)).toBe('ケタ');
    expect(cutToWidth('😀😀', 3)).toBe('😀');
  });

  it.each([
    ['cjk.json', []],
    ['cjk.json', ['--ascii']],
    ['word.json', []],
    ['word.json', ['--ascii']],
    ['mixed.json', []],
    ['mixed.json', ['--lang', 'es', '--ascii']],
  ])('keeps every line of the table report within 80 columns and every table row as wide as its borders (%s %j)', async (file, extra) => {
    const r = await run(['estimate', '-t', 'coma', '--data', file, '--timeline', ...extra]);
    expect(r.code, r.stderr).toBe(0);
    for (const line of r.stdout.split('\n')) expect(textWidth(line), line).toBeLessThanOrEqual(80);
    const boxes = tables(r.stdout);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      const widths = new Set(box.map(textWidth));
      expect([...widths], box.join('\n')).toHaveLength(1);
    }
    if (extra.includes('--ascii')) expect(r.stdout).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it.each([[[]], [['--ascii']]])('keeps the comparison table and chart within 80 columns with a wide label (%j)', async (extra) => {
    for (const file of ['cjk.json', 'word.json', 'mixed.json']) {
      const r = await run(['compare', '--data', file, ...extra]);
      expect(r.code, r.stderr).toBe(0);
      for (const line of r.stdout.split('\n')) expect(textWidth(line), `${file}: ${line}`).toBeLessThanOrEqual(80);
      for (const box of tables(r.stdout)) expect(new Set(box.map(textWidth)).size, box.join('\n')).toBe(1);
    }
  });
});
