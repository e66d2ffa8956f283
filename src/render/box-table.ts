import { ASCII_BORDERS, toAscii } from './ascii.js';
import { fitToWidth, textWidth } from './text-width.js';
import { tableLibrary } from './table-library.js';
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
  /**
   * The columns available. Narrower than STACK_BELOW, or too narrow for the columns, each row is
   * written as its first cell and then "Head: value" pairs, wrapped to the width: nothing draws past it.
   */
  width?: number;
}

/** Below this many columns a table is stacked rather than boxed. */
export const STACK_BELOW = 70;

/** cli-table3's own borders, spelled out so that ASCII is a swap of the same names. */
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

/**
 * A boxed table, drawn by cli-table3 (loaded only here, on the first boxed table: see
 * table-library.ts). The layout is worked out here first, so that the library only draws: cells are
 * measured in terminal columns (a CJK character takes two), wrap at spaces to their column, and a
 * word too long is cut with an ellipsis, so every line fits its column before the library sees it
 * and it never cuts one itself. Colour is applied after, by the styles, line by line; the library's
 * own colours (a red header, grey borders) are turned off. In ASCII the cells are written in ASCII
 * first, so they are measured as they are shown, and the borders are ASCII too.
 */
export function boxTable(rows: readonly (readonly string[])[], opts: BoxTableOptions): string {
  const ellipsis = opts.ascii ? '...' : '…';
  const plain = (cells: readonly string[]) => (opts.ascii ? cells.map(toAscii) : cells);
  const head = plain(opts.head);
  const body = rows.map(plain);
  const all = [head, ...body];
  const widths = [...(opts.widths ?? head.map((_, c) => Math.max(...all.map((r) => textWidth(r[c] ?? ''))) + 2))];
  let drawn = widths.reduce((a, w) => a + w, 0) + widths.length + 1;
  // Too wide: the first column (the names) wraps, down to a dozen columns; below that, or in a narrow terminal, rows stack.
  if (opts.width !== undefined && drawn > opts.width && widths[0]! - (drawn - opts.width) >= 12) {
    widths[0]! -= drawn - opts.width;
    drawn = opts.width;
  }
  if (opts.width !== undefined && (opts.width < STACK_BELOW || drawn > opts.width)) return stacked(body, { ...opts, head }, opts.width);
  const cellLines = (cell: string, width: number) => {
    const inner = width - 2;
    if (textWidth(cell) <= inner) return [cell];
    // A word longer than the column is cut with an ellipsis rather than break the box.
    return wrap(cell, inner)
      .split('\n')
      .map((l) => fitToWidth(l, inner, ellipsis));
  };
  // Each cell's lines, styled one by one (a style's codes never span a line end), and its alignment.
  const row = (cells: readonly string[], style: (s: string) => string = (x) => x) =>
    widths.map((w, c) => ({
      content: cellLines(cells[c] ?? '', w)
        .map((l) => style(l))
        .join('\n'),
      hAlign: opts.aligns[c] ?? 'left',
    }));
  const Table = tableLibrary();
  const table = new Table({
    head: [],
    colWidths: widths,
    chars: opts.ascii ? ASCII_BORDERS : UNICODE,
    truncate: ellipsis,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  table.push(row(head, opts.headStyle));
  body.forEach((r, i) => {
    table.push(row(r, i === body.length - 1 ? opts.lastStyle : undefined));
  });
  return table.toString();
}

/**
 * A table for a narrow terminal: each row's first cell on a line of its own, then each other cell
 * as "Head: value", the pairs wrapped to the width and never split inside ("Low: $10,200").
 */
function stacked(rows: readonly (readonly string[])[], opts: BoxTableOptions, width: number): string {
  // No-break spaces glue each pair, and the separator to the pair before it; plain spaces once wrapped.
  const sep = opts.ascii ? '\u00a0| ' : '\u00a0· ';
  const glue = (s: string) => s.replaceAll('\u00a0', ' ');
  const out: string[] = [];
  rows.forEach((r, i) => {
    const style = (i === rows.length - 1 ? opts.lastStyle : undefined) ?? ((x: string) => x);
    out.push(style(wrap(r[0] ?? '', width, '  ')));
    const pairs = opts.head
      .slice(1)
      .map((h, c) => [h, r[c + 1] ?? ''] as const)
      .filter(([, v]) => v !== '')
      .map(([h, v]) => `${h}:\u00a0${v}`.replaceAll(' ', '\u00a0'));
    if (pairs.length > 0) out.push(style(glue(wrap(`  ${pairs.join(sep)}`, width, '  '))));
  });
  return out.join('\n');
}
