import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/labels";
import type { StaffCase } from "@/lib/server/cases/get-case";
import { DefinitionList, Row } from "./definition-list";
import { formatYuan } from "./format";

function Sub({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h3 className="font-semibold text-brand-800">{title}</h3>
      {children}
    </section>
  );
}

/** 补正, consultations, fee and extension facts, each only when the case has it. */
export async function CaseWorkflowFacts({ c, locale }: { c: StaffCase; locale: Locale }) {
  const t = await getTranslations("case");
  const { clarification, consultations, fee, extension } = c.facts;
  const date = (d: string | null | undefined) => formatDate(d, locale);
  const empty = !clarification && consultations.length === 0 && !fee && !extension;
  return (
    <Card title={t("sections.workflow")}>
      {empty ? (
        <p className="text-muted">{t("noWorkflowFacts")}</p>
      ) : (
        <div className="space-y-5">
          {clarification ? (
            <Sub title={t("clarification.title")}>
              <DefinitionList>
                <Row label={t("clarification.requestedAt")}>{date(clarification.requestedAt)}</Row>
                <Row label={t("clarification.deadline")}>{date(clarification.deadline)}</Row>
                <Row label={t("clarification.message")}>
                  <span className="whitespace-pre-wrap">{clarification.message}</span>
                </Row>
                <Row label={t("clarification.supplementReceivedAt")}>
                  {clarification.supplementReceivedAt ? date(clarification.supplementReceivedAt) : <span className="text-muted">{t("clarification.waiting")}</span>}
                </Row>
                <Row label={t("clarification.lateReason")}>{clarification.lateReason}</Row>
              </DefinitionList>
            </Sub>
          ) : null}
          {consultations.length > 0 ? (
            <Sub title={t("consultation.title")}>
              <ul className="space-y-1">
                {consultations.map((x) => (
                  <li key={x.id}>
                    {t("consultation.item", { kind: t(`consultation.kinds.${x.kind}`), party: x.party })}
                    <span className="ml-2 text-muted">
                      {x.endedAt ? t("consultation.periodEnded", { from: date(x.startedAt), to: date(x.endedAt) }) : t("consultation.period", { from: date(x.startedAt) })}
                    </span>
                  </li>
                ))}
              </ul>
            </Sub>
          ) : null}
          {fee ? (
            <Sub title={t("fee.title")}>
              <DefinitionList>
                <Row label={t("fee.amount")}>{t("fee.amountValue", { amount: formatYuan(fee.amountYuan) })}</Row>
                <Row label={t("fee.noticeAt")}>{date(fee.noticeAt)}</Row>
                <Row label={t("fee.deadline")}>{date(fee.deadline)}</Row>
                <Row label={t("fee.paidAt")}>{fee.paidAt ? date(fee.paidAt) : <span className="text-muted">{t("fee.unpaid")}</span>}</Row>
              </DefinitionList>
            </Sub>
          ) : null}
          {extension ? (
            <Sub title={t("extension.title")}>
              <DefinitionList>
                <Row label={t("extension.requestedAt")}>{date(extension.requestedAt)}</Row>
                <Row label={t("extension.reason")}>{extension.reason}</Row>
                <Row label={t("extension.decision")}>{t(`extension.decisions.${extension.decision}`)}</Row>
                <Row label={t("extension.decidedAt")}>{date(extension.decidedAt)}</Row>
                <Row label={t("extension.workingDays")}>{extension.workingDays ? t("extension.workingDaysValue", { days: extension.workingDays }) : null}</Row>
              </DefinitionList>
            </Sub>
          ) : null}
        </div>
      )}
    </Card>
  );
}
