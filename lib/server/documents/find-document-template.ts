import "server-only";
import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import { schema, type DbOrTx } from "@/db";
import type { DocumentKind } from "@/lib/domain/documents";

export type DocumentTemplate = { id: string; version: number; title: string; body: string };

/**
 * The template to use: the newest active version of the most specific family — kind + outcome + reason code,
 * then kind + outcome, then the kind alone.
 */
export async function findDocumentTemplate(
  db: DbOrTx,
  kind: DocumentKind,
  match: { outcome?: string | null; reasonCode?: string | null } = {},
): Promise<DocumentTemplate | null> {
  const [row] = await documentTemplateQuery(db, kind, match);
  return row ?? null;
}

/** The query findDocumentTemplate runs (at most one row), for callers that embed it in a larger statement. */
export function documentTemplateQuery(db: DbOrTx, kind: DocumentKind, match: { outcome?: string | null; reasonCode?: string | null } = {}) {
  const t = schema.documentTemplates;
  return db
    .select({ id: t.id, version: t.version, title: t.title, body: t.body })
    .from(t)
    .where(
      and(
        eq(t.kind, kind),
        eq(t.isActive, true),
        match.outcome ? or(isNull(t.outcome), eq(t.outcome, match.outcome)) : isNull(t.outcome),
        match.reasonCode ? or(isNull(t.reasonCode), eq(t.reasonCode, match.reasonCode)) : isNull(t.reasonCode),
      ),
    )
    .orderBy(sql`${t.reasonCode} is null`, sql`${t.outcome} is null`, desc(t.version))
    .limit(1);
}
