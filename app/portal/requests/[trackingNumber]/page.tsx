import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequestViewPanel } from "@/components/request-view/request-view";
import { WithdrawButton } from "@/components/request-view/withdraw-button";
import { requirePageCapability } from "@/lib/server/auth/session";
import { loadRequestView } from "@/lib/server/requests/get-request-view";

/** One of the citizen's own requests; someone else's number is simply not found. */
export default async function MyRequestPage({ params }: { params: Promise<{ trackingNumber: string }> }) {
  const { trackingNumber } = await params;
  const user = await requirePageCapability("portal.use", `/portal/requests/${trackingNumber}`);
  const [t, home, view] = await Promise.all([getTranslations("requests"), getTranslations("home"), loadRequestView({ trackingNumber, citizenUserId: user.id })]);
  if (!view) notFound();
  return (
    <div className="space-y-6">
      <Link href="/portal" className="no-print text-brand-700 underline underline-offset-4">
        {home("portalTitle")}
      </Link>
      <h1 className="text-2xl font-semibold text-brand-800">{t("detailTitle", { trackingNumber: view.trackingNumber })}</h1>
      <RequestViewPanel
        view={view}
        fileHref={(id) => `/api/web/files/${id}`}
        actions={<WithdrawButton trackingNumber={view.trackingNumber} version={view.version} status={view.status} via="portal" />}
      />
    </div>
  );
}
