import { ASCII_BORDERS, toAscii } from './ascii.js';
import { fitToWidth, textWidth } from './text-width.js';
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
const visible = (s: string) => textWidth(s.replace(ANSI, ''));

/**
 * A boxed table like cli-table3's, drawn here, which saves the table library's start-up (about
 * 10 ms). Cells are measured in terminal columns (a CJK character takes two), wrap at spaces to
 * their column, and a word too long is cut with an ellipsis; colour is applied after, by the
 * styles. In ASCII the cells are written in ASCII first, so they are measured as they are shown.
 */
export function boxTable(rows: readonly (readonly string[])[], opts: BoxTableOptions): string {
  const b = opts.ascii ? ASCII_BORDERS : UNICODE;
  const ellipsis = opts.ascii ? '...' : '…';
  const plain = (cells: readonly string[]) => (opts.ascii ? cells.map(toAscii) : cells);
  const head = plain(opts.head);
  const body = rows.map(plain);
  const all = [head, ...body];
  const widths = opts.widths ?? head.map((_, c) => Math.max(...all.map((r) => visible(r[c] ?? ''))) + 2);
  const line = (left: string, fill: string, mid: string, right: string) => left + widths.map((w) => fill.repeat(w)).join(mid) + right;
  const cellLines = (cell: string, width: number) => {
    const inner = width - 2;
    if (visible(cell) <= inner) return [cell];
    // A word longer than the column is cut with an ellipsis rather than break the box.
    return wrap(cell, inner)
      .split('\n')
      .map((l) => fitToWidth(l, inner, ellipsis));
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
  const lines = [line(b['top-left'], b.top, b['top-mid'], b['top-right']), row(head, opts.headStyle)];
  body.forEach((r, i) => {
    lines.push(line(b['left-mid'], b.mid, b['mid-mid'], b['right-mid']), row(r, i === body.length - 1 ? opts.lastStyle : undefined));
  });
  lines.push(line(b['bottom-left'], b.bottom, b['bottom-mid'], b['bottom-right']));
  return lines.join('\n');
}
