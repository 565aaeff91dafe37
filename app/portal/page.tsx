import { getTranslations } from "next-intl/server";
import { AccountCard } from "@/components/account/account-card";
import { requirePageCapability } from "@/lib/server/auth/session";

export default async function PortalHome() {
  const user = await requirePageCapability("portal.use", "/portal");
  const t = await getTranslations("home");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">{t("portalTitle")}</h1>
      <p>{t("portalLead", { name: user.name })}</p>
      <AccountCard user={user} />
    </div>
  );
}
