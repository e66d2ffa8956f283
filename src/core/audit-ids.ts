/** Names the quote audit shares between the data schema and the code; no zod here, so the command line stays light. */

/** The kinds of question the data file words, one each; the code fills their {placeholders}. */
export const AUDIT_QUESTION_KINDS = [
  'below-range',
  'above-range',
  'whole-series',
  'how-many-infusions',
  'how-many-units',
  'depression-band',
  'other',
  'excluded',
  'arithmetic',
  'currency',
  'currency-unclear',
  'not-gfe',
  'gfe-part',
  'abroad',
  'terms-in-writing',
] as const;
export type AuditQuestionKind = (typeof AUDIT_QUESTION_KINDS)[number];

/**
 * Placeholders the audit's texts may use besides the Good Faith Estimate's: the clinic's words
 * ({item}, {quote}, {term}, {part}) and amounts worked out for each line ({price}, {low}, …).
 */
export const AUDIT_PLACEHOLDERS = ['item', 'price', 'low', 'high', 'years', 'sum', 'total', 'difference', 'quote', 'unit', 'parts', 'part', 'term'] as const;

/** Categories the checks treat in their own way, so a data file must define them. */
export const AUDIT_ROLE_CATEGORIES = ['terms', 'discount', 'infusion', 'boosters', 'lodging', 'travel'] as const;

/** Units a range may name besides the data's own: no unit word at all, and "each". */
export const AUDIT_SPECIAL_UNITS = ['none', 'each'] as const;

/** The Good Faith Estimate parts the code works out from the items rather than from words. */
export const AUDIT_COMPUTED_PARTS = ['itemised', 'service-codes', 'diagnosis-codes', 'co-providers'] as const;
export type AuditComputedPart = (typeof AUDIT_COMPUTED_PARTS)[number];
