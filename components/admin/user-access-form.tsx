"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateUserAccessAction } from "@/app/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { STAFF_ROLES, updateUserAccessSchema, type StaffRole } from "@/lib/validation/admin";
import { CheckboxGroup } from "./role-checkboxes";
import type { DepartmentChoice } from "./user-create-form";
import { useAdminForm } from "./use-admin-form";

export function UserAccessForm({ userId, roles, departmentId, departments, isSelf }: { userId: string; roles: StaffRole[]; departmentId: string | null; departments: DepartmentChoice[]; isSelf: boolean }) {
  const t = useTranslations("admin.users");
  const roleNames = useTranslations("roles");
  const c = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formMessage, errors, fieldError, id, submitting } = useAdminForm(updateUserAccessSchema, updateUserAccessAction, {
    idPrefix: "access",
    labels: { roles: t("roles"), departmentId: t("department") },
    defaultValues: { userId, roles, departmentId: departmentId ?? "" },
    hidden: ["userId"],
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const deptError = fieldError("departmentId");
  return (
    <form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate className="space-y-5">
      <ErrorSummary errors={errors} message={formMessage} />
      {saved ? <Alert tone="success">{t("accessSaved")}</Alert> : null}
      <input type="hidden" {...form.register("userId")} />
      <CheckboxGroup
        id={id("roles")}
        legend={t("roles")}
        required
        requiredLabel={c("required")}
        hint={isSelf ? t("ownAdminHint") : t("rolesHint")}
        error={fieldError("roles")}
        options={STAFF_ROLES.map((r) => ({ value: r, label: roleNames(r), hint: t(`roleHint.${r}`) }))}
        inputProps={form.register("roles")}
      />
      <Field id={id("departmentId")} label={t("department")} error={deptError}>
        <Select id={id("departmentId")} invalid={!!deptError} aria-describedby={describedBy(id("departmentId"), { error: deptError })} {...form.register("departmentId")}>
          <option value="">{t("noDepartment")}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={submitting}>
        {submitting ? c("loading") : t("saveAccess")}
      </Button>
    </form>
  );
}
