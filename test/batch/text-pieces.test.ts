import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { completeLength, textPieces } from '../../src/batch/text-pieces.js';

const SEED = Number(process.env.FC_SEED ?? 20261127);

/** What a plain streaming decoder makes of the bytes fed one at a time: the text up to the first bad byte, and whether there was one. */
function oracle(bytes: Uint8Array): { text: string; bad: boolean } {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let text = '';
  try {
    for (const b of bytes) text += decoder.decode(Uint8Array.of(b), { stream: true });
    text += decoder.decode();
  } catch {
    return { text: text.replace(/^\uFEFF/, ''), bad: true };
  }
  return { text: text.replace(/^\uFEFF/, ''), bad: false };
}

async function read(chunks: (Uint8Array | string)[]): Promise<{ text: string; error: string | null }> {
  async function* source() {
    for (const c of chunks) yield typeof c === 'string' ? c : Buffer.from(c);
  }
  let text = '';
  try {
    for await (const piece of textPieces(source(), () => 7)) text += piece;
  } catch (error) {
    return { text, error: (error as Error).message };
  }
  return { text, error: null };
}

// Characters of every UTF-8 length, a byte order mark, and bytes that are never or not here UTF-8.
const part = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', '\n', 'é', '€', '😀', '\uFEFF', 'ü,').map((s) => [...Buffer.from(s)]) },
  { weight: 1, arbitrary: fc.constantFrom([0xff], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xf0, 0x9f]) },
);

describe('batch input text', () => {
  it('hands over exactly the text before the first bad byte, however the bytes are cut into chunks (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), async (parts, cuts) => {
        const bytes = Uint8Array.from(parts.flat());
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at, bytes.length].slice(1).map((end, i, ends) => bytes.subarray(i === 0 ? 0 : ends[i - 1], end));
        const expected = oracle(bytes);
        const got = await read(chunks);
        expect(got.text).toBe(expected.text);
        expect(got.error).toBe(expected.bad ? 'the scenarios are not UTF-8 text (near line 7); save them as UTF-8 and try again' : null);
      }),
      { seed: SEED, numRuns: 3_000 },
    );
  });

  it('refuses a character cut short before text that arrives as a string', async () => {
    expect(await read([Uint8Array.from([0x61, 0xe2, 0x82]), 'X', Uint8Array.from([0xac])])).toEqual({
      text: 'a',
      error: 'the scenarios are not UTF-8 text (near line 7); save them as UTF-8 and try again',
    });
    expect(await read(['\uFEFFa', Uint8Array.from([0x62])])).toEqual({ text: 'ab', error: null });
  });

  it('leaves out a character cut short at the end of a chunk, and only that', () => {
    const euro = [...Buffer.from('€')];
    expect(completeLength(Uint8Array.from([0x61, ...euro]))).toBe(4);
    expect(completeLength(Uint8Array.from([0x61, ...euro.slice(0, 2)]))).toBe(1);
    expect(completeLength(Uint8Array.from([0x61, 0xf0, 0x9f, 0x98]))).toBe(1);
    expect(completeLength(Uint8Array.from([0x61, ...Buffer.from('😀')]))).toBe(5);
    expect(completeLength(Uint8Array.from([]))).toBe(0);
  });
});
