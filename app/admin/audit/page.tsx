import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable, Td } from "@/components/admin/data-table";
import { formatDateTime } from "@/components/admin/format";
import { JsonDetails } from "@/components/admin/json-details";
import { PageHeader } from "@/components/admin/page-header";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { listAuditActions, listAuditEvents } from "@/lib/server/admin/list-audit-events";
import { requirePageCapability } from "@/lib/server/auth/session";
import { AUDIT_PAGE_SIZE, auditFilterSchema, type AuditFilter } from "@/lib/validation/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function query(filter: AuditFilter, extra: Record<string, string | number | undefined> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, before: undefined, ...extra })) if (v !== undefined && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageCapability("audit.read", "/admin/audit");
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, actions, { events, nextBefore }] = await Promise.all([getTranslations("admin.audit"), listAuditActions(), listAuditEvents(filter, AUDIT_PAGE_SIZE)]);
  const fields = [
    { name: "actor", type: "email", value: filter.actor },
    { name: "case", type: "text", value: filter.case },
    { name: "from", type: "date", value: filter.from },
    { name: "to", type: "date", value: filter.to },
  ] as const;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <form method="get" className="grid gap-4 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("filters")}>
        {fields.map((f) => (
          <div key={f.name} className="space-y-1">
            <label htmlFor={`audit-${f.name}`} className="block font-medium">
              {t(`filter.${f.name}`)}
            </label>
            <Input id={`audit-${f.name}`} name={f.name} type={f.type} defaultValue={f.value ?? ""} />
          </div>
        ))}
        <div className="space-y-1">
          <label htmlFor="audit-action" className="block font-medium">
            {t("filter.action")}
          </label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className="block min-h-11 w-full rounded-md border border-line bg-white px-3 py-2">
            <option value="">{t("allActions")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
          <Link href="/admin/audit" className={buttonClass("secondary")}>
            {t("clear")}
          </Link>
          <a href={`/admin/audit/export${query(filter)}`} className={buttonClass("secondary")} download data-testid="audit-export">
            {t("export")}
          </a>
        </div>
      </form>

      {events.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6">{t("none")}</p>
      ) : (
        <DataTable caption={t("caption")} captionHidden testId="audit-table" head={[t("at"), t("actor"), t("action"), t("entity"), t("case"), t("change")]}>
          {events.map((e) => (
            <tr key={e.id} data-testid="audit-row">
              <Td className="whitespace-nowrap tabular-nums">{formatDateTime(e.at)}</Td>
              <Td>
                {e.actorEmail ? (
                  <>
                    {e.actorName}
                    <span className="block text-sm [overflow-wrap:anywhere] text-muted">{e.actorEmail}</span>
                  </>
                ) : (
                  <span className="text-muted">{t(`actorKinds.${e.actorKind}`)}</span>
                )}
              </Td>
              <Td>
                <code className="text-sm">{e.action}</code>
              </Td>
              <Td className="text-sm">
                {e.entityType}
                {e.entityId ? (
                  <span className="block text-muted" title={e.entityId}>
                    {UUID.test(e.entityId) ? `${e.entityId.slice(0, 8)}…` : e.entityId}
                  </span>
                ) : null}
              </Td>
              <Td className="font-mono text-sm whitespace-nowrap">{e.trackingNumber ?? ""}</Td>
              <Td>
                <JsonDetails before={e.before} after={e.after} />
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav aria-label={t("pages")} className="flex flex-wrap gap-3">
        {filter.before ? (
          <Link href={`/admin/audit${query(filter)}`} className={buttonClass("secondary")}>
            {t("newest")}
          </Link>
        ) : null}
        {nextBefore ? (
          <Link href={`/admin/audit${query(filter, { before: nextBefore })}`} className={buttonClass("secondary")} data-testid="audit-older">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
