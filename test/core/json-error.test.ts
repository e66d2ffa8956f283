import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { jsonErrorIndex, jsonProblem } from '../../src/core/json-error.js';

const SEED = Number(process.env.FC_SEED ?? 20261127);

/** Whether JSON.parse takes the text, and the position it names when it refuses it (where its message gives one). */
const parsed = (s: string): { ok: boolean; position: number | null } => {
  try {
    JSON.parse(s);
    return { ok: true, position: null };
  } catch (error) {
    const m = /at position (\d+)/.exec((error as Error).message);
    return { ok: false, position: m ? Number(m[1]) : null };
  }
};

// Characters that matter to JSON's grammar, and a few that never may appear outside a string.
const ALPHABET = [...'{}[],:" \\/-+.eE0123456789tfnrulasbx\n\t\r'].concat(['\u0000', '\u001f', '\uFEFF', 'é']);
const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace'), ch: fc.constantFrom(...ALPHABET) });

function applyEdits(s: string, edits: { at: number; kind: string; ch: string }[]): string {
  let out = s;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    if (e.kind === 'insert') out = out.slice(0, at) + e.ch + out.slice(at);
    else if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + 1);
    else out = out.slice(0, at) + e.ch + out.slice(at + 1);
  }
  return out;
}

describe('where JSON goes wrong', () => {
  it('agrees with JSON.parse on what is JSON, and on where it goes wrong when JSON.parse says (property)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), fc.array(edit, { maxLength: 4 }), fc.boolean(), (json, edits, pretty) => {
        const base = pretty ? JSON.stringify(JSON.parse(json), null, 2) : json;
        const s = applyEdits(base, edits);
        const at = jsonErrorIndex(s);
        const engine = parsed(s);
        expect(at === null, JSON.stringify(s)).toBe(engine.ok);
        if (at !== null) expect(at).toBeLessThanOrEqual(s.length);
        if (engine.position !== null) expect(at, JSON.stringify(s)).toBe(engine.position);
      }),
      { seed: SEED, numRuns: 20_000 },
    );
  });

  it('names the character and where it is, or that the text ends too soon', () => {
    expect(jsonProblem('{"technique":}')).toBe('unexpected "}" at column 14');
    expect(jsonProblem('{\n  "technique": "coma",\n  "boosters": 2,\n}\n')).toBe('unexpected "}" at line 4, column 1');
    expect(jsonProblem('{"technique": "coma"')).toBe('it ends before the JSON is complete, at column 21');
    expect(jsonProblem('{"a": tru}')).toBe('unexpected "}" at column 10');
    expect(jsonProblem('{"a": 01}')).toBe('unexpected "1" at column 8');
    expect(jsonProblem('{"a": "x\u0007"}')).toBe('unexpected "\\u0007" at column 9');
    expect(jsonProblem('[1, 2]\u202e')).toBe('unexpected "\\u202e" at column 7');
    expect(jsonProblem('😀')).toBe('unexpected "😀" at column 1');
    expect(jsonProblem('{"a": 1 "b": 2}')).toBe(`unexpected '"' at column 9`);
    expect(jsonProblem('')).toBe('it ends before the JSON is complete, at column 1');
    expect(jsonProblem('{"technique": "coma"}')).toBeNull();
  });

  it('reads any depth of nesting without running out of stack', () => {
    expect(jsonErrorIndex(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`)).toBeNull();
    expect(jsonErrorIndex(`${'{"a":'.repeat(500_000)}1${'}'.repeat(499_999)}`)).toBe(3_000_000);
  });
});
