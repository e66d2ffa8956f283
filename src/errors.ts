import { InputError, type Problem } from './core/problems.js';

/** A mistake in what the user gave (flag, file, data): exit code 2, message without a stack. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One problem per line under a heading, each named by `name(path)`. */
export function problemList(heading: string, problems: readonly Problem[], name: (path: string) => string = (p) => p): string {
  if (problems.length === 1) {
    const p = problems[0]!;
    return `${heading}: ${p.path ? `${name(p.path)}: ` : ''}${p.message}`;
  }
  return [`${heading} (${problems.length} problems):`, ...problems.map((p) => `  - ${p.path ? `${name(p.path)}: ` : ''}${p.message}`)].join('\n');
}

/** Turns the core's InputError into a UsageError whose lines name each problem's source. */
export function usageFromInput(error: unknown, heading: string, name?: (path: string) => string): never {
  if (error instanceof InputError) throw new UsageError(problemList(heading, error.problems, name));
  throw error;
}
