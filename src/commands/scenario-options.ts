import { Option, type Command } from 'commander';
import type { CostData } from '../core/data-schema.js';
import { FLAG_FIELDS, flagOf } from '../core/scenario-fields.js';
import type { Layer } from '../core/scenario-read.js';
import { fieldHelp } from './field-help.js';
import { collect, once } from './option-parsers.js';

/** Flag values as commander hands them over: strings, before any checking, keyed by field name. */
export type ScenarioFlags = Partial<Record<(typeof FLAG_FIELDS)[number]['name'], string>>;

/** Adds every scenario field as a flag, from the one table of fields, with defaults from the data in --help. */
export function addScenarioOptions(cmd: Command, data: CostData, opts: { repeatQuote?: boolean } = {}): Command {
  for (const f of FLAG_FIELDS) {
    const flags = `${'short' in f ? `-${f.short}, ` : ''}--${f.flag} ${f.arg}`;
    const repeat = opts.repeatQuote === true && f.name === 'quote';
    const option = new Option(flags, repeat ? `${fieldHelp(f.name, data)}; repeat it to compare clinics` : fieldHelp(f.name, data));
    cmd.addOption(repeat ? option.argParser(collect) : option.argParser(once));
  }
  return cmd;
}

/** The scenario flags given on the command line, as a layer of the one road in. */
export function flagsLayer(flags: ScenarioFlags): Layer {
  const fields: Record<string, unknown> = {};
  for (const f of FLAG_FIELDS) if (flags[f.name] !== undefined) fields[f.name] = flags[f.name];
  return { fields, textual: true, name: flagOf, label: 'the flags' };
}
