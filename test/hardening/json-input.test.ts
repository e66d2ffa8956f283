import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { jsonDuplicateKey, mayRepeatKeys } from '../../src/core/json-error.js';
import { setLanguage } from '../../src/core/lang.js';
import { fakeIo } from '../helpers/fake-io.js';
import { DATA_PATH } from '../helpers/data.js';
import { readFileSync } from 'node:fs';

const dir = mkdtempSync(join(tmpdir(), 'kc-json-input-'));

async function run(argv: string[], stdin = '') {
  const io = fakeIo({ cwd: dir });
  (io.stdin as unknown as { end(s: string): void }).end(stdin);
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('a key given twice is refused, named with its line', () => {
  it.each([
    ['en', /scenario file "dup.json": the key "technique" is given twice in one object \(the second at line 3, column 3\): give it once/],
    ['es', /el archivo de escenario "dup.json": la clave "technique" aparece dos veces en un mismo objeto \(la segunda en la línea 3, columna 3\)/],
  ])('in a scenario file (%s)', async (lang, pattern) => {
    writeFileSync(join(dir, 'dup.json'), '{\n  "technique": "coma",\n  "technique": "outpatient"\n}\n');
    const r = await run(['estimate', '--scenario', 'dup.json', '--json', '--lang', lang]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
  });

  it('inside a nested object, and written with an escape', async () => {
    writeFileSync(join(dir, 'nested.json'), '{"technique": "coma", "quote": {"low": 1000, "high": 2000, "low": 1500}}');
    expect((await run(['estimate', '--scenario', 'nested.json'])).stderr).toMatch(/the key "low" is given twice .*column 60/);
    writeFileSync(join(dir, 'escaped.json'), '{"technique": "coma", "\\u0074echnique": "outpatient"}');
    expect((await run(['estimate', '--scenario', 'escaped.json'])).stderr).toMatch(/the key "technique" is given twice/);
  });

  it('in a data file', async () => {
    const text = readFileSync(DATA_PATH, 'utf8').replace('"schemaVersion": 4,', '"schemaVersion": 4,\n  "schemaVersion": 4,');
    writeFileSync(join(dir, 'data-dup.json'), text);
    const r = await run(['data', 'validate', 'data-dup.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/data file "data-dup.json": the key "schemaVersion" is given twice in one object \(the second at line 4, column 3\)/);
  });

  it('in an NDJSON batch line, that line only', async () => {
    const r = await run(
      ['batch', '--format', 'ndjson'],
      [
        '{"id": "a", "technique": "coma"}',
        '{"id": "b", "technique": "coma", "boosters": 1, "boosters": 2}',
        '{"id": "c:d", "technique": "coma", "travel": "none"}',
      ].join('\n'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ketamine-cost: line 2: the key "boosters" is given twice in one object \(the second at column 49\): give it once$/m);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a', 'c:d']);
  });

  it('finds a key given twice exactly when there is one (property)', () => {
    setLanguage('en');
    const keys = fc.array(fc.constantFrom('a', 'b', 'c', 'a:b', '\\u0061', 'x"y'), { maxLength: 6 });
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('1', '"s:t"', 'null', '"{\\"a\\":1}"'),
        fc.array(tie('node'), { maxLength: 3 }).map((xs) => `[${xs.join(',')}]`),
        fc
          .tuple(keys, fc.array(tie('node'), { minLength: 6, maxLength: 6 }))
          .map(([ks, vs]) => `{${ks.map((k, i) => `${JSON.stringify(k).replace('\\\\u0061', '\\u0061')}:${vs[i]}`).join(',')}}`),
      ),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(value, (text) => {
        const hasDuplicate = (() => {
          let found = false;
          // A reviver sees each object once it is built; the text's own key count per object is compared with it.
          const seen: number[] = [];
          JSON.parse(text, function (this: unknown, _k, v) {
            if (v && typeof v === 'object' && !Array.isArray(v)) seen.push(Object.keys(v).length);
            return v;
          });
          const counts: number[] = [];
          const stack: number[] = [];
          let wantKey = false;
          for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (c === '"') {
              let j = i + 1;
              while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
              if (wantKey) stack[stack.length - 1]!++;
              wantKey = false;
              i = j;
            } else if (c === '{') {
              stack.push(0);
              wantKey = true;
            } else if (c === '[') stack.push(-1);
            else if (c === '}') counts.push(stack.pop()!);
            else if (c === ']') stack.pop();
            else if (c === ',') wantKey = stack[stack.length - 1] !== -1;
          }
          counts.forEach((n, i) => {
            if (n !== seen[i]) found = true;
          });
          return found;
        })();
        expect(jsonDuplicateKey(text) !== null).toBe(hasDuplicate);
        if (hasDuplicate) expect(mayRepeatKeys(text, JSON.parse(text))).toBe(true);
      }),
      { seed: 20261204, numRuns: 2000 },
    );
  });
});

describe('a byte-order mark where none belongs is named plainly', () => {
  it.each([
    [
      'en',
      /scenario file "bom2.json" is not valid JSON: an invisible byte-order mark \(U\+FEFF, which some editors add\) at column 1: save the file without it/,
    ],
    ['es', /no es JSON válido: una marca de orden de bytes invisible \(U\+FEFF, que algunos editores agregan\) en la columna 1/],
  ])('a second one at the start of a scenario file (%s)', async (lang, pattern) => {
    writeFileSync(join(dir, 'bom2.json'), '\ufeff\ufeff{"technique": "coma"}');
    const r = await run(['estimate', '--scenario', 'bom2.json', '--lang', lang]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toContain('\ufeff');
  });

  it('one at the start of a later NDJSON line (files joined with cat)', async () => {
    const r = await run(['batch', '--format', 'ndjson'], '{"technique": "coma"}\n\ufeff{"technique": "coma"}\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2: not valid JSON \(an invisible byte-order mark \(U\+FEFF, which some editors add\) at column 1/);
    expect(r.stderr).not.toContain('\ufeff');
  });
});
