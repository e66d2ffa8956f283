import * as z from 'zod';

import { listFigures, type FigureHolder } from './figures.js';
import { COVERABLE, TECHNIQUES, TRAVEL_KINDS } from './ids.js';
import { BIDI, CONTROL, shown } from './escape.js';
import { PLACEHOLDERS } from './placeholders.js';
import { AUDIT_COMPUTED_PARTS, AUDIT_PLACEHOLDERS, AUDIT_QUESTION_KINDS, AUDIT_ROLE_CATEGORIES, AUDIT_SPECIAL_UNITS } from './audit-ids.js';
import { dataText as d } from './data-text.js';

export { TECHNIQUES, TRAVEL_KINDS, type TechniqueId, type TravelKind } from './ids.js';

const MAX_DOLLARS = 10_000_000;
const MAX_INDEX = 100_000;

/** Text a person reads: never empty, never a control character a terminal would run. */
const text = z
  .string()
  .min(1, { error: () => d.empty })
  .refine((s) => !CONTROL.test(s) && !BIDI.test(s), { error: () => d.control });
const optionalText = text.optional();

/** A text a person reads, in both languages: data validate refuses a file that lacks one. */
const localText = z.strictObject({ en: text, es: text }, { error: () => d.bothLanguages }).describe('A text a person reads, in English and Spanish.');
const optionalLocalText = localText.optional();

/**
 * Text that may not quote an amount: warnings, summaries and checklist texts. An amount written
 * here would go stale when a figure is edited; amounts come from figures through {placeholders}.
 */
function amountFree(placeholders: readonly string[]) {
  return localText.superRefine((both, ctx) => {
    for (const [lang, s] of Object.entries(both)) {
      if (/\$\s?\d/.test(s)) ctx.addIssue({ code: 'custom', path: [lang], message: d.noAmount });
      for (const m of s.matchAll(/\{([^}]*)\}/g))
        if (!placeholders.includes(m[1]!))
          ctx.addIssue({
            code: 'custom',
            path: [lang],
            message: d.unknownPlaceholder(shown(m[1]).slice(1, -1), placeholders.map((p) => `{${p}}`).join(', ')),
          });
    }
  });
}
const amountFreeText = amountFree(PLACEHOLDERS);

const dollars = z
  .number({ error: () => d.dollars })
  .min(0, { error: () => d.notNegative })
  .max(MAX_DOLLARS, { error: () => d.atMost(MAX_DOLLARS) })
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: () => d.cents });

const indexValue = z
  .number({ error: () => d.number })
  .min(1, { error: () => d.atLeast(1) })
  .max(MAX_INDEX, { error: () => d.atMost(MAX_INDEX) });

const year = z
  .int({ error: () => d.wholeYear })
  .min(1990, { error: () => d.yearFrom })
  .max(2100, { error: () => d.yearTo });
const count = (max: number) =>
  z
    .int({ error: () => d.wholeNumber })
    .min(0, { error: () => d.notNegative })
    .max(max, { error: () => d.atMost(max) });

/** The date a figure describes: one year, or a span of years with the reason it is a span. */
const asOfSchema = z
  .union([year, z.strictObject({ from: year, to: year, reason: localText })])
  .describe('The year the figure describes, or {from, to, reason} when the source is undated or spans years.');

const figureFields = {
  low: dollars,
  typical: dollars.optional(),
  high: dollars,
  openHigh: z.boolean().optional().describe('The source leaves the top open ("$50,000 and up").'),
  unit: localText,
  sourceIds: z.array(text).max(20),
  asOf: asOfSchema,
  basis: z.enum(['published', 'assumption']),
  rationale: optionalLocalText,
  note: optionalLocalText,
  read: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: () => d.month })
    .optional()
    .describe("The month a current price page was read (YYYY-MM): within 12 months of the price index month, the figure is today's price and is not restated."),
  periodEnds: z.iso
    .date({ error: () => d.date })
    .optional()
    .describe('The last day of the period a rate applies to (a fiscal year): after it, outputs say the period has ended.'),
};

type FigureShape = {
  low: number;
  typical?: number;
  high: number;
  basis: 'published' | 'assumption';
  rationale?: unknown;
  sourceIds: string[];
  asOf: number | { from: number; to: number };
};

function checkFigure(f: FigureShape, ctx: z.RefinementCtx): void {
  if (f.low > f.high) ctx.addIssue({ code: 'custom', path: ['low'], message: d.lowAboveHigh(f.low, f.high) });
  if (f.typical !== undefined && (f.typical < f.low || f.typical > f.high))
    ctx.addIssue({ code: 'custom', path: ['typical'], message: d.typicalOutside(f.typical, f.low, f.high) });
  if (f.basis === 'assumption' && !f.rationale) ctx.addIssue({ code: 'custom', path: ['rationale'], message: d.needsRationale });
  if (f.basis === 'published' && f.sourceIds.length === 0) ctx.addIssue({ code: 'custom', path: ['sourceIds'], message: d.needsSource });
  if (typeof f.asOf === 'object' && f.asOf.from > f.asOf.to)
    ctx.addIssue({ code: 'custom', path: ['asOf', 'from'], message: d.fromAfterTo(f.asOf.from, f.asOf.to) });
}

const olderFigureSchema = z.strictObject(figureFields).superRefine(checkFigure);

export const figureSchema = z
  .strictObject({
    ...figureFields,
    older: z
      .array(olderFigureSchema)
      .max(10)
      .optional()
      .describe('Older published figures for the same thing, newest first, kept to show the spread of sources.'),
  })
  .describe(
    'A price range in dollars. Rules checked by the tool but not expressible here: low <= typical <= high; a published figure names at least one source; an assumption carries a rationale; every source id exists in sources; every year of asOf before the price index year has an index value.',
  )
  .superRefine(checkFigure);
export type Figure = Localised<z.infer<typeof figureSchema>>;
export type OlderFigure = Localised<z.infer<typeof olderFigureSchema>>;
export type AsOf = Localised<z.infer<typeof asOfSchema>>;

const defaultsSchema = z.strictObject({
  boosters: count(100),
  preVisits: count(100),
  postVisits: count(100),
  travel: z.enum(TRAVEL_KINDS),
  travelers: count(20).min(1, { error: () => d.atLeast(1) }),
  nights: count(365),
  months: count(120).optional(),
  rationale: localText,
});

const phaseSchema = z
  .strictObject({
    label: localText,
    weeks: z
      .number()
      .min(0.1, { error: () => d.atLeast(0.1) })
      .max(520, { error: () => d.weeksMax })
      .nullable()
      .describe('Length of the phase in weeks; null for the last, open-ended phase.'),
    sessions: count(14).min(1, { error: () => d.atLeast(1) }),
    sessionsHigh: count(14).optional().describe('The most sessions per block where the source gives a range ("once or twice"); at least sessions.'),
    everyWeeks: z
      .number()
      .min(0.1, { error: () => d.atLeast(0.1) })
      .max(52, { error: () => d.atMost(52) }),
  })
  .superRefine((p, ctx) => {
    if (p.sessionsHigh !== undefined && p.sessionsHigh < p.sessions)
      ctx.addIssue({ code: 'custom', path: ['sessionsHigh'], message: d.sessionsHighBelow(p.sessions) });
  });

const techniqueSchema = z.strictObject({
  label: localText,
  summary: amountFreeText,
  pricing: z.enum(['course', 'per-session']),
  price: figureSchema,
  hospitalDays: count(30).describe("Days the patient spends in hospital, whose meals the hospital provides: the patient's meals are not counted on them."),
  defaults: defaultsSchema,
  schedule: z
    .strictObject({
      sourceIds: z.array(text).max(20),
      note: optionalLocalText,
      phases: z.array(phaseSchema).min(1).max(20),
    })
    .optional(),
  warnings: z.array(amountFreeText).max(20),
});
export type Technique = Localised<z.infer<typeof techniqueSchema>>;
export type SchedulePhase = Localised<z.infer<typeof phaseSchema>>;

const travelFiguresSchema = z.strictObject({ transport: figureSchema, lodging: figureSchema, meals: figureSchema });

const conditionSchema = z
  .strictObject({
    techniques: z.array(z.enum(TECHNIQUES)).min(1).optional(),
    travel: z.array(z.enum(TRAVEL_KINDS)).min(1).optional(),
    boosters: z.boolean().optional(),
    visits: z.boolean().optional(),
    quote: z.boolean().optional(),
    insured: z.boolean().optional(),
    hsaFsa: z.boolean().optional(),
  })
  .describe('Every key given must match the scenario.');

const checklistItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: () => d.idChars }),
  question: amountFreeText,
  why: amountFreeText,
  when: z.union([z.literal('always'), z.array(conditionSchema).min(1)]).describe('"always", or a list of conditions of which at least one must match.'),
});
export type ChecklistItem = Localised<z.infer<typeof checklistItemSchema>>;
export type ChecklistCondition = z.infer<typeof conditionSchema>;

/** A word or phrase that names something in a quote: matched ignoring case and accents, at the start of a word. */
const keyword = z
  .string()
  .min(1, { error: () => d.empty })
  .max(60, { error: () => d.atMost(60) })
  .refine((s) => !CONTROL.test(s) && !BIDI.test(s), { error: () => d.control });
const keywordsSchema = z
  .strictObject({ en: z.array(keyword).max(200), es: z.array(keyword).max(200) })
  .describe('Words that name it in a quote, in English and in Spanish; a quote in either language is matched against both lists.');

const auditId = z.string().regex(/^[a-z0-9-]+$/, { error: () => d.idChars });
/** An audit text: both languages, no amount written, the audit's placeholders allowed. */
const auditText = amountFree([...PLACEHOLDERS, ...AUDIT_PLACEHOLDERS]);

const auditRangeSchema = z
  .strictObject({
    techniques: z.array(z.enum(TECHNIQUES)).min(1).optional(),
    travel: z.array(z.enum(TRAVEL_KINDS)).min(1).optional(),
    figure: text.describe(
      'The figure used as the range, by its path: techniques.outpatient.price, boosters, visits.pre, travel.domestic.lodging, audit.figures.course …',
    ),
    each: z
      .boolean()
      .describe(
        'true: a price per unit (a line priced for a count, "6 infusions", is divided by it; units lists the units it applies to); false: the price of the whole thing.',
      ),
    units: z.array(auditId).min(1).max(20).optional(),
  })
  .describe('A range a line is compared with; the first range of its category whose conditions match is used.');

const auditSchema = z
  .strictObject({
    sourceIds: z.array(text).max(20),
    categories: z
      .array(
        z.strictObject({
          id: auditId,
          label: localText,
          keywords: keywordsSchema,
          codes: z
            .array(z.string().regex(/^[A-Z0-9]{5}$/, { error: () => d.codeShape }))
            .max(50)
            .optional(),
          ranges: z.array(auditRangeSchema).max(10),
        }),
      )
      .min(1)
      .max(50)
      .describe(
        'In order of precedence: a line goes to the category of a service code it holds; else, of the keywords it holds (leaving out any inside a longer keyword of another category), to the first category listed.',
      ),
    units: z
      .array(z.strictObject({ id: auditId, label: localText, plural: localText, keywords: keywordsSchema }))
      .min(1)
      .max(30),
    figures: z.record(auditId, figureSchema),
    wholeSeries: z.strictObject({
      category: auditId,
      techniques: z.array(z.enum(TECHNIQUES)).min(1),
      perInfusion: text,
      course: text,
      factor: z.number().min(1).max(20),
      rationale: localText,
    }),
    depressionBand: z.strictObject({ category: auditId, techniques: z.array(z.enum(TECHNIQUES)).min(1), figure: text }),
    techniqueHints: z.strictObject({ coma: keywordsSchema, 'low-dose-inpatient': keywordsSchema }),
    abroadHints: keywordsSchema,
    gfeHints: keywordsSchema,
    exclusionHints: keywordsSchema,
    totalHints: keywordsSchema,
    subtotalHints: keywordsSchema,
    expected: z
      .array(
        z.strictObject({
          id: auditId,
          techniques: z.array(z.enum(TECHNIQUES)).min(1),
          label: localText,
          categories: z.array(auditId).max(10),
          keywords: keywordsSchema,
          question: auditText,
          why: auditText,
          sourceIds: z.array(text).max(20),
        }),
      )
      .max(100),
    terms: z.array(z.strictObject({ id: auditId, label: localText, keywords: keywordsSchema, question: auditText })).max(50),
    gfeParts: z
      .array(
        z.strictObject({
          id: auditId,
          label: localText,
          computed: z.enum(AUDIT_COMPUTED_PARTS).optional(),
          keywords: keywordsSchema,
          question: auditText,
        }),
      )
      .max(30),
    questions: z.strictObject(
      Object.fromEntries(AUDIT_QUESTION_KINDS.map((k) => [k, z.strictObject({ question: auditText, why: auditText })])) as Record<
        (typeof AUDIT_QUESTION_KINDS)[number],
        z.ZodObject<{ question: typeof auditText; why: typeof auditText }>
      >,
    ),
  })
  .describe(
    "The quote audit (`ketamine-cost audit`): categories with their keywords and ranges, the items each technique usually needs, terms, the Good Faith Estimate's parts, and the questions.",
  );
export type AuditData = Localised<z.infer<typeof auditSchema>>;

const goodFaithEstimateSchema = z.strictObject({
  thresholdDollars: dollars,
  disputeDays: count(3650).min(1),
  feeDollars: dollars,
  helpLine: text,
  sourceIds: z.array(text).min(1).max(20),
  asOf: asOfSchema,
  note: optionalLocalText,
});

const insuranceSchema = z.strictObject({
  policies: localText,
  defaultCovered: z.array(z.enum(COVERABLE)).min(1),
  suggestedCoinsurancePercent: z.number().min(0).max(100).describe("The wizard's suggested coinsurance: an assumption, with its rationale."),
  suggestedCoinsuranceRationale: localText,
  sourceIds: z.array(text).min(1).max(20),
  asOf: asOfSchema,
});

const percent = z.number().min(0).max(100);
/** Federal income tax brackets of one filing status, lowest first; the last has no upper limit. */
const bracketsSchema = z
  .array(z.strictObject({ upTo: dollars.nullable(), ratePercent: percent }))
  .min(1)
  .max(20)
  .superRefine((rows, ctx) => {
    rows.forEach((r, i) => {
      const last = i === rows.length - 1;
      if (last !== (r.upTo === null)) ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: d.bracketsShape });
      const before = i > 0 ? rows[i - 1]!.upTo : null;
      if (r.upTo !== null && before !== null && r.upTo <= before) ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: d.bracketsShape });
    });
  })
  .describe('Brackets lowest first, each {upTo, ratePercent}; the last has upTo null.');
const byFiling = <T extends z.ZodType>(t: T) => z.strictObject({ single: t, joint: t, head: t });

const taxSchema = z.strictObject({
  year: year,
  agiThresholdPercent: percent,
  lodgingPerNightPerPerson: dollars,
  lodgingCountsFor: z.array(z.enum(TECHNIQUES)),
  standardDeduction: byFiling(dollars),
  brackets: byFiling(bracketsSchema),
  hsaLimit: z.strictObject({ selfOnly: dollars, family: dollars }),
  fsaLimit: dollars,
  fsaCarryover: dollars,
  sourceIds: z.array(text).min(1).max(20),
  asOf: asOfSchema,
  note: optionalLocalText,
});

const payingSchema = z.strictObject({
  medicalCardAprPercent: z.number().min(0).max(100),
  generalCardAprPercent: z.number().min(0).max(100),
  aprSourceIds: z.array(text).min(1).max(20),
  aprAsOf: asOfSchema,
  careCreditAprPercent: percent.describe("CareCredit's standard purchase APR, shown beside the typical medical card APR."),
  careCreditSourceIds: z.array(text).min(1).max(20),
  careCreditAsOf: asOfSchema,
  fmla: z.strictObject({
    weeks: count(52),
    monthsWithEmployer: count(120),
    hoursWorked: count(10000),
    employeesWithin75Miles: count(100000),
    sourceIds: z.array(text).min(1).max(20),
    asOf: asOfSchema,
  }),
});

export const costDataSchema = z
  .strictObject({
    $schema: optionalText,
    schemaVersion: z.literal(4, { error: () => d.schemaVersion }),
    dataVersion: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, { error: () => d.dataVersion }),
    effectiveDate: z.iso.date({ error: () => d.date }),
    currency: z.literal('USD', { error: () => d.usd }),
    sources: z
      .array(
        z.strictObject({
          // One word of [a-z0-9-]: ids are joined with ";" in CSV (source_ids) and "," in text, so neither may be inside one.
          id: z.string().regex(/^[a-z0-9-]+$/, { error: () => d.idChars }),
          title: text,
          publisher: localText,
          url: optionalText,
          year: year,
        }),
      )
      .min(1)
      .max(200),
    techniques: z.strictObject({
      'low-dose-inpatient': techniqueSchema,
      outpatient: techniqueSchema.refine((t) => t.pricing === 'per-session' && t.schedule !== undefined && t.defaults.months !== undefined, {
        error: () => d.outpatientShape,
      }),
      coma: techniqueSchema,
    }),
    boosters: figureSchema,
    visits: z.strictObject({ pre: figureSchema, post: figureSchema }),
    travel: z.strictObject({ domestic: travelFiguresSchema, international: travelFiguresSchema }),
    priceIndex: z
      .strictObject({
        sourceId: text,
        name: text,
        latestMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: () => d.month }),
        latestIndex: indexValue,
        annualAverages: z.record(z.string().regex(/^(199\d|20\d\d|2100)$/, { error: () => d.yearKey }), indexValue),
        note: optionalLocalText,
      })
      .superRefine((index, ctx) => {
        // A price index moves a few percent a year: a value far from the latest is a typo that would multiply every price.
        for (const [y, value] of Object.entries(index.annualAverages))
          if (value * 10 < index.latestIndex || value > index.latestIndex * 10)
            ctx.addIssue({
              code: 'custom',
              path: ['annualAverages', y],
              message: d.indexFar(value, index.latestIndex),
            });
      }),
    goodFaithEstimate: goodFaithEstimateSchema,
    insurance: insuranceSchema,
    tax: taxSchema,
    paying: payingSchema,
    extras: z
      .strictObject({
        labs: figureSchema,
        psychEval: figureSchema,
        passport: figureSchema,
        rideCentsPerMile: z.number().min(0).max(1000).describe('Cents a mile for a driven ride (the IRS medical mileage rate).'),
        rideSourceIds: z.array(text).min(1).max(20),
        rideAsOf: asOfSchema,
      })
      .describe(
        'Items patients are often surprised by, each asked for separately: pre-treatment labs and ECG, a psychological evaluation, a passport, rides home.',
      ),
    checklist: z.array(checklistItemSchema).min(1).max(200),
    audit: auditSchema.optional(),
  })
  .superRefine((data, ctx) => {
    const known = new Set<string>();
    data.sources.forEach((s, i) => {
      if (known.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: d.duplicateSource(shown(s.id)) });
      known.add(s.id);
    });
    const check = (ids: string[], path: (string | number)[]) =>
      ids.forEach((id, i) => {
        if (!known.has(id)) ctx.addIssue({ code: 'custom', path: [...path, i], message: d.unknownSource(shown(id)) });
      });
    const latestYear = Number(data.priceIndex.latestMonth.slice(0, 4));
    const checkYears = (asOf: z.infer<typeof asOfSchema>, path: (string | number)[]) => {
      const [from, to] = typeof asOf === 'number' ? [asOf, asOf] : [asOf.from, asOf.to];
      // Refinements also run on values that failed their own bounds: check those before looping over years.
      const isYear = (y: number) => Number.isInteger(y) && y >= 1990 && y <= 2100;
      if (!isYear(from) || !isYear(to)) return;
      const missing: number[] = [];
      for (let y = from; y <= to && y < latestYear; y++) if (data.priceIndex.annualAverages[String(y)] === undefined) missing.push(y);
      if (missing.length > 0)
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'asOf'],
          message: d.missingIndexYears(missing.join(', '), latestYear),
        });
    };
    const checkFigureRefs = (f: z.infer<typeof figureSchema>, path: (string | number)[]) => {
      check(f.sourceIds, [...path, 'sourceIds']);
      checkYears(f.asOf, path);
      f.older?.forEach((o, i) => {
        check(o.sourceIds, [...path, 'older', i, 'sourceIds']);
        checkYears(o.asOf, [...path, 'older', i]);
      });
    };
    for (const [id, t] of Object.entries(data.techniques)) {
      checkFigureRefs(t.price, ['techniques', id, 'price']);
      if (t.schedule) check(t.schedule.sourceIds, ['techniques', id, 'schedule', 'sourceIds']);
    }
    checkFigureRefs(data.boosters, ['boosters']);
    for (const kind of ['labs', 'psychEval', 'passport'] as const) checkFigureRefs(data.extras[kind], ['extras', kind]);
    check(data.extras.rideSourceIds, ['extras', 'rideSourceIds']);
    check(data.paying.careCreditSourceIds, ['paying', 'careCreditSourceIds']);
    for (const kind of ['pre', 'post'] as const) checkFigureRefs(data.visits[kind], ['visits', kind]);
    for (const trip of ['domestic', 'international'] as const)
      for (const part of ['transport', 'lodging', 'meals'] as const) checkFigureRefs(data.travel[trip][part], ['travel', trip, part]);
    check([data.priceIndex.sourceId], ['priceIndex', 'sourceId']);
    check(data.goodFaithEstimate.sourceIds, ['goodFaithEstimate', 'sourceIds']);
    check(data.insurance.sourceIds, ['insurance', 'sourceIds']);
    check(data.tax.sourceIds, ['tax', 'sourceIds']);
    check(data.paying.aprSourceIds, ['paying', 'aprSourceIds']);
    check(data.paying.fmla.sourceIds, ['paying', 'fmla', 'sourceIds']);
    checkYears(data.goodFaithEstimate.asOf, ['goodFaithEstimate']);
    if (data.audit) checkAudit(data.audit, data, ctx, check, checkFigureRefs);
    const ids = new Set<string>();
    data.checklist.forEach((item, i) => {
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['checklist', i, 'id'], message: d.duplicateChecklist(shown(item.id)) });
      ids.add(item.id);
    });
  });

/** The audit's references: source ids, figure paths, category and unit ids, each known. */
function checkAudit(
  audit: z.infer<typeof auditSchema>,
  data: FigureHolder<unknown>,
  ctx: z.RefinementCtx,
  check: (ids: string[], path: (string | number)[]) => void,
  checkFigureRefs: (f: z.infer<typeof figureSchema>, path: (string | number)[]) => void,
): void {
  const at = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path: ['audit', ...path], message });
  check(audit.sourceIds, ['audit', 'sourceIds']);
  for (const [id, f] of Object.entries(audit.figures)) checkFigureRefs(f, ['audit', 'figures', id]);
  // The paths a range may name: every price figure of the data, the audit's own included.
  const paths = new Set(listFigures(data).map((f) => f.path));
  const figure = (path: string, where: (string | number)[]) => {
    if (!paths.has(path)) at(where, d.unknownFigure(shown(path)));
  };
  const categories = new Set<string>();
  audit.categories.forEach((c, i) => {
    if (categories.has(c.id)) at(['categories', i, 'id'], d.duplicateId(shown(c.id)));
    categories.add(c.id);
  });
  const units = new Set<string>(AUDIT_SPECIAL_UNITS);
  audit.units.forEach((u, i) => {
    if (units.has(u.id)) at(['units', i, 'id'], d.duplicateId(shown(u.id)));
    units.add(u.id);
  });
  for (const role of AUDIT_ROLE_CATEGORIES) if (!categories.has(role)) at(['categories'], d.missingCategory(role));
  const category = (id: string, where: (string | number)[]) => {
    if (!categories.has(id)) at(where, d.unknownCategory(shown(id)));
  };
  audit.categories.forEach((c, i) => {
    c.ranges.forEach((r, j) => {
      figure(r.figure, ['categories', i, 'ranges', j, 'figure']);
      r.units?.forEach((u, k) => {
        if (!units.has(u)) at(['categories', i, 'ranges', j, 'units', k], d.unknownUnit(shown(u)));
      });
    });
  });
  category(audit.wholeSeries.category, ['wholeSeries', 'category']);
  figure(audit.wholeSeries.perInfusion, ['wholeSeries', 'perInfusion']);
  figure(audit.wholeSeries.course, ['wholeSeries', 'course']);
  category(audit.depressionBand.category, ['depressionBand', 'category']);
  figure(audit.depressionBand.figure, ['depressionBand', 'figure']);
  audit.expected.forEach((e, i) => {
    e.categories.forEach((c, j) => {
      category(c, ['expected', i, 'categories', j]);
    });
    check(e.sourceIds, ['audit', 'expected', i, 'sourceIds']);
    if (e.categories.length === 0 && e.keywords.en.length + e.keywords.es.length === 0) at(['expected', i], d.expectedNothing);
  });
  for (const [list, items] of [
    ['expected', audit.expected],
    ['terms', audit.terms],
    ['gfeParts', audit.gfeParts],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) at([list, i, 'id'], d.duplicateId(shown(item.id)));
      seen.add(item.id);
    });
  }
}

/** The data file as written: texts in both languages. */
export type CostDataFile = z.infer<typeof costDataSchema>;

/** A type with every {en, es} text replaced by the string of one language. */
export type Localised<T> = T extends { en: string; es: string }
  ? string
  : T extends readonly (infer U)[]
    ? Localised<U>[]
    : T extends object
      ? { [K in keyof T]: Localised<T[K]> }
      : T;

/** The data as the core reads it: every text in the language of the run. */
export type CostData = Localised<CostDataFile>;
