import { z } from "zod";
import { todayInShanghai } from "@/lib/domain/identity";
import { EARLIEST_RECEIVED_DATE } from "./limits";

/** The first reporting year: the 2008 Regulation took effect on 2008-05-01. */
export const FIRST_STATISTICS_YEAR = Number(EARLIEST_RECEIVED_DATE.slice(0, 4));

/** A report year from a path or form: four digits, from 2008 to the current year (Asia/Shanghai). */
export function parseStatisticsYear(raw: unknown, today: string = todayInShanghai()): number | null {
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= FIRST_STATISTICS_YEAR && year <= Number(today.slice(0, 4)) ? year : null;
}

/** Query of GET /api/v1/statistics/{year}: ?format=json|csv|xlsx &version=live|published|<n> &department=<uuid>. */
export const statisticsQuerySchema = z.object({
  format: z.enum(["json", "csv", "xlsx"], { message: "validation.invalidOption" }).default("json"),
  version: z
    .string()
    .regex(/^(live|published|[1-9]\d{0,5})$/, { message: "validation.invalidOption" })
    .default("live"),
  department: z.uuid({ message: "validation.invalidType" }).optional(),
});

export type StatisticsQuery = z.output<typeof statisticsQuerySchema>;
