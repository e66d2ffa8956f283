import { Option } from 'commander';
import { once } from './option-parsers.js';
import { h } from './help-words.js';
import { DATA_OPTION, PRICES_OPTION, type OptionSpec } from './option-specs.js';

/** A commander option from its table row: help in the run's language; a value may be given once. */
export function optionFrom(spec: OptionSpec): Option {
  const option = new Option(spec.flags, h(spec.help));
  return spec.flags.endsWith('>') ? option.argParser(once) : option;
}

/** --prices: today's dollars (the default) or the sources' own published amounts. */
export function pricesOption(): Option {
  return optionFrom(PRICES_OPTION);
}

/** --data: another cost data file, checked by the same schema. */
export function dataOption(): Option {
  return optionFrom(DATA_OPTION);
}
