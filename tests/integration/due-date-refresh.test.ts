import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { addWorkingDays, statutoryHolidays } from "@/lib/domain/calendar";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { REFRESH_DUE_DATES_JOB, refreshDueDates } from "@/lib/server/calendar/refresh-due-dates";
import { appJobs } from "@/lib/server/jobs/registry";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";

// The calendar is global: this file changes it only inside August 2022 and 2027 (no other test's cases live there)
// and takes every change back in `finally`.

let staffToken: string;

async function registerLetter(receivedAt: string) {
  const res = await fetch(`${baseUrl()}/api/v1/cases`, {
    method: "POST",
    headers: { authorization: `Bearer ${staffToken}`, "content-type": "application/json" },
    body: JSON.stringify({ ...naturalPersonBody(), channel: "letter", receivedAt }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { trackingNumber: string; dueDate: string; dueDateProvisional: boolean; version: number };
}

async function caseRow(tn: string) {
  const [row] = await sql()<{ id: string; due_date: string | null; due_date_provisional: boolean; version: number }[]>`
    select id, due_date::text, due_date_provisional, version from cases where tracking_number = ${tn}`;
  return row!;
}

async function recomputeEvents(caseId: string) {
  return sql()<{ actor_kind: string; actor_user_id: string | null; before: Record<string, unknown>; after: Record<string, unknown> }[]>`
    select actor_kind, actor_user_id, before, after from audit_events where case_id = ${caseId} and action = 'case.due_date_recomputed' order by id`;
}

beforeAll(async () => {
  staffToken = await createTestToken((await createTestUser(["staff"])).id);
});
afterAll(async () => {
  await closeSql();
  await closeDb();
});

describe("due-date refresh job", () => {
  it("is registered and has run in the server process since it started", async () => {
    expect(appJobs().map((j) => j.name)).toContain(REFRESH_DUE_DATES_JOB);
    await expect
      .poll(async () => (await sql()<{ run_count: number }[]>`select run_count from scheduled_jobs where name = ${REFRESH_DUE_DATES_JOB}`)[0]?.run_count ?? 0, { timeout: 15_000 })
      .toBeGreaterThan(0);
  });

  it("moves the due dates a calendar change written outside the admin screen affects, one audit event per changed case", async () => {
    const db = await getDb();
    const receivedAt = "2022-08-01";
    const moved = await registerLetter(receivedAt);
    const calBefore = await loadWorkCalendar(db);
    expect(moved.dueDate).toBe(addWorkingDays(calBefore, receivedAt, 20).date);
    const holiday = addWorkingDays(calBefore, receivedAt, 5).date; // a working day inside its reply period
    // Received after that day: its period does not contain it, so it stays as it is.
    const untouched = await registerLetter(addWorkingDays(calBefore, holiday, 1).date);
    const movedRow = await caseRow(moved.trackingNumber);
    const untouchedRow = await caseRow(untouched.trackingNumber);

    // As a restored backup, a DBA or another release would: the rows change, no admin action runs.
    await sql()`insert into calendar_overrides (date, kind, note) values (${holiday}, 'holiday', '刷新任务测试')`;
    try {
      const expected = addWorkingDays(await loadWorkCalendar(db), receivedAt, 20).date;
      expect(expected > moved.dueDate).toBe(true);

      const changes = await refreshDueDates(db);
      expect(changes.find((c) => c.caseId === movedRow.id)).toMatchObject({ before: { dueDate: moved.dueDate }, after: { dueDate: expected, provisional: false } });
      expect(changes.find((c) => c.caseId === untouchedRow.id)).toBeUndefined();
      expect(await caseRow(moved.trackingNumber)).toMatchObject({ due_date: expected, version: movedRow.version + 1 });
      expect(await caseRow(untouched.trackingNumber)).toMatchObject({ due_date: untouched.dueDate, version: untouchedRow.version });

      const [event, ...more] = await recomputeEvents(movedRow.id);
      expect(more).toEqual([]);
      expect(event).toMatchObject({
        actor_kind: "system",
        actor_user_id: null,
        before: { dueDate: moved.dueDate, dueDateProvisional: false, version: movedRow.version },
        after: { dueDate: expected, dueDateProvisional: false, version: movedRow.version + 1, cause: { job: REFRESH_DUE_DATES_JOB } },
      });
      expect(await recomputeEvents(untouchedRow.id)).toEqual([]);

      // The case's history (API) shows the new date and why it moved; a second run finds nothing more to do.
      const detail = (await (await fetch(`${baseUrl()}/api/v1/cases/${moved.trackingNumber}`, { headers: { authorization: `Bearer ${staffToken}` } })).json()) as {
        dueDate: string;
        events: { action: string }[];
      };
      expect(detail.dueDate).toBe(expected);
      expect(detail.events.map((e) => e.action)).toContain("case.due_date_recomputed");
      expect((await refreshDueDates(db)).find((c) => c.caseId === movedRow.id)).toBeUndefined();
      expect(await recomputeEvents(movedRow.id)).toHaveLength(1);
    } finally {
      await sql()`delete from calendar_overrides where date = ${holiday}`;
      await refreshDueDates(db);
    }
    expect(await caseRow(moved.trackingNumber)).toMatchObject({ due_date: moved.dueDate, version: movedRow.version + 2 });
    expect(await recomputeEvents(movedRow.id)).toHaveLength(2);
  });

  it("makes provisional due dates final when a year's holiday notice arrives, and provisional again when it goes", async () => {
    const db = await getDb();
    // A reply period running into 2027, a year chinese-days does not cover yet (no case can be received that late
    // today, so the received date is set directly, and the job brings the stored due date in line).
    const receivedAt = "2026-12-10";
    const c = await registerLetter(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()));
    const { id } = await caseRow(c.trackingNumber);
    await sql()`update cases set received_at = ${receivedAt} where id = ${id}`;
    try {
      await refreshDueDates(db);
      const provisional = addWorkingDays(await loadWorkCalendar(db), receivedAt, 20);
      expect(provisional.provisional).toBe(true);
      const before = await caseRow(c.trackingNumber);
      expect(before).toMatchObject({ due_date: provisional.date, due_date_provisional: true });

      // The year's notice arrives as data (a release's calendar, or rows loaded by a DBA): the statutory holidays
      // of 2027 and the year marked complete. No admin action runs; the job picks it up.
      for (const h of statutoryHolidays(2027)) await sql()`insert into calendar_overrides (date, kind, note) values (${h.date}, 'holiday', ${h.name})`;
      await sql()`insert into calendar_notice_years (year) values (2027)`;
      const changes = await refreshDueDates(db);
      expect(changes.find((x) => x.caseId === id)).toMatchObject({ before: { provisional: true }, after: { dueDate: provisional.date, provisional: false } });
      expect(await caseRow(c.trackingNumber)).toMatchObject({ due_date: provisional.date, due_date_provisional: false, version: before.version + 1 });
      expect((await recomputeEvents(id)).at(-1)).toMatchObject({
        actor_kind: "system",
        before: { dueDateProvisional: true },
        after: { dueDateProvisional: false, cause: { job: REFRESH_DUE_DATES_JOB } },
      });

      await sql()`delete from calendar_notice_years where year = 2027`;
      await refreshDueDates(db);
      expect(await caseRow(c.trackingNumber)).toMatchObject({ due_date_provisional: true, version: before.version + 2 });
    } finally {
      await sql()`delete from calendar_notice_years where year = 2027`;
      await sql()`delete from calendar_overrides where date between '2027-01-01' and '2027-12-31'`;
      await refreshDueDates(db);
      await sql()`update cases set status = 'withdrawn', ending_code = '6.3', ended_at = ${receivedAt} where id = ${id}`;
    }
  });
});
