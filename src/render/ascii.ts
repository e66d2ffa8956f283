const REPLACEMENTS: Record<string, string> = {
  '\u00a0': ' ',
  '¿': '',
  '¡': '',
  ß: 'ss',
  '–': '-',
  '—': '-',
  '…': '...',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '·': '.',
  '•': '*',
  '×': 'x',
  '≤': '<=',
  '≥': '>=',
};

/** Text for an ASCII-only terminal or a screen reader: common typography spelled in ASCII, anything else as '?'. */
export function toAscii(text: string): string {
  // Letters lose only their accents (ó to o, ñ to n), so Spanish and names stay readable.
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x00-\x7e]/g, (ch) => REPLACEMENTS[ch] ?? '?');
}

/** Table borders in plain ASCII. */
export const ASCII_BORDERS = {
  top: '-',
  'top-mid': '+',
  'top-left': '+',
  'top-right': '+',
  bottom: '-',
  'bottom-mid': '+',
  'bottom-left': '+',
  'bottom-right': '+',
  left: '|',
  'left-mid': '+',
  mid: '-',
  'mid-mid': '+',
  right: '|',
  'right-mid': '+',
  middle: '|',
};
