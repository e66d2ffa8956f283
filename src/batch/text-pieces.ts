import { UsageError } from '../errors.js';
import { fsReason } from '../edge/read-file.js';
import { batchText as t } from './batch-text.js';

/**
 * The rows of a batch are read and priced a piece of text at a time: a few hundred rows, so the
 * rows waiting to be priced stay few (and in the processor's cache), whatever size of chunk the
 * file or pipe hands over.
 */
const PIECE_CHARS = 16 * 1024;

/**
 * Decodes a byte stream as UTF-8 text in pieces of at most PIECE_CHARS, a leading byte order mark
 * dropped. Bytes that are not UTF-8 stop the reading, but only after the text before them has been
 * handed over, so every row before the bad line is priced and `line()` names the bad line itself.
 */
export async function* textPieces(source: AsyncIterable<Buffer | string>, line: () => number): AsyncGenerator<string> {
  let first = true;
  for await (let text of decoded(source, line)) {
    if (first && text !== '') {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (let i = 0; i < text.length; i += PIECE_CHARS) yield text.slice(i, i + PIECE_CHARS);
  }
}

// Each chunk is decoded whole (no state kept in the decoder): a character cut at the end of a chunk
// is carried over to the next one by hand, so a bad byte can be found again within its chunk.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

async function* decoded(source: AsyncIterable<Buffer | string>, line: () => number): AsyncGenerator<string> {
  let carry: Buffer | null = null;
  try {
    for await (const chunk of source) {
      if (typeof chunk === 'string') {
        // Bytes of a character still carried cannot be finished by text: they are decoded (and refused) first.
        if (carry !== null) yield* decodeOrStop(carry, line);
        carry = null;
        yield chunk;
        continue;
      }
      const bytes: Buffer = carry === null ? chunk : Buffer.concat([carry, chunk]);
      const end = completeLength(bytes);
      carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
      yield* decodeOrStop(bytes.subarray(0, end), line);
    }
    if (carry !== null) yield* decodeOrStop(carry, line);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t.cannotRead(fsReason(error as NodeJS.ErrnoException)));
  }
}

/** The text of the bytes; or, when they are not UTF-8, the text before the first bad byte and then the error. */
function* decodeOrStop(bytes: Uint8Array, line: () => number): Generator<string> {
  const whole = decodes(bytes);
  if (whole !== null) {
    yield whole;
    return;
  }
  // The longest prefix that decodes (a character cut at its end left out): found by halving.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (decodes(bytes.subarray(0, completeLength(bytes.subarray(0, mid)))) !== null) good = mid;
    else bad = mid;
  }
  const before = decodes(bytes.subarray(0, completeLength(bytes.subarray(0, good))));
  if (before) yield before;
  throw new UsageError(t.notUtf8(line()));
}

function decodes(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** How many of the bytes end on a character boundary: a multi-byte character cut short at the end is left out. */
export function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let j = n - 1; j >= 0 && j >= n - 3; j--) {
    const b = bytes[j]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return j + size > n ? j : n;
  }
  return n;
}
