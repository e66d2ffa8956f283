import * as z from 'zod';

import { TECHNIQUES, TRAVEL_KINDS } from './ids.js';

export { TECHNIQUES, TRAVEL_KINDS, type TechniqueId, type TravelKind } from './ids.js';

const MAX_DOLLARS = 10_000_000;

const dollars = z
  .number({ error: 'must be a number of dollars' })
  .min(0, { error: 'must not be negative' })
  .max(MAX_DOLLARS, { error: `must be at most ${MAX_DOLLARS}` })
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: 'must have at most 2 decimal places (cents)' });

const year = z.int({ error: 'must be a whole year' }).min(1990, { error: 'must be 1990 or later' }).max(2100, { error: 'must be 2100 or earlier' });
const count = (max: number) => z.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' }).max(max, { error: `must be at most ${max}` });

export const figureSchema = z
  .strictObject({
    low: dollars,
    typical: dollars.optional(),
    high: dollars,
    unit: z.string().min(1),
    sourceIds: z.array(z.string().min(1)),
    asOfYear: year,
    basis: z.enum(['published', 'assumption']),
    rationale: z.string().min(1).optional(),
    note: z.string().optional(),
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
  rationale: z.string().min(1),
});

const phaseSchema = z.strictObject({
  label: z.string().min(1),
  weeks: z.number().min(0.1, { error: 'must be at least 0.1' }).nullable().describe('Length of the phase in weeks; null for the last, open-ended phase.'),
  sessions: count(14).min(1, { error: 'must be at least 1' }),
  everyWeeks: z.number().min(0.1, { error: 'must be at least 0.1 (weeks between blocks of sessions)' }),
});

const techniqueSchema = z.strictObject({
  label: z.string().min(1),
  summary: z.string().min(1),
  pricing: z.enum(['course', 'per-session']),
  price: figureSchema,
  defaults: defaultsSchema,
  schedule: z
    .strictObject({
      sourceIds: z.array(z.string().min(1)),
      note: z.string().optional(),
      phases: z.array(phaseSchema).min(1),
    })
    .optional(),
  warnings: z.array(z.string().min(1)),
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
  question: z.string().min(1),
  why: z.string().min(1),
  when: z.union([z.literal('always'), z.array(conditionSchema).min(1)]).describe('"always", or a list of conditions of which at least one must match.'),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ChecklistCondition = z.infer<typeof conditionSchema>;

export const costDataSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1, { error: 'this version of ketamine-cost reads schemaVersion 1' }),
    dataVersion: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, { error: 'must look like 2026.11.0' }),
    effectiveDate: z.iso.date({ error: 'must be a date like 2026-11-27' }),
    currency: z.literal('USD', { error: 'only USD is supported' }),
    sources: z
      .array(
        z.strictObject({
          id: z.string().min(1),
          title: z.string().min(1),
          publisher: z.string().min(1),
          url: z.string().optional(),
          year: year,
        }),
      )
      .min(1),
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
      sourceId: z.string().min(1),
      latestMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must look like 2026-05' }),
      latestIndex: z.number().positive(),
      annualAverages: z.record(z.string().regex(/^\d{4}$/), z.number().positive()),
    }),
    checklist: z.array(checklistItemSchema).min(1),
  })
  .superRefine((data, ctx) => {
    const known = new Set<string>();
    data.sources.forEach((s, i) => {
      if (known.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
      known.add(s.id);
    });
    const check = (ids: string[], path: (string | number)[]) =>
      ids.forEach((id, i) => {
        if (!known.has(id)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `unknown source id "${id}" (not in sources)` });
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
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['checklist', i, 'id'], message: `duplicate checklist id "${item.id}"` });
      ids.add(item.id);
    });
  });

export type CostData = z.infer<typeof costDataSchema>;
