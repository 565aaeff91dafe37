import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, rowsOf, schema, type Db } from "@/db";

export type TemplateFamilyRow = {
  /** The newest version's id: what the list links to. */
  id: string;
  kind: string;
  outcome: string | null;
  reasonCode: string | null;
  version: number;
  title: string;
  versions: number;
  createdAt: Date;
  createdBy: string | null;
};

/** Template families (kind, outcome, reason) with their newest version, in the order documents are issued. */
export async function listDocumentTemplates(given?: Db): Promise<TemplateFamilyRow[]> {
  const db = given ?? (await getDb());
  const rows = rowsOf<{ id: string; kind: string; outcome: string | null; reason_code: string | null; version: number; title: string; versions: number; created_at: Date | string; created_by: string | null }>(
    await db.execute(sql`
      select distinct on (t.kind, coalesce(t.outcome, ''), coalesce(t.reason_code, ''))
        t.id, t.kind, t.outcome, t.reason_code, t.version, t.title, t.created_at,
        (select name from users u where u.id = t.created_by) as created_by,
        (select count(*)::int from document_templates v
          where v.kind = t.kind and v.outcome is not distinct from t.outcome and v.reason_code is not distinct from t.reason_code) as versions
      from document_templates t
      where t.is_active
      order by t.kind, coalesce(t.outcome, ''), coalesce(t.reason_code, ''), t.version desc`),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    outcome: r.outcome,
    reasonCode: r.reason_code,
    version: Number(r.version),
    title: r.title,
    versions: Number(r.versions),
    createdAt: new Date(r.created_at),
    createdBy: r.created_by,
  }));
}

export type TemplateVersionRow = { id: string; version: number; title: string; body: string; isActive: boolean; createdAt: Date; createdBy: string | null };

/** One template and every version of its family, newest first. */
export async function getDocumentTemplate(id: string, given?: Db) {
  const db = given ?? (await getDb());
  const t = schema.documentTemplates;
  const [row] = await db.select({ id: t.id, kind: t.kind, outcome: t.outcome, reasonCode: t.reasonCode, version: t.version }).from(t).where(eq(t.id, id)).limit(1);
  if (!row) return null;
  const versions: TemplateVersionRow[] = await db
    .select({ id: t.id, version: t.version, title: t.title, body: t.body, isActive: t.isActive, createdAt: t.createdAt, createdBy: schema.users.name })
    .from(t)
    .leftJoin(schema.users, eq(schema.users.id, t.createdBy))
    .where(
      and(
        eq(t.kind, row.kind),
        sql`${t.outcome} is not distinct from ${row.outcome}`,
        sql`${t.reasonCode} is not distinct from ${row.reasonCode}`,
      ),
    )
    .orderBy(desc(t.version));
  return { ...row, versions };
}
