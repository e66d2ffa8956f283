import type { CostData } from '../core/data-schema.js';
import type { Estimate } from '../core/estimate.js';
import type { CentsRange } from '../core/unit-price.js';
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
    checklist: est.checklist,
    warnings: est.warnings,
    notes: est.notes,
    disclaimer: text.disclaimer,
  };
}

/** The estimate as one pretty-printed JSON document with a trailing newline. */
export function renderJson(est: Estimate, data: CostData, tool: ToolInfo): string {
  return `${JSON.stringify(estimateReport(est, data, tool), null, 2)}\n`;
}
