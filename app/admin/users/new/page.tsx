import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { departmentChoices } from "@/lib/server/admin/department-choices";
import { requirePageCapability } from "@/lib/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("createTitle") };
}

export default async function NewUserPage() {
  await requirePageCapability("users.manage", "/admin/users/new");
  const [t, departments] = await Promise.all([getTranslations("admin.users"), departmentChoices()]);
  return (
    <div className="space-y-6">
      <BackLink href={"/admin/users"}>{t("backToList")}</BackLink>
      <PageHeader title={t("createTitle")} lead={t("createLead")} />
      <div className="max-w-2xl rounded-lg border border-line bg-white p-6">
        <UserCreateForm departments={departments} />
      </div>
    </div>
  );
}
