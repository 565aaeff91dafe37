import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/admin/format";
import { OUTBOX_STATUS_TONES } from "@/components/admin/outbox-status";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { Card } from "@/components/ui/card";
import { getOutboxMail } from "@/lib/server/admin/get-outbox-mail";
import { requirePageCapability } from "@/lib/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.outbox"))("mailTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function OutboxMailPage({ params }: { params: Promise<{ mailId: string }> }) {
  const { mailId } = await params;
  const user = await requirePageCapability("outbox.read", `/admin/outbox/${mailId}`);
  if (!UUID.test(mailId)) notFound();
  const [t, mail] = await Promise.all([getTranslations("admin.outbox"), getOutboxMail({ kind: "user", userId: user.id }, mailId)]);
  if (!mail) notFound();
  return (
    <div className="space-y-6">
      <BackLink href={"/admin/outbox"}>{t("backToList")}</BackLink>
      <PageHeader title={mail.subject} lead={t("mailLead")}>
        <StatusBadge tone={OUTBOX_STATUS_TONES[mail.status] ?? "info"}>{t(`statuses.${mail.status}`)}</StatusBadge>
      </PageHeader>
      <Card>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="text-muted">{t("to")}</dt>
          <dd className="break-all">{mail.toAddress}</dd>
          <dt className="text-muted">{t("template")}</dt>
          <dd>
            <code>{mail.template}</code>
          </dd>
          <dt className="text-muted">{t("attempts")}</dt>
          <dd>{mail.attempts}</dd>
          <dt className="text-muted">{t("times")}</dt>
          <dd>{t("createdAt", { at: formatDateTime(mail.createdAt) })}</dd>
          {mail.lastError ? (
            <>
              <dt className="text-muted">{t("lastError")}</dt>
              <dd className="text-danger">{mail.lastError}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      <Card title={t("body")}>
        {mail.bodyText !== null ? (
          <pre className="font-sans whitespace-pre-wrap break-words" data-testid="mail-body">
            {mail.bodyText}
          </pre>
        ) : (
          <p className="text-muted">{mail.status === "sent" ? t("bodyPurged") : t("noTextBody")}</p>
        )}
      </Card>
    </div>
  );
}
