import type { ReportMeta } from '../render/report-parts.js';
import { tool } from '../version.js';

/** What a report says about itself: today's date on this computer's clock (its own time zone) and this tool. */
export function reportMeta(now: Date = new Date()): ReportMeta {
  const two = (n: number) => String(n).padStart(2, '0');
  return { preparedOn: `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`, tool: { name: tool.name, version: tool.version } };
}
