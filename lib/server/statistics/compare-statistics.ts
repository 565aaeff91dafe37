import "server-only";
import { sql } from "drizzle-orm";
import { type Db, type DbOrTx, rowsOf } from "@/db";
import {
  type CellDifference,
  type CellSnapshot,
  diffCells,
  diffValues,
  MANUAL_FIGURE_IDS,
  movedMembers,
  type ValueDifference,
} from "@/lib/domain/statistics";
import { computeAnnualStatistics, type StatisticsScope } from "./compute-annual-statistics";
import { getPublishedStatistics, getPublishedValues } from "./get-published-statistics";
import type { Publication } from "./published-snapshot";

/** A case or appeal that moved in or out of a cell, with the tracking number people recognise. */
export type MovedMember = { id: string; subject: "case" | "appeal"; caseId: string; trackingNumber: string };

export type StatisticsComparison = {
  /** The older side: a publication. */
  before: Publication;
  /** The newer side: another publication, or null for the live figures. */
  after: Publication | null;
  /** True when any number, membership or manual figure differs. */
  differs: boolean;
  cells: CellDifference[];
  manualFigures: ValueDifference[];
  /** Every id in `cells[].added/removed`, resolved (a deleted one is simply absent). */
  members: Record<string, MovedMember>;
};

function manualOnly(values: Readonly<Record<string, number | null>>): Record<string, number | null> {
  return Object.fromEntries(MANUAL_FIGURE_IDS.map((id) => [id, values[id] ?? null]));
}

async function resolveMembers(db: DbOrTx, ids: string[]): Promise<Record<string, MovedMember>> {
  if (ids.length === 0) return {};
  // One JSON parameter, however many ids moved.
  const list = sql`select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)`;
  const rows = rowsOf<{ id: string; subject: "case" | "appeal"; case_id: string; tracking_number: string }>(
    await db.execute(sql`
      select c.id::text as id, 'case' as subject, c.id::text as case_id, c.tracking_number from cases c where c.id in (${list})
      union all
      select ap.id::text, 'appeal', c.id::text, c.tracking_number from appeals ap join cases c on c.id = ap.case_id where ap.id in (${list})`),
  );
  return Object.fromEntries(rows.map((r) => [r.id, { id: r.id, subject: r.subject, caseId: r.case_id, trackingNumber: r.tracking_number }]));
}

async function compare(
  db: DbOrTx,
  before: { publication: Publication; cells: CellSnapshot; values: Record<string, number | null> },
  after: { publication: Publication | null; cells: CellSnapshot; values: Record<string, number | null> },
): Promise<StatisticsComparison> {
  const cells = diffCells(before.cells, after.cells);
  const manualFigures = diffValues(manualOnly(before.values), manualOnly(after.values));
  return {
    before: before.publication,
    after: after.publication,
    differs: cells.length > 0 || manualFigures.length > 0,
    cells,
    manualFigures,
    members: await resolveMembers(db, movedMembers(cells)),
  };
}

export type PublishedStatus = {
  publication: Publication;
  /** True when any live number (computed cell or manual figure) differs from the frozen one. */
  differs: boolean;
  values: ValueDifference[];
};

/**
 * The cheap question the statistics page asks on every view: do the live numbers still equal the latest
 * publication's? Aggregates only (no id lists); null when never published. The detail is compareLiveWithPublished.
 */
export async function checkLiveAgainstPublished(db: Db, scope: StatisticsScope): Promise<PublishedStatus | null> {
  const published = await getPublishedValues(db, scope);
  if (!published) return null;
  const live = await computeAnnualStatistics(db, scope);
  const { values: frozen, ...publication } = published;
  const values = diffValues(frozen, live.values);
  return { publication, differs: values.length > 0, values };
}

/**
 * Live figures against the latest publication of the scope (a back-filled reply, a late-registered letter):
 * cell by cell, with the cases that moved in or out. null when the year was never published.
 */
export async function compareLiveWithPublished(db: Db, scope: StatisticsScope): Promise<StatisticsComparison | null> {
  const published = await getPublishedStatistics(db, scope);
  if (!published) return null;
  const live = await computeAnnualStatistics(db, scope, { withMembers: true });
  const { snapshot, ...publication } = published;
  return compare(db, { publication, cells: snapshot.cells, values: snapshot.values }, { publication: null, cells: live.members ?? {}, values: live.values });
}

/** Version N against N-1 of the scope; null when either does not exist. */
export async function comparePublishedVersions(db: DbOrTx, scope: StatisticsScope & { version: number }): Promise<StatisticsComparison | null> {
  if (scope.version < 2) return null;
  const newer = await getPublishedStatistics(db, scope);
  const older = await getPublishedStatistics(db, { ...scope, version: scope.version - 1 });
  if (!newer || !older) return null;
  const { snapshot: a, ...afterPublication } = newer;
  const { snapshot: b, ...beforePublication } = older;
  return compare(db, { publication: beforePublication, cells: b.cells, values: b.values }, { publication: afterPublication, cells: a.cells, values: a.values });
}
