import type { IsoDate } from "@/lib/domain/calendar";
import { yearBounds } from "./year-membership";

/** 行政复议 / 行政诉讼（未经复议直接起诉 / 复议后起诉）/ 行政申诉 (domain.md §6). */
export const APPEAL_KINDS = ["reconsideration", "litigation_direct", "litigation_after_reconsideration", "complaint"] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];

/** 维持 / 纠正 / 其他 / 尚未审结. */
export const APPEAL_RESULTS = ["upheld", "corrected", "other", "pending"] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number];

export const APPEAL_KIND_LABELS: Record<AppealKind, { zh: string; en: string }> = {
  reconsideration: { zh: "行政复议", en: "Administrative reconsideration" },
  litigation_direct: { zh: "行政诉讼（未经复议直接起诉）", en: "Lawsuit filed directly" },
  litigation_after_reconsideration: { zh: "行政诉讼（复议后起诉）", en: "Lawsuit after reconsideration" },
  complaint: { zh: "行政申诉", en: "Administrative complaint" },
};

export const APPEAL_RESULT_LABELS: Record<AppealResult, { zh: string; en: string }> = {
  upheld: { zh: "维持", en: "Upheld" },
  corrected: { zh: "纠正", en: "Corrected" },
  other: { zh: "其他", en: "Other" },
  pending: { zh: "尚未审结", en: "Pending" },
};

export type StatisticsAppealRecord = {
  kind: string;
  filedAt: IsoDate;
  result: string;
  closedAt: IsoDate | null;
  afterUnsatisfactoryFirstHandling: boolean;
};

export type AppealDimensions = {
  kind: string;
  /** The result as of 31 Dec: closed later (or not at all) → pending. */
  resultAtYearEnd: string;
  afterFirstHandling: boolean;
};

/** An appeal counts in the year it was filed (domain.md §5), null otherwise. */
export function appealDimensions(a: StatisticsAppealRecord, year: number): AppealDimensions | null {
  const { start, end } = yearBounds(year);
  if (a.filedAt < start || a.filedAt > end) return null;
  const settled = a.result !== "pending" && a.closedAt !== null && a.closedAt <= end;
  return { kind: a.kind, resultAtYearEnd: settled ? a.result : "pending", afterFirstHandling: a.afterUnsatisfactoryFirstHandling };
}

/** Why an appeal's facts cannot stand (the API answers 422 with this reason), or null. */
export type AppealRefusal =
  | "appeal.filedInFuture"
  | "appeal.filedBeforeReceived"
  | "appeal.closedAtRequired"
  | "appeal.pendingHasClosedAt"
  | "appeal.closedBeforeFiled"
  | "appeal.closedInFuture"
  | "appeal.firstHandlingOnlyForComplaints";

export type AppealFacts = {
  kind: AppealKind;
  filedAt: IsoDate;
  result: AppealResult;
  closedAt: IsoDate | null;
  afterUnsatisfactoryFirstHandling: boolean;
};

/** The rules of one appeal against today and its case's received date. Dates are YYYY-MM-DD, so strings compare. */
export function appealRefusal(a: AppealFacts, ctx: { today: IsoDate; caseReceivedAt: IsoDate }): AppealRefusal | null {
  if (a.filedAt > ctx.today) return "appeal.filedInFuture";
  if (a.filedAt < ctx.caseReceivedAt) return "appeal.filedBeforeReceived";
  if (a.result !== "pending" && a.closedAt === null) return "appeal.closedAtRequired";
  if (a.result === "pending" && a.closedAt !== null) return "appeal.pendingHasClosedAt";
  if (a.closedAt !== null && a.closedAt < a.filedAt) return "appeal.closedBeforeFiled";
  if (a.closedAt !== null && a.closedAt > ctx.today) return "appeal.closedInFuture";
  if (a.afterUnsatisfactoryFirstHandling && a.kind !== "complaint") return "appeal.firstHandlingOnlyForComplaints";
  return null;
}
