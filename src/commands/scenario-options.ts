import { Option, type Command } from 'commander';
import type { CostData } from '../core/data-schema.js';
import { FLAG_FIELDS } from '../core/scenario-fields.js';
import { fieldHelp } from './field-help.js';
import { collect, once } from './option-parsers.js';
import { fieldFlags } from './option-specs.js';
import { h } from './help-words.js';

/** Adds every scenario field as a flag, from the one table of fields, with defaults from the data in --help. */
export function addScenarioOptions(cmd: Command, data: () => CostData, opts: { repeatQuote?: boolean } = {}): Command {
  for (const f of FLAG_FIELDS) {
    const repeat = opts.repeatQuote === true && f.name === 'quote';
    const option = new Option(fieldFlags(f));
    // The help words (with defaults read from the data) are made only when --help shows them; the data is read only then too.
    Object.defineProperty(option, 'description', {
      get: () => (repeat ? `${fieldHelp(f.name, data())}; ${h('repeatQuote')}` : fieldHelp(f.name, data())),
      configurable: true,
    });
    cmd.addOption(repeat ? option.argParser(collect) : option.argParser(once));
  }
  return cmd;
}
