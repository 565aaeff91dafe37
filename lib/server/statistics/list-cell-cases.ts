import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db";
import { type ApplicantColumn, cellDefinition } from "@/lib/domain/statistics";
import { AppError } from "@/lib/errors";
import type { StatisticsScope } from "./compute-cells";
import { cellPredicate, yearRelations } from "./statistics-sql";

export type CellCaseItem = {
  caseId: string;
  trackingNumber: string;
  status: string;
  channel: string;
  receivedAt: string;
  repliedAt: string | null;
  endedAt: string | null;
  outcome: string | null;
  reasonCode: string | null;
  endingCode: string | null;
  infoTitle: string | null;
  applicantColumn: ApplicantColumn | null;
};

export type CellAppealItem = {
  appealId: string;
  caseId: string;
  trackingNumber: string;
  kind: string;
  filedAt: string;
  result: string;
  closedAt: string | null;
  resultAtYearEnd: string;
  afterFirstHandling: boolean;
};

export type CellList =
  | { cellId: string; year: number; departmentId: string | null; subject: "case"; items: CellCaseItem[] }
  | { cellId: string; year: number; departmentId: string | null; subject: "appeal"; items: CellAppealItem[] };

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * The drill-down: the cases (appeal cells: the appeals) behind one number, from the same relation and the
 * same predicate as the count, so the list is exactly as long as the number on the link. 404 for an unknown cell.
 */
export async function listCellCases(db: DbOrTx, scope: StatisticsScope & { cellId: string }): Promise<CellList> {
  const def = cellDefinition(scope.cellId);
  if (!def) throw new AppError("not_found");
  const base = { cellId: def.id, year: scope.year, departmentId: scope.departmentId };
  const relations = yearRelations(scope.year, scope.departmentId);
  if (def.subject === "case") {
    const rows = rowsOf<Record<string, unknown>>(
      await db.execute(sql`${relations}
        select r.id, r.tracking_number, r.status, r.channel, r.received_at::text as received_at, r.replied_at::text as replied_at,
          r.ended_at::text as ended_at, r.outcome, r.reason_code, r.ending_code, r.info_title, r.applicant_column
        from case_year r where ${cellPredicate(def, "r")}
        order by r.received_at, r.tracking_number`),
    );
    return {
      ...base,
      subject: "case",
      items: rows.map((r) => ({
        caseId: String(r.id),
        trackingNumber: String(r.tracking_number),
        status: String(r.status),
        channel: String(r.channel),
        receivedAt: String(r.received_at),
        repliedAt: text(r.replied_at),
        endedAt: text(r.ended_at),
        outcome: text(r.outcome),
        reasonCode: text(r.reason_code),
        endingCode: text(r.ending_code),
        infoTitle: text(r.info_title),
        applicantColumn: text(r.applicant_column) as ApplicantColumn | null,
      })),
    };
  }
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`${relations}
      select r.id, r.case_id, r.tracking_number, r.kind, r.filed_at::text as filed_at, r.result, r.closed_at::text as closed_at,
        r.result_at_year_end, r.after_first_handling
      from appeal_year r where ${cellPredicate(def, "r")}
      order by r.filed_at, r.tracking_number, r.id`),
  );
  return {
    ...base,
    subject: "appeal",
    items: rows.map((r) => ({
      appealId: String(r.id),
      caseId: String(r.case_id),
      trackingNumber: String(r.tracking_number),
      kind: String(r.kind),
      filedAt: String(r.filed_at),
      result: String(r.result),
      closedAt: text(r.closed_at),
      resultAtYearEnd: String(r.result_at_year_end),
      afterFirstHandling: r.after_first_handling === true || r.after_first_handling === "t",
    })),
  };
}
