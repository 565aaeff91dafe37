import "server-only";
import { type DbOrTx, schema } from "@/db";
import type { XlsxHeading } from "./export-xlsx";

/** The agency's name (agency_settings) and the scope/status lines printed above the exported tables. */
export async function exportHeading(
  db: DbOrTx,
  scope: { departmentName: string | null; published: { version: number; publishedAt: Date } | null },
): Promise<XlsxHeading> {
  const [row] = await db.select({ name: schema.agencySettings.name }).from(schema.agencySettings).limit(1);
  const publishedOn = scope.published ? new Date(scope.published.publishedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : null;
  return {
    agencyName: row?.name?.trim() ?? "",
    scopeName: scope.departmentName,
    status: scope.published ? `已发布第${scope.published.version}版（${publishedOn}）` : "实时数据（未冻结）",
  };
}
