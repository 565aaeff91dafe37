import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/identity";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { publicRoute } from "@/lib/server/http/api-route";
import { clientIpFromHeaders } from "@/lib/server/http/client-ip";
import { readJsonObject } from "@/lib/server/http/read-body";
import { localeOfRequest } from "@/lib/server/http/request-locale";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { createRequest } from "@/lib/server/requests/create-request";
import { findReplay, parseIdempotencyKey, requestHash, storeResponse } from "@/lib/server/requests/idempotency";
import { fieldErrorsFromZod } from "@/lib/validation/errors";
import { requestSchema } from "@/lib/validation/request";

/** POST /api/v1/requests — the public submission API (contract in issue 3). */
export const POST = publicRoute(async (req, { principal, requestId }) => {
  const db = await getDb();
  const ip = clientIpFromHeaders(req.headers);
  // Staff integrations (a valid staff token) are not throttled; everyone else is, before anything else runs.
  if (!principal || !can(principal.roles, "staff.use")) {
    const limit = await consumeRateLimit(db, `submit:ip:${ip}`, getEnv().RATE_LIMIT_SUBMISSIONS_PER_HOUR, 3600);
    if (!limit.allowed) throw new AppError("rate_limited", undefined, { "Retry-After": String(limit.retryAfterSeconds) });
  }
  const key = parseIdempotencyKey(req.headers.get("idempotency-key"));
  const { value, raw } = await readJsonObject(req);
  const locale = localeOfRequest(req);
  const parsed = requestSchema.safeParse(value);
  if (!parsed.success) return NextResponse.json({ error: { code: "validation", fields: fieldErrorsFromZod(parsed.error, locale) } }, { status: 400 });

  const scope = principal ? `user:${principal.userId}` : `ip:${ip}`;
  const hash = requestHash(raw);
  if (key) {
    const replay = await findReplay(db, scope, key, hash);
    if (replay) return NextResponse.json(replay.body, { status: replay.status, headers: { "idempotent-replayed": "true" } });
  }

  const today = todayInShanghai();
  try {
    const created = await createRequest(
      db,
      {
        request: parsed.data,
        channel: "online",
        receivedAt: today,
        today,
        files: [],
        actor: principal ? { kind: "token", userId: principal.userId } : { kind: "anonymous" },
        // An integration holding a staff token registers on the agency's behalf; anyone else files for themself.
        submittedByApplicant: !principal || !can(principal.roles, "staff.use"),
        locale,
        requestId,
      },
      key ? (tx, c) => storeResponse(tx, scope, key, hash, { status: 201, body: responseBody(c) }, c.caseId) : undefined,
    );
    return NextResponse.json(responseBody(created), { status: 201 });
  } catch (e) {
    // Lost a race with the same Idempotency-Key: answer with what the winner stored.
    if (key && isUniqueViolation(e)) {
      const replay = await findReplay(db, scope, key, hash);
      if (replay) return NextResponse.json(replay.body, { status: replay.status, headers: { "idempotent-replayed": "true" } });
    }
    throw e;
  }
});

function responseBody(c: { trackingNumber: string; queryCode: string; receivedAt: string; dueDate: string; dueDateProvisional: boolean; status: string }) {
  return {
    trackingNumber: c.trackingNumber,
    queryCode: c.queryCode,
    receivedAt: c.receivedAt,
    dueDate: c.dueDate,
    dueDateProvisional: c.dueDateProvisional,
    status: c.status,
  };
}
