import "server-only";
import { schema, type Db } from "@/db";
import { addWorkingDays, countWorkingDaysBetween } from "@/lib/domain/calendar";
import { todayInShanghai } from "@/lib/domain/identity";
import { appUrl } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { composeDueDigest } from "./compose-due-digest";
import { listDueDigestCases, listDueDigestRecipients } from "./due-digest-cases";
import { DUE_SOON_WORKING_DAYS } from "./summarize-deadlines";

/**
 * "Due soon" in the digest is the supervisor board's: due from today to the 3rd working day after it. There is no
 * agency setting for it (yet); one definition keeps the board, its queue links and the mails in step.
 */
export const DUE_DIGEST_WORKING_DAYS = DUE_SOON_WORKING_DAYS;

/** Not before 08:00 in Asia/Shanghai, so the mail is waiting at the start of the working day, not sent at midnight. */
export const DUE_DIGEST_EARLIEST_HOUR = 8;

export type DueDigestRun =
  | { skipped: "non_working_day" | "too_early"; day: string; sentTo: [] }
  | { skipped: null; day: string; sentTo: string[] };

function shanghaiHour(now: Date): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCHours();
}

/**
 * The daily due-soon digest: one mail per assignee listing their own open cases that are overdue or due within
 * DUE_DIGEST_WORKING_DAYS working days. Working days only (per the working-day calendar, so 调休 make-up Saturdays
 * count and holidays do not), from 08:00 Shanghai time. The ledger row (user, day) is inserted in the same transaction
 * as the outbox mail; its primary key makes the mail once a day however often and on however many instances this
 * runs. The job runs hourly, so a server started late in the day still sends that day's digest.
 */
export async function sendDueDigests(db: Db, now: Date = new Date()): Promise<DueDigestRun> {
  const day = todayInShanghai(now);
  const cal = await loadWorkCalendar(db);
  if (!cal.isWorkingDay(day)) return { skipped: "non_working_day", day, sentTo: [] };
  if (shanghaiHour(now) < DUE_DIGEST_EARLIEST_HOUR) return { skipped: "too_early", day, sentTo: [] };
  const days = DUE_DIGEST_WORKING_DAYS;
  const limit = addWorkingDays(cal, day, days).date;
  const baseUrl = appUrl();

  const sentTo: string[] = [];
  for (const recipient of await listDueDigestRecipients(db, day, limit)) {
    const sent = await db.transaction(async (tx) => {
      const cases = await listDueDigestCases(tx, recipient.userId, day, limit);
      if (cases.items.length === 0) return false; // reassigned or answered meanwhile
      const claimed = await tx
        .insert(schema.dueDigestSends)
        .values({ userId: recipient.userId, day, overdueCount: cases.overdue, dueSoonCount: cases.dueSoon })
        .onConflictDoNothing()
        .returning({ userId: schema.dueDigestSends.userId });
      if (claimed.length === 0) return false; // another run, or another instance, sent today's already
      const { subject, text } = composeDueDigest({
        locale: isLocale(recipient.locale) ? recipient.locale : "zh-CN",
        name: recipient.name,
        today: day,
        limit,
        days,
        baseUrl,
        cases: { ...cases, items: cases.items.map((i) => ({ ...i, overdueWorkingDays: i.overdue ? countWorkingDaysBetween(cal, i.dueDate, day) : 0 })) },
      });
      await enqueueMail(tx, { to: recipient.email, subject, text, template: "due_digest" });
      return true;
    });
    if (sent) sentTo.push(recipient.email);
  }
  return { skipped: null, day, sentTo };
}
