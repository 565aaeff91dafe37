import { Weighted } from "./random";
import type { OrgKind } from "./vocabulary";

/**
 * The realistic mix (domain.md §2, §4): channels, applicant types, the outcome/reason pairs the outcome table
 * allows, and how often each workflow step happens. Shares are of all cases unless a comment says otherwise.
 */
export const CHANNELS = new Weighted<string>([
  ["online", 70],
  ["letter", 15],
  ["in_person", 6],
  ["email", 5],
  ["fax", 2],
  ["other", 2],
]);

/** Organisations only (≈ 12 % of applicants). */
export const ORGANIZATION_TYPES = new Weighted<OrgKind>([
  ["commercial", 45],
  ["legal_service", 30],
  ["research", 8],
  ["public_interest", 7],
  ["other", 10],
]);
export const ORGANIZATION_SHARE = 0.12;

/** Replies (outcome, 2021 reason row): only pairs from the outcome table. `unclear`/4.3 is drawn separately (after a 补正). */
export const REPLIES = new Weighted<readonly [string, string]>([
  [["disclosed", "1"], 36],
  [["partially_disclosed", "2"], 14],
  [["refused", "3.1"], 0.3],
  [["refused", "3.2"], 0.8],
  [["refused", "3.3"], 0.7],
  [["refused", "3.4"], 1.2],
  [["refused", "3.5"], 0.9],
  [["refused", "3.6"], 1.3],
  [["refused", "3.7"], 1.0],
  [["refused", "3.8"], 0.8],
  [["refused", "5.1"], 2.5],
  [["refused", "5.2"], 1.5],
  [["refused", "5.3"], 1.0],
  [["refused", "5.4"], 0.5],
  [["refused", "5.5"], 1.5],
  [["not_exist", "4.1"], 17],
  [["not_exist", "4.2"], 3],
  [["not_this_agency", "4.1"], 9],
]);

export const FORMS = new Weighted<string>([
  ["email", 50],
  ["paper", 35],
  ["disc", 5],
  ["other", 10],
]);
export const DELIVERIES = new Weighted<string>([
  ["email", 45],
  ["post", 35],
  ["online", 10],
  ["pickup", 8],
  ["onsite", 2],
]);
export const APPEAL_KINDS = new Weighted<string>([
  ["reconsideration", 60],
  ["litigation_direct", 20],
  ["litigation_after_reconsideration", 10],
  ["complaint", 10],
]);
export const APPEAL_RESULTS = new Weighted<string>([
  ["upheld", 70],
  ["corrected", 12],
  ["other", 18],
]);

export const SHARES = {
  withdrawn: 0.03,
  clarification: 0.1,
  /** Of clarifications: the applicant sends the supplement (else abandoned, 6.1). */
  supplementSent: 0.7,
  /** Of clarifications answered: replied 申请内容不明确 (4.3). */
  unclearAfterSupplement: 0.25,
  fee: 0.004,
  feePaid: 0.6,
  consultation: 0.04,
  extension: 0.05,
  extensionApproved: 0.9,
  lateReply: 0.025,
  /** Cases nobody ever answered (the overdue backlog), by age. */
  stuckOlderThanAYear: 0.012,
  stuckWithinAYear: 0.07,
  /** Online cases filed by a signed-in citizen (natural persons only). */
  citizenAccount: 0.45,
  /** Finished cases archived (`close`) some days later. */
  closed: 0.65,
  /** Appeals per replied case, by outcome (≈ 1 % of all cases). */
  appealDisclosed: 0.003,
  appealOther: 0.016,
  email: 0.6,
  title: 0.7,
  documentNumber: 0.15,
  purpose: 0.5,
} as const;
