import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { AppError } from "@/lib/errors";
import { checkLiveAgainstPublished, compareLiveWithPublished, comparePublishedVersions } from "@/lib/server/statistics/compare-statistics";
import { listManualFigureVersions } from "@/lib/server/statistics/get-manual-figures";
import { listPublications } from "@/lib/server/statistics/get-published-statistics";
import { publishStatistics } from "@/lib/server/statistics/publish-statistics";
import { saveManualFigures } from "@/lib/server/statistics/save-manual-figures";
import { closeSql, sql } from "../support/db";
import { baseUrl, createTestToken, createTestUser } from "../support/factories";
import { naturalPersonBody } from "../support/request-bodies";
import { createTestDepartment, insertTestCases } from "../support/statistics-fixtures";

// Publish and freeze (domain.md §5): a published year does not change silently; live figures that moved are
// shown cell by cell with the cases that moved; re-publishing makes version 2.

const YEAR = 2025;
let staffToken: string;
let supervisorToken: string;
let supervisor: { id: string; name: string };
let departmentId: string;

async function api(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${baseUrl()}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

async function registerInDepartment(receivedAt: string): Promise<{ trackingNumber: string; version: number; id: string }> {
  const c = await api("POST", "/cases", staffToken, { ...naturalPersonBody(), channel: "letter", receivedAt });
  expect(c.status).toBe(201);
  const assigned = await api("POST", `/cases/${c.body.trackingNumber}/actions`, staffToken, { action: "assign", expectedVersion: 1, departmentId });
  expect(assigned.status).toBe(200);
  const [row] = await sql()<{ id: string }[]>`select id from cases where tracking_number = ${c.body.trackingNumber}`;
  return { trackingNumber: c.body.trackingNumber, version: assigned.body.version, id: row!.id };
}

const stats = (query: string) => api("GET", `/statistics/${YEAR}?department=${departmentId}${query}`, supervisorToken);

beforeAll(async () => {
  staffToken = await createTestToken((await createTestUser(["staff"])).id);
  const user = await createTestUser(["supervisor"], { name: "发布测试负责人" });
  supervisor = { id: user.id, name: user.name };
  supervisorToken = await createTestToken(user.id);
  departmentId = await createTestDepartment();
});

afterAll(async () => {
  await closeSql();
  await closeDb();
});

describe("publish and freeze", () => {
  it("freezes a year; a back-filled reply changes the live figures, not the published ones; the diff names the case; re-publishing makes version 2", async () => {
    const db = await getDb();
    const answered = await registerInDepartment(`${YEAR}-03-10`);
    expect((await api("POST", `/cases/${answered.trackingNumber}/actions`, staffToken, { action: "reply", expectedVersion: answered.version, outcome: "disclosed", reasonCode: "1", repliedAt: `${YEAR}-03-20` })).status).toBe(200);
    const withdrawn = await registerInDepartment(`${YEAR}-06-01`);
    expect((await api("POST", `/cases/${withdrawn.trackingNumber}/actions`, staffToken, { action: "withdraw", expectedVersion: withdrawn.version, withdrawnAt: `${YEAR}-06-05` })).status).toBe(200);
    const late = await registerInDepartment(`${YEAR}-12-10`);

    const v1 = await publishStatistics(db, { year: YEAR, departmentId, actor: { kind: "user", userId: supervisor.id } });
    expect(v1.version).toBe(1);
    const frozen = await stats("&version=published");
    expect(frozen.status).toBe(200);
    expect(frozen.headers.get("x-statistics-version")).toBe("1");
    expect(frozen.body.format2021.table3.carriedForward.total).toBe(1);
    expect(frozen.body.format2021.table3["7"].total).toBe(2);
    expect(frozen.body).toEqual((await stats("")).body);
    expect((await compareLiveWithPublished(db, { year: YEAR, departmentId }))!.differs).toBe(false);

    // A reply back-filled into the published year.
    expect((await api("POST", `/cases/${late.trackingNumber}/actions`, staffToken, { action: "reply", expectedVersion: late.version, outcome: "disclosed", reasonCode: "1", repliedAt: `${YEAR}-12-22` })).status).toBe(200);
    const live = await stats("");
    expect(live.body.format2021.table3.carriedForward.total).toBe(0);
    expect(live.body.format2021.table3["1"].total).toBe(2);
    const stillFrozen = await stats("&version=published");
    expect(stillFrozen.body.format2021.table3.carriedForward.total).toBe(1);
    expect(stillFrozen.body.format2011.table2.replies.disclosed).toBe(1);

    const status = (await checkLiveAgainstPublished(db, { year: YEAR, departmentId }))!;
    expect(status.publication.version).toBe(1);
    expect(status.differs).toBe(true);
    expect(status.values).toContainEqual({ id: "format2021/table3/carriedForward/total", before: 1, after: 0 });

    const diff = (await compareLiveWithPublished(db, { year: YEAR, departmentId }))!;
    expect(diff.differs).toBe(true);
    expect(diff.before.version).toBe(1);
    expect(diff.after).toBeNull();
    expect(diff.cells.find((c) => c.id === "format2021/table3/carriedForward/total")).toEqual({ id: "format2021/table3/carriedForward/total", before: 1, after: 0, added: [], removed: [late.id] });
    expect(diff.cells.find((c) => c.id === "format2021/table3/1/naturalPerson")).toMatchObject({ before: 1, after: 2, added: [late.id], removed: [] });
    expect(diff.cells.find((c) => c.id === "format2011/table2/replies/disclosed")).toMatchObject({ before: 1, after: 2, added: [late.id] });
    expect(diff.members[late.id]).toEqual({ id: late.id, subject: "case", caseId: late.id, trackingNumber: late.trackingNumber });
    // New requests (一) did not move: the case was received in the year either way.
    expect(diff.cells.find((c) => c.id === "format2021/table3/new/total")).toBeUndefined();

    const v2 = await publishStatistics(db, { year: YEAR, departmentId, actor: { kind: "user", userId: supervisor.id } });
    expect(v2.version).toBe(2);
    const latest = await stats("&version=published");
    expect(latest.headers.get("x-statistics-version")).toBe("2");
    expect(latest.body.format2021.table3.carriedForward.total).toBe(0);
    expect((await stats("&version=1")).body.format2021.table3.carriedForward.total).toBe(1);
    expect((await stats("&version=3")).status).toBe(404);
    const versions = await comparePublishedVersions(db, { year: YEAR, departmentId, version: 2 });
    expect(versions!.before.version).toBe(1);
    expect(versions!.after!.version).toBe(2);
    expect(versions!.cells.map((c) => c.id).sort()).toEqual(diff.cells.map((c) => c.id).sort());
    expect((await compareLiveWithPublished(db, { year: YEAR, departmentId }))!.differs).toBe(false);
    expect((await checkLiveAgainstPublished(db, { year: YEAR, departmentId }))!.differs).toBe(false);

    const list = await listPublications(db, { year: YEAR, departmentId });
    expect(list.map((p) => [p.version, p.publishedBy?.name])).toEqual([
      [2, supervisor.name],
      [1, supervisor.name],
    ]);
    const audits = await sql()<{ n: number }[]>`select count(*)::int as n from audit_events where action = 'statistics.published' and entity_id in (${v1.id}, ${v2.id})`;
    expect(audits[0]!.n).toBe(2);
    // The frozen snapshot keeps the ids behind each cell.
    const [snap] = await sql()<{ ids: string[] }[]>`select snapshot->'cells'->'format2021/table3/carriedForward/total'->'ids' as ids from statistics_publications where id = ${v1.id}`;
    expect(snap!.ids).toEqual([late.id]);
  });

  it("refuses to publish while a check fails (422), and says which", async () => {
    const db = await getDb();
    const broken = await createTestDepartment();
    // A reply without its reason code: counted as handled, but in no result row — 一 + 二 ≠ 三（七） + 四.
    const [bad] = await insertTestCases([
      { departmentId: broken, receivedAt: "2019-04-01", channel: "letter", applicantType: "natural_person", organizationType: null, outcome: "disclosed", reasonCode: null, repliedAt: "2019-04-20" },
    ]);
    try {
      const shown = await api("GET", `/statistics/2019?department=${broken}`, supervisorToken);
      expect(shown.status).toBe(200);
      const failed = shown.body.checks.filter((c: { ok: boolean }) => !c.ok).map((c: { rule: string }) => c.rule);
      expect(failed).toContain("2021.table3.total.balance");
      const error = await publishStatistics(db, { year: 2019, departmentId: broken, actor: { kind: "user", userId: supervisor.id } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      expect((error as AppError).reason).toBe("statistics.checksFailed");
      expect(Object.keys((error as AppError).fields ?? {})).toContain("2021.table3.total.balance");
      expect(await listPublications(db, { year: 2019, departmentId: broken })).toEqual([]);
    } finally {
      await sql()`delete from cases where id = ${bad!.id}`;
      await sql()`delete from applicants where id not in (select applicant_id from cases) and name like '测试人%'`;
    }
  });

  it("keeps manual figures versioned with who and when; the agency-wide report shows the latest; publishing records its version", async () => {
    const db = await getDb();
    const year = 2011; // The seed's own year: its 附表1 and 附表3.
    const actor = { kind: "user" as const, userId: supervisor.id };
    const figures = (proactiveItems: number) => ({
      format2011: {
        table1: { proactiveItems, proactiveItemsFullText: 4884, newNormativeDocuments: 22 },
        table3: { onlineConsultations: 53829, onSiteVisitors: 1204102, pageVisits: 7303650 },
      },
      format2021: {
        table2: {
          rules: { issued: 0, repealed: 0, inForce: 0 },
          normativeDocuments: { issued: 22, repealed: 0, inForce: 22 },
          licensing: { decisions: 502195 },
          penalties: { decisions: 0 },
          coercion: { decisions: 0 },
          fees: { amount: 0 },
        },
      },
    });
    const before = await listManualFigureVersions(db, year);
    const first = await saveManualFigures(db, { year, figures: figures(4800), expectedVersion: before[0]?.version ?? null, actor });
    const second = await saveManualFigures(db, { year, figures: figures(4884), expectedVersion: first.version, actor });
    expect(second.version).toBe(first.version + 1);
    const stale = await saveManualFigures(db, { year, figures: figures(1), expectedVersion: first.version, actor }).catch((e: unknown) => e);
    expect((stale as AppError).status).toBe(409);

    const history = await listManualFigureVersions(db, year);
    expect(history[0]).toMatchObject({ version: second.version, enteredBy: { id: supervisor.id, name: supervisor.name } });
    expect(history[1]!.figures.format2011.table1.proactiveItems).toBe(4800);

    const report = await api("GET", `/statistics/${year}`, supervisorToken);
    expect(report.status).toBe(200);
    expect(report.body.format2011.table1).toEqual({ proactiveItems: 4884, proactiveItemsFullText: 4884, newNormativeDocuments: 22 });
    expect(report.body.format2011.table3).toEqual({ onlineConsultations: 53829, onSiteVisitors: 1204102, pageVisits: 7303650 });
    expect(report.body.format2021.table2.licensing).toEqual({ decisions: 502195 });
    expect(report.body.checks.find((c: { rule: string }) => c.rule === "2011.table1.fullTextWithinTotal")).toMatchObject({ ok: true });

    const published = await publishStatistics(db, { year, departmentId: null, actor });
    const [row] = await sql()<{ v: number }[]>`select (snapshot->>'manualFiguresVersion')::int as v from statistics_publications where id = ${published.id}`;
    expect(row!.v).toBe(second.version);
    await saveManualFigures(db, { year, figures: figures(5000), expectedVersion: second.version, actor });
    const diff = (await compareLiveWithPublished(db, { year, departmentId: null }))!;
    expect(diff.manualFigures).toEqual([{ id: "format2011/table1/proactiveItems", before: 4884, after: 5000 }]);
    const saves = await sql()<{ n: number }[]>`select count(*)::int as n from audit_events where action = 'statistics.manual_figures_saved' and actor_user_id = ${supervisor.id}`;
    expect(saves[0]!.n).toBe(3);
  });
});
