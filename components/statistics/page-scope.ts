import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { DbOrTx } from "@/db";
import { todayInShanghai } from "@/lib/domain/identity";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { requireDepartment } from "@/lib/server/statistics/department-exists";
import { parseScope, type ScopeParams } from "./format";

export type PageScope = ScopeParams & { today: string; currentYear: number; locale: Locale; department: { id: string; name: string } | null };

/** The scope a statistics page shows (?year, ?department; default: this year, the whole agency); 404 for an unknown department. */
export async function resolvePageScope(db: DbOrTx, params: Record<string, string | string[] | undefined>): Promise<PageScope> {
  const today = todayInShanghai();
  const currentYear = Number(today.slice(0, 4));
  const scope = parseScope(params, currentYear);
  const raw = await getLocale();
  let department: { id: string; name: string } | null;
  try {
    department = await requireDepartment(db, scope.departmentId);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  return { ...scope, today, currentYear, locale: isLocale(raw) ? raw : DEFAULT_LOCALE, department };
}
