import { textWidth, cutToWidth } from './text-width.js';

/**
 * Wraps text at spaces to lines of at most `width` columns, counted as a terminal shows them (a CJK
 * character is two). Leading spaces of the text are kept on the first line; later lines start with
 * `indent`. Only plain spaces, tabs and line breaks break a line: a no-break space (U+00A0) keeps
 * "Low: $10,200" together, and an amount ("$88,712") is never split. A word longer than a whole line
 * (a long name, a web address) is cut at the width, so no line is ever wider.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lead = /^[ \t]*/.exec(text)![0];
  const words = text.split(/[ \t\n\r]+/).filter(Boolean);
  const indentWidth = textWidth(indent);
  const lines: string[] = [];
  let line = lead;
  let used = textWidth(lead);
  const limit = () => (lines.length === 0 ? width : width - indentWidth);
  for (let word of words) {
    let w = textWidth(word);
    if (line.trim() !== '') {
      if (used + 1 + w <= limit()) {
        line += ` ${word}`;
        used += 1 + w;
        continue;
      }
      lines.push(line);
      line = '';
      used = 0;
    }
    // A word too long for a line of its own is cut into pieces that fit.
    while (used + w > limit() && limit() - used > 0) {
      const piece = cutToWidth(word, limit() - used);
      if (piece === '') break;
      lines.push(line + piece);
      word = word.slice(piece.length);
      w = textWidth(word);
      line = '';
      used = 0;
    }
    line += word;
    used += w;
  }
  if (line.trim()) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}
