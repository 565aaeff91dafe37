import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { isRole } from "@/lib/auth/roles";
import { getAdminOverview } from "@/lib/server/admin/get-admin-overview";
import { requirePageCapability } from "@/lib/server/auth/session";

export default async function AdminHome() {
  const user = await requirePageCapability("admin.use", "/admin");
  const [t, roles, overview] = await Promise.all([getTranslations("home"), getTranslations("roles"), getAdminOverview()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">{t("adminTitle")}</h1>
      <p>{t("adminLead", { name: user.name })}</p>
      <div className="grid gap-6 md:grid-cols-3">
        <Card title={t("agency")}>
          <dl className="space-y-1">
            <dt className="text-muted">{t("agencyName")}</dt>
            <dd>{overview.settings?.name}</dd>
            <dt className="text-muted">{t("trackingPrefix")}</dt>
            <dd>{overview.settings?.trackingPrefix}</dd>
          </dl>
        </Card>
        <Card title={t("departments")}>
          <ul className="list-disc pl-6">
            {overview.departments.map((d) => (
              <li key={d.id}>{d.name}</li>
            ))}
          </ul>
        </Card>
        <Card title={t("outbox")}>
          <ul className="space-y-1">
            <li>{t("outboxQueued", { count: overview.outbox.queued })}</li>
            <li>{t("outboxSent", { count: overview.outbox.sent })}</li>
            <li className={overview.outbox.failed ? "font-semibold text-danger" : undefined}>{t("outboxFailed", { count: overview.outbox.failed })}</li>
          </ul>
        </Card>
      </div>
      <Card title={t("users")}>
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">{t("userName")}</th>
                <th scope="col" className="py-2 pr-4">{t("userEmail")}</th>
                <th scope="col" className="py-2 pr-4">{t("userRoles")}</th>
                <th scope="col" className="py-2">{t("userStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.users.map((u) => (
                <tr key={u.id} className="border-b border-line/60">
                  <td className="py-2 pr-4">{u.name}</td>
                  <td className="py-2 pr-4">{u.email}</td>
                  <td className="py-2 pr-4">{u.roles.filter(isRole).map((r) => roles(r)).join("、")}</td>
                  <td className="py-2">{u.disabledAt ? t("disabled") : t("active")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
