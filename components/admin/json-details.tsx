import { getTranslations } from "next-intl/server";

/** before/after of an audit event, folded away until asked for. */
export async function JsonDetails({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations("admin.audit");
  if (before === null && after === null) return <span className="text-muted">—</span>;
  return (
    <details>
      <summary className="cursor-pointer text-brand-700 underline underline-offset-4">{t("details")}</summary>
      <div className="mt-2 grid gap-2">
        {before !== null ? (
          <div>
            <p className="text-sm font-medium">{t("before")}</p>
            <pre className="max-w-md overflow-x-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap break-all">{JSON.stringify(before, null, 2)}</pre>
          </div>
        ) : null}
        {after !== null ? (
          <div>
            <p className="text-sm font-medium">{t("after")}</p>
            <pre className="max-w-md overflow-x-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap break-all">{JSON.stringify(after, null, 2)}</pre>
          </div>
        ) : null}
      </div>
    </details>
  );
}
