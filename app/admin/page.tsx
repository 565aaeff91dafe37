import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ADMIN_SECTIONS } from "@/components/admin/sections";
import { Card } from "@/components/ui/card";
import { getAdminOverview } from "@/lib/server/admin/get-admin-overview";
import { requirePageCapability } from "@/lib/server/auth/session";

export default async function AdminHome() {
  const user = await requirePageCapability("admin.use", "/admin");
  const [t, a, overview] = await Promise.all([getTranslations("home"), getTranslations("admin.home"), getAdminOverview()]);
  const figures: Partial<Record<(typeof ADMIN_SECTIONS)[number], string>> = {
    settings: overview.settings ? a("figureSettings", { name: overview.settings.name, prefix: overview.settings.trackingPrefix }) : undefined,
    users: a("figureUsers", { staff: overview.accounts.staff, citizens: overview.accounts.citizens }),
    departments: a("figureDepartments", { count: overview.departments.length }),
    outbox: a("figureOutbox", { queued: overview.outbox.queued, failed: overview.outbox.failed }),
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">{t("adminTitle")}</h1>
      <p>{t("adminLead", { name: user.name })}</p>
      {overview.outbox.failed ? (
        <p className="rounded-md border-l-4 border-danger bg-danger-bg px-4 py-3 text-danger" role="status">
          {a("failedMails", { count: overview.outbox.failed })}{" "}
          <Link href="/admin/outbox?status=failed" className="font-medium underline underline-offset-4">
            {a("failedMailsLink")}
          </Link>
        </p>
      ) : null}
      <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s}>
            <Card className="h-full">
              <h2 className="text-xl font-semibold">
                <Link href={`/admin/${s}`} className="text-brand-700 underline-offset-4 hover:underline">
                  {a(`sections.${s}.title`)}
                </Link>
              </h2>
              <p className="mt-2 text-muted">{a(`sections.${s}.description`)}</p>
              {figures[s] ? <p className="mt-2 font-medium">{figures[s]}</p> : null}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
