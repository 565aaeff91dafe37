import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db";
import type { WorkCalendar } from "@/lib/domain/calendar";
import { AppError } from "@/lib/errors";
import { workCalendarFrom, type StoredCalendarOverride } from "@/lib/server/calendar/load-work-calendar";
import { documentTemplateQuery, type DocumentTemplate } from "@/lib/server/documents/find-document-template";

export type IntakeContext = { calendar: WorkCalendar; prefix: string; agencyName: string; template: DocumentTemplate };

/**
 * What intake reads before it writes anything, in one round trip: the working-day calendar's overrides and
 * notice years, the agency's tracking prefix and name, and the acknowledgement template. A missing template is
 * refused before anything is written.
 */
export async function loadIntakeContext(db: Db): Promise<IntakeContext> {
  const [row] = rowsOf<{
    overrides: StoredCalendarOverride[];
    notice_years: number[];
    prefix: string | null;
    agency_name: string | null;
    template: DocumentTemplate | null;
  }>(
    await db.execute(sql`
      select
        (select coalesce(json_agg(json_build_object('date', o.date, 'kind', o.kind, 'note', o.note)), '[]') from calendar_overrides o) as overrides,
        (select coalesce(json_agg(y.year), '[]') from calendar_notice_years y) as notice_years,
        (select tracking_prefix from agency_settings limit 1) as prefix,
        (select name from agency_settings limit 1) as agency_name,
        (select row_to_json(t) from (${documentTemplateQuery(db, "acknowledgement").getSQL()}) t) as template`),
  );
  if (!row?.template) throw new AppError("not_allowed", undefined, undefined, "document.templateMissing");
  return {
    calendar: workCalendarFrom(row.overrides, row.notice_years),
    prefix: row.prefix ?? "GK",
    agencyName: row.agency_name ?? "本机关",
    template: row.template,
  };
}
