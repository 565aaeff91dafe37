"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createDepartmentAction, moveDepartmentAction, renameDepartmentAction } from "@/app/admin/departments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { createDepartmentSchema, moveDepartmentSchema, renameDepartmentSchema } from "@/lib/validation/admin";
import type { DepartmentChoice } from "./user-create-form";
import { useAdminForm } from "./use-admin-form";

export function DepartmentCreateForm({ parents }: { parents: DepartmentChoice[] }) {
  const t = useTranslations("admin.departments");
  const c = useTranslations("common");
  const router = useRouter();
  const [created, setCreated] = useState<string>();
  const { form, onSubmit, formMessage, errors, fieldError, id, submitting } = useAdminForm(createDepartmentSchema, createDepartmentAction, {
    idPrefix: "new-dept",
    labels: { name: t("name"), code: t("code"), parentId: t("parent") },
    defaultValues: { name: "", code: "", parentId: parents[0]?.id ?? "" },
    onSuccess: (_d, values) => {
      setCreated(values.name);
      form.reset({ name: "", code: "", parentId: values.parentId });
      router.refresh();
    },
  });
  const nameError = fieldError("name");
  const codeError = fieldError("code");
  const parentError = fieldError("parentId");
  return (
    <form onSubmit={(e) => (setCreated(undefined), onSubmit(e))} noValidate className="space-y-5">
      <ErrorSummary errors={errors} message={formMessage} />
      {created ? <Alert tone="success">{t("created", { name: created })}</Alert> : null}
      <Field id={id("name")} label={t("name")} required requiredLabel={c("required")} error={nameError}>
        <Input id={id("name")} invalid={!!nameError} aria-describedby={describedBy(id("name"), { error: nameError })} autoComplete="off" {...form.register("name")} />
      </Field>
      <Field id={id("code")} label={t("code")} required requiredLabel={c("required")} error={codeError} hint={t("codeHint")}>
        <Input id={id("code")} className="max-w-48 uppercase" invalid={!!codeError} aria-describedby={describedBy(id("code"), { error: codeError, hint: true })} autoComplete="off" {...form.register("code")} />
      </Field>
      <Field id={id("parentId")} label={t("parent")} error={parentError}>
        <Select id={id("parentId")} invalid={!!parentError} aria-describedby={describedBy(id("parentId"), { error: parentError })} {...form.register("parentId")}>
          <option value="">{t("topLevel")}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={submitting}>
        {submitting ? c("loading") : t("createButton")}
      </Button>
    </form>
  );
}

/** Rename and move for one department, behind a disclosure in its row. */
export function DepartmentEditForms({ department, parentId, parents }: { department: { id: string; name: string }; parentId: string | null; parents: DepartmentChoice[] }) {
  const t = useTranslations("admin.departments");
  const c = useTranslations("common");
  const router = useRouter();
  const [done, setDone] = useState<string>();
  const prefix = `dept-${department.id.slice(0, 8)}`;
  const rename = useAdminForm(renameDepartmentSchema, renameDepartmentAction, {
    idPrefix: `${prefix}-rename`,
    labels: { name: t("newName") },
    defaultValues: { departmentId: department.id, name: department.name },
    hidden: ["departmentId"],
    onSuccess: () => (setDone(t("renamed")), router.refresh()),
  });
  const move = useAdminForm(moveDepartmentSchema, moveDepartmentAction, {
    idPrefix: `${prefix}-move`,
    labels: { parentId: t("newParent") },
    defaultValues: { departmentId: department.id, parentId: parentId ?? "" },
    hidden: ["departmentId"],
    onSuccess: () => (setDone(t("moved")), router.refresh()),
  });
  const nameError = rename.fieldError("name");
  const parentError = move.fieldError("parentId");
  return (
    <details className="group">
      <summary className="cursor-pointer text-brand-700 underline underline-offset-4">
        {t("edit")}
        <span className="sr-only">{department.name}</span>
      </summary>
      <div className="mt-3 w-72 space-y-4 rounded-md border border-line bg-white p-4">
        {done ? <Alert tone="success">{done}</Alert> : null}
        <form onSubmit={(e) => (setDone(undefined), rename.onSubmit(e))} noValidate className="space-y-3">
          <ErrorSummary errors={rename.errors} message={rename.formMessage} />
          <input type="hidden" {...rename.form.register("departmentId")} />
          <Field id={rename.id("name")} label={t("newName")} required requiredLabel={c("required")} error={nameError}>
            <Input id={rename.id("name")} invalid={!!nameError} aria-describedby={describedBy(rename.id("name"), { error: nameError })} {...rename.form.register("name")} />
          </Field>
          <Button type="submit" variant="secondary" disabled={rename.submitting}>
            {t("renameButton")}
          </Button>
        </form>
        <form onSubmit={(e) => (setDone(undefined), move.onSubmit(e))} noValidate className="space-y-3 border-t border-line pt-3">
          <ErrorSummary errors={move.errors} message={move.formMessage} />
          <input type="hidden" {...move.form.register("departmentId")} />
          <Field id={move.id("parentId")} label={t("newParent")} error={parentError} hint={t("moveHint")}>
            <Select id={move.id("parentId")} invalid={!!parentError} aria-describedby={describedBy(move.id("parentId"), { error: parentError, hint: true })} {...move.form.register("parentId")}>
              <option value="">{t("topLevel")}</option>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary" disabled={move.submitting}>
            {t("moveButton")}
          </Button>
        </form>
      </div>
    </details>
  );
}
