import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { SettingsForm } from "@/components/admin/settings-form";
import { getAgencySettings } from "@/lib/server/admin/get-agency-settings";
import { requirePageCapability } from "@/lib/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.settings"))("title") };
}

export default async function SettingsPage() {
  await requirePageCapability("settings.manage", "/admin/settings");
  const [t, settings] = await Promise.all([getTranslations("admin.settings"), getAgencySettings()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="max-w-2xl rounded-lg border border-line bg-white p-6">
        <SettingsForm
          defaults={{
            name: settings.name,
            address: settings.address,
            contact: settings.contact,
            sealText: settings.sealText,
            trackingPrefix: settings.trackingPrefix,
            replyDeadlineWording: settings.replyDeadlineWording,
          }}
        />
      </div>
    </div>
  );
}
