import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/i18n/labels";
import type { StaffCase } from "@/lib/server/cases/get-case";

/** Every file of the case (staff may download all of them). */
export async function CaseFiles({ files, locale }: { files: StaffCase["files"]; locale: Locale }) {
  const t = await getTranslations("requests");
  const kind = (k: string) => (t.has(`fileKinds.${k}` as never) ? t(`fileKinds.${k}` as never) : k);
  return (
    <Card title={t("files")}>
      {files.length === 0 ? (
        <p className="text-muted">{t("noFiles")}</p>
      ) : (
        <ul className="divide-y divide-line">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="min-w-0 break-all">
                <span className="mr-2 rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{kind(f.kind)}</span>
                {f.fileName}
                <span className="ml-2 text-sm text-muted">
                  {Math.max(1, Math.round(f.size / 1024))} KB · {formatInstant(f.createdAt, locale)}
                </span>
              </span>
              <a href={`/api/web/files/${f.id}`} className="text-brand-700 underline underline-offset-4" download>
                {t("download")}
                <span className="sr-only"> {f.fileName}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
