import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { type DbOrTx, schema } from "@/db";
import type { ManualFigures } from "@/lib/domain/statistics";
import { manualFiguresSchema } from "@/lib/validation/manual-figures";

export type ManualFiguresVersion = {
  year: number;
  version: number;
  figures: ManualFigures;
  enteredAt: Date;
  enteredBy: { id: string; name: string } | null;
};

function toVersion(row: { year: number; version: number; data: unknown; enteredAt: Date; enteredById: string | null; enteredByName: string | null }): ManualFiguresVersion {
  // Stored data was validated on save; parsing again keeps a hand-edited row from reaching a report.
  const figures = manualFiguresSchema.parse(row.data);
  return {
    year: row.year,
    version: row.version,
    figures,
    enteredAt: row.enteredAt,
    enteredBy: row.enteredById ? { id: row.enteredById, name: row.enteredByName ?? "" } : null,
  };
}

const columns = {
  year: schema.manualFigures.year,
  version: schema.manualFigures.version,
  data: schema.manualFigures.data,
  enteredAt: schema.manualFigures.enteredAt,
  enteredById: schema.manualFigures.enteredBy,
  enteredByName: schema.users.name,
};

/** The year's manual figures as last saved, or a given version; null when none were entered. */
export async function getManualFigures(db: DbOrTx, year: number, version?: number): Promise<ManualFiguresVersion | null> {
  const m = schema.manualFigures;
  const [row] = await db
    .select(columns)
    .from(m)
    .leftJoin(schema.users, eq(schema.users.id, m.enteredBy))
    .where(version === undefined ? eq(m.year, year) : and(eq(m.year, year), eq(m.version, version)))
    .orderBy(desc(m.version))
    .limit(1);
  return row ? toVersion(row) : null;
}

/** Every saved version of the year, newest first (who and when), for the history view. */
export async function listManualFigureVersions(db: DbOrTx, year: number): Promise<ManualFiguresVersion[]> {
  const m = schema.manualFigures;
  const rows = await db.select(columns).from(m).leftJoin(schema.users, eq(schema.users.id, m.enteredBy)).where(eq(m.year, year)).orderBy(desc(m.version));
  return rows.map(toVersion);
}
