import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatInstant, outcomeLabel, reasonLabel } from "@/lib/i18n/labels";
import type { StaffCase } from "@/lib/server/cases/get-case";
import { formatYuan } from "./format";

type Event = StaffCase["events"][number];
type Data = Record<string, unknown>;
type Names = { users: ReadonlyMap<string, string>; departments: ReadonlyMap<string, string> };

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

/** The details worth a line under an event, from what the audit record kept (`after`). */
async function details(e: Event, locale: Locale, names: Names): Promise<string[]> {
  const t = await getTranslations("case");
  const a = (e.after ?? {}) as Data;
  const d = (v: unknown) => formatDate(str(v), locale);
  const out: string[] = [];
  switch (e.action) {
    case "case.assigned": {
      const assignee = str(a.assigneeId);
      const dept = str(a.departmentId);
      out.push(
        t("timeline.assigned", {
          assignee: assignee ? (names.users.get(assignee) ?? assignee) : t("fields.none"),
          department: dept ? (names.departments.get(dept) ?? dept) : t("fields.none"),
        }),
      );
      break;
    }
    case "case.clarification_requested":
      if (str(a.deadline)) out.push(t("timeline.deadline", { date: d(a.deadline) }));
      break;
    case "case.clarification_received":
      if (str(a.lateReason)) out.push(t("timeline.lateReason", { reason: str(a.lateReason)! }));
      break;
    case "case.consultation_started":
      if (str(a.party)) out.push(t("timeline.consultation", { kind: t(`consultation.kinds.${a.kind === "agency" ? "agency" : "third_party"}`), party: str(a.party)! }));
      break;
    case "case.fee_notice_issued":
      if (num(a.amountYuan) !== null) out.push(t("timeline.fee", { amount: formatYuan(num(a.amountYuan)!), date: d(a.deadline) }));
      break;
    case "case.fee_paid":
      if (num(a.amountYuan) !== null) out.push(t("timeline.amount", { amount: formatYuan(num(a.amountYuan)!) }));
      break;
    case "case.extension_requested":
      if (str(a.reason)) out.push(t("timeline.reason", { reason: str(a.reason)! }));
      break;
    case "case.extension_approved":
      if (num(a.workingDays) !== null) out.push(t("timeline.workingDays", { days: num(a.workingDays)! }));
      break;
    case "case.replied": {
      const outcome = outcomeLabel(str(a.outcome), locale);
      if (outcome) out.push(t("timeline.reply", { outcome, reason: reasonLabel(str(a.reasonCode), locale) ?? "" }));
      break;
    }
    case "case.withdrawn":
    case "case.abandoned": {
      const ending = reasonLabel(str(a.endingCode), locale);
      if (ending) out.push(t("timeline.ending", { ending }));
      break;
    }
  }
  if (str(a.note)) out.push(t("timeline.note", { note: str(a.note)! }));
  return out;
}

/** Every audit event of the case, oldest first: what happened, who did it, when (and the business date). */
export async function CaseTimeline({ events, locale, names }: { events: Event[]; locale: Locale; names: Names }) {
  const [t, w, r] = await Promise.all([getTranslations("case.timeline"), getTranslations("workflow.events"), getTranslations("requests")]);
  const label = (action: string) => {
    const key = action.replace(/^case\./, "");
    return w.has(key as never) ? w(key as never) : action;
  };
  const actor = (e: Event) => {
    if (e.actorKind === "system") return t("system");
    if (e.actorKind === "anonymous") return t("applicant");
    if (!e.actorName) return t("unknownActor");
    return e.actorKind === "token" ? t("viaApi", { name: e.actorName }) : e.actorName;
  };
  const rows = await Promise.all(events.map(async (e) => ({ e, details: await details(e, locale, names) })));
  return (
    <Card title={r("timeline")}>
      <ol className="space-y-3" data-testid="timeline">
        {rows.map(({ e, details: lines }) => {
          const after = (e.after ?? {}) as Data;
          const businessDate = str(after.date);
          const backFilled = after.backFilled === true;
          return (
            <li key={e.id} className="border-l-4 border-brand-100 pl-3">
              <div className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-medium">{label(e.action)}</span>
                <span className="text-sm text-muted">{actor(e)}</span>
                <time className="text-sm text-muted" dateTime={new Date(e.at).toISOString()}>
                  {formatInstant(e.at, locale)}
                </time>
              </div>
              {businessDate ? (
                <p className="text-sm">
                  {t("date", { date: formatDate(businessDate, locale) })}
                  {backFilled ? t("backFilled") : ""}
                </p>
              ) : null}
              {lines.map((line) => (
                <p key={line} className="text-sm whitespace-pre-wrap">
                  {line}
                </p>
              ))}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
