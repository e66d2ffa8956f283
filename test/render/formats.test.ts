import { describe, it, expect, expectTypeOf } from 'vitest';
import { main } from '../../src/cli.js';
import { FORMATS, unhandledFormat, type Format } from '../../src/render/formats.js';
import { fakeIo } from '../helpers/fake-io.js';
import { FIXTURE_PATH } from '../helpers/data.js';

// Type-level checks: `npm run typecheck` compiles this file. Each `@ts-expect-error` below must
// meet an error, or the typecheck fails: so a switch that misses a format stays a compile-time
// error for as long as the switches end in unhandledFormat.

/** A switch over every format, as the renderers write them. */
function everyFormat(format: Format): string {
  switch (format) {
    case 'table':
    case 'json':
    case 'csv':
    case 'markdown':
    case 'html':
      return format;
    default:
      return unhandledFormat(format);
  }
}

/** The same switch with one case missing, the way a new format would be missed. */
function missesHtml(format: Format): string {
  switch (format) {
    case 'table':
    case 'json':
    case 'csv':
    case 'markdown':
      return format;
    default:
      // @ts-expect-error: 'html' reaches the end, and a format is not `never`
      return unhandledFormat(format);
  }
}

/** An if/else chain ending in the check is held the same way. */
function chainMissesTable(format: Format): string {
  if (format === 'json' || format === 'csv') return format;
  if (format === 'markdown' || format === 'html') return format;
  // @ts-expect-error: 'table' reaches the end
  return unhandledFormat(format);
}

describe('output formats are exhaustive', () => {
  it('accepts only `never`, so every switch that ends in it must name every format', () => {
    expectTypeOf(unhandledFormat).parameter(0).toBeNever();
    // @ts-expect-error: a plain string is not `never`
    expect(() => unhandledFormat('pdf')).toThrow(/no case for the format pdf/);
  });

  it('handles each format in a switch, and throws for a value the types ruled out', () => {
    for (const format of FORMATS) expect(everyFormat(format)).toBe(format);
    expect(() => missesHtml('html')).toThrow(/no case for the format html/);
    expect(() => chainMissesTable('table')).toThrow(/no case for the format table/);
  });

  // At run time too: a format that fell through to another would print that other's output.
  it.each(['estimate', 'compare'])('gives a different output for every format in %s', async (command) => {
    const outputs = new Map<string, Format>();
    for (const format of FORMATS) {
      const io = fakeIo();
      const args = command === 'estimate' ? ['estimate', '--technique', 'outpatient', '--sessions', '10'] : ['compare'];
      expect(await main([...args, '--format', format, '--data', FIXTURE_PATH], io), io.err()).toBe(0);
      expect(io.out()).not.toBe('');
      expect(outputs.get(io.out()), `${format} printed the same as ${outputs.get(io.out())}`).toBeUndefined();
      outputs.set(io.out(), format);
    }
  });
});
