import type { z } from 'zod';
import { escapeControls } from './escape.js';
import { text } from './text.js';

/** One thing wrong with an input, at a path such as "techniques.coma.price.low" or "boosters". */
export interface Problem {
  path: string;
  message: string;
}

/** "sources[2].id" from ['sources', 2, 'id']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = escapeControls(String(key));
      out += out === '' ? name : `.${name}`;
    }
  }
  return out;
}

/** zod issues as problems, with zod's unknown-key report named per key and unions explained by their closest branch. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  return issuesToProblems(error.issues, []);
}

type Issue = z.ZodError['issues'][number];

function issuesToProblems(issues: readonly Issue[], base: readonly PropertyKey[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: text.unknownField }));
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // The branch that got furthest into the value says best what is wrong, e.g. an unknown
      // technique inside a checklist condition rather than "not 'always'".
      const depth = (branch: readonly Issue[]) => Math.max(...branch.map((i) => i.path.length));
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0]!;
      if (depth(best) > 0) return issuesToProblems(best, path);
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}
