import { Option, type Command } from 'commander';
import type { CostData } from '../core/data-schema.js';
import { TECHNIQUES, TRAVEL_KINDS, COUNT_LIMITS, type CountField } from '../core/ids.js';
import type { Problem } from '../core/problems.js';

/** Flag values as commander hands them over: strings, before any checking. */
export interface ScenarioFlags {
  technique?: string;
  clinicRange?: string;
  quote?: string;
  boosters?: string;
  preVisits?: string;
  postVisits?: string;
  travel?: string;
  travelers?: string;
  nights?: string;
  sessions?: string;
  months?: string;
}

const COUNT_FLAGS = ['boosters', 'preVisits', 'postVisits', 'travelers', 'nights', 'sessions', 'months'] as const satisfies readonly CountField[];
const TEXT_FLAGS = ['technique', 'clinicRange', 'quote', 'travel'] as const;

/** "--pre-visits" for the scenario field "preVisits". */
export function flagName(field: string): string {
  const root = field.split(/[.[]/)[0] ?? field;
  return `--${root.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`;
}

/** "1", or "none; international for coma": a default that may differ by technique, read from the data. */
function perTechnique(data: CostData, pick: (d: CostData['techniques'][keyof CostData['techniques']]) => unknown): string {
  const values = TECHNIQUES.map((id) => [id, pick(data.techniques[id])] as const).filter(([, v]) => v !== undefined);
  const counts = new Map<string, number>();
  for (const [, v] of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  const [usual = '', times = 0] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (times === 1 && values.length > 1) return values.map(([id, v]) => `${String(v)} for ${id}`).join(', ');
  const others = values.filter(([, v]) => String(v) !== usual).map(([id, v]) => `${String(v)} for ${id}`);
  return [usual, ...others].join('; ');
}

/** Adds every scenario question as a flag, with defaults from the data stated in --help. */
export function addScenarioOptions(cmd: Command, data: CostData): Command {
  const months = perTechnique(data, (t) => t.defaults.months);
  return cmd
    .addOption(new Option('-t, --technique <id>', `treatment technique: ${TECHNIQUES.join(', ')}`))
    .addOption(
      new Option(
        '--clinic-range <part>',
        'which part of the published price range the clinic is in: full (low to high), lower (low to typical), upper (typical to high) (default: full)',
      ),
    )
    .addOption(new Option('--quote <amount>', "the clinic's own price, one amount (12000) or low-high (10000-15000); for outpatient, per infusion day"))
    .addOption(new Option('--boosters <n>', `booster infusions after the course, each priced as an outpatient infusion day (default: ${perTechnique(data, (t) => t.defaults.boosters)})`))
    .addOption(new Option('--pre-visits <n>', `appointments before treatment (default: ${perTechnique(data, (t) => t.defaults.preVisits)})`))
    .addOption(new Option('--post-visits <n>', `appointments after treatment (default: ${perTechnique(data, (t) => t.defaults.postVisits)})`))
    .addOption(new Option('--travel <kind>', `travel to the clinic: ${TRAVEL_KINDS.join(', ')} (default: ${perTechnique(data, (t) => t.defaults.travel)})`))
    .addOption(new Option('--travelers <n>', `people travelling, patient included (default when travelling: ${perTechnique(data, (t) => t.defaults.travelers)})`))
    .addOption(new Option('--nights <n>', `nights away from home (default when travelling: ${perTechnique(data, (t) => t.defaults.nights)})`))
    .addOption(new Option('--sessions <n>', 'outpatient only: number of infusion days'))
    .addOption(new Option('--months <n>', `outpatient only: plan length in months; sessions follow the example schedule (default: ${months})`));
}

/**
 * Turns flag strings into a scenario input object (only the flags given). Counts must be plain
 * whole numbers: "2" passes, "-1", "1.5", "2e3" and "two" do not.
 */
export function flagsToInput(flags: ScenarioFlags): { input: Record<string, unknown>; problems: Problem[] } {
  const input: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const key of TEXT_FLAGS) if (flags[key] !== undefined) input[key] = flags[key];
  for (const key of COUNT_FLAGS) {
    const value = flags[key];
    if (value === undefined) continue;
    const n = parseCount(value);
    if (n === null) problems.push({ path: key, message: `must be a whole number from 0 to ${COUNT_LIMITS[key]} (got "${value}")` });
    else input[key] = n;
  }
  return { input, problems };
}

/** A strictly written whole number ("0", "12"), or null. */
export function parseCount(text: string): number | null {
  const t = text.trim();
  return /^\d{1,9}$/.test(t) ? Number(t) : null;
}
