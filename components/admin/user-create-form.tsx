"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createUserAction } from "@/app/admin/users/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { createUserSchema, STAFF_ROLES, type CreateUserInput } from "@/lib/validation/admin";
import { CheckboxGroup } from "./role-checkboxes";
import { useAdminForm } from "./use-admin-form";

export type DepartmentChoice = { id: string; label: string };

export function UserCreateForm({ departments }: { departments: DepartmentChoice[] }) {
  const t = useTranslations("admin.users");
  const roles = useTranslations("roles");
  const c = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formMessage, errors, fieldError, id, submitting } = useAdminForm(createUserSchema, createUserAction, {
    idPrefix: "new-user",
    labels: { name: t("name"), email: t("email"), roles: t("roles"), departmentId: t("department"), credential: t("credential"), password: t("password") },
    defaultValues: { name: "", email: "", roles: ["staff"], departmentId: "", credential: "link", password: "" } satisfies CreateUserInput,
    onSuccess: (data) => router.push(`/admin/users/${data.id}?created=${data.linkSent ? "link" : "password"}`),
  });
  const credential = form.watch("credential");
  const text = (name: "name" | "email", type: string, autoComplete: string) => {
    const fid = id(name);
    const error = fieldError(name);
    return (
      <Field id={fid} label={t(name)} required requiredLabel={c("required")} error={error}>
        <Input id={fid} type={type} autoComplete={autoComplete} invalid={!!error} aria-describedby={describedBy(fid, { error })} {...form.register(name)} />
      </Field>
    );
  };
  const deptError = fieldError("departmentId");
  const passwordError = fieldError("password");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary errors={errors} message={formMessage} />
      {text("name", "text", "off")}
      {text("email", "email", "off")}
      <CheckboxGroup
        id={id("roles")}
        legend={t("roles")}
        required
        requiredLabel={c("required")}
        hint={t("rolesHint")}
        error={fieldError("roles")}
        options={STAFF_ROLES.map((r) => ({ value: r, label: roles(r), hint: t(`roleHint.${r}`) }))}
        inputProps={form.register("roles")}
      />
      <Field id={id("departmentId")} label={t("department")} error={deptError} hint={t("departmentHint")}>
        <Select id={id("departmentId")} invalid={!!deptError} aria-describedby={describedBy(id("departmentId"), { error: deptError, hint: true })} {...form.register("departmentId")}>
          <option value="">{t("noDepartment")}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </Select>
      </Field>
      <RadioGroup
        id={id("credential")}
        legend={t("credential")}
        required
        requiredLabel={c("required")}
        error={fieldError("credential")}
        options={[
          { value: "link", label: t("credentialLink") },
          { value: "password", label: t("credentialPassword") },
        ]}
        inputProps={form.register("credential")}
      />
      {credential === "password" ? (
        <Field id={id("password")} label={t("password")} required requiredLabel={c("required")} error={passwordError} hint={t("passwordHint")}>
          <Input
            id={id("password")}
            type="password"
            autoComplete="new-password"
            invalid={!!passwordError}
            aria-describedby={describedBy(id("password"), { error: passwordError, hint: true })}
            {...form.register("password")}
          />
        </Field>
      ) : null}
      <Button type="submit" disabled={submitting}>
        {submitting ? c("loading") : t("createButton")}
      </Button>
    </form>
  );
}
