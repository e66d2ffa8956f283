import { language } from '../core/lang.js';
import { helpEs } from './help-es.js';

/** A --help text in the language of the run: the English as written, or its Spanish twin from help-es.ts. */
export function h(english: string): string {
  return language() === 'es' ? (helpEs[english] ?? english) : english;
}

/** A block of --help text (examples, notes) in the run's language, its long lines broken at spaces or commas to fit 80 columns. */
export function helpBlock(english: string, width = 80): string {
  return h(english)
    .split('\n')
    .map((line) => breakLine(line, width))
    .join('\n');
}

function breakLine(line: string, width: number): string {
  if (line.length <= width) return line;
  // An example command breaks between words with a shell continuation, so it still runs as printed.
  const command = line.trimStart().startsWith('$ ');
  const indent = /^\s*/.exec(line)![0] + (command ? '    ' : '');
  const room = command ? width - 2 : width;
  const out: string[] = [];
  let rest = line;
  while (rest.length > (out.length === 0 ? width : room) && rest.length > room) {
    const cut = command ? rest.lastIndexOf(' ', room) : Math.max(rest.lastIndexOf(' ', width), rest.lastIndexOf(',', width - 1) + 1);
    const at = cut > indent.length ? cut : room;
    out.push(command ? `${rest.slice(0, at).trimEnd()} \\` : rest.slice(0, at).trimEnd());
    rest = indent + rest.slice(at).trimStart();
  }
  out.push(rest);
  return out.join('\n');
}
