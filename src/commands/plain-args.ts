import { FLAG_FIELDS } from '../core/scenario-fields.js';
import { ESTIMATE_OPTIONS, GLOBAL_OPTIONS, type OptionSpec } from './option-specs.js';

/** How a token names an option: the key it sets and whether it takes a value. */
interface Named {
  key: string;
  value: boolean;
  /** `--no-color` sets color to false. */
  negate: boolean;
}

/** commander's attribute name for a long flag: `--pre-visits` is preVisits, `--no-color` is color. */
function attribute(long: string): string {
  const words = (long.startsWith('no-') ? long.slice(3) : long).split('-');
  return (
    words[0] +
    words
      .slice(1)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join('')
  );
}

function tokens(specs: readonly { flags: string }[]): Map<string, Named> {
  const byToken = new Map<string, Named>();
  for (const { flags } of specs) {
    const m = /^(?:-([a-zA-Z]), )?--([a-z][a-z-]*)(?: <[^>]+>)?$/.exec(flags);
    if (!m) throw new Error(`option-specs: cannot read ${flags}`);
    const named = { key: attribute(m[2]!), value: flags.endsWith('>'), negate: m[2]!.startsWith('no-') };
    byToken.set(`--${m[2]}`, named);
    if (m[1]) byToken.set(`-${m[1]}`, named);
  }
  return byToken;
}

/** The scenario fields' flags: their attribute is the field's name (`--pre-visits` is preVisits). */
function fieldTokens(byToken: Map<string, Named>): Map<string, Named> {
  for (const f of FLAG_FIELDS) {
    const named = { key: f.name, value: true, negate: false };
    byToken.set(`--${f.flag}`, named);
    if ('short' in f) byToken.set(`-${f.short}`, named);
  }
  return byToken;
}

let estimateTokens: Map<string, Named> | null = null;

/**
 * The flags of a plain `estimate` command line, exactly as commander would hand them to the
 * command (`optsWithGlobals()`), or null when the line is anything but plain: then commander
 * reads it, with its help, its errors and its suggestions. Plain means `estimate` first, then
 * only known options, each given once, as `--name value` or `-t value`, every value non-blank
 * and not starting with `-`. This saves loading commander on the commonest scripted call.
 */
export function plainEstimateFlags(argv: readonly string[]): Record<string, string | boolean> | null {
  if (argv[0] !== 'estimate') return null;
  estimateTokens ??= fieldTokens(tokens([...ESTIMATE_OPTIONS, ...(GLOBAL_OPTIONS as readonly OptionSpec[])]));
  const flags: Record<string, string | boolean> = { color: true };
  const seen = new Set<string>();
  for (let i = 1; i < argv.length; i++) {
    const named = estimateTokens.get(argv[i]!);
    if (!named || seen.has(named.key)) return null;
    seen.add(named.key);
    if (!named.value) {
      flags[named.key] = !named.negate;
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.trim() === '' || value.startsWith('-')) return null;
    flags[named.key] = value;
  }
  return flags;
}
