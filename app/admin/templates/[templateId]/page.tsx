import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/admin/format";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { TemplateEditor } from "@/components/admin/template-editor";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getDocumentTemplate } from "@/lib/server/admin/list-document-templates";
import { latestCaseNumber } from "@/lib/server/admin/latest-case-number";
import { requirePageCapability } from "@/lib/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.templates"))("editTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function TemplatePage({ params, searchParams }: { params: Promise<{ templateId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { templateId } = await params;
  await requirePageCapability("settings.manage", `/admin/templates/${templateId}`);
  if (!UUID.test(templateId)) notFound();
  const [t, outcomes, template, exampleCase, { saved }] = await Promise.all([
    getTranslations("admin.templates"),
    getTranslations("admin.outcomes"),
    getDocumentTemplate(templateId),
    latestCaseNumber(),
    searchParams,
  ]);
  if (!template) notFound();
  const latest = template.versions[0]!;
  const editing = template.versions.find((v) => v.id === templateId) ?? latest;
  const applies = template.outcome ? outcomes(template.outcome) : t("anyCase");
  return (
    <div className="space-y-6">
      <BackLink href={"/admin/templates"}>{t("backToList")}</BackLink>
      <PageHeader title={`${t(`kinds.${template.kind}`)} · ${applies}`} lead={t("editLead", { version: latest.version })} />
      {saved ? <Alert tone="success">{t("saved", { version: saved })}</Alert> : null}
      {editing.id !== latest.id ? <Alert tone="warning">{t("olderVersion", { version: editing.version, latest: latest.version })}</Alert> : null}
      <TemplateEditor key={editing.id} templateId={editing.id} title={editing.title} body={editing.body} exampleCase={exampleCase} />
      <Card title={t("history")}>
        <ol className="divide-y divide-line">
          {template.versions.map((v) => (
            <li key={v.id} className="py-2">
              <Link href={`/admin/templates/${v.id}`} className="text-brand-700 underline underline-offset-4" aria-current={v.id === editing.id ? "page" : undefined}>
                {t("versionLabel", { version: v.version })}
              </Link>{" "}
              <span className="text-sm text-muted">
                {formatDateTime(v.createdAt)} {v.createdBy ?? t("system")}
              </span>
              <span className="block text-sm">{v.title}</span>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
