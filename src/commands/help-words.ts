import { localised } from '../core/lang.js';
import { type HelpCatalog, type HelpId, helpTextEn } from './help-text.js';

/** The --help words in the language of the run (English here, any other from its catalog: src/catalogs.ts). */
const words: HelpCatalog = localised('help', helpTextEn);

/** A --help text in the language of the run, by its message id (help-text.ts). */
export function h(id: HelpId): string {
  return words[id];
}

/** A block of --help text (examples, notes), already in the run's language, its long lines broken at spaces or commas to fit 80 columns. */
export function helpBlock(text: string, width = 80): string {
  return text
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
