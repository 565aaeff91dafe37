import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable, Td } from "@/components/admin/data-table";
import { formatDateTime } from "@/components/admin/format";
import { PageHeader } from "@/components/admin/page-header";
import { listDocumentTemplates } from "@/lib/server/admin/list-document-templates";
import { requirePageCapability } from "@/lib/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.templates"))("title") };
}

export default async function TemplatesPage() {
  await requirePageCapability("settings.manage", "/admin/templates");
  const [t, outcomes, families] = await Promise.all([getTranslations("admin.templates"), getTranslations("admin.outcomes"), listDocumentTemplates()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <DataTable caption={t("caption")} captionHidden testId="templates-table" head={[t("kind"), t("appliesTo"), t("titleColumn"), t("version"), t("edited"), t("actions")]}>
        {families.map((f) => (
          <tr key={f.id}>
            <Td className="font-medium">{t(`kinds.${f.kind}`)}</Td>
            <Td>
              {f.outcome ? outcomes(f.outcome) : t("anyCase")}
              {f.reasonCode ? <span className="block text-sm text-muted">{t("reason", { code: f.reasonCode })}</span> : null}
            </Td>
            <Td>{f.title}</Td>
            <Td className="whitespace-nowrap">{t("versionOf", { version: f.version, count: f.versions })}</Td>
            <Td className="text-sm whitespace-nowrap">
              {formatDateTime(f.createdAt)}
              {f.createdBy ? <span className="block text-muted">{f.createdBy}</span> : null}
            </Td>
            <Td>
              <Link href={`/admin/templates/${f.id}`} className="text-brand-700 underline underline-offset-4" aria-label={t("editLabel", { kind: t(`kinds.${f.kind}`), applies: f.outcome ? outcomes(f.outcome) : t("anyCase") })}>
                {t("edit")}
              </Link>
            </Td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
