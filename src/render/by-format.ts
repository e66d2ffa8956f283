import type { CostData } from '../core/data-schema.js';
import type { Estimate } from '../core/estimate.js';
import type { ToolInfo } from './report-json.js';
import type { ReportMeta } from './report-parts.js';

import { unhandledFormat, type Format } from './formats.js';
import type { ColourLevel } from '../edge/colour-level.js';

export { FORMATS, type Format } from './formats.js';

/** Renders an estimate in the chosen format; each renderer is loaded only when used. */
export async function renderEstimate(
  format: Format,
  est: Estimate,
  data: CostData,
  opts: { colour: ColourLevel; width: number; tool: ToolInfo; meta: ReportMeta; timeline?: boolean; ascii?: boolean },
): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./report-json.js')).renderJson(est, data, opts.tool);
    case 'csv':
      return opts.timeline ? (await import('./csv.js')).renderTimelineCsv(est) : (await import('./csv.js')).renderCsv(est);
    case 'markdown':
      return (await import('./markdown.js')).renderMarkdown(est, data, opts.meta, { timeline: opts.timeline });
    case 'html':
      return (await import('./html.js')).renderHtml([{ name: data.techniques[est.scenario.technique].label, est }], data, opts.meta, {
        timeline: opts.timeline,
      });
    case 'table':
      return (await import('./table.js')).renderTableIn(opts.colour, est, data, opts.width, { timeline: opts.timeline, ascii: opts.ascii });
    default:
      return unhandledFormat(format);
  }
}
