import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { confirm, input, select } from '@inquirer/prompts';
import type { Io } from '../io.js';
import type { WizardFlags } from './wizard.js';
import type { CostData } from '../core/data-schema.js';
import { TECHNIQUES, COUNT_LIMITS, type TechniqueId, type TravelKind } from '../core/ids.js';
import { normaliseScenario, scenarioInputSchema, scenarioToJson, type NormalisedScenario, type Scenario } from '../core/scenario.js';
import { problemsFromZod } from '../core/problems.js';
import { estimate } from '../core/estimate.js';
import { parseQuote } from '../core/quote.js';
import { figureCents } from '../core/unit-price.js';
import { formatDollars, formatRange } from '../core/money.js';
import { sessionsForMonths, totalSessions } from '../core/outpatient-schedule.js';
import { loadData } from '../data-file.js';
import { flagName, flagsToInput, parseCount } from './scenario-options.js';
import { renderTable } from '../render/table.js';
import { phaseList } from '../render/summary.js';
import { wrap } from '../render/wrap.js';
import { makeChalk } from '../colour.js';
import { terminalWidth } from './estimate-run.js';
import { writeFileAtomic } from '../atomic-write.js';
import { UsageError, problemList, usageFromInput } from '../errors.js';
import { commandLine, shellLines } from './command-line.js';
import { wizardText as t } from './wizard-text.js';

/** The wizard's answers so far: the same fields as the flags, as plain values. */
interface Answers {
  technique?: TechniqueId;
  clinicRange?: 'full' | 'lower' | 'upper' | 'quote';
  quote?: string;
  boosters?: number;
  preVisits?: number;
  postVisits?: number;
  travel?: TravelKind;
  travelers?: number;
  nights?: number;
  sessions?: number;
  months?: number;
}

type Step = 'technique' | 'price' | 'plan' | 'boosters' | 'visits' | 'travel';
const STEPS: Step[] = ['technique', 'price', 'plan', 'boosters', 'visits', 'travel'];

/** Asks each question the flags left open, lets the user review and change answers, then prints the estimate and offers to save. */
export async function runWizard(flags: WizardFlags, io: Io): Promise<void> {
  const data = await loadData(flags.data, io.cwd);
  const answers = prefilledAnswers(flags, data);
  const say = (s: string) => io.stdout.write(s);

  say(t.welcome(data));
  for (const step of STEPS) if (!answered(step, answers, data)) await ask(step, answers, data, say);

  let normalised = review(answers, data);
  for (;;) {
    const choice = await select<Step | 'done'>({ message: t.review, choices: reviewChoices(normalised.scenario, data), default: 'done', pageSize: 10 });
    if (choice === 'done') break;
    await ask(choice, answers, data, say);
    if (choice === 'technique') for (const dependent of ['price', 'plan', 'travel'] as Step[]) await ask(dependent, answers, data, say);
    normalised = review(answers, data);
  }

  const est = estimate(normalised.scenario, data, normalised.notes);
  say(`\n${renderTable(est, data, makeChalk(io, flags.color), terminalWidth(io))}`);
  say(`\n${t.scripted}\n${shellLines(commandLine(normalised.scenario), terminalWidth(io))}\n\n`);
  await offerSave(normalised.scenario, io, say);
}

/**
 * The answers the flags give in advance, checked as the estimate command would check them, so a
 * mistake stops the wizard before the first question rather than after the last.
 */
function prefilledAnswers(flags: WizardFlags, data: CostData): Answers {
  const { input, problems } = flagsToInput(flags);
  const partial = scenarioInputSchema.partial().safeParse(input);
  if (!partial.success) problems.push(...problemsFromZod(partial.error));
  if (typeof input.quote === 'string') {
    const quote = parseQuote(input.quote);
    if (!quote.ok) problems.push({ path: 'quote', message: quote.message });
  }
  if (problems.length > 0) throw new UsageError(problemList('invalid input', problems, flagName));
  const answers = input as Answers;
  if (answers.technique !== undefined) review(answers, data);
  return answers;
}

function answered(step: Step, a: Answers, data: CostData): boolean {
  switch (step) {
    case 'technique':
      return a.technique !== undefined;
    case 'price':
      return a.quote !== undefined || (a.clinicRange !== undefined && a.clinicRange !== 'quote');
    case 'plan':
      return !perSession(a, data) || a.sessions !== undefined || a.months !== undefined;
    case 'boosters':
      return a.boosters !== undefined;
    case 'visits':
      return a.preVisits !== undefined && a.postVisits !== undefined;
    case 'travel':
      return a.travel !== undefined;
  }
}

async function askCount(message: string, def: number, min: number, max: number): Promise<number> {
  // An emptied answer means the suggested one, as it does before any typing.
  const read = (text: string) => parseCount(text.trim() === '' ? String(def) : text);
  const answer = await input({
    message,
    default: String(def),
    validate: (text) => {
      const n = read(text);
      return n !== null && n >= min && n <= max ? true : t.count(max, min);
    },
  });
  return read(answer)!;
}

async function ask(step: Step, a: Answers, data: CostData, say: (s: string) => void): Promise<void> {
  const technique = data.techniques[a.technique ?? 'low-dose-inpatient'];
  const d = technique.defaults;
  const perDay = technique.pricing === 'per-session';
  switch (step) {
    case 'technique': {
      const before = a.technique;
      a.technique = await select<TechniqueId>({
        message: t.technique,
        default: a.technique ?? 'low-dose-inpatient',
        choices: TECHNIQUES.map((id) => ({
          value: id,
          name: data.techniques[id].label,
          description: wrap(id === 'coma' ? `${data.techniques[id].summary} ${t.comaCaution}` : data.techniques[id].summary, 78),
        })),
      });
      // Said where the choice is made, not only in the result: for coma, its legal status and risks.
      for (const w of data.techniques[a.technique].warnings) say(`${wrap(`! ${w}`, 78, '  ')}\n`);
      if (before !== undefined && before !== a.technique) {
        // Prices, plan and travel mean something else for another technique: suggest its defaults again.
        for (const key of ['clinicRange', 'quote', 'sessions', 'months', 'travel', 'travelers', 'nights'] as const) delete a[key];
      }
      if (!perSession(a, data)) {
        delete a.sessions;
        delete a.months;
      }
      return;
    }
    case 'price': {
      const range = figureCents(technique.price);
      const split = range.typical ?? Math.round((range.low + range.high) / 2);
      a.clinicRange = await select({
        message: t.price(perDay),
        default: a.clinicRange ?? 'full',
        choices: t.priceChoices(formatDollars(range.low), formatDollars(split), formatDollars(range.high), range.typical !== null),
      });
      if (a.clinicRange === 'quote') {
        a.quote = await input({
          message: t.quote(perDay),
          default: a.quote,
          validate: (text) => {
            const r = parseQuote(text);
            return r.ok ? true : `${r.message[0]!.toUpperCase()}${r.message.slice(1)}.`;
          },
        });
      } else delete a.quote;
      return;
    }
    case 'plan': {
      if (!perSession(a, data)) return;
      const kind = await select({ message: t.planKind, choices: t.planChoices, default: a.sessions !== undefined ? 'sessions' : 'months' });
      if (kind === 'sessions') {
        a.sessions = await askCount(t.sessions, a.sessions ?? 10, 1, COUNT_LIMITS.sessions);
        delete a.months;
      } else {
        a.months = await askCount(t.months, a.months ?? d.months ?? 3, 1, COUNT_LIMITS.months);
        delete a.sessions;
        const phases = sessionsForMonths(technique.schedule?.phases ?? [], a.months);
        say(`${wrap(t.derivedSessions(totalSessions(phases), a.months, phaseList(phases)), 78, '  ')}\n`);
      }
      return;
    }
    case 'boosters': {
      const uses = await confirm({ message: t.usesBoosters, default: (a.boosters ?? d.boosters) > 0 });
      a.boosters = uses ? await askCount(t.boosters, Math.max(1, a.boosters ?? 1), 1, COUNT_LIMITS.boosters) : 0;
      return;
    }
    case 'visits': {
      a.preVisits = await askCount(t.preVisits, a.preVisits ?? d.preVisits, 0, COUNT_LIMITS.preVisits);
      a.postVisits = await askCount(t.postVisits, a.postVisits ?? d.postVisits, 0, COUNT_LIMITS.postVisits);
      return;
    }
    case 'travel': {
      a.travel = await select<TravelKind>({ message: t.travel, choices: t.travelChoices, default: a.travel ?? d.travel });
      if (a.travel === 'none') {
        delete a.travelers;
        delete a.nights;
        return;
      }
      a.travelers = await askCount(t.travelers, a.travelers ?? d.travelers, 1, COUNT_LIMITS.travelers);
      a.nights = await askCount(t.nights, a.nights ?? d.nights, 0, COUNT_LIMITS.nights);
      return;
    }
  }
}

/** Outpatient-style techniques are priced per infusion day and have a plan of sessions. */
function perSession(a: Answers, data: CostData): boolean {
  return a.technique !== undefined && data.techniques[a.technique].pricing === 'per-session';
}

function toInput(a: Answers): Record<string, unknown> {
  const { quote, clinicRange, ...rest } = a;
  return { ...rest, ...(clinicRange === 'quote' ? { quote } : { clinicRange }) };
}

/** The answers normalised; flags given to the wizard that are wrong stop it here with a usage error. */
function review(a: Answers, data: CostData): NormalisedScenario {
  try {
    return normaliseScenario(toInput(a), data);
  } catch (error) {
    return usageFromInput(error, 'invalid input', flagName);
  }
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
    choices.push({ value: 'plan', name: t.change(t.fields.plan, t.reviewPlan(s.sessions, s.months)) });
  choices.push(
    { value: 'boosters', name: t.change(t.fields.boosters, String(s.boosters)) },
    { value: 'visits', name: t.change(t.fields.visits, t.reviewVisits(s.preVisits, s.postVisits)) },
    { value: 'travel', name: t.change(t.fields.travel, t.reviewTravel(s.travel, s.travelers, s.nights)) },
  );
  return choices;
}

async function offerSave(scenario: Scenario, io: Io, say: (s: string) => void): Promise<void> {
  if (!(await confirm({ message: t.saveOffer, default: false }))) return;
  for (;;) {
    const file = (await input({ message: t.saveName, default: 'ketamine-plan.json', validate: (v) => v.trim() !== '' || t.needFileName })).trim();
    const exists = existsSync(resolve(io.cwd, file));
    if (exists && !(await confirm({ message: t.replace(file), default: false }))) continue;
    try {
      const path = writeFileAtomic(file, `${JSON.stringify(scenarioToJson(scenario), null, 2)}\n`, io.cwd, exists);
      say(t.saved(path, file));
      return;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`${error.message}\n`);
    }
  }
}
