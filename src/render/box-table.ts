import { ASCII_BORDERS } from './ascii.js';
import { wrap } from './wrap.js';

export interface BoxTableOptions {
  head: readonly string[];
  /** Column widths, padding included; without them each column takes its widest cell. */
  widths?: readonly number[];
  aligns: readonly ('left' | 'right')[];
  ascii?: boolean;
  /** Colour for the header cells, applied after wrapping so widths are measured on plain text. */
  headStyle?: (text: string) => string;
  /** Colour for the last row's cells (a total). */
  lastStyle?: (text: string) => string;
}

const UNICODE = {
  top: '─',
  'top-mid': '┬',
  'top-left': '┌',
  'top-right': '┐',
  bottom: '─',
  'bottom-mid': '┴',
  'bottom-left': '└',
  'bottom-right': '┘',
  left: '│',
  'left-mid': '├',
  mid: '─',
  'mid-mid': '┼',
  right: '│',
  'right-mid': '┤',
  middle: '│',
};

const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (s: string) => s.replace(ANSI, '').length;

/**
 * A boxed table like cli-table3's, drawn here: measuring plain cell text by its length is enough
 * for these reports, and it saves the table library's start-up (about 10 ms). Cells wrap at spaces
 * to their column; colour is applied after, by the styles.
 */
export function boxTable(rows: readonly (readonly string[])[], opts: BoxTableOptions): string {
  const b = opts.ascii ? ASCII_BORDERS : UNICODE;
  const all = [opts.head, ...rows];
  const widths = opts.widths ?? opts.head.map((_, c) => Math.max(...all.map((r) => visible(r[c] ?? ''))) + 2);
  const line = (left: string, fill: string, mid: string, right: string) => left + widths.map((w) => fill.repeat(w)).join(mid) + right;
  const cellLines = (cell: string, width: number) => {
    const inner = width - 2;
    if (visible(cell) <= inner) return [cell];
    // A word longer than the column is cut with an ellipsis rather than break the box.
    return wrap(cell, inner)
      .split('\n')
      .map((l) => (l.length > inner ? `${l.slice(0, inner - 1)}…` : l));
  };
  const row = (cells: readonly string[], style: (s: string) => string = (x) => x) => {
    const split = widths.map((w, c) => cellLines(cells[c] ?? '', w));
    const height = Math.max(...split.map((l) => l.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      const parts = widths.map((w, c) => {
        const text = split[c]![i] ?? '';
        const pad = ' '.repeat(Math.max(0, w - 2 - visible(text)));
        return ` ${opts.aligns[c] === 'right' ? pad + style(text) : style(text) + pad} `;
      });
      out.push(b.left + parts.join(b.middle) + b.right);
    }
    return out.join('\n');
  };
  const lines = [line(b['top-left'], b.top, b['top-mid'], b['top-right']), row(opts.head, opts.headStyle)];
  rows.forEach((r, i) => {
    lines.push(line(b['left-mid'], b.mid, b['mid-mid'], b['right-mid']), row(r, i === rows.length - 1 ? opts.lastStyle : undefined));
  });
  lines.push(line(b['bottom-left'], b.bottom, b['bottom-mid'], b['bottom-right']));
  return lines.join('\n');
}
