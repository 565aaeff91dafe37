import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { publicRoute } from "@/lib/server/http/api-route";
import { clientIpFromHeaders } from "@/lib/server/http/client-ip";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { lookupRequest } from "@/lib/server/requests/lookup-request";

/** GET /api/v1/requests/{trackingNumber} with X-Query-Code: one fixed 404 for an unknown number or a wrong code. */
export const GET = publicRoute<{ trackingNumber: string }>(async (req, { params, principal }) => {
  const db = await getDb();
  if (!principal || !can(principal.roles, "staff.use")) {
    const ip = clientIpFromHeaders(req.headers);
    const limit = await consumeRateLimit(db, `lookup:ip:${ip}`, getEnv().RATE_LIMIT_LOOKUPS_PER_MINUTE, 60);
    if (!limit.allowed) throw new AppError("rate_limited", undefined, { "Retry-After": String(limit.retryAfterSeconds) });
  }
  const found = await lookupRequest(db, params.trackingNumber, req.headers.get("x-query-code") ?? "");
  if (!found) throw new AppError("not_found");
  return NextResponse.json(
    {
      trackingNumber: found.trackingNumber,
      status: found.status,
      receivedAt: found.receivedAt,
      dueDate: found.dueDate,
      dueDateProvisional: found.dueDateProvisional,
      outcome: found.outcome,
      reasonCode: found.reasonCode,
      repliedAt: found.repliedAt,
    },
    { headers: { "cache-control": "no-store" } },
  );
});
