import crypto from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { getDb, getReadDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import type { StatisticsReport } from "@/lib/domain/statistics";
import { AppError, errorSummary, toAppError } from "@/lib/errors";
import { getSessionUser } from "@/lib/server/auth/session";
import { jsonError } from "@/lib/server/http/api-route";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { computeAnnualStatistics } from "@/lib/server/statistics/compute-annual-statistics";
import { requireDepartment } from "@/lib/server/statistics/department-exists";
import { exportStatisticsCsv } from "@/lib/server/statistics/export-csv";
import { exportHeading } from "@/lib/server/statistics/export-heading";
import { getPublishedStatistics } from "@/lib/server/statistics/get-published-statistics";
import { fieldErrorsFromZod } from "@/lib/validation/errors";
import { translateValidationMessage } from "@/lib/validation/messages";
import { parseStatisticsYear, statisticsQuerySchema } from "@/lib/validation/statistics";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function attachment(name: string, ext: string): string {
  const ascii = `${name}.${ext}`.replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(`${name}.${ext}`)}`;
}

async function exportFile(req: NextRequest, rawYear: string): Promise<Response> {
  // The session is checked here, not only by the proxy: a handler is a public endpoint.
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized");
  if (!can(user.roles, "statistics.read")) throw new AppError("forbidden");

  const year = parseStatisticsYear(rawYear);
  if (year === null) throw new AppError("validation", { year: "validation.invalidOption" });
  const parsed = statisticsQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) throw new AppError("validation", fieldErrorsFromZod(parsed.error, localeOfRequest(req)));
  const query = parsed.data;
  if (query.format === "json") throw new AppError("validation", { format: "validation.invalidOption" });
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

  const scopeName = department ? `-${department.name}` : "";
  const fileName = `政府信息公开统计-${year}${scopeName}${published ? `-第${published.version}版` : "-实时"}`;
  const headers: Record<string, string> = { "cache-control": "private, no-store", "x-content-type-options": "nosniff" };
  if (query.format === "csv") {
    return new NextResponse(exportStatisticsCsv(report), {
      headers: { ...headers, "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(fileName, "csv") },
    });
  }
  const { exportStatisticsXlsx } = await import("@/lib/server/statistics/export-xlsx");
  const heading = await exportHeading(readDb, { departmentName: department?.name ?? null, published });
  const body = await exportStatisticsXlsx(report, heading);
  return new NextResponse(new Uint8Array(body), {
    headers: { ...headers, "content-type": XLSX_TYPE, "content-disposition": attachment(fileName, "xlsx") },
  });
}

/**
 * GET /supervisor/statistics/{year}/export?format=xlsx|csv[&version=live|published|<n>][&department=<uuid>] — the
 * same files as the token API, for the signed-in supervisor's browser. 401 without a session (the proxy already
 * sends a visitor without a session cookie to sign-in), 403 without statistics.read, 400 / 404 as the API.
 */
export async function GET(req: NextRequest, ctx: { params: Promise<{ year: string }> }): Promise<Response> {
  const requestId = crypto.randomUUID();
  try {
    return await exportFile(req, (await ctx.params).year);
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "internal" || err.code === "unavailable") {
      console.error(`[statistics export] request ${requestId} failed: ${errorSummary(e)}`);
    }
    const locale = localeOfRequest(req);
    const fields = err.fields ? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, translateValidationMessage(v, locale)])) : undefined;
    const res = jsonError(err.code, fields, err.headers, err.reason);
    res.headers.set("x-request-id", requestId);
    return res;
  }
}
