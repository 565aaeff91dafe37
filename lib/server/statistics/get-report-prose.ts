import "server-only";
import { desc, eq } from "drizzle-orm";
import { type DbOrTx, schema } from "@/db";

export type ReportProseVersion = {
  year: number;
  version: number;
  overview: string;
  problems: string;
  other: string;
  savedAt: Date;
  savedBy: { id: string; name: string } | null;
};

/** The year's report prose as last saved; null when nothing was written yet. */
export async function getReportProse(db: DbOrTx, year: number): Promise<ReportProseVersion | null> {
  const p = schema.reportProse;
  const [row] = await db
    .select({
      year: p.year,
      version: p.version,
      overview: p.overview,
      problems: p.problems,
      other: p.other,
      savedAt: p.savedAt,
      savedById: p.savedBy,
      savedByName: schema.users.name,
    })
    .from(p)
    .leftJoin(schema.users, eq(schema.users.id, p.savedBy))
    .where(eq(p.year, year))
    .orderBy(desc(p.version))
    .limit(1);
  if (!row) return null;
  const { savedById, savedByName, ...rest } = row;
  return { ...rest, savedBy: savedById ? { id: savedById, name: savedByName ?? "" } : null };
}
