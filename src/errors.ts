import { cliText } from './cli-text.js';
import type { Problem } from './core/problems.js';

/** A mistake in what the user gave (flag, file, data): exit code 2, message without a stack. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The output could not be written (disk full, closed descriptor): exit code 1, one line. */
export class OutputError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** One problem per line under a heading, each named by its path. */
export function problemList(heading: string, problems: readonly Problem[]): string {
  const line = (p: Problem) => `${p.path ? `${p.path}: ` : ''}${p.message}`;
  if (problems.length === 1) return `${heading}: ${line(problems[0]!)}`;
  return [cliText.problemsHeading(heading, problems.length), ...problems.map((p) => `  - ${line(p)}`)].join('\n');
}
