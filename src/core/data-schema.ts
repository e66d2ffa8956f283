import * as z from 'zod';

import { TECHNIQUES, TRAVEL_KINDS } from './ids.js';
import { CONTROL, shown } from './escape.js';

export { TECHNIQUES, TRAVEL_KINDS, type TechniqueId, type TravelKind } from './ids.js';

const MAX_DOLLARS = 10_000_000;
const MAX_INDEX = 100_000;

/** Text a person reads: never empty, never a control character a terminal would run. */
const text = z
  .string()
  .min(1, { error: 'must not be empty' })
  .refine((s) => !CONTROL.test(s), { error: 'must not contain control characters (line breaks, tabs, escapes)' });
const optionalText = text.optional();

const dollars = z
  .number({ error: 'must be a number of dollars' })
  .min(0, { error: 'must not be negative' })
  .max(MAX_DOLLARS, { error: `must be at most ${MAX_DOLLARS}` })
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: 'must have at most 2 decimal places (cents)' });

const indexValue = z.number({ error: 'must be a number' }).min(1, { error: 'must be at least 1' }).max(MAX_INDEX, { error: `must be at most ${MAX_INDEX}` });

const year = z.int({ error: 'must be a whole year' }).min(1990, { error: 'must be 1990 or later' }).max(2100, { error: 'must be 2100 or earlier' });
const count = (max: number) => z.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' }).max(max, { error: `must be at most ${max}` });

export const figureSchema = z
  .strictObject({
    low: dollars,
    typical: dollars.optional(),
    high: dollars,
    unit: text,
    sourceIds: z.array(text).max(20),
    asOfYear: year,
    basis: z.enum(['published', 'assumption']),
    rationale: optionalText,
    note: optionalText,
  })
  .describe('A price range in dollars. Rules checked by the tool but not expressible here: low <= typical <= high; a published figure names at least one source; an assumption carries a rationale; every source id exists in sources.')
  .superRefine((f, ctx) => {
    if (f.low > f.high) ctx.addIssue({ code: 'custom', path: ['low'], message: `low (${f.low}) is above high (${f.high})` });
    if (f.typical !== undefined && (f.typical < f.low || f.typical > f.high))
      ctx.addIssue({ code: 'custom', path: ['typical'], message: `typical (${f.typical}) must lie between low (${f.low}) and high (${f.high})` });
    if (f.basis === 'assumption' && !f.rationale)
      ctx.addIssue({ code: 'custom', path: ['rationale'], message: 'an assumption needs a one-line rationale' });
    if (f.basis === 'published' && f.sourceIds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['sourceIds'], message: 'a published figure must name at least one source' });
  });
export type Figure = z.infer<typeof figureSchema>;

const defaultsSchema = z.strictObject({
  boosters: count(100),
  preVisits: count(100),
  postVisits: count(100),
  travel: z.enum(TRAVEL_KINDS),
  travelers: count(20).min(1, { error: 'must be at least 1' }),
  nights: count(365),
  months: count(120).optional(),
  rationale: text,
});

const phaseSchema = z.strictObject({
  label: text,
  weeks: z.number().min(0.1, { error: 'must be at least 0.1' }).max(520, { error: 'must be at most 520 (10 years)' }).nullable().describe('Length of the phase in weeks; null for the last, open-ended phase.'),
  sessions: count(14).min(1, { error: 'must be at least 1' }),
  everyWeeks: z.number().min(0.1, { error: 'must be at least 0.1 (weeks between blocks of sessions)' }).max(52, { error: 'must be at most 52' }),
});

const techniqueSchema = z.strictObject({
  label: text,
  summary: text,
  pricing: z.enum(['course', 'per-session']),
  price: figureSchema,
  defaults: defaultsSchema,
  schedule: z
    .strictObject({
      sourceIds: z.array(text).max(20),
      note: optionalText,
      phases: z.array(phaseSchema).min(1).max(20),
    })
    .optional(),
  warnings: z.array(text).max(20),
});
export type Technique = z.infer<typeof techniqueSchema>;
export type SchedulePhase = z.infer<typeof phaseSchema>;

const travelFiguresSchema = z.strictObject({ transport: figureSchema, lodging: figureSchema, meals: figureSchema });

const conditionSchema = z
  .strictObject({
    techniques: z.array(z.enum(TECHNIQUES)).min(1).optional(),
    travel: z.array(z.enum(TRAVEL_KINDS)).min(1).optional(),
    boosters: z.boolean().optional(),
    visits: z.boolean().optional(),
    quote: z.boolean().optional(),
  })
  .describe('Every key given must match the scenario.');

const checklistItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and hyphens' }),
  question: text,
  why: text,
  when: z.union([z.literal('always'), z.array(conditionSchema).min(1)]).describe('"always", or a list of conditions of which at least one must match.'),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ChecklistCondition = z.infer<typeof conditionSchema>;

export const costDataSchema = z
  .strictObject({
    $schema: optionalText,
    schemaVersion: z.literal(1, { error: 'this version of ketamine-cost reads schemaVersion 1' }),
    dataVersion: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, { error: 'must look like 2026.11.0' }),
    effectiveDate: z.iso.date({ error: 'must be a date like 2026-11-27' }),
    currency: z.literal('USD', { error: 'only USD is supported' }),
    sources: z
      .array(
        z.strictObject({
          id: text,
          title: text,
          publisher: text,
          url: optionalText,
          year: year,
        }),
      )
      .min(1)
      .max(200),
    techniques: z.strictObject({
      'low-dose-inpatient': techniqueSchema,
      outpatient: techniqueSchema.refine((t) => t.pricing === 'per-session' && t.schedule !== undefined && t.defaults.months !== undefined, {
        error: 'outpatient must be priced per-session and have a schedule and defaults.months',
      }),
      coma: techniqueSchema,
    }),
    visits: z.strictObject({ pre: figureSchema, post: figureSchema }),
    travel: z.strictObject({ domestic: travelFiguresSchema, international: travelFiguresSchema }),
    priceIndex: z.strictObject({
      sourceId: text,
      latestMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must look like 2026-05' }),
      latestIndex: indexValue,
      annualAverages: z.record(z.string().regex(/^(199\d|20\d\d|2100)$/, { error: 'must be a year from 1990 to 2100' }), indexValue),
    })
    .superRefine((index, ctx) => {
      // A price index moves a few percent a year: a value far from the latest is a typo that would multiply every price.
      for (const [year, value] of Object.entries(index.annualAverages))
        if (value * 10 < index.latestIndex || value > index.latestIndex * 10)
          ctx.addIssue({ code: 'custom', path: ['annualAverages', year], message: `(${value}) must be within a factor of 10 of latestIndex (${index.latestIndex})` });
    }),
    checklist: z.array(checklistItemSchema).min(1).max(200),
  })
  .superRefine((data, ctx) => {
    const known = new Set<string>();
    data.sources.forEach((s, i) => {
      if (known.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id ${shown(s.id)}` });
      known.add(s.id);
    });
    const check = (ids: string[], path: (string | number)[]) =>
      ids.forEach((id, i) => {
        if (!known.has(id)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `unknown source id ${shown(id)} (not in sources)` });
      });
    for (const [id, t] of Object.entries(data.techniques)) {
      check(t.price.sourceIds, ['techniques', id, 'price', 'sourceIds']);
      if (t.schedule) check(t.schedule.sourceIds, ['techniques', id, 'schedule', 'sourceIds']);
    }
    for (const kind of ['pre', 'post'] as const) check(data.visits[kind].sourceIds, ['visits', kind, 'sourceIds']);
    for (const trip of ['domestic', 'international'] as const)
      for (const part of ['transport', 'lodging', 'meals'] as const) check(data.travel[trip][part].sourceIds, ['travel', trip, part, 'sourceIds']);
    check([data.priceIndex.sourceId], ['priceIndex', 'sourceId']);
    const ids = new Set<string>();
    data.checklist.forEach((item, i) => {
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['checklist', i, 'id'], message: `duplicate checklist id ${shown(item.id)}` });
      ids.add(item.id);
    });
  });

export type CostData = z.infer<typeof costDataSchema>;
