/** Identifiers and limits shared by the schemas and the command line; no zod here, so help stays fast. */

export const TECHNIQUES = ['low-dose-inpatient', 'outpatient', 'coma'] as const;
export type TechniqueId = (typeof TECHNIQUES)[number];

export const TRAVEL_KINDS = ['none', 'domestic', 'international'] as const;
export type TravelKind = (typeof TRAVEL_KINDS)[number];

export const CLINIC_RANGES = ['full', 'lower', 'upper', 'quote'] as const;
export type ClinicRange = (typeof CLINIC_RANGES)[number];

/** How the patient's plan pays: self-pay, or a plan in or out of its network (out of network: pay first, claim with a superbill). */
export const INSURANCE_KINDS = ['none', 'in-network', 'out-of-network'] as const;
export type InsuranceKind = (typeof INSURANCE_KINDS)[number];

/** Categories a health plan may cover; travel never is. */
export const COVERABLE = ['treatment', 'boosters', 'visits'] as const;
export type Coverable = (typeof COVERABLE)[number];

/** Federal filing statuses the tax saving is worked out for: their standard deductions and brackets are in the data. */
export const FILING_STATUSES = ['single', 'joint', 'head'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** Items patients are often surprised by, each added only when asked for. */
export const EXTRAS = ['labs', 'psych-eval', 'passport'] as const;
export type Extra = (typeof EXTRAS)[number];
