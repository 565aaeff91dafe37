"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { ActionName } from "@/lib/domain/workflow";
import { AssignForm, type AssignOptions } from "./assign-form";
import { ReceiveClarificationForm, RequestClarificationForm } from "./clarification-forms";
import { EndConsultationForm, StartConsultationForm } from "./consultation-forms";
import { AbandonForm, CloseForm, WithdrawForm } from "./ending-forms";
import { ApproveExtensionForm, RefuseExtensionForm, RequestExtensionForm } from "./extension-forms";
import { IssueFeeNoticeForm, RecordFeePaymentForm } from "./fee-forms";
import { ReplyForm } from "./reply-form";
import type { CaseActionContext } from "./use-case-action-form";

export type ActionPanelProps = {
  trackingNumber: string;
  version: number;
  today: string;
  /** Exactly allowedActions(facts, roles, cal, today), in the table's order. */
  allowed: ActionName[];
  assign: AssignOptions;
  openConsultations: { id: string; label: string }[];
  clarificationDeadline: string | null;
  hasClarification: boolean;
};

function formFor(action: ActionName, ctx: CaseActionContext, p: ActionPanelProps): ReactNode {
  switch (action) {
    case "assign":
      return <AssignForm ctx={ctx} options={p.assign} />;
    case "request_clarification":
      return <RequestClarificationForm ctx={ctx} />;
    case "receive_clarification":
      return <ReceiveClarificationForm ctx={ctx} deadline={p.clarificationDeadline} />;
    case "start_consultation":
      return <StartConsultationForm ctx={ctx} />;
    case "end_consultation":
      return <EndConsultationForm ctx={ctx} open={p.openConsultations} />;
    case "issue_fee_notice":
      return <IssueFeeNoticeForm ctx={ctx} />;
    case "record_fee_payment":
      return <RecordFeePaymentForm ctx={ctx} />;
    case "request_extension":
      return <RequestExtensionForm ctx={ctx} />;
    case "approve_extension":
      return <ApproveExtensionForm ctx={ctx} />;
    case "refuse_extension":
      return <RefuseExtensionForm ctx={ctx} />;
    case "reply":
      return <ReplyForm ctx={ctx} hasClarification={p.hasClarification} />;
    case "withdraw":
      return <WithdrawForm ctx={ctx} />;
    case "abandon":
      return <AbandonForm ctx={ctx} />;
    case "close":
      return <CloseForm ctx={ctx} />;
  }
}

/** The allowed actions, each a small form behind a disclosure; forms start afresh with every new version. */
export function ActionPanel(props: ActionPanelProps) {
  const t = useTranslations("case");
  const w = useTranslations("workflow.actions");
  const [done, setDone] = useState<ActionName>();
  const ctx: CaseActionContext = { trackingNumber: props.trackingNumber, version: props.version, today: props.today, onDone: setDone };
  return (
    <section aria-labelledby="case-actions-title" className="space-y-4 rounded-lg border border-line bg-white p-6" data-testid="case-actions">
      <h2 id="case-actions-title" className="text-xl font-semibold text-brand-800">
        {t("sections.actions")}
      </h2>
      {done ? <Alert tone="success">{t("actions.done", { action: w(done) })}</Alert> : null}
      {props.allowed.length === 0 ? (
        <p className="text-muted">{t("actions.none")}</p>
      ) : (
        <>
          <p className="text-sm text-muted">{t("actions.lead")}</p>
          <div className="divide-y divide-line rounded-md border border-line">
            {props.allowed.map((action) => (
              <details key={action} className="group" data-action={action}>
                <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
                  {w(action)}
                  <span aria-hidden="true" className="transition-transform group-open:rotate-90">
                    ›
                  </span>
                </summary>
                <div key={props.version} className="border-t border-line px-4 py-4">
                  {formFor(action, ctx, props)}
                </div>
              </details>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
