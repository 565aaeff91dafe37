import "server-only";
import type { Db } from "@/db";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { type Backlog, openBacklog } from "./dashboard-backlog";
import { type MonthChannels, requestsPerMonth } from "./dashboard-monthly";
import { type OutcomeMix, outcomeMix } from "./dashboard-outcomes";
import { overdueByDepartment, type OverdueByDepartment } from "./dashboard-overdue";
import type { DashboardScope } from "./dashboard-scope";
import { replyTimeliness, type Timeliness } from "./dashboard-timeliness";

export type { DashboardScope } from "./dashboard-scope";

export type Dashboard = {
  scope: DashboardScope;
  months: MonthChannels[];
  outcomes: OutcomeMix;
  timeliness: Timeliness;
  backlog: Backlog;
  overdue: OverdueByDepartment;
};

/**
 * Everything the supervisor's dashboard shows, by aggregate queries in one read-only snapshot (on the
 * replica when DATABASE_READ_URL is set: pass getReadDb()).
 */
export async function getDashboard(db: Db, scope: DashboardScope): Promise<Dashboard> {
  return db.transaction(
    async (tx) => {
      const cal = await loadWorkCalendar(tx);
      const months = await requestsPerMonth(tx, scope);
      const outcomes = await outcomeMix(tx, scope);
      const timeliness = await replyTimeliness(tx, scope, cal);
      const backlog = await openBacklog(tx, scope, cal);
      const overdue = await overdueByDepartment(tx, scope);
      return { scope, months, outcomes, timeliness, backlog, overdue };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
