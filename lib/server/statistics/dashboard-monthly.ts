import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "@/db";
import { type Channel, CHANNELS } from "@/lib/domain/statistics";
import { type DashboardScope, inDepartment, yearRange } from "./dashboard-scope";

export type MonthChannels = { month: number; byChannel: Record<Channel, number>; total: number };

/** Requests received in each month of the year, by channel (附表2's six), from one grouped query. */
export async function requestsPerMonth(db: DbOrTx, scope: DashboardScope): Promise<MonthChannels[]> {
  const { start, end } = yearRange(scope.year);
  const rows = rowsOf<{ month: number; channel: string; n: number }>(
    await db.execute(sql`
      select extract(month from c.received_at)::int as month, c.channel, count(*)::int as n
      from cases c
      where c.received_at >= ${start} and c.received_at <= ${end} ${inDepartment(scope.departmentId)}
      group by 1, 2`),
  );
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const byChannel = Object.fromEntries(CHANNELS.map((ch) => [ch, 0])) as Record<Channel, number>;
    for (const r of rows) if (Number(r.month) === month && (CHANNELS as readonly string[]).includes(r.channel)) byChannel[r.channel as Channel] += Number(r.n);
    return { month, byChannel, total: CHANNELS.reduce((s, ch) => s + byChannel[ch], 0) };
  });
}
