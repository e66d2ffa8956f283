import { readFileSync } from 'node:fs';
import { validateCostData } from '../../src/core/validate-data.js';
import { language, type Lang } from '../../src/core/lang.js';
import type { CostData } from '../../src/core/data-schema.js';
import { parseQuoteText } from '../../src/core/audit-parse.js';
import { auditQuote, type AuditOptions, type AuditResult } from '../../src/core/audit.js';
import { DATA_PATH } from './data.js';

const byLang = new Map<Lang, CostData>();

/** The committed data in the language of the run (the audit's texts come from it). */
export function auditData(): CostData {
  const lang = language();
  let data = byLang.get(lang);
  if (!data) {
    const r = validateCostData(JSON.parse(readFileSync(DATA_PATH, 'utf8')), lang);
    if (!r.ok) throw new Error(`committed data invalid: ${JSON.stringify(r.problems)}`);
    byLang.set(lang, (data = r.data));
  }
  return data;
}

/** Audits a quote written as text against the committed data, in the run's language. */
export function auditText(text: string, opts: AuditOptions = {}): AuditResult {
  const data = auditData();
  return auditQuote(parseQuoteText(text, data.audit!), data, opts);
}

/** The flags as "kind@line" (or "kind:id" for flags about the whole quote), sorted. */
export function flagSet(r: AuditResult): string[] {
  return r.flags.map((f) => (f.line === null ? `${f.kind}${f.id ? `:${f.id}` : ''}` : `${f.kind}${f.id ? `:${f.id}` : ''}@${f.line}`)).sort();
}
