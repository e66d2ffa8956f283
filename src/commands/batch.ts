import { Command } from 'commander';
import type { Io } from '../io.js';

export function batchCommand(_io: Io): Command {
  return new Command('batch').description('many scenarios in, one result row each out');
}
