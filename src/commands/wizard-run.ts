import { fs, path } from '../edge/node-modules.js';
import { checkbox as checkboxPrompt, confirm as confirmPrompt, input as inputPrompt, select as selectPrompt } from '@inquirer/prompts';
import type { Io } from '../edge/io.js';
import { pricesBasis, type WizardFlags } from './flag-types.js';
import type { CostData } from '../core/data-schema.js';
import { TECHNIQUES, type TechniqueId, type TravelKind } from '../core/ids.js';
import { field, flagOf, SCENARIO_FIELDS, type FieldName } from '../core/scenario-fields.js';
import { readField, scenarioToJson, type FieldValues, type NormalisedScenario, type Scenario } from '../core/scenario.js';
import { mergeLayers, mergedValues, type Layer } from '../core/scenario-read.js';
import { estimate, tripsOf, type Estimate } from '../core/estimate.js';
import { figureCents } from '../core/unit-price.js';
import { implausiblePerInfusion } from '../core/quote-reading.js';
import type { Quote } from '../core/quote.js';
import { dataYears, yearsOf, type PriceBasis } from '../core/price-index.js';
import { text as coreText } from '../core/text.js';
import { formatDollars, formatRange } from '../core/money.js';
import { maxPlanSessions, sessionsForMonths, totalSessions } from '../core/outpatient-schedule.js';
import { escapeControls } from '../core/escape.js';
import { loadData } from '../edge/data-file.js';
import { commandLayers, scenarioFromLayers } from './scenario-input.js';
import { renderTable } from '../render/table.js';
import { countText, phaseList, totalLine } from '../render/report-parts.js';
import { wrap } from '../render/wrap.js';
import { unhandledFormat } from '../render/formats.js';
import { makeChalk } from '../edge/colour.js';
import { asciiWanted, terminalWidth } from '../edge/terminal.js';
import { toAscii } from '../render/ascii.js';
import { writeFileAtomic } from '../edge/atomic-write.js';
import { reportMeta } from '../edge/report-meta.js';
import { clearProgress, loadProgress, localTime, progressFile, saveProgress } from '../edge/wizard-progress.js';
import { UsageError, problemList } from '../errors.js';
import { cliText } from '../cli-text.js';
import { promptFit, type PromptFit } from './prompt-fit.js';
import { commandLine, shellLines, shellWord } from './command-line.js';
import { wizardText as t } from './wizard-text.js';
import { auditHelp } from './audit-help.js';

export type Step = 'technique' | 'price' | 'plan' | 'boosters' | 'visits' | 'travel' | 'extras' | 'insurance' | 'paying';
/** The fields the insurance step asks after "insured?", and those of the paying step: by their group in the field table. */
const groupFields = (group: string, but?: FieldName) => SCENARIO_FIELDS.filter((f) => 'group' in f && f.group === group && f.name !== but).map((f) => f.name);
const INSURANCE_DETAILS = groupFields('insurance', 'insurance');
const PAYING = groupFields('paying');

/** The answers typed in the wizard: text per field, the top layer over the scenario file and the flags. */
type Answers = Partial<Record<FieldName, string>>;
const FIELD_NAMES: ReadonlySet<string> = new Set(SCENARIO_FIELDS.map((f) => f.name));

export interface Session {
  data: CostData;
  base: Layer[];
  answers: Answers;
  say: (s: string) => void;
  prices: PriceBasis;
  /** The technique was changed at the review: suggest the new technique's travel, not the old answers. */
  freshTravel?: boolean;
  /** The person checked a quote and wants no estimate: the wizard ends there. */
  stop?: boolean;
  color: boolean;
  io: Io;
}

/** Asks each question the flags and scenario file left open, lets the user review and change answers, then prints the estimate and offers to save. */
export async function runWizard(flags: WizardFlags, io: Io): Promise<void> {
  const prices = pricesBasis(flags.prices);
  const data = await loadData(flags.data, io.cwd);
  const base = await commandLayers(flags, io.cwd, flags.scenario);
  const ascii = asciiWanted(flags, io);
  const s: Session = { data, base, prices, answers: {}, say: (text) => io.stdout.write(ascii ? toAscii(text) : text), color: flags.color, io };
  // A mistake in the flags or the file stops the wizard before the first question, not after the last.
  const first = mergeLayers(base);
  if (first.problems.length > 0) throw new UsageError(problemList(cliText.invalidInput, first.problems));
  if (current(s).technique !== undefined) normalised(s);

  const width = terminalWidth(io);
  fit = promptFit(width, ascii);
  s.say(
    t
      .welcome(data, pricesSentence(data, prices))
      .split('\n')
      .map((line) => wrap(line, width))
      .join('\n'),
  );
  // Answers kept as they are given, so Ctrl-C or a closed terminal loses none of them.
  const kept = progressFile(io.env);
  if (kept) await offerResume(s, kept, plainStart(s));
  keep = () => {
    if (kept && Object.keys(s.answers).length > 0) saveProgress(kept, s.answers as Record<string, string>);
  };
  try {
    await interview(s, flags, io, width, ascii);
  } catch (error) {
    if (kept && (error as Error)?.name === 'ExitPromptError' && Object.keys(s.answers).length > 0 && saveProgress(kept, s.answers as Record<string, string>))
      io.stderr.write(`${fit.plain(wrap(t.keptAt(kept), width))}\n`);
    throw error;
  } finally {
    keep = () => undefined;
  }
  if (kept) clearProgress(kept);
}

/** The questions, the review, the estimate and the closing offer. */
async function interview(s: Session, flags: WizardFlags, io: Io, width: number, ascii: boolean): Promise<void> {
  const { data, prices } = s;
  for (const step of STEPS) {
    if (!answered(step, current(s), data)) await ask(step, s);
    if (s.stop) return;
  }

  let n = normalised(s);
  for (;;) {
    const choice = await select<Step | 'done'>({
      message: t.review,
      choices: reviewChoices(n.scenario, data),
      default: 'done',
      pageSize: 20,
    });
    if (choice === 'done') break;
    await ask(choice, s);
    if (choice === 'technique') for (const dependent of ['price', 'plan', 'travel'] as Step[]) await ask(dependent, s);
    n = normalised(s);
  }

  const est = estimate(n.scenario, data, n.notes, { prices, door: 'wizard' });
  const chalk = makeChalk(io, flags.color);
  s.say(`\n${renderTable(est, data, chalk, width, { ascii })}`);
  s.say(`\n${wrap(t.scripted, width)}\n${shellLines(commandLine(n.scenario), width)}\n`);
  // The total again, last, so it is on screen at 80x24 when the closing question comes.
  s.say(`\n${chalk.bold(wrap(totalLine(est), width))}\n\n`);
  await closing(est, data, flags.scenario, io, s.say);
}

// The terminal's width for this run's prompts; set when the wizard starts.
let fit: PromptFit = promptFit(80);
// Keeps the answers given so far; called before each question.
let keep: () => void = () => undefined;

/** Whether the wizard starts with nothing given: no scenario file and no scenario flags. */
function plainStart(s: Session): boolean {
  return Object.values(current(s)).every((v) => v === undefined);
}

/**
 * Offers to pick up the answers an unfinished wizard kept, when this one starts with nothing given;
 * answers that no longer read (another data file, a newer version) are dropped without a question.
 */
async function offerResume(s: Session, file: string, plain: boolean): Promise<void> {
  const progress = plain ? loadProgress(file) : null;
  if (!progress) return;
  const answers = Object.fromEntries(Object.entries(progress.answers).filter(([k]) => FIELD_NAMES.has(k))) as Answers;
  const read = mergeLayers([...s.base, answersLayer(answers)]);
  if (Object.keys(answers).length === 0 || read.problems.length > 0) return;
  try {
    scenarioFromLayers([...s.base, answersLayer(answers)], s.data);
  } catch {
    return;
  }
  if (await confirm({ message: t.resume(localTime(progress.savedAt), Object.keys(answers).length), default: true })) s.answers = answers;
  else clearProgress(file);
}

interface Choice<V> {
  value: V;
  name: string;
  short?: string;
  description?: string;
}

/** The keys' help of a list in the run's language. */
const keysHelpTip = (keys: [string, string][]) =>
  keys.map(([key, action]) => `${fit.key(key)} ${fit.plain(t.keyActions[action] ?? action)}`).join(fit.ascii ? ', ' : ' • ');

/** A list to choose from, every text wrapped to the terminal between words. */
function select<V>(config: { message: string; choices: readonly Choice<V>[]; default?: V; pageSize?: number }): Promise<V> {
  keep();
  const message = fit.message(config.message);
  return selectPrompt<V>({
    ...config,
    message,
    // Wrapped choices take more lines: a page shows them all (the longest list has 10).
    pageSize: config.pageSize ?? 12,
    choices: config.choices.map((c) => ({
      ...c,
      name: fit.choice(c.name),
      short: c.short ?? c.name,
      description: c.description === undefined ? undefined : fit.description(c.description),
    })),
    theme: { ...fit.theme, style: { ...fit.styles(message), keysHelpTip } },
  });
}

/** Several to pick from a list (none is an answer too), every text wrapped to the terminal between words. */
function checkbox<V extends string>(config: { message: string; choices: readonly (Choice<V> & { checked?: boolean })[] }): Promise<V[]> {
  keep();
  const message = fit.message(config.message);
  return checkboxPrompt<V>({
    ...config,
    message,
    pageSize: 12,
    choices: config.choices.map((c) => ({ ...c, name: fit.choice(c.name) })),
    // In ASCII the marks too: ( ) and (x) for each choice.
    theme: { ...fit.theme, ...(fit.ascii ? { icon: { checked: '(x)', unchecked: '( )', cursor: '>' } } : {}), style: { ...fit.styles(message), keysHelpTip } },
  });
}

/** A yes/no question, with the prompt library's own words (yes/no) in the run's language. */
function confirm(config: { message: string; default: boolean }): Promise<boolean> {
  keep();
  const message = fit.message(config.message);
  return confirmPrompt({
    ...config,
    message,
    theme: {
      ...fit.theme,
      style: fit.styles(message),
      keywords: { yes: t.yes, no: t.no, error: ({ yes, no }: { yes: string; no: string }) => t.mustAnswer(yes, no) },
    },
  });
}

/** A typed answer, its question and any error wrapped to the terminal. */
function input(config: { message: string; default?: string; validate?: (text: string) => boolean | string }): Promise<string> {
  keep();
  const message = fit.message(config.message);
  return inputPrompt({ ...config, message, theme: { ...fit.theme, style: fit.styles(message) } });
}

/** The wizard's answers as a layer of the one road in, above the file and the flags. */
export function answersLayer(answers: Answers): Layer {
  return { fields: { ...answers }, textual: true, name: flagOf, label: coreText.fromAnswers };
}

/** What is known so far: the file, then the flags, then the answers. */
function current(s: Session): FieldValues {
  return mergedValues(mergeLayers([...s.base, answersLayer(s.answers)]));
}

/** The answers normalised through the one road in. */
function normalised(s: Session): NormalisedScenario {
  return scenarioFromLayers([...s.base, answersLayer(s.answers)], s.data);
}

/** Asks for an amount in dollars or a percent, read by the same reader as the flags. */
async function askNumber(name: FieldName, message: string, def: string): Promise<string> {
  const f = field(name);
  const answer = await input({
    message,
    default: def,
    validate: (text) => (readField(f, text.trim() === '' ? def : text, true).ok ? true : f.kind === 'percent' ? t.percent(f.max ?? 100) : t.amount),
  });
  return answer.trim() === '' ? def : answer.trim();
}

/** Asks for a count, checked by the same reader as the flags, at least `min`. */
async function askCount(name: FieldName, message: string, def: number, min: number, max = field(name).max ?? 0): Promise<string> {
  const f = field(name);
  // An emptied answer means the suggested one, as it does before any typing.
  const read = (text: string) => readField(f, text.trim() === '' ? String(def) : text, true);
  const answer = await input({
    message,
    default: String(def),
    validate: (text) => {
      const r = read(text);
      return r.ok && (r.value as number) >= min && (r.value as number) <= max ? true : t.count(max, min);
    },
  });
  return answer.trim() === '' ? String(def) : answer.trim();
}

/** What a step's question and its default are worked out from: what is known so far and the chosen technique's defaults. */
export interface StepContext {
  s: Session;
  /** What is known so far: the file, then the flags, then the answers. */
  v: FieldValues;
  data: CostData;
  /** The answers, written by the step. */
  a: Answers;
  technique: CostData['techniques'][TechniqueId];
  d: CostData['techniques'][TechniqueId]['defaults'];
  /** The technique is priced per infusion day (outpatient). */
  perDay: boolean;
}

/**
 * One wizard step: the question it starts with and that question's default, when it applies, whether
 * the flags or the file already answered it, and how it asks (its first question, then any that
 * follow from the answer).
 */
export interface WizardStep<D> {
  question: (c: StepContext) => string;
  default: (c: StepContext) => D;
  /** Whether the step is asked at all for what is known (without it, always). */
  applies?: (v: FieldValues, data: CostData) => boolean;
  answered: (v: FieldValues, data: CostData) => boolean;
  ask: (c: StepContext, first: { message: string; default: D }) => Promise<void>;
}
type AnyStep = WizardStep<unknown>;
function step<D>(def: WizardStep<D>): AnyStep {
  return def as unknown as AnyStep;
}

const given = (x: unknown) => (x ?? null) !== null;

/** The wizard's steps, in the order they are asked. */
export const WIZARD_STEPS: Record<Step, AnyStep> = {
  technique: step<TechniqueId>({
    question: () => t.technique,
    default: ({ v }) => v.technique ?? 'low-dose-inpatient',
    answered: (v) => v.technique !== undefined,
    ask: async ({ s, v, data, a }, first) => {
      const before = v.technique;
      // The first time only: "I have a quote: check it" comes first (audit-wizard.ts).
      const quote = before === undefined ? [{ value: 'quote' as const, name: auditHelp.quoteChoice, description: auditHelp.quoteChoiceHelp }] : [];
      const picked = await select<TechniqueId | 'quote'>({
        ...first,
        choices: [
          ...quote,
          ...TECHNIQUES.map((id) => ({
            value: id,
            name: data.techniques[id].label,
            description: id === 'coma' ? `${data.techniques[id].summary} ${t.comaCaution}` : data.techniques[id].summary,
          })),
        ],
      });
      if (picked === 'quote') {
        const fromQuote = await (await import('./audit-wizard.js')).checkQuoteInWizard(data, s.io, s.color);
        if (fromQuote === null) s.stop = true;
        else Object.assign(a, fromQuote);
        return;
      }
      a.technique = picked;
      // Said where the choice is made, not only in the result: for coma, its legal status and risks.
      for (const w of data.techniques[picked].warnings) s.say(`${wrap(`! ${w}`, fit.width, '  ')}\n`);
      if (before !== undefined && before !== picked) {
        // Prices, plan and travel mean something else for another technique: suggest its defaults again.
        for (const key of ['clinicRange', 'quote', 'sessions', 'months', 'travel', 'travelers', 'nights'] as const) delete a[key];
        s.freshTravel = true;
      }
    },
  }),
  price: step<string>({
    question: ({ perDay }) => t.price(perDay),
    default: ({ v }) => (given(v.quote) ? 'quote' : (v.clinicRange ?? 'full')),
    answered: (v) => given(v.quote) || (v.clinicRange !== undefined && v.clinicRange !== 'quote'),
    ask: async ({ s, v, data, a, technique, perDay }, first) => {
      const range = figureCents(technique.price, data.priceIndex, s.prices);
      const split = range.typical ?? Math.round((range.low + range.high) / 2);
      const part = await select({
        ...first,
        choices: t.priceChoices(formatDollars(range.low), formatDollars(split), formatDollars(range.high), range.typical !== null),
      });
      if (part !== 'quote') {
        a.clinicRange = part;
        delete a.quote;
        return;
      }
      const previous = given(v.quote)
        ? v.quote!.low === v.quote!.high
          ? String(v.quote!.low / 100)
          : `${v.quote!.low / 100}-${v.quote!.high / 100}`
        : undefined;
      a.quote = await input({
        message: t.quote(perDay),
        default: previous,
        validate: (text) => {
          const r = readField(field('quote'), text, true);
          return r.ok ? true : `${r.message[0]!.toUpperCase()}${r.message.slice(1)}.`;
        },
      });
      delete a.clinicRange;
      if (perDay) await askSeries(s, v);
    },
  }),
  plan: step<'sessions' | 'months'>({
    question: () => t.planKind,
    default: ({ v }) => (given(v.sessions) && !given(v.months) ? 'sessions' : 'months'),
    applies: (v, data) => perSession(v, data),
    answered: (v) => given(v.sessions) || given(v.months),
    ask: async ({ s, v, a, technique, d }, first) => {
      const kind = await select({ ...first, choices: t.planChoices });
      if (kind === 'sessions') {
        a.sessions = await askCount('sessions', t.sessions, v.sessions ?? 10, 1, maxPlanSessions(technique.schedule?.phases ?? []));
        delete a.months;
        return;
      }
      const months = Number(await askCount('months', t.months, v.months ?? d.months ?? 3, 1));
      a.months = String(months);
      delete a.sessions;
      const phases = sessionsForMonths(technique.schedule?.phases ?? [], months);
      const total = totalSessions(phases);
      s.say(`${wrap(t.derivedSessions(countText(total.low, total.high), months, phaseList(phases)), fit.width, '  ')}\n`);
    },
  }),
  boosters: step<boolean>({
    question: () => t.usesBoosters,
    default: ({ v, d }) => (v.boosters ?? d.boosters) > 0,
    answered: (v) => v.boosters !== undefined,
    ask: async ({ v, a }, first) => {
      a.boosters = (await confirm(first)) ? await askCount('boosters', t.boosters, Math.max(1, v.boosters ?? 1), 1) : '0';
    },
  }),
  visits: step<number>({
    question: () => t.preVisits,
    default: ({ v, d }) => v.preVisits ?? d.preVisits,
    answered: (v) => v.preVisits !== undefined && v.postVisits !== undefined,
    ask: async ({ v, a, d }, first) => {
      a.preVisits = await askCount('preVisits', first.message, first.default, 0);
      a.postVisits = await askCount('postVisits', t.postVisits, v.postVisits ?? d.postVisits, 0);
    },
  }),
  travel: step<TravelKind>({
    question: () => t.travel,
    default: ({ s, v, d }) => (s.freshTravel === true ? d.travel : (v.travel ?? d.travel)),
    answered: (v) => v.travel !== undefined,
    ask: async ({ s, a, d, technique }, first) => {
      const fresh = s.freshTravel === true;
      s.freshTravel = false;
      const travel = await select<TravelKind>({ ...first, choices: t.travelChoices });
      a.travel = travel;
      if (travel === 'none') {
        delete a.travelers;
        delete a.nights;
        delete a.trips;
        return;
      }
      const after = current(s);
      a.travelers = await askCount('travelers', t.travelers, fresh ? d.travelers : after.travelers || d.travelers, 1);
      a.nights = await askCount('nights', t.nights, fresh ? d.nights : (after.nights ?? d.nights), 0);
      // The worked-out count is suggested and left unsaid in the scenario when kept, so it follows the boosters.
      const derived = tripsOf({ trips: null, boosters: after.boosters ?? d.boosters }, technique.pricing);
      const trips = await askCount('trips', t.trips, fresh ? derived : (after.trips ?? derived), 1);
      if (Number(trips) === derived) delete a.trips;
      else a.trips = trips;
    },
  }),
  extras: step<string[]>({
    question: () => t.extras,
    default: ({ v }) => [...(v.extras ?? []), ...((v.rideMiles ?? 0) > 0 ? ['rides'] : [])],
    answered: (v) => given(v.extras) || given(v.rideMiles),
    ask: async ({ v, a }, first) => {
      const picked = await checkbox({
        message: first.message,
        choices: t.extrasChoices(v.travel === 'international').map((c) => ({ ...c, checked: first.default.includes(c.value) })),
      });
      const items = picked.filter((x) => x !== 'rides');
      if (items.length > 0) a.extras = items.join(',');
      else delete a.extras;
      if (picked.includes('rides')) a.rideMiles = await askCount('rideMiles', t.rideMiles, v.rideMiles ?? 20, 1);
      else delete a.rideMiles;
    },
  }),
  insurance: step<boolean>({
    question: () => t.usesInsurance,
    default: ({ v }) => v.insurance !== undefined && v.insurance !== 'none',
    answered: (v) => v.insurance !== undefined,
    ask: async ({ v, a, data }, first) => {
      const insured = await confirm(first);
      for (const k of INSURANCE_DETAILS) delete a[k];
      if (!insured) {
        a.insurance = 'none';
        return;
      }
      a.insurance = await select({
        message: t.insuranceKind,
        choices: t.insuranceChoices,
        default: v.insurance === 'out-of-network' ? 'out-of-network' : 'in-network',
      });
      a.coinsurance = await askNumber('coinsurance', t.coinsurance, String(data.insurance.suggestedCoinsurancePercent));
      a.deductible = await askNumber('deductible', t.deductible, '0');
      a.deductibleMet = await askNumber('deductibleMet', t.deductibleMet, '0');
      const oop = await askNumber('oopMax', t.oopMax, '0');
      if (Number(oop.replace(/[$,]/g, '')) > 0) a.oopMax = oop;
      a.covered = await select({ message: t.covered, choices: t.coveredChoices, default: 'visits' });
      const hsa = await askNumber('hsaFsa', t.hsaFsa, '0');
      if (Number(hsa.replace(/[$,]/g, '')) > 0) a.hsaFsa = hsa;
      else delete a.hsaFsa;
    },
  }),
  paying: step<string>({
    question: () => t.payingKind,
    default: () => 'none',
    answered: (v) => PAYING.some((k) => given(v[k])),
    ask: async ({ a, data }, first) => {
      for (const k of PAYING) delete a[k];
      const kind = await select({ ...first, choices: t.payingChoices });
      if (kind === 'none') return;
      const months = await askCount(
        kind === 'borrow' ? 'financeMonths' : kind === 'promo' ? 'promoMonths' : 'saveMonths',
        t.payingMonths,
        kind === 'borrow' ? 24 : 12,
        1,
      );
      if (kind === 'save') {
        a.saveMonths = months;
        return;
      }
      a[kind === 'borrow' ? 'financeMonths' : 'promoMonths'] = months;
      const p = data.paying;
      const source = data.sources.find((x) => x.id === p.aprSourceIds[0])?.publisher.split(' (')[0] ?? p.aprSourceIds[0]!;
      a.apr = await askNumber('apr', t.apr(p.medicalCardAprPercent, p.generalCardAprPercent, source, yearsOf(p.aprAsOf).to), String(p.medicalCardAprPercent));
    },
  }),
};
const STEPS = Object.keys(WIZARD_STEPS) as Step[];

/** A step the flags or the file left nothing to ask: it does not apply, or it is answered. */
export function answered(name: Step, v: FieldValues, data: CostData): boolean {
  const st = WIZARD_STEPS[name];
  return (st.applies !== undefined && !st.applies(v, data)) || st.answered(v, data);
}

/** What a step's questions are worked out from, for what is known so far. */
export function stepContext(s: Session, v: FieldValues): StepContext {
  const technique = s.data.techniques[v.technique ?? 'low-dose-inpatient'];
  return { s, v, data: s.data, a: s.answers, technique, d: technique.defaults, perDay: technique.pricing === 'per-session' };
}

/** Asks one step, if it applies to what is known so far. */
async function ask(name: Step, s: Session): Promise<void> {
  const st = WIZARD_STEPS[name];
  const c = stepContext(s, current(s));
  if (st.applies !== undefined && !st.applies(c.v, c.data)) return;
  await st.ask(c, { message: st.question(c), default: st.default(c) });
}

/**
 * A quote for one infusion that is over three times the highest published price of one is most
 * likely the whole series' price: asks which, and for a series, how many infusions it covers; the
 * answer becomes the price per infusion and the number of infusions, and is said back.
 */
async function askSeries(s: Session, v: FieldValues): Promise<void> {
  const { data, answers: a } = s;
  const r = readField(field('quote'), a.quote!, true);
  if (!r.ok) return;
  const quote = r.value as Quote;
  const high = implausiblePerInfusion({ technique: v.technique!, clinicRange: 'quote', quote }, data, s.prices);
  if (high === null) return;
  const amount = formatRange(quote.low, quote.high);
  if ((await select({ message: t.seriesQuestion(amount, formatDollars(high)), choices: t.seriesChoices(amount), default: 'series' })) === 'one') return;
  const technique = data.techniques[v.technique!];
  const planned =
    (v.sessions ?? null) !== null
      ? v.sessions!
      : totalSessions(sessionsForMonths(technique.schedule?.phases ?? [], v.months ?? technique.defaults.months ?? 3)).low;
  const n = Number(await askCount('sessions', t.seriesSessions, Math.max(1, planned), 1));
  const each = { low: Math.round(quote.low / n), high: Math.round(quote.high / n) };
  a.quote = each.low === each.high ? String(each.low / 100) : `${each.low / 100}-${each.high / 100}`;
  a.sessions = String(n);
  delete a.months;
  s.say(`${wrap(t.seriesRead(amount, n, formatRange(each.low, each.high), formatRange(each.low * n, each.high * n)), fit.width, '  ')}\n`);
}

/** Outpatient-style techniques are priced per infusion day and have a plan of sessions. */
function perSession(v: FieldValues, data: CostData): boolean {
  return v.technique !== undefined && data.techniques[v.technique].pricing === 'per-session';
}

function reviewChoices(s: Scenario, data: CostData) {
  const technique = data.techniques[s.technique];
  const price = s.clinicRange === 'quote' && s.quote ? t.reviewQuote(formatRange(s.quote.low, s.quote.high)) : t.reviewRange[s.clinicRange];
  const choices: { value: Step | 'done'; name: string }[] = [
    { value: 'done', name: t.showEstimate },
    { value: 'technique', name: t.change(t.fields.technique, technique.label) },
    { value: 'price', name: t.change(t.fields.price, price) },
  ];
  if (s.sessions !== null)
    choices.push({ value: 'plan', name: t.change(t.fields.plan, t.reviewPlan(countText(s.sessions, s.sessionsHigh ?? s.sessions), s.months)) });
  choices.push(
    { value: 'boosters', name: t.change(t.fields.boosters, String(s.boosters)) },
    { value: 'visits', name: t.change(t.fields.visits, t.reviewVisits(s.preVisits, s.postVisits)) },
    { value: 'travel', name: t.change(t.fields.travel, t.reviewTravel(s.travel, s.travelers, s.nights)) },
    { value: 'extras', name: t.change(t.fields.extras, t.reviewExtras((s.extras ?? []).length + ((s.rideMiles ?? 0) > 0 ? 1 : 0))) },
    { value: 'insurance', name: t.change(t.fields.insurance, t.reviewInsurance(s.insurance, s.coinsurance)) },
    {
      value: 'paying',
      name: t.change(
        t.fields.paying,
        t.reviewPaying(
          s.financeMonths !== null ? 'borrow' : s.promoMonths !== null ? 'promo' : s.saveMonths !== null ? 'save' : 'none',
          s.financeMonths ?? s.promoMonths ?? s.saveMonths,
        ),
      ),
    },
  );
  return choices;
}

/**
 * The closing step: keep the answers (to run again) or a report (HTML or Markdown), with sensible
 * default names, never replacing a file without asking; declining a replacement returns here.
 */
async function closing(est: Estimate, data: CostData, from: string | undefined, io: Io, say: (s: string) => void): Promise<void> {
  const names = { answers: from ?? 'ketamine-plan.json', html: 'ketamine-estimate.html', markdown: 'ketamine-estimate.md' };
  // With insurance or a plan for paying, the report keeps the month-by-month plan (and who pays each month).
  const s = est.scenario;
  const timeline = s.insurance !== 'none' || s.financeMonths !== null || s.promoMonths !== null || s.saveMonths !== null;
  for (;;) {
    const choice = await select<'done' | keyof typeof names>({
      message: t.closing,
      choices: t.closingChoices(names.answers, names.html, names.markdown),
      default: 'done',
    });
    if (choice === 'done') return;
    const file = (await input({ message: t.saveName, default: names[choice], validate: (v) => v.trim() !== '' || t.needFileName })).trim();
    names[choice] = file;
    const exists = fs.existsSync(path.resolve(io.cwd, file));
    if (exists && !(await confirm({ message: t.replace(escapeControls(file)), default: false }))) continue;
    const content =
      choice === 'answers'
        ? `${JSON.stringify(scenarioToJson(est.scenario), null, 2)}\n`
        : choice === 'html'
          ? (await import('../render/html.js')).renderHtml([{ name: data.techniques[est.scenario.technique].label, est }], data, reportMeta(), { timeline })
          : choice === 'markdown'
            ? (await import('../render/markdown.js')).renderMarkdown(est, data, reportMeta(), { timeline })
            : unhandledFormat(choice);
    try {
      const path = writeFileAtomic(file, content, io.cwd, exists);
      const said = choice === 'answers' ? t.saved(escapeControls(path), shellWord(escapeControls(file))) : t.savedReport(escapeControls(path));
      say(
        said
          .split('\n')
          .map((line) => wrap(line, fit.width, '  '))
          .join('\n'),
      );
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`${error.message}\n`);
    }
  }
}

/** "Prices restated to May 2026 dollars from sources of 2004 to 2026", from the data. */
function pricesSentence(data: CostData, basis: PriceBasis): string {
  const years = dataYears(data);
  return basis === 'today' ? t.pricesToday(coreText.month(data.priceIndex.latestMonth), years.from, years.to) : t.pricesPublished(years.from, years.to);
}
