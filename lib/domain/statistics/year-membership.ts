import type { IsoDate } from "@/lib/domain/calendar";

/**
 * Year membership of a case (domain.md §5), as a handful of per-case "dimensions". Every statistics cell
 * is a predicate over these dimensions; the server computes the same dimensions in SQL (one expression
 * each), so one definition yields both a count and the list of cases behind it.
 */

/** How a request arrived, in the order of 附表2 (当面 / 传真 / 电子邮件 / 网上 / 信函 / 其他). */
export const CHANNELS = ["in_person", "fax", "email", "online", "letter", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

/** The applicant columns of the 2021 table 三, without 总计. */
export const APPLICANT_COLUMNS = ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "other"] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** applicants.organization_type → column. A missing or unknown sub-type counts under 其他 (domain.md is silent). */
export const ORGANIZATION_TYPE_COLUMNS = {
  commercial: "commercial",
  research: "research",
  public_interest: "publicInterest",
  legal_service: "legalService",
  other: "other",
} as const satisfies Record<string, ApplicantColumn>;

/** What the statistics read from one case row (and its applicant). */
export type StatisticsCaseRecord = {
  receivedAt: IsoDate;
  repliedAt: IsoDate | null;
  endedAt: IsoDate | null;
  outcome: string | null;
  reasonCode: string | null;
  endingCode: string | null;
  channel: string;
  applicantType: string;
  organizationType: string | null;
};

/** A case's place in one year's tables. */
export type CaseDimensions = {
  /** 一、本年新收: received in the year. */
  isNew: boolean;
  /** 二、上年结转: received before the year and not handled before it. */
  isCarriedOver: boolean;
  /** 四、结转下年度继续办理: received by 31 Dec and not handled by then. */
  isCarriedForward: boolean;
  /** Last year's 四, computed on its own (the check "this year's 二 = last year's 四"). */
  wasCarriedForwardLastYear: boolean;
  /** The 2021 row (reason 1…5.5 or ending 6.x) when the reply or ending falls in the year, else null. */
  handledCode: string | null;
  /** The reply's outcome when the reply falls in the year, else null (endings have no outcome). */
  repliedOutcome: string | null;
  channel: string;
  /** null for an applicant type the tables do not know (the row-total check then fails loudly). */
  applicantColumn: ApplicantColumn | null;
};

export type YearBounds = { start: IsoDate; end: IsoDate; previousEnd: IsoDate };

export function yearBounds(year: number): YearBounds {
  const y = String(year).padStart(4, "0");
  const p = String(year - 1).padStart(4, "0");
  return { start: `${y}-01-01`, end: `${y}-12-31`, previousEnd: `${p}-12-31` };
}

/** The day a case was handled: its reply, else its ending (abandonment: the day after the missed deadline). */
export function handledDate(c: Pick<StatisticsCaseRecord, "repliedAt" | "endedAt">): IsoDate | null {
  return c.repliedAt ?? c.endedAt;
}

export function applicantColumnOf(applicantType: string, organizationType: string | null): ApplicantColumn | null {
  if (applicantType === "natural_person") return "naturalPerson";
  if (applicantType !== "organization") return null;
  const known = ORGANIZATION_TYPE_COLUMNS as Record<string, ApplicantColumn>;
  return (organizationType !== null && known[organizationType]) || "other";
}

/** A case matters to a year when received by its end and not handled before its start. */
export function isRelevantToYear(c: StatisticsCaseRecord, year: number): boolean {
  const { start, end } = yearBounds(year);
  const handled = handledDate(c);
  return c.receivedAt <= end && (handled === null || handled >= start);
}

/**
 * The dimensions of a case for `year`, null when the case plays no part in that year. The SQL twin is
 * lib/server/statistics/statistics-sql.ts; a property test holds the two together.
 */
export function caseDimensions(c: StatisticsCaseRecord, year: number): CaseDimensions | null {
  if (!isRelevantToYear(c, year)) return null;
  const { start, end, previousEnd } = yearBounds(year);
  const handled = handledDate(c);
  const handledInYear = handled !== null && handled >= start && handled <= end;
  return {
    isNew: c.receivedAt >= start && c.receivedAt <= end,
    isCarriedOver: c.receivedAt < start && (handled === null || handled >= start),
    isCarriedForward: c.receivedAt <= end && (handled === null || handled > end),
    wasCarriedForwardLastYear: c.receivedAt <= previousEnd && (handled === null || handled > previousEnd),
    handledCode: handledInYear ? (c.reasonCode ?? c.endingCode) : null,
    repliedOutcome:
      c.outcome !== null && c.repliedAt !== null && c.repliedAt >= start && c.repliedAt <= end ? c.outcome : null,
    channel: c.channel,
    applicantColumn: applicantColumnOf(c.applicantType, c.organizationType),
  };
}
