import type { z } from 'zod';

/** One thing wrong with an input, at a path such as "techniques.coma.price.low" or "boosters". */
export interface Problem {
  path: string;
  message: string;
}

/** Thrown by the core when a scenario or data file is not valid; carries every problem found. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '));
    this.name = 'InputError';
  }
}

/** "sources[2].id" from ['sources', 2, 'id']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** zod issues as problems, with zod's unknown-key report named per key. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a field this tool knows (check the spelling)' }));
    if (issue.code === 'invalid_union' && issue.path.length === 0) return [{ path: '', message: issue.message }];
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}
