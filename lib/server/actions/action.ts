import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { can, type Capability } from "@/lib/auth/permissions";
import { AppError, errorSummary, toAppError, type ActionResult } from "@/lib/errors";
import { isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { getSessionUser, type SessionUser } from "@/lib/server/auth/session";
import { clientIpFromHeaders } from "@/lib/server/http/client-ip";
import { fieldErrorKeysFromZod, fieldErrorsFromZod } from "@/lib/validation/errors";
import { isValidationMessageKey, translateValidationMessage } from "@/lib/validation/messages";

export type ActionContext = { user: SessionUser | null; ip: string; locale: Locale };

async function currentLocale(): Promise<Locale> {
  const l = await getLocale();
  return isLocale(l) ? l : DEFAULT_LOCALE;
}

function failure(e: unknown, locale: Locale): ActionResult<never> {
  unstable_rethrow(e); // redirect()/notFound() must pass through
  const err = toAppError(e);
  if (err.code === "internal" || err.code === "unavailable") {
    console.error(`[action] failed: ${errorSummary(e)}`);
  }
  const t = translatorFor(locale);
  const fieldErrors = err.fields
    ? Object.fromEntries(
        Object.entries(err.fields).map(([k, key]) => [k, isValidationMessageKey(key) ? translateValidationMessage(key, locale) : t.has(key as never) ? t(key as never) : key]),
      )
    : undefined;
  return { ok: false, code: err.code, message: t(`errors.${camel(err.code)}` as never), fieldErrors };
}

function camel(code: string): string {
  return code.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

async function run<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  ctx: ActionContext,
  fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): Promise<ActionResult<T>> {
  // PostgreSQL text cannot hold U+0000: refused here, once for every action, instead of failing in a query.
  const nulAt = findNul(raw);
  if (nulAt !== null) {
    const t = translatorFor(ctx.locale);
    return { ok: false, code: "validation", message: t("errors.validation"), fieldErrors: { [nulAt]: translateValidationMessage("validation.text.controlChars", ctx.locale) } };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const t = translatorFor(ctx.locale);
    // Validation keys come from lib/validation; feature keys ("documents.validation.…") from the catalogs.
    const texts = fieldErrorsFromZod(parsed.error, ctx.locale);
    const keys = fieldErrorKeysFromZod(parsed.error);
    const fieldErrors = Object.fromEntries(
      Object.entries(texts).map(([path, text]) => {
        const key = keys[path];
        return [path, key && !isValidationMessageKey(key) && t.has(key as never) ? t(key as never) : text];
      }),
    );
    return { ok: false, code: "validation", message: t("errors.validation"), fieldErrors };
  }
  try {
    return { ok: true, data: await fn(parsed.data, ctx) };
  } catch (e) {
    return failure(e, ctx.locale);
  }
}

/** The path (`a.b`, `_root`) of the first string or key holding U+0000, or null. */
export function findNul(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "_root" : null;
  if (!value || typeof value !== "object" || depth > 20) return null;
  if (value instanceof Blob) return null;
  const entries: [string, unknown][] = value instanceof FormData ? [...value.entries()] : Object.entries(value);
  for (const [k, v] of entries) {
    if (k.includes("\u0000")) return [...path, "_key"].join(".");
    const found = findNul(v, [...path, k], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** A server action anyone may call (treated as a public endpoint): parse, then act. */
export function publicAction<S extends z.ZodType, T>(schema: S, fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const locale = await currentLocale();
    try {
      const ctx: ActionContext = { user: await getSessionUser(), ip: clientIpFromHeaders(await headers()), locale };
      return await run(schema, raw, ctx, fn);
    } catch (e) {
      return failure(e, locale);
    }
  };
}

/** A server action for a signed-in user holding `capability`: authenticate, authorize, then parse. */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  capability: Capability,
  fn: (input: z.output<S>, ctx: ActionContext & { user: SessionUser }) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const locale = await currentLocale();
    try {
      const user = await getSessionUser();
      if (!user) throw new AppError("unauthorized");
      if (!can(user.roles, capability)) throw new AppError("forbidden");
      const ctx = { user, ip: clientIpFromHeaders(await headers()), locale };
      return await run(schema, raw, ctx, (input, c) => fn(input, { ...c, user }));
    } catch (e) {
      return failure(e, locale);
    }
  };
}
