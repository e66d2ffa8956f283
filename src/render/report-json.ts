import type { CostData } from '../core/data-schema.js';
import type { Estimate } from '../core/estimate.js';
import type { CentsRange } from '../core/unit-price.js';
import type { Points } from '../core/your-share.js';
import { centsToDollars } from '../core/money.js';
import { scenarioToJson } from '../core/scenario.js';
import { text } from '../core/text.js';

export interface ToolInfo {
  name: string;
  version: string;
}

/** A cents range as dollars for machine output. */
export function rangeDollars(r: CentsRange) {
  return { low: centsToDollars(r.low), typical: r.typical === null ? null : centsToDollars(r.typical), high: centsToDollars(r.high) };
}

/** The documented JSON object for one estimate (see README, "JSON output"). */
export function estimateReport(est: Estimate, data: CostData, tool: ToolInfo) {
  const { basis, index, month, value } = est.prices;
  return {
    tool: { name: tool.name, version: tool.version },
    data: { version: data.dataVersion, effectiveDate: data.effectiveDate, currency: data.currency },
    prices: { basis, index, month, value },
    scenario: scenarioToJson(est.scenario),
    trips: est.trips,
    lineItems: est.lineItems.map((l) => ({
      id: l.id,
      category: l.category,
      label: l.label,
      quantity: l.quantity,
      quantityHigh: l.quantityHigh,
      unit: l.unit,
      ...rangeDollars(l.amount),
      openHigh: l.amount.openHigh,
      unitPrice: rangeDollars(l.unitPrice),
      published: rangeDollars(l.published),
      sourceIds: l.sourceIds,
      asOf: l.asOf,
      asOfYear: l.asOf?.to ?? null,
      basis: l.basis,
      note: l.note,
    })),
    total: { ...rangeDollars(est.total), openHigh: est.total.openHigh, published: rangeDollars(est.publishedTotal) },
    yourShare: shareJson(est),
    timeline: est.timeline.map((m) => ({
      month: m.month,
      items: m.items.map((i) => ({ id: i.id, low: centsToDollars(i.low), high: centsToDollars(i.high) })),
      low: centsToDollars(m.low),
      high: centsToDollars(m.high),
      cumulativeLow: centsToDollars(m.cumulativeLow),
      cumulativeHigh: centsToDollars(m.cumulativeHigh),
    })),
    ...payingJson(est),
    checklist: est.checklist,
    warnings: est.warnings,
    notes: est.notes,
    disclaimer: text.disclaimer,
  };
}

const lowHigh = (r: { low: number; high: number }) => ({ low: centsToDollars(r.low), high: centsToDollars(r.high) });
const points = (p: Points | null) => (p === null ? null : rangeDollars(p));

/** `yourShare`: each field a {low, typical, high} in dollars; hsaFsaQualified null without --hsa-fsa, the tax fields null without --agi; `tax` says how the tax figures were worked out. */
export function shareJson(est: Estimate) {
  const y = est.yourShare;
  return {
    insurer: points(y.insurer),
    patient: points(y.patient),
    paidUpFront: points(y.paidUpFront),
    countedTowardOopMax: points(y.countedTowardOopMax),
    notCounted: points(y.notCounted),
    hsaFsaQualified: points(y.hsaFsaQualified),
    hsaFsaCovered: points(y.hsaFsaCovered),
    leftToFind: points(y.leftToFind),
    medicalExpense: points(y.medicalExpense),
    deductibleAboveThreshold: points(y.deductibleAboveThreshold),
    taxSaving: points(y.taxSaving),
    tax: y.tax === null ? null : { year: y.tax.year, filing: y.tax.filing, method: y.tax.method, agiFloorPercent: y.tax.agiFloorPercent, federalOnly: true },
  };
}

/** `financing`, `savings` and `lostIncome`: null where not asked for. */
export function payingJson(est: Estimate) {
  const { financing: f, promotion: p, savings: s, lostIncome: l } = est.paying;
  return {
    financing:
      f === null && p === null
        ? null
        : {
            months: f?.months ?? null,
            apr: (f ?? p)!.apr / 100,
            monthlyPayment: f ? lowHigh(f.monthlyPayment) : null,
            totalInterest: f ? lowHigh(f.totalInterest) : null,
            totalPaid: f ? lowHigh(f.totalPaid) : null,
            ...(p
              ? {
                  promoMonths: p.months,
                  promoMonthlyToClear: lowHigh(p.promoMonthlyToClear),
                  deferredInterestIfNotCleared: lowHigh(p.deferredInterestIfNotCleared),
                }
              : {}),
          },
    savings: s === null ? null : { months: s.months, monthly: lowHigh(s.monthly) },
    lostIncome: l === null ? null : { patient: centsToDollars(l.patient), companion: centsToDollars(l.companion), total: centsToDollars(l.total) },
  };
}

/** The estimate as one pretty-printed JSON document with a trailing newline. */
export function renderJson(est: Estimate, data: CostData, tool: ToolInfo): string {
  return `${JSON.stringify(estimateReport(est, data, tool), null, 2)}\n`;
}
