import type { Figure } from './data-schema.js';
import { TECHNIQUES, TRAVEL_KINDS } from './ids.js';

export interface FigureAt<F = Figure> {
  path: string;
  figure: F;
}

type Trip<F> = { transport: F; lodging: F; meals: F };
/** Where a data file holds its figures: the localised data, or the file as written (texts in both languages). */
export interface FigureHolder<F> {
  techniques: Record<(typeof TECHNIQUES)[number], { price: F }>;
  boosters: F;
  visits: { pre: F; post: F };
  travel: { domestic: Trip<F>; international: Trip<F> };
  extras: { labs: F; psychEval: F; passport: F };
  audit?: { figures: Record<string, F> };
}

/** Every price figure in the data with its JSON path, in file order: the one list of the paths a figure may have. */
export function listFigures<F = Figure>(data: FigureHolder<F>): FigureAt<F>[] {
  const out: FigureAt<F>[] = TECHNIQUES.map((id) => ({ path: `techniques.${id}.price`, figure: data.techniques[id].price }));
  out.push({ path: 'boosters', figure: data.boosters }, { path: 'visits.pre', figure: data.visits.pre }, { path: 'visits.post', figure: data.visits.post });
  for (const trip of TRAVEL_KINDS) {
    if (trip === 'none') continue;
    for (const part of ['transport', 'lodging', 'meals'] as const) out.push({ path: `travel.${trip}.${part}`, figure: data.travel[trip][part] });
  }
  for (const kind of ['labs', 'psychEval', 'passport'] as const) out.push({ path: `extras.${kind}`, figure: data.extras[kind] });
  // The quote audit's own figures (its other ranges name the figures above).
  for (const [id, figure] of Object.entries(data.audit?.figures ?? {})) out.push({ path: `audit.figures.${id}`, figure });
  return out;
}
