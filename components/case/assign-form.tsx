"use client";

import { useTranslations } from "next-intl";
import { ActionFormShell, SelectField } from "./action-fields";
import { emptyToNull, useCaseActionForm, type CaseActionContext } from "./use-case-action-form";

export type AssignOptions = {
  workers: { email: string; name: string }[];
  departments: { id: string; name: string }[];
  currentAssigneeEmail: string | null;
  currentDepartmentId: string | null;
};

/** Assign the case to a case officer (by e-mail, as the API takes it) and/or a department. */
export function AssignForm({ ctx, options }: { ctx: CaseActionContext; options: AssignOptions }) {
  const t = useTranslations("workflow");
  const f = useCaseActionForm("assign", ctx, {
    defaultValues: { assigneeEmail: options.currentAssigneeEmail, departmentId: options.currentDepartmentId },
  });
  return (
    <ActionFormShell label={t("actions.assign")} onSubmit={f.onSubmit} submitting={f.submitting} formMessage={f.formMessage} conflict={f.conflict} errors={f.errors}>
      <SelectField id={f.id("assigneeEmail")} label={t("fields.assigneeEmail")} error={f.fieldError("assigneeEmail")} registration={f.form.register("assigneeEmail", { setValueAs: emptyToNull })}>
        <option value="">{t("fields.assigneeNone")}</option>
        {options.workers.map((w) => (
          <option key={w.email} value={w.email}>
            {w.name}（{w.email}）
          </option>
        ))}
      </SelectField>
      <SelectField id={f.id("departmentId")} label={t("fields.departmentId")} error={f.fieldError("departmentId")} registration={f.form.register("departmentId", { setValueAs: emptyToNull })}>
        <option value="">{t("fields.departmentNone")}</option>
        {options.departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </SelectField>
    </ActionFormShell>
  );
}
