import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { OUTCOMES, reasonsFor } from "@/lib/domain/outcomes";
import { APPEAL_KINDS, APPEAL_RESULTS, CELL_DEFINITIONS, CHANNELS, evaluateCells, runChecks } from "@/lib/domain/statistics";
import { computeAnnualStatistics } from "@/lib/server/statistics/compute-annual-statistics";
import { computeCellValues } from "@/lib/server/statistics/compute-cells";
import { listCellCases } from "@/lib/server/statistics/list-cell-cases";
import { closeSql } from "../support/db";
import { type AppealSeed, type CaseSeed, createTestDepartment, insertTestAppeals, insertTestCases } from "../support/statistics-fixtures";

// Random case histories across two years (2024–2025, a few received in 2023) in a fresh department tree per run,
// written straight into the tables: the aggregates, the checks and the drill-down are under test here.

afterAll(async () => {
  await closeSql();
  await closeDb();
});

const DAY = 86_400_000;
const dateAt = (offset: number) => new Date(Date.UTC(2023, 9, 1) + offset * DAY).toISOString().slice(0, 10); // 2023-10-01 + n
const SPAN = 822; // to 2025-12-31
// Year ends are where membership rules break: 2023-12-30/31, 2024-01-01, 2024-12-30/31, 2025-01-01, 2025-12-30/31.
const BOUNDARIES = [90, 91, 92, 456, 457, 458, 821, 822];

const replyPair = fc.constantFrom(...OUTCOMES).chain((outcome) => fc.constantFrom(...reasonsFor(outcome)).map((reasonCode) => ({ outcome, reasonCode })));
const history = fc.record({
  received: fc.oneof(fc.integer({ min: 0, max: SPAN }), fc.constantFrom(...BOUNDARIES)),
  handledAfter: fc.oneof(fc.integer({ min: 0, max: 150 }), fc.constantFrom(0, 1, 2)),
  fate: fc.constantFrom("open", "reply", "reply", "reply", "6.1", "6.2", "6.3"),
  reply: replyPair,
  channel: fc.constantFrom(...CHANNELS),
  applicant: fc.constantFrom<["natural_person" | "organization", string | null]>(
    ["natural_person", null],
    ["natural_person", null],
    ["organization", "commercial"],
    ["organization", "research"],
    ["organization", "public_interest"],
    ["organization", "legal_service"],
    ["organization", "other"],
  ),
  inChild: fc.boolean(),
  appeal: fc.option(
    fc.record({
      kind: fc.constantFrom(...APPEAL_KINDS),
      filedAfter: fc.integer({ min: 0, max: 200 }),
      filedNearYearEnd: fc.option(fc.constantFrom(...BOUNDARIES)),
      result: fc.constantFrom(...APPEAL_RESULTS),
      closedAfter: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom(0, 1)),
      firstHandling: fc.boolean(),
    }),
    { freq: 3 },
  ),
});

describe("statistics on random histories (fast-check, database aggregates)", () => {
  it("every check of domain.md §5 holds, SQL agrees with the definitions, every drill-down list is as long as its cell", async () => {
    const db = await getDb();
    await fc.assert(
      fc.asyncProperty(fc.array(history, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 1_000_000 }), async (histories, pick) => {
        const parent = await createTestDepartment();
        const child = await createTestDepartment({ parentId: parent });
        const seeds: CaseSeed[] = histories.map((h) => {
          const receivedAt = dateAt(h.received);
          const handledAt = dateAt(h.received + h.handledAfter);
          return {
            departmentId: h.inChild ? child : parent,
            receivedAt,
            channel: h.channel,
            applicantType: h.applicant[0],
            organizationType: h.applicant[1],
            outcome: h.fate === "reply" ? h.reply.outcome : null,
            reasonCode: h.fate === "reply" ? h.reply.reasonCode : null,
            repliedAt: h.fate === "reply" ? handledAt : null,
            endingCode: h.fate.startsWith("6.") ? h.fate : null,
            endedAt: h.fate.startsWith("6.") ? handledAt : null,
          };
        });
        const inserted = await insertTestCases(seeds);
        const appealSeeds: AppealSeed[] = [];
        histories.forEach((h, i) => {
          if (!h.appeal) return;
          const filed = Math.max(h.received, h.appeal.filedNearYearEnd ?? h.received + h.handledAfter + h.appeal.filedAfter);
          const decided = h.appeal.result !== "pending";
          appealSeeds.push({
            caseId: inserted[i]!.id,
            kind: h.appeal.kind,
            filedAt: dateAt(filed),
            result: h.appeal.result,
            closedAt: decided ? dateAt(filed + h.appeal.closedAfter) : null,
            afterUnsatisfactoryFirstHandling: h.appeal.kind === "complaint" && h.appeal.firstHandling,
          });
        });
        const appealIds = await insertTestAppeals(appealSeeds);

        // The oracle: the same definitions evaluated in memory over what was inserted.
        const oracleCases = seeds.map((s, i) => ({
          id: inserted[i]!.id,
          receivedAt: s.receivedAt,
          repliedAt: s.repliedAt ?? null,
          endedAt: s.endedAt ?? null,
          outcome: s.outcome ?? null,
          reasonCode: s.reasonCode ?? null,
          endingCode: s.endingCode ?? null,
          channel: s.channel,
          applicantType: s.applicantType,
          organizationType: s.organizationType,
        }));
        const oracleAppeals = appealSeeds.map((a, i) => ({ ...a, id: appealIds[i]!.id }));

        for (const year of [2024, 2025]) {
          const scope = { year, departmentId: parent };
          const live = await computeAnnualStatistics(db, scope, { withMembers: true });
          // Every rule of domain.md §5 (and the 其中 / table 四 sums) holds on the live figures.
          expect(live.checks.filter((c) => !c.ok)).toEqual([]);
          expect(runChecks(live.values).every((c) => c.ok)).toBe(true);

          // The grouped aggregate, the id lists and the in-memory definitions agree on every cell.
          const counts = await computeCellValues(db, scope);
          const oracle = evaluateCells(year, oracleCases, oracleAppeals);
          for (const def of CELL_DEFINITIONS) {
            expect(counts[def.id], `${year} ${def.id}`).toBe(oracle[def.id]!.value);
            expect(live.members![def.id]!.ids, `${year} ${def.id}`).toEqual(oracle[def.id]!.ids);
          }

          // Drill-down lists (a few cells per run, one always non-empty when possible): length = the cell.
          const nonEmpty = CELL_DEFINITIONS.filter((d) => counts[d.id]! > 0);
          const sample = [CELL_DEFINITIONS[pick % CELL_DEFINITIONS.length]!, CELL_DEFINITIONS[(pick * 7 + 3) % CELL_DEFINITIONS.length]!];
          if (nonEmpty.length > 0) sample.push(nonEmpty[pick % nonEmpty.length]!);
          for (const def of sample) {
            const list = await listCellCases(db, { ...scope, cellId: def.id });
            expect(list.items.length, `${year} ${def.id}`).toBe(counts[def.id]);
            const ids = list.subject === "case" ? list.items.map((x) => x.caseId) : list.items.map((x) => x.appealId);
            expect(ids.sort(), def.id).toEqual(oracle[def.id]!.ids);
          }

          // The child department alone is a subset of the tree.
          const childOnly = await computeCellValues(db, { year, departmentId: child });
          expect(childOnly["format2021/table3/new/total"]!).toBeLessThanOrEqual(counts["format2021/table3/new/total"]!);
          expect(childOnly["format2021/table3/new/total"]).toBe(
            seeds.filter((s) => s.departmentId === child && s.receivedAt.startsWith(String(year))).length,
          );
        }
        // This year's 二 equals last year's 四, column by column, computed as two separate years.
        const y2024 = await computeCellValues(db, { year: 2024, departmentId: parent });
        const y2025 = await computeCellValues(db, { year: 2025, departmentId: parent });
        for (const column of ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "other", "total"]) {
          expect(y2025[`format2021/table3/carriedOver/${column}`]).toBe(y2024[`format2021/table3/carriedForward/${column}`]);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
