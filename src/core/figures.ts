import type { CostData, Figure } from './data-schema.js';
import { TECHNIQUES, TRAVEL_KINDS } from './ids.js';

export interface FigureAt {
  path: string;
  figure: Figure;
}

/** Every price figure in the data with its JSON path, in file order. */
export function listFigures(data: CostData): FigureAt[] {
  const out: FigureAt[] = TECHNIQUES.map((id) => ({ path: `techniques.${id}.price`, figure: data.techniques[id].price }));
  out.push({ path: 'boosters', figure: data.boosters }, { path: 'visits.pre', figure: data.visits.pre }, { path: 'visits.post', figure: data.visits.post });
  for (const trip of TRAVEL_KINDS) {
    if (trip === 'none') continue;
    for (const part of ['transport', 'lodging', 'meals'] as const) out.push({ path: `travel.${trip}.${part}`, figure: data.travel[trip][part] });
  }
  // The quote audit's own figures (its other ranges name the figures above).
  for (const [id, figure] of Object.entries(data.audit?.figures ?? {})) out.push({ path: `audit.figures.${id}`, figure });
  return out;
}
