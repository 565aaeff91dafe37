import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { todayInShanghai } from "@/lib/domain/identity";
import { AppError } from "@/lib/errors";
import { listCases } from "@/lib/server/cases/list-cases";
import { tokenRoute } from "@/lib/server/http/api-route";
import { readJsonObject } from "@/lib/server/http/read-body";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { createRequest } from "@/lib/server/requests/create-request";
import { createdRequestBody } from "@/lib/server/requests/request-multipart";
import { caseListQuerySchema } from "@/lib/validation/case-actions";
import { fieldErrorsFromZod } from "@/lib/validation/errors";
import { staffCaseSchema } from "@/lib/validation/request";

/** POST /api/v1/cases — staff register a request received by letter, fax, e-mail, in person … */
export const POST = tokenRoute("staff.use", async (req, { principal, requestId }) => {
  const { value } = await readJsonObject(req);
  const locale = localeOfRequest(req);
  const parsed = staffCaseSchema.safeParse(value);
  if (!parsed.success) return NextResponse.json({ error: { code: "validation", fields: fieldErrorsFromZod(parsed.error, locale) } }, { status: 400 });
  const { channel, receivedAt, ...request } = parsed.data;
  const created = await createRequest(await getDb(), {
    request,
    channel,
    receivedAt,
    today: todayInShanghai(),
    files: [],
    actor: { kind: "token", userId: principal!.userId },
    locale,
    requestId,
  });
  return NextResponse.json({ ...createdRequestBody(created), version: 1 }, { status: 201 });
});

/** GET /api/v1/cases?status=&overdue=&year=&cursor= → { items, nextCursor } */
export const GET = tokenRoute("staff.use", async (req) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const parsed = caseListQuerySchema.safeParse(query);
  if (!parsed.success) throw new AppError("validation", fieldErrorsFromZod(parsed.error, localeOfRequest(req)));
  const { overdue, ...rest } = parsed.data;
  const result = await listCases(await getDb(), { ...rest, overdue: overdue === undefined ? undefined : overdue === "true" }, todayInShanghai());
  return NextResponse.json(result);
});
