import "server-only";
import { eq, inArray } from "drizzle-orm";
import { schema, type Db, type Tx } from "@/db";
import { recordAudit, type Actor } from "@/lib/server/audit/record-audit";
import { lockCalendar } from "@/lib/server/calendar/calendar-lock";
import type { CalendarChangeParsed, NoticeEntry } from "@/lib/validation/admin";
import { resolveCalendarChange } from "./calendar-change";
import { loadCalendarData } from "./load-calendar-data";
import { recomputeDueDates, type DueDateChange } from "./recompute-due-dates";

async function upsertOverrides(tx: Tx, entries: readonly NoticeEntry[], createdBy: string | null) {
  const o = schema.calendarOverrides;
  const before = entries.length
    ? await tx.select({ date: o.date, kind: o.kind, note: o.note }).from(o).where(inArray(o.date, entries.map((e) => e.date)))
    : [];
  for (const e of entries) {
    await tx
      .insert(o)
      .values({ date: e.date, kind: e.kind, note: e.note, createdBy, createdAt: new Date() })
      .onConflictDoUpdate({ target: o.date, set: { kind: e.kind, note: e.note, createdBy, createdAt: new Date() } });
  }
  return before;
}

/**
 * Saves one calendar change and, in the same transaction, recomputes every open case it moves (audited per
 * case); a year marked complete stops being provisional, so its cases lose the provisional flag.
 */
export async function applyCalendarChange(db: Db, actor: Actor, change: CalendarChangeParsed, requestId?: string | null): Promise<{ changes: DueDateChange[] }> {
  const userId = "userId" in actor ? actor.userId : null;
  return db.transaction(async (tx) => {
    await lockCalendar(tx);
    const resolved = resolveCalendarChange(change, await loadCalendarData(tx));
    const o = schema.calendarOverrides;
    const n = schema.calendarNoticeYears;
    let cause: Record<string, unknown>;
    switch (resolved.op) {
      case "set": {
        const entry = resolved.entries[0]!;
        const [before] = await upsertOverrides(tx, resolved.entries, userId);
        await recordAudit(tx, { actor, action: "calendar.override_set", entityType: "calendar_override", entityId: entry.date, before: before ?? null, after: entry });
        cause = { calendar: "override_set", date: entry.date, kind: entry.kind };
        break;
      }
      case "remove": {
        const [before] = await tx.delete(o).where(eq(o.date, resolved.date)).returning({ date: o.date, kind: o.kind, note: o.note });
        await recordAudit(tx, { actor, action: "calendar.override_removed", entityType: "calendar_override", entityId: resolved.date, before: before ?? null });
        cause = { calendar: "override_removed", date: resolved.date };
        break;
      }
      case "notice": {
        const before = await upsertOverrides(tx, resolved.entries, userId);
        if (resolved.complete) await tx.insert(n).values({ year: resolved.year, createdBy: userId }).onConflictDoNothing();
        await recordAudit(tx, {
          actor,
          action: "calendar.notice_entered",
          entityType: "calendar_year",
          entityId: String(resolved.year),
          before: { overrides: before },
          after: { year: resolved.year, complete: resolved.complete, entries: resolved.entries },
        });
        cause = { calendar: "notice_entered", year: resolved.year, complete: resolved.complete };
        break;
      }
      case "withdraw_notice": {
        await tx.delete(n).where(eq(n.year, resolved.year));
        await recordAudit(tx, { actor, action: "calendar.notice_withdrawn", entityType: "calendar_year", entityId: String(resolved.year), before: { year: resolved.year, complete: true } });
        cause = { calendar: "notice_withdrawn", year: resolved.year };
        break;
      }
    }
    const changes = await recomputeDueDates(tx, { actor, cause, requestId });
    return { changes };
  });
}
