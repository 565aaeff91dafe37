import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LinkRequestForm } from "@/components/request-view/link-request-form";
import { StatusBadge } from "@/components/request-view/status-badge";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/labels";
import { requirePageCapability } from "@/lib/server/auth/session";
import { listMyRequests } from "@/lib/server/requests/get-request-view";

export default async function PortalHome() {
  const user = await requirePageCapability("portal.use", "/portal");
  const [t, home, link, rawLocale, rows] = await Promise.all([
    getTranslations("requests"),
    getTranslations("home"),
    getTranslations("linkRequest"),
    getLocale(),
    listMyRequests(user.id),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "zh-CN";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold text-brand-800">{home("portalTitle")}</h1>
        <Link href="/requests/new" className={buttonClass("primary")}>
          {t("newRequest")}
        </Link>
      </div>
      <p>{home("portalLead", { name: user.name })}</p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6 text-muted">{t("myEmpty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">{t("listCaption")}</caption>
            <thead className="bg-brand-50">
              <tr>
                <th scope="col" className="px-4 py-2">{t("trackingNumber")}</th>
                <th scope="col" className="px-4 py-2">{t("information")}</th>
                <th scope="col" className="px-4 py-2">{t("receivedAt")}</th>
                <th scope="col" className="px-4 py-2">{t("dueDate")}</th>
                <th scope="col" className="px-4 py-2">{home("userStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.trackingNumber} className="border-t border-line" data-testid="my-request-row">
                  <td className="px-4 py-2 font-mono">
                    <Link href={`/portal/requests/${r.trackingNumber}`} className="text-brand-700 underline underline-offset-4">
                      {r.trackingNumber}
                    </Link>
                  </td>
                  <td className="max-w-md px-4 py-2">{r.infoTitle || r.infoDescription}</td>
                  <td className="px-4 py-2">{formatDate(r.receivedAt, locale)}</td>
                  <td className="px-4 py-2">
                    {formatDate(r.dueDate, locale)}
                    {r.dueDateProvisional ? t("provisional") : ""}
                  </td>
                  <td className="px-4 py-2">
                    <StatusBadge status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Card title={link("title")}>
        <p className="mb-4 text-muted">{link("lead")}</p>
        <LinkRequestForm />
      </Card>
    </div>
  );
}
