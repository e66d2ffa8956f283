import { InvalidArgumentError } from 'commander';
import { cliText as t } from '../cli-text.js';

/** For a flag that takes one value: refuses an empty value and the flag given twice (no silent last-wins). */
export function once(value: string, previous: unknown): string {
  if (previous !== undefined) throw new InvalidArgumentError(t.givenTwice);
  if (value.trim() === '') throw new InvalidArgumentError(t.emptyValue);
  return value;
}

/** For a flag meant to repeat: collects every value in order; an empty one is refused. */
export function collect(value: string, previous: string[] | undefined): string[] {
  if (value.trim() === '') throw new InvalidArgumentError(t.emptyValue);
  return [...(previous ?? []), value];
}
