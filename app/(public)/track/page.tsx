import { getTranslations } from "next-intl/server";
import { LookupForm, ReissueForm } from "@/components/request-view/lookup-forms";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("requests"))("trackTitle") };
}

export default async function TrackPage({ searchParams }: { searchParams: Promise<{ tn?: string; expired?: string }> }) {
  const [t, sp] = await Promise.all([getTranslations("requests"), searchParams]);
  return (
    <div className="grid gap-8 md:grid-cols-[3fr_2fr]">
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold text-brand-800">{t("trackTitle")}</h1>
        <p className="text-muted">{t("trackLead")}</p>
        {sp.expired ? <Alert tone="info">{t("trackExpired")}</Alert> : null}
        <LookupForm trackingNumber={sp.tn?.slice(0, 40)} />
      </div>
      <Card title={t("reissueTitle")}>
        <p className="mb-4 text-sm text-muted">{t("reissueLead")}</p>
        <ReissueForm />
      </Card>
    </div>
  );
}
