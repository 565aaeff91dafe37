import { getTranslations } from "next-intl/server";
import { AccountCard } from "@/components/account/account-card";
import { requirePageCapability } from "@/lib/server/auth/session";
import { getDepartmentName } from "@/lib/server/users/get-department-name";

export default async function SupervisorHome() {
  const user = await requirePageCapability("supervisor.use", "/supervisor");
  const [t, departmentName] = await Promise.all([getTranslations("home"), getDepartmentName(user.departmentId)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">{t("supervisorTitle")}</h1>
      <p>{t("supervisorLead", { name: user.name })}</p>
      <AccountCard user={user} departmentName={departmentName} />
    </div>
  );
}
