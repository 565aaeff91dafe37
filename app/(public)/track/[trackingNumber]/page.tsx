import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequestViewPanel } from "@/components/request-view/request-view";
import { WithdrawButton } from "@/components/request-view/withdraw-button";
import { loadRequestView } from "@/lib/server/requests/get-request-view";
import { grantedCaseId } from "@/lib/server/requests/lookup-grant";

/** The visitor's status page: opened only by a lookup grant for this very case. */
export default async function TrackedRequestPage({ params }: { params: Promise<{ trackingNumber: string }> }) {
  const [{ trackingNumber }, caseId, t] = await Promise.all([params, grantedCaseId(), getTranslations("requests")]);
  const view = caseId ? await loadRequestView({ caseId }) : null;
  if (!view || view.trackingNumber !== trackingNumber.toUpperCase()) {
    redirect(`/track?tn=${encodeURIComponent(trackingNumber.slice(0, 40))}&expired=1`);
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold text-brand-800">{t("detailTitle", { trackingNumber: view.trackingNumber })}</h1>
      <RequestViewPanel
        view={view}
        fileHref={(id) => `/api/web/files/${id}`}
        actions={<WithdrawButton trackingNumber={view.trackingNumber} version={view.version} status={view.status} via="lookup" />}
      />
    </div>
  );
}
