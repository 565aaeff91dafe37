import { getEnv } from "@/lib/env";
import { abandonOverdueCases } from "@/lib/server/cases/abandon-overdue-cases";
import { sendDueDigests } from "@/lib/server/cases/send-due-digests";
import { REFRESH_DUE_DATES_JOB, refreshDueDates } from "@/lib/server/calendar/refresh-due-dates";
import { deliverOutbox } from "@/lib/server/mail/deliver-outbox";
import { purgeOldRateLimitCounters } from "@/lib/server/rate-limit/consume-rate-limit";
import { purgeExpiredIdempotencyKeys } from "@/lib/server/requests/idempotency";
import type { JobDefinition } from "./runner";

/** Every periodic job the app runs. */
export function appJobs(): JobDefinition[] {
  return [
    { name: "mail.deliver", intervalSeconds: getEnv().MAIL_DELIVERY_INTERVAL_SECONDS, run: deliverOutbox },
    { name: "rate_limit.purge", intervalSeconds: 3600, run: purgeOldRateLimitCounters },
    { name: "idempotency.purge", intervalSeconds: 3600, run: purgeExpiredIdempotencyKeys },
    // Hourly rather than daily: a missed deadline is acted on within the hour, whenever the server started.
    { name: "cases.abandon_overdue", intervalSeconds: 3600, run: (db) => abandonOverdueCases(db) },
    // Hourly too: the first run after 08:00 on a working day sends it; the (user, day) ledger keeps it to one a day.
    { name: "cases.due_digest", intervalSeconds: 3600, run: (db) => sendDueDigests(db) },
    // At start-up (a release may bring a new year's holiday notice) and hourly (lapsed consultation windows).
    { name: REFRESH_DUE_DATES_JOB, intervalSeconds: 3600, run: (db) => refreshDueDates(db) },
  ];
}
