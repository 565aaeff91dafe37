import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { CASE_STATUSES } from "@/lib/domain/workflow";
import type { DepartmentOption } from "@/lib/server/organization/list-departments";
import type { CaseWorker } from "@/lib/server/users/list-case-workers";
import { APPLICANT_TYPES, CHANNELS, type QueueParams } from "./queue-params";
import type { QueueCounts } from "./queue-quick-filters";

type Props = {
  params: QueueParams;
  counts: QueueCounts;
  me: { id: string; name: string };
  workers: CaseWorker[];
  departments: DepartmentOption[];
  years: number[];
};

/** A plain GET form: the filters live in the URL, so a filtered queue can be bookmarked and shared. */
export async function QueueFilterForm({ params, counts, me, workers, departments, years }: Props) {
  const [t, status, c, r] = await Promise.all([getTranslations("queue"), getTranslations("requests.status"), getTranslations("case.channels"), getTranslations("requests.applicantTypes")]);
  const withCount = (label: string, count: number) => t("chipCount", { label, count });
  return (
    <form method="get" action="/staff" className="space-y-4 rounded-lg border border-line bg-white p-5" aria-labelledby="queue-filters-title">
      <h2 id="queue-filters-title" className="text-lg font-semibold text-brand-800">
        {t("filtersTitle")}
      </h2>
      <Field id="q" label={t("search")} hint={t("searchHint")}>
        <Input id="q" name="q" type="search" defaultValue={params.q ?? ""} aria-describedby={describedBy("q", { hint: true })} maxLength={100} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="status" label={t("status")}>
          <Select id="status" name="status" defaultValue={params.status ?? ""}>
            <option value="">{t("allStatuses")}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {withCount(status(s), counts.byStatus[s] ?? 0)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="assignee" label={t("assignee")}>
          <Select id="assignee" name="assignee" defaultValue={params.assignee ?? ""}>
            <option value="">{t("anyAssignee")}</option>
            <option value="me">{withCount(t("me", { name: me.name }), counts.mine)}</option>
            {workers
              .filter((w) => w.id !== me.id)
              .map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
          </Select>
        </Field>
        <Field id="department" label={t("department")}>
          <Select id="department" name="department" defaultValue={params.department ?? ""}>
            <option value="">{t("anyDepartment")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="channel" label={t("channel")}>
          <Select id="channel" name="channel" defaultValue={params.channel ?? ""}>
            <option value="">{t("anyChannel")}</option>
            {CHANNELS.map((ch) => (
              <option key={ch} value={ch}>
                {c(ch)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="applicantType" label={t("applicantType")}>
          <Select id="applicantType" name="applicantType" defaultValue={params.applicantType ?? ""}>
            <option value="">{t("anyApplicantType")}</option>
            {APPLICANT_TYPES.map((a) => (
              <option key={a} value={a}>
                {r(a)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="year" label={t("year")}>
          <Select id="year" name="year" defaultValue={params.year ? String(params.year) : ""}>
            <option value="">{t("anyYear")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {t("yearValue", { year: y })}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="dueWithin" label={t("dueWithin")} hint={t("dueWithinHint")}>
          <Input id="dueWithin" name="dueWithin" type="number" inputMode="numeric" min={0} max={60} defaultValue={params.dueWithin ?? ""} aria-describedby={describedBy("dueWithin", { hint: true })} />
        </Field>
        <div className="flex items-center gap-3 self-end pb-2">
          <input id="overdue" name="overdue" type="checkbox" value="1" defaultChecked={!!params.overdue} className="size-5 accent-brand-600" />
          <label htmlFor="overdue" className="cursor-pointer">
            {withCount(t("overdueOnly"), counts.overdue)}
          </label>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href="/staff" className="text-brand-700 underline underline-offset-4">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
