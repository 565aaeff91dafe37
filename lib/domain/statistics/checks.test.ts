import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reasonsFor } from "@/lib/domain/outcomes";
import {
  appealRefusal,
  CHANNELS,
  CHECK_RULES,
  diffCells,
  diffValues,
  evaluateCells,
  manualFigureValues,
  movedMembers,
  runChecks,
  snapshotValues,
  type StatisticsCaseRecord,
} from "./index";
import { OUTCOMES } from "@/lib/domain/outcomes";

describe("the checker", () => {
  const consistent = snapshotValues(evaluateCells(2025, []));

  it("passes on consistent numbers and names the numbers it read", () => {
    const results = runChecks(consistent);
    expect(results.map((r) => r.rule)).toEqual(CHECK_RULES.map((r) => r.id));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const channels = results.find((r) => r.rule === "2011.table2.applicationsTotal")!;
    expect(Object.keys(channels.numbers)).toContain("format2011/table2/applications/online");
  });

  it("fails loudly on 申请总数 ≠ sum of channels, with the numbers involved", () => {
    const broken = { ...consistent, "format2011/table2/applications/total": 3, "format2011/table2/applications/online": 2 };
    const result = runChecks(broken).find((r) => r.rule === "2011.table2.applicationsTotal")!;
    expect(result).toMatchObject({ ok: false, left: 3, right: 2, skipped: false });
    expect(result.numbers["format2011/table2/applications/online"]).toBe(2);
  });

  it("checks 一 + 二 = 三（七） + 四, （七） = sum of rows, 总计 = sum of columns, 二 = last year's 四", () => {
    const failing = (values: Record<string, number>) =>
      runChecks({ ...consistent, ...values })
        .filter((r) => !r.ok)
        .map((r) => r.rule);
    expect(failing({ "format2021/table3/new/naturalPerson": 1, "format2021/table3/new/total": 1 })).toEqual(["2021.table3.naturalPerson.balance", "2021.table3.total.balance"]);
    expect(failing({ "format2021/table3/7/research": 1, "format2021/table3/7/total": 1, "format2021/table3/new/research": 1, "format2021/table3/new/total": 1 })).toEqual([
      "2021.table3.research.resultsTotal",
      "2021.table3.total.resultsTotal",
    ]);
    expect(failing({ "format2021/table3/3.3/total": 1, "format2021/table3/7/total": 1, "format2021/table3/new/total": 1 })).toEqual(["2021.table3.new.rowTotal", "2021.table3.3.3.rowTotal", "2021.table3.7.rowTotal"]);
    expect(failing({ "aux/previousCarriedForward/other": 2, "aux/previousCarriedForward/total": 2 })).toEqual([
      "2021.table3.other.carriedOverEqualsLastYear",
      "2021.table3.total.carriedOverEqualsLastYear",
    ]);
  });

  it("skips manual figures not entered, and checks 其中 ≤ total once they are", () => {
    const none = runChecks({ ...consistent, ...manualFigureValues(null) }).find((r) => r.rule === "2011.table1.fullTextWithinTotal")!;
    expect(none).toMatchObject({ ok: true, skipped: true });
    const figures = {
      format2011: { table1: { proactiveItems: 4884, proactiveItemsFullText: 4885, newNormativeDocuments: 22 }, table3: { onlineConsultations: 1, onSiteVisitors: 1, pageVisits: 1 } },
      format2021: {
        table2: {
          rules: { issued: 0, repealed: 0, inForce: 0 },
          normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
          licensing: { decisions: 0 },
          penalties: { decisions: 0 },
          coercion: { decisions: 0 },
          fees: { amount: 1.25 },
        },
      },
    };
    const over = runChecks({ ...consistent, ...manualFigureValues(figures) }).find((r) => r.rule === "2011.table1.fullTextWithinTotal")!;
    expect(over).toMatchObject({ ok: false, left: 4885, right: 4884 });
  });
});

// Random but valid case histories: outcome/reason pairs from the outcome table, endings with their date.
const day = (from: number, span: number) => fc.integer({ min: from, max: from + span }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const replyPair = fc.constantFrom(...OUTCOMES).chain((outcome) => fc.constantFrom(...reasonsFor(outcome)).map((reasonCode) => ({ outcome, reasonCode })));
const caseRecord = fc
  .record({
    received: fc.integer({ min: 0, max: 3 * 365 }),
    handledAfter: fc.integer({ min: 0, max: 200 }),
    fate: fc.constantFrom("open", "reply", "6.1", "6.2", "6.3"),
    reply: replyPair,
    channel: fc.constantFrom(...CHANNELS),
    applicant: fc.constantFrom<[string, string | null]>(["natural_person", null], ["organization", "commercial"], ["organization", "research"], ["organization", "public_interest"], ["organization", "legal_service"], ["organization", "other"]),
  })
  .chain((r) =>
    fc.tuple(day(r.received, 0), day(r.received + r.handledAfter, 0)).map(([receivedAt, handledAt]): StatisticsCaseRecord => ({
      receivedAt,
      repliedAt: r.fate === "reply" ? handledAt : null,
      endedAt: r.fate.startsWith("6.") ? handledAt : null,
      outcome: r.fate === "reply" ? r.reply.outcome : null,
      reasonCode: r.fate === "reply" ? r.reply.reasonCode : null,
      endingCode: r.fate.startsWith("6.") ? r.fate : null,
      channel: r.channel,
      applicantType: r.applicant[0],
      organizationType: r.applicant[1],
    })),
  );

describe("property: the definitions satisfy every rule of domain.md §5 on any valid history", () => {
  it("holds for every year of random histories", () => {
    fc.assert(
      fc.property(fc.array(caseRecord, { maxLength: 60 }), fc.constantFrom(2023, 2024, 2025, 2026), (records, year) => {
        const cases = records.map((r, i) => ({ ...r, id: `c${i}` }));
        const snap = evaluateCells(year, cases);
        const values = snapshotValues(snap);
        expect(runChecks(values).filter((c) => !c.ok)).toEqual([]);
        // Every case received by 31 Dec and not handled before 1 Jan is in exactly one of （七） and 四.
        expect(values["format2021/table3/new/total"]! + values["format2021/table3/carriedOver/total"]!).toBe(
          cases.filter((c) => c.receivedAt <= `${year}-12-31` && (c.repliedAt ?? c.endedAt ?? "9999") >= `${year}-01-01`).length,
        );
        // Last year's 四 is this year's 二, computed separately.
        const last = snapshotValues(evaluateCells(year - 1, cases));
        expect(values["format2021/table3/carriedOver/total"]).toBe(last["format2021/table3/carriedForward/total"]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("diffs", () => {
  it("name the cells that changed and the members that moved", () => {
    const before = { "x/a": { value: 1, ids: ["c1"] }, "x/b": { value: 2, ids: ["c2", "c3"] } };
    const after = { "x/a": { value: 2, ids: ["c1", "c9"] }, "x/b": { value: 1, ids: ["c3"] } };
    expect(diffCells(before, after)).toEqual([
      { id: "x/a", before: 1, after: 2, added: ["c9"], removed: [] },
      { id: "x/b", before: 2, after: 1, added: [], removed: ["c2"] },
    ]);
    expect(diffCells(before, before)).toEqual([]);
    expect(movedMembers(diffCells(before, after))).toEqual(["c2", "c9"]);
    expect(diffValues({ a: 1, b: null }, { a: 1, b: 3 })).toEqual([{ id: "b", before: null, after: 3 }]);
  });
});

describe("appeal rules", () => {
  const ctx = { today: "2026-11-30", caseReceivedAt: "2026-01-05" };
  const ok = { kind: "reconsideration" as const, filedAt: "2026-03-01", result: "pending" as const, closedAt: null, afterUnsatisfactoryFirstHandling: false };
  it("accepts a pending appeal and a decided one with its date", () => {
    expect(appealRefusal(ok, ctx)).toBeNull();
    expect(appealRefusal({ ...ok, result: "upheld", closedAt: "2026-05-01" }, ctx)).toBeNull();
  });
  it("refuses impossible facts with a reason", () => {
    expect(appealRefusal({ ...ok, filedAt: "2026-12-01" }, ctx)).toBe("appeal.filedInFuture");
    expect(appealRefusal({ ...ok, filedAt: "2026-01-04" }, ctx)).toBe("appeal.filedBeforeReceived");
    expect(appealRefusal({ ...ok, result: "corrected" }, ctx)).toBe("appeal.closedAtRequired");
    expect(appealRefusal({ ...ok, closedAt: "2026-05-01" }, ctx)).toBe("appeal.pendingHasClosedAt");
    expect(appealRefusal({ ...ok, result: "other", closedAt: "2026-02-01" }, ctx)).toBe("appeal.closedBeforeFiled");
    expect(appealRefusal({ ...ok, result: "other", closedAt: "2026-12-01" }, ctx)).toBe("appeal.closedInFuture");
    expect(appealRefusal({ ...ok, afterUnsatisfactoryFirstHandling: true }, ctx)).toBe("appeal.firstHandlingOnlyForComplaints");
    expect(appealRefusal({ ...ok, kind: "complaint", afterUnsatisfactoryFirstHandling: true }, ctx)).toBeNull();
  });
});
