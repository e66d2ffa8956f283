/** The one-line description of each command, shown by `ketamine-cost --help`. */
export const commandDescriptions = {
  wizard: 'answer a few plain questions and get an estimate and a checklist (the default in a terminal); flags given answer their questions in advance',
  estimate: 'print a cost estimate and clinic checklist from flags (for scripts and spreadsheets)',
  compare: 'put options side by side: the three techniques, saved scenarios, or one technique at several quotes, with a range chart',
  batch: 'estimate many scenarios at once (NDJSON or CSV in, CSV or NDJSON out), streaming',
  audit: "check a clinic's quote or Good Faith Estimate: what is missing or out of range, and the questions to send back",
  'gfe-check': 'check bills against their Good Faith Estimates (No Surprises Act): which can be disputed, and by when',
  data: 'inspect the cost data: show it, validate a data file, print its JSON Schema',
};
export type CommandName = keyof typeof commandDescriptions;
