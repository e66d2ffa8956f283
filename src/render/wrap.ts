/**
 * Wraps text at spaces to lines of at most `width` characters. Leading spaces of the text are
 * kept on the first line; later lines start with `indent`.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lead = /^\s*/.exec(text)![0];
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = lead;
  for (const word of words) {
    const limit = lines.length === 0 ? width : width - indent.length;
    if (line.trim() && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else line = line.trim() ? `${line} ${word}` : `${line}${word}`;
  }
  if (line.trim()) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}
