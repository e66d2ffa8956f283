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
  const indent = /^\s*/.exec(line)![0] + (line.trimStart().startsWith('$') ? '    ' : '');
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = Math.max(rest.lastIndexOf(' ', width), rest.lastIndexOf(',', width - 1) + 1);
    const at = cut > indent.length ? cut : width;
    out.push(rest.slice(0, at).trimEnd());
    rest = indent + rest.slice(at).trimStart();
  }
  out.push(rest);
  return out.join('\n');
}
