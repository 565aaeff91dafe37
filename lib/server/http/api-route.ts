import "server-only";
import crypto from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { can, type Capability } from "@/lib/auth/permissions";
import { AppError, ERROR_CODES, errorSummary, toAppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { authenticateBearer, type TokenPrincipal } from "@/lib/server/auth/authenticate-token";
import { translateValidationMessage } from "@/lib/validation/messages";
import { localeOfRequest } from "./request-locale";

export function jsonError(code: ErrorCode, fields?: FieldErrors, headers?: Record<string, string>, reason?: string): NextResponse {
  const error: { code: ErrorCode; fields?: FieldErrors; reason?: string } = { code };
  if (fields) error.fields = fields;
  if (reason) error.reason = reason;
  return NextResponse.json({ error }, { status: ERROR_CODES[code].status, headers });
}

type Ctx<P> = { params: Promise<P> };

// C0 controls and DEL: no tracking number, id or year contains one, and PostgreSQL refuses a NUL outright.
const UNSAFE_PARAM = /[\u0000-\u001f\u007f]/;

/** Path parameters no resource can have (a control character, a lone surrogate) answer the same 404 as an unknown one. */
async function safeParams<P>(ctx: Ctx<P>): Promise<P> {
  const params = await ctx.params;
  for (const value of Object.values(params ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === "string" && (UNSAFE_PARAM.test(v) || !v.isWellFormed())) throw new AppError("not_found");
    }
  }
  return params;
}
type Handler<P> = (req: NextRequest, ctx: { params: P; principal: TokenPrincipal | null; requestId: string }) => Promise<Response>;

/** Converts thrown errors into the JSON contract; an unknown error is logged with a request id, never shown raw. */
async function guarded(req: Request, requestId: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "internal" || err.code === "unavailable") {
      console.error(`[api] request ${requestId} failed: ${errorSummary(e)}`);
    }
    const locale = localeOfRequest(req);
    const fields = err.fields
      ? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, translateValidationMessage(v, locale)]))
      : undefined;
    const res = jsonError(err.code, fields, err.headers, err.reason);
    res.headers.set("x-request-id", requestId);
    return res;
  }
}

/** An /api/v1 route that needs a valid token whose owner holds `capability`: 401 / 403 JSON otherwise, never a redirect. */
export function tokenRoute<P = Record<string, never>>(capability: Capability, handler: Handler<P>) {
  return async (req: NextRequest, ctx: Ctx<P>): Promise<Response> => {
    const requestId = crypto.randomUUID();
    return guarded(req, requestId, async () => {
      const principal = await authenticateBearer(req.headers);
      if (!principal || principal === "malformed") throw new AppError("unauthorized");
      if (!can(principal.roles, capability)) throw new AppError("forbidden");
      return handler(req, { params: await safeParams(ctx), principal, requestId });
    });
  };
}

/** A public /api/v1 route: a token is optional, but one that is presented must be valid. */
export function publicRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (req: NextRequest, ctx: Ctx<P>): Promise<Response> => {
    const requestId = crypto.randomUUID();
    return guarded(req, requestId, async () => {
      const principal = await authenticateBearer(req.headers);
      if (principal === "malformed") throw new AppError("unauthorized");
      return handler(req, { params: await safeParams(ctx), principal, requestId });
    });
  };
}
