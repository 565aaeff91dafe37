import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionPanel } from "@/components/case/action-panel";
import { AppealsPanel } from "@/components/case/appeals-panel";
import { CaseDocuments } from "@/components/case/case-documents";
import { CaseFiles } from "@/components/case/case-files";
import { CaseOverview } from "@/components/case/case-overview";
import { CaseRequestFacts } from "@/components/case/case-request-facts";
import { CaseTimeline } from "@/components/case/case-timeline";
import { CaseWorkflowFacts } from "@/components/case/case-workflow-facts";
import { deadlineState } from "@/components/case/deadline-state";
import { DueDateExplanation } from "@/components/case/due-date-explanation";
import { EarlierRequests } from "@/components/case/earlier-requests";
import { getDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/identity";
import { allowedActions, openConsultations } from "@/lib/domain/workflow";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { requirePageCapability } from "@/lib/server/auth/session";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { getCaseForStaff } from "@/lib/server/cases/get-case";
import { listCaseDocuments } from "@/lib/server/documents/list-case-documents";
import { listDepartments } from "@/lib/server/organization/list-departments";
import { listCaseWorkers } from "@/lib/server/users/list-case-workers";

/** One case for staff: every fact, the clock explained, the history, and exactly the actions allowed now. */
export default async function StaffCasePage({ params }: { params: Promise<{ trackingNumber: string }> }) {
  const { trackingNumber } = await params;
  const user = await requirePageCapability("staff.use", `/staff/cases/${encodeURIComponent(trackingNumber)}`);
  const db = await getDb();
  const today = todayInShanghai();
  const [c, docs, cal, workers, departments, rawLocale, t, k, kinds] = await Promise.all([
    getCaseForStaff(db, trackingNumber, today),
    listCaseDocuments(db, trackingNumber),
    loadWorkCalendar(db),
    listCaseWorkers(db),
    listDepartments(db),
    getLocale(),
    getTranslations("requests"),
    getTranslations("case"),
    getTranslations("case.consultation.kinds"),
  ]);
  if (!c) notFound();
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "zh-CN";
  const allowed = allowedActions(c.facts, user.roles, cal, today);
  const deadline = deadlineState(cal, c.status, c.clock.dueDate, today);
  const names = {
    users: new Map(workers.map((w) => [w.id, w.name])),
    departments: new Map(departments.map((d) => [d.id, d.name])),
  };

  return (
    <div className="space-y-6">
      <Link href="/staff" className="no-print text-brand-700 underline underline-offset-4">
        {k("backToQueue")}
      </Link>
      <h1 className="text-2xl font-semibold text-brand-800">{t("detailTitle", { trackingNumber: c.trackingNumber })}</h1>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          <CaseOverview c={c} deadline={deadline} locale={locale} />
          <DueDateExplanation clock={c.clock} locale={locale} />
          <CaseRequestFacts c={c} />
          <CaseWorkflowFacts c={c} locale={locale} />
          <CaseFiles files={c.files} locale={locale} />
          <CaseDocuments docs={docs ?? []} trackingNumber={c.trackingNumber} today={today} locale={locale} />
          <AppealsPanel trackingNumber={c.trackingNumber} today={today} locale={locale} canManage={can(user.roles, "appeals.manage")} />
          <CaseTimeline events={c.events} locale={locale} names={names} />
          <EarlierRequests earlier={c.earlier} today={today} locale={locale} />
        </div>
        <div>
          <ActionPanel
            trackingNumber={c.trackingNumber}
            version={c.version}
            today={today}
            allowed={allowed}
            assign={{
              workers: workers.map((w) => ({ email: w.email, name: w.name })),
              departments,
              currentAssigneeEmail: workers.find((w) => w.id === c.assigneeId)?.email ?? null,
              currentDepartmentId: c.departmentId,
            }}
            openConsultations={openConsultations(c.facts).map((x) => ({ id: x.id, label: k("consultation.item", { kind: kinds(x.kind), party: x.party }) }))}
            clarificationDeadline={c.facts.clarification?.deadline ?? null}
            hasClarification={c.facts.clarification !== null}
          />
        </div>
      </div>
    </div>
  );
}
