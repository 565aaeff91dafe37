import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/identity";
import { auditCsvStream } from "@/lib/server/admin/audit-csv";
import { getSessionUser } from "@/lib/server/auth/session";
import { auditFilterSchema } from "@/lib/validation/admin";

/** GET /admin/audit/export?actor=&case=&action=&from=&to= — the filtered audit events as CSV (UTF-8 with BOM). */
export async function GET(req: NextRequest): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: { code: "unauthorized" } }, { status: 401 });
  if (!can(user.roles, "audit.read")) return NextResponse.json({ error: { code: "forbidden" } }, { status: 403 });
  const filter = auditFilterSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const stream = auditCsvStream({ ...filter, before: undefined });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${todayInShanghai()}.csv"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
