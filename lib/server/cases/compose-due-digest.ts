import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/labels";
import { translatorFor } from "@/lib/i18n/translator";
import type { DueDigestCases, DueDigestItem } from "./due-digest-cases";

export type DueDigestItemWithLateness = DueDigestItem & { overdueWorkingDays: number };

export type DueDigestInput = {
  locale: Locale;
  name: string;
  today: string;
  /** Last day of "due soon" (the N-th working day after today). */
  limit: string;
  days: number;
  cases: Omit<DueDigestCases, "items"> & { items: DueDigestItemWithLateness[] };
  /** The public base URL, without a trailing slash. */
  baseUrl: string;
};

/** Subject and plain-text body of one assignee's digest (plain text only: titles are the applicants' own words). */
export function composeDueDigest(input: DueDigestInput): { subject: string; text: string } {
  const t = translatorFor(input.locale);
  const date = (d: string) => formatDate(d, input.locale);
  const { overdue, dueSoon, items } = input.cases;
  const subject = t("dueDigestMail.subject", { date: date(input.today), overdue, dueSoon, days: input.days });

  const block = (item: DueDigestItemWithLateness) => {
    const state = item.overdue ? t("dueDigestMail.overdueBy", { days: item.overdueWorkingDays }) : item.dueDate === input.today ? t("dueDigestMail.dueToday") : "";
    return [
      t("dueDigestMail.item", { trackingNumber: item.trackingNumber, title: item.title }),
      `  ${t("dueDigestMail.dueLine", { dueDate: date(item.dueDate), provisional: item.provisional ? t("dueDigestMail.provisional") : "", state })}`,
      `  ${t("dueDigestMail.linkLine", { link: `${input.baseUrl}/staff/cases/${encodeURIComponent(item.trackingNumber)}` })}`,
    ].join("\n");
  };
  const section = (heading: string, list: DueDigestItemWithLateness[]) => (list.length ? [heading, "", list.map(block).join("\n\n")].join("\n") : null);
  const listed = items.length;
  const queue = `${input.baseUrl}/staff?assignee=me&dueWithin=${input.days}`;

  const text = [
    t("dueDigestMail.greeting", { name: input.name }),
    t("dueDigestMail.lead", { days: input.days, limit: date(input.limit), date: date(input.today) }),
    section(t("dueDigestMail.overdueHeading", { count: overdue }), items.filter((i) => i.overdue)),
    section(t("dueDigestMail.dueSoonHeading", { days: input.days, count: dueSoon }), items.filter((i) => !i.overdue)),
    overdue + dueSoon > listed ? t("dueDigestMail.more", { count: overdue + dueSoon - listed }) : null,
    t("dueDigestMail.queueLink", { link: queue }),
    t("dueDigestMail.footer"),
  ]
    .filter((part): part is string => part !== null)
    .join("\n\n");
  return { subject, text };
}
