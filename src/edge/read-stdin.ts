import { UsageError } from '../errors.js';

/**
 * Reads standard input whole, up to `maxBytes`: more is a UsageError (the wrong input, or an
 * endless one), as is text that is not UTF-8. A byte-order mark is dropped.
 */
export async function readStdinText(stdin: AsyncIterable<Buffer | string>, maxBytes: number, words: { tooLarge: string; notUtf8: string }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > maxBytes) throw new UsageError(words.tooLarge);
    chunks.push(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size));
  } catch {
    throw new UsageError(words.notUtf8);
  }
}
