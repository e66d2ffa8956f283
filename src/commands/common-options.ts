import { Option } from 'commander';
import { PRICE_BASES } from '../core/price-index.js';
import { once } from './option-parsers.js';
import { h } from './help-words.js';

/** --prices: today's dollars (the default) or the sources' own published amounts. */
export function pricesOption(): Option {
  return new Option(
    '--prices <basis>',
    h(`${PRICE_BASES.join(' or ')}: restate every figure to today's dollars with the price index, or show the sources' own published amounts (default: today)`),
  ).argParser(once);
}

/** --data: another cost data file, checked by the same schema. */
export function dataOption(): Option {
  return new Option('--data <file>', h('use this cost data file instead of the built-in one (checked by the same schema)')).argParser(once);
}
