import { createRequire } from 'node:module';
import type CliTable3 from 'cli-table3';
import { textWidth } from './text-width.js';

let library: typeof CliTable3 | undefined;

/**
 * The table library (cli-table3), loaded the first time a table is drawn, so that a command that
 * writes JSON, CSV or Markdown, or a table stacked for a narrow terminal, never runs it.
 *
 * cli-table3 measures text with string-width, which disagrees with the tool's own measure
 * (text-width.ts) on emoji sequences, variation selectors and combining marks in many scripts (CJK
 * agrees): the library would then cut a cell the tool had fitted, or pad a row past its borders. So
 * the library is given the tool's measure in place of string-width: one measure for wrapping,
 * stacking and drawing. The bundle has in place of this module the same function over a bundled
 * `require('cli-table3')`, with string-width replaced the same way at build time, which esbuild runs
 * only when first called (scripts/build.mjs); here the replacement goes into Node's module cache
 * before the library is loaded (only cli-table3 depends on string-width).
 */
export function tableLibrary(): typeof CliTable3 {
  if (!library) {
    const require = createRequire(import.meta.url);
    const tableFile = require.resolve('cli-table3');
    const widthFile = createRequire(tableFile).resolve('string-width');
    require.cache[widthFile] ??= { id: widthFile, filename: widthFile, loaded: true, exports: textWidth, children: [], paths: [] } as unknown as NodeJS.Module;
    library = require(tableFile) as typeof CliTable3;
  }
  return library;
}
