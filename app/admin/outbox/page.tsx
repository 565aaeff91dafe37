import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/admin/action-button";
import { DataTable, Td } from "@/components/admin/data-table";
import { formatDateTime } from "@/components/admin/format";
import { OUTBOX_STATUS_TONES } from "@/components/admin/outbox-status";
import { PageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { getEnv } from "@/lib/env";
import { listOutbox, OUTBOX_LIST_LIMIT } from "@/lib/server/admin/list-outbox";
import { requirePageCapability } from "@/lib/server/auth/session";
import { OUTBOX_STATUSES, outboxFilterSchema } from "@/lib/validation/admin";
import { retryMailAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.outbox"))("title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageCapability("outbox.read", "/admin/outbox");
  const { status } = outboxFilterSchema.parse(await searchParams);
  const [t, { counts, mails }] = await Promise.all([getTranslations("admin.outbox"), listOutbox(status)]);
  const smtp = Boolean(getEnv().SMTP_URL);
  const tone = (s: string) => OUTBOX_STATUS_TONES[s] ?? "info";

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {smtp ? null : <Alert tone="warning">{t("noSmtp")}</Alert>}
      <nav aria-label={t("filterLabel")}>
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href="/admin/outbox"
              aria-current={!status ? "page" : undefined}
              className={cn("inline-block rounded-md border px-4 py-2 no-underline", !status ? "border-brand-600 bg-brand-600 text-white" : "border-line bg-white text-brand-700 hover:bg-brand-50")}
            >
              {t("all", { count: OUTBOX_STATUSES.reduce((a, s) => a + counts[s], 0) })}
            </Link>
          </li>
          {OUTBOX_STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={`/admin/outbox?status=${s}`}
                aria-current={status === s ? "page" : undefined}
                data-testid={`outbox-count-${s}`}
                className={cn("inline-block rounded-md border px-4 py-2 no-underline", status === s ? "border-brand-600 bg-brand-600 text-white" : "border-line bg-white text-brand-700 hover:bg-brand-50")}
              >
                {t(`statusCount.${s}`, { count: counts[s] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {mails.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6">{t("none")}</p>
      ) : (
        <DataTable caption={t("caption")} captionHidden testId="outbox-table" head={[t("status"), t("to"), t("subject"), t("template"), t("attempts"), t("lastError"), t("times"), t("actions")]}>
          {mails.map((m) => (
            <tr key={m.id} data-testid="outbox-row">
              <Td>
                <StatusBadge tone={tone(m.status)}>{t(`statuses.${m.status}`)}</StatusBadge>
              </Td>
              <Td className="min-w-48 [overflow-wrap:anywhere]">{m.toAddress}</Td>
              <Td className="min-w-56">{m.subject}</Td>
              <Td>
                <code className="text-sm">{m.template}</code>
              </Td>
              <Td className="text-right tabular-nums">{m.attempts}</Td>
              <Td className="max-w-64 text-sm break-words text-danger">{m.lastError ?? ""}</Td>
              <Td className="text-sm whitespace-nowrap">
                <span className="block">{t("createdAt", { at: formatDateTime(m.createdAt) })}</span>
                {m.sentAt ? <span className="block">{t("sentAt", { at: formatDateTime(m.sentAt) })}</span> : null}
                {m.status === "queued" || m.status === "failed" ? <span className="block text-muted">{t("nextAttempt", { at: formatDateTime(m.nextAttemptAt) })}</span> : null}
              </Td>
              <Td className="space-y-2">
                {m.hasBody ? (
                  <Link href={`/admin/outbox/${m.id}`} className="block whitespace-nowrap text-brand-700 underline underline-offset-4" aria-label={t("readLabel", { to: m.toAddress, subject: m.subject })}>
                    {t("read")}
                  </Link>
                ) : null}
                {m.status === "failed" ? <ActionButton action={retryMailAction} input={{ mailId: m.id }} label={t("retry")} successText={t("retried")} /> : null}
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
      {mails.length >= OUTBOX_LIST_LIMIT ? <p className="text-muted">{t("more", { count: OUTBOX_LIST_LIMIT })}</p> : null}
    </div>
  );
}
