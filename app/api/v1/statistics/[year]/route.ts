import { NextResponse } from "next/server";
import { getDb, getReadDb } from "@/db";
import type { StatisticsReport } from "@/lib/domain/statistics";
import { AppError } from "@/lib/errors";
import { tokenRoute } from "@/lib/server/http/api-route";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { computeAnnualStatistics } from "@/lib/server/statistics/compute-annual-statistics";
import { requireDepartment } from "@/lib/server/statistics/department-exists";
import { exportStatisticsCsv } from "@/lib/server/statistics/export-csv";
import { exportHeading } from "@/lib/server/statistics/export-heading";
import { getPublishedStatistics } from "@/lib/server/statistics/get-published-statistics";
import { fieldErrorsFromZod } from "@/lib/validation/errors";
import { parseStatisticsYear, statisticsQuerySchema } from "@/lib/validation/statistics";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function attachment(name: string, ext: string): string {
  const ascii = `${name}.${ext}`.replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(`${name}.${ext}`)}`;
}

/**
 * GET /api/v1/statistics/{year}[?format=json|csv|xlsx][&version=live|published|<n>][&department=<uuid>]
 * → 200 the report (issue 5's shape), or the CSV / XLSX file. Live figures come from aggregate queries on the
 * read replica when configured; `version=published` (or a version number) returns the frozen snapshot, 404 when
 * never published, with X-Statistics-Version / X-Statistics-Published-At headers. 400 invalid year or query;
 * 404 unknown department. Supervisor token.
 */
export const GET = tokenRoute<{ year: string }>("statistics.read", async (req, { params }) => {
  const year = parseStatisticsYear(params.year);
  if (year === null) throw new AppError("validation", { year: "validation.invalidOption" });
  const parsed = statisticsQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) throw new AppError("validation", fieldErrorsFromZod(parsed.error, localeOfRequest(req)));
  const query = parsed.data;
  const scope = { year, departmentId: query.department ?? null };

  const readDb = await getReadDb();
  const department = await requireDepartment(readDb, scope.departmentId);
  let report: StatisticsReport;
  let published: { version: number; publishedAt: Date } | null = null;
  if (query.version === "live") {
    report = (await computeAnnualStatistics(readDb, scope)).report;
  } else {
    // Publications are read on the main database: a replica might not have the one just made.
    const found = await getPublishedStatistics(await getDb(), { ...scope, version: query.version === "published" ? undefined : Number(query.version) });
    if (!found) throw new AppError("not_found");
    report = found.snapshot.report;
    published = { version: found.version, publishedAt: found.publishedAt };
  }

  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (published) {
    headers["x-statistics-version"] = String(published.version);
    headers["x-statistics-published-at"] = published.publishedAt.toISOString();
  }
  const fileName = `政府信息公开统计-${year}${published ? `-v${published.version}` : ""}`;
  if (query.format === "csv") {
    return new NextResponse(exportStatisticsCsv(report), {
      headers: { ...headers, "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(fileName, "csv") },
    });
  }
  if (query.format === "xlsx") {
    const { exportStatisticsXlsx } = await import("@/lib/server/statistics/export-xlsx");
    const heading = await exportHeading(readDb, { departmentName: department?.name ?? null, published });
    const body = await exportStatisticsXlsx(report, heading);
    return new NextResponse(new Uint8Array(body), {
      headers: { ...headers, "content-type": XLSX_TYPE, "content-disposition": attachment(fileName, "xlsx") },
    });
  }
  return NextResponse.json(report, { headers });
});
