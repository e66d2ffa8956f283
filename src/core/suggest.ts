/**
 * Words people write for a choice, in English and Spanish, that are neither the choice's id nor
 * close to it in spelling: `--travel abroad` means international.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  abroad: 'international',
  overseas: 'international',
  foreign: 'international',
  'out-of-country': 'international',
  internacional: 'international',
  extranjero: 'international',
  exterior: 'international',
  usa: 'domestic',
  us: 'domestic',
  national: 'domestic',
  'in-country': 'domestic',
  nacional: 'domestic',
  no: 'none',
  nothing: 'none',
  nada: 'none',
  ninguno: 'none',
  ninguna: 'none',
  'self-pay': 'none',
  selfpay: 'none',
  uninsured: 'none',
  cash: 'none',
  'sin-seguro': 'none',
  inpatient: 'low-dose-inpatient',
  hospital: 'low-dose-inpatient',
  'low-dose': 'low-dose-inpatient',
  hospitalizado: 'low-dose-inpatient',
  internado: 'low-dose-inpatient',
  ambulatorio: 'outpatient',
  ambulatoria: 'outpatient',
  clinic: 'outpatient',
  infusions: 'outpatient',
  'induced-coma': 'coma',
  'coma-inducido': 'coma',
  low: 'lower',
  bottom: 'lower',
  bajo: 'lower',
  baja: 'lower',
  high: 'upper',
  top: 'upper',
  alto: 'upper',
  alta: 'upper',
  all: 'full',
  whole: 'full',
  completo: 'full',
  cotizacion: 'quote',
  presupuesto: 'quote',
  in: 'in-network',
  network: 'in-network',
  'en-red': 'in-network',
  out: 'out-of-network',
  oon: 'out-of-network',
  'fuera-de-red': 'out-of-network',
  visit: 'visits',
  consultas: 'visits',
  tratamiento: 'treatment',
  refuerzos: 'boosters',
};

/**
 * The choice a person most likely meant by a value that is not one, or null when none is clear:
 * the same words in another case or with spaces ("Low dose inpatient"), a known synonym
 * ("abroad"), the one choice that holds the word or that the word holds ("inpatient"), or the one
 * nearest in spelling within a third of its length ("outpatinet").
 */
export function nearestChoice(given: string, choices: readonly string[]): string | null {
  const word = given
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (word === '' || word.length > 40) return null;
  if (choices.includes(word)) return word;
  const synonym = SYNONYMS[word];
  if (synonym !== undefined && choices.includes(synonym)) return synonym;
  const holding = word.length >= 3 ? choices.filter((c) => c.includes(word) || word.includes(c)) : [];
  if (holding.length === 1) return holding[0]!;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const c of choices) {
    const d = editDistance(word, c);
    if (d < bestDistance) [best, bestDistance, tie] = [c, d, false];
    else if (d === bestDistance) tie = true;
  }
  return best !== null && !tie && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

/** Levenshtein distance: the fewest one-character edits from one word to the other. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
