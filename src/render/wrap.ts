import { textWidth } from './text-width.js';

/**
 * Wraps text at spaces to lines of at most `width` terminal columns (a CJK character takes two).
 * Leading spaces of the text are kept on the first line; later lines start with `indent`.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lead = /^\s*/.exec(text)![0];
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = lead;
  let lineWidth = textWidth(lead);
  for (const word of words) {
    const limit = lines.length === 0 ? width : width - indent.length;
    const wordWidth = textWidth(word);
    if (line.trim() && lineWidth + 1 + wordWidth > limit) {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    } else {
      lineWidth += (line.trim() ? 1 : 0) + wordWidth;
      line = line.trim() ? `${line} ${word}` : `${line}${word}`;
    }
  }
  if (line.trim()) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}
