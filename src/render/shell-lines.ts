/** Breaks a command into lines of at most `width` columns with shell continuations, indented. */
export function shellLines(command: string, width: number): string {
  const lines: string[] = [];
  let line = ' ';
  // Keep each flag with its value.
  for (const part of command.split(/ (?=--)/)) {
    if (line.trim() && line.length + 1 + part.length + 2 > width) {
      lines.push(`${line} \\`);
      line = '   ';
    }
    line += ` ${part}`;
  }
  lines.push(line);
  return lines.join('\n');
}
