import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/request-view/status-badge";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, outcomeLabel, reasonLabel } from "@/lib/i18n/labels";
import type { StaffCase } from "@/lib/server/cases/get-case";
import { DeadlineMarker } from "./deadline-marker";
import type { DeadlineState } from "./deadline-state";
import { DefinitionList, Row } from "./definition-list";

/** Where the case stands: status, dates, deadline marker, answer or ending, who handles it. */
export async function CaseOverview({ c, deadline, locale }: { c: StaffCase; deadline: DeadlineState; locale: Locale }) {
  const [t, k, ch] = await Promise.all([getTranslations("requests"), getTranslations("case"), getTranslations("case.channels")]);
  const open = c.status === "received" || c.status === "awaiting_clarification" || c.status === "awaiting_fee";
  return (
    <Card title={k("sections.summary")}>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <StatusBadge status={c.status} />
        <DeadlineMarker state={deadline} />
        <span className="text-sm text-muted">{k("version", { version: c.version })}</span>
      </div>
      <DefinitionList>
        <Row label={t("trackingNumber")}>
          <span className="font-mono" data-testid="tracking-number">
            {c.trackingNumber}
          </span>
        </Row>
        <Row label={t("receivedAt")}>{formatDate(c.receivedAt, locale)}</Row>
        {open ? (
          <Row label={t("dueDate")}>
            <span data-testid="due-date">
              {c.clock.dueDate ? `${formatDate(c.clock.dueDate, locale)}${c.clock.provisional ? t("provisional") : ""}` : k("deadline.stopped")}
            </span>
          </Row>
        ) : null}
        <Row label={k("fields.channel")}>{ch.has(c.channel as never) ? ch(c.channel as never) : c.channel}</Row>
        <Row label={k("fields.department")}>{c.departmentName ?? <span className="text-muted">{k("fields.none")}</span>}</Row>
        <Row label={k("fields.assignee")}>{c.assigneeName ?? <span className="text-muted">{k("fields.none")}</span>}</Row>
        <Row label={t("outcome")}>{outcomeLabel(c.outcome, locale)}</Row>
        <Row label={t("reason")}>{reasonLabel(c.reasonCode, locale)}</Row>
        <Row label={t("repliedAt")}>{formatDate(c.repliedAt, locale)}</Row>
        <Row label={t("ending")}>{reasonLabel(c.endingCode, locale)}</Row>
        <Row label={t("endedAt")}>{formatDate(c.endedAt, locale)}</Row>
      </DefinitionList>
      {open && c.clock.provisional ? <p className="mt-2 text-sm text-muted">{t("provisionalNote")}</p> : null}
    </Card>
  );
}
