import { cliText } from '../cli-text.js';
import { FORMATS, type Format } from '../render/formats.js';
import { UsageError } from '../errors.js';
import { shown } from '../core/escape.js';

/** Picks the output format from --format and --json; a conflict or unknown name is a usage error. */
export function chooseFormat(flags: { format?: string; json?: boolean }): Format {
  const format = flags.format ?? (flags.json ? 'json' : 'table');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(cliText.formatOneOf(FORMATS.join(', '), shown(format)));
  if (flags.json && format !== 'json') throw new UsageError(cliText.jsonVsFormat(format));
  return format as Format;
}
