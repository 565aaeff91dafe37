import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/admin/action-button";
import { DataTable, Td } from "@/components/admin/data-table";
import { formatDate } from "@/components/admin/format";
import { PageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import { listUsers, USER_LIST_LIMIT } from "@/lib/server/admin/list-users";
import { requirePageCapability } from "@/lib/server/auth/session";
import { userSearchSchema } from "@/lib/validation/admin";
import { setUserDisabledAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requirePageCapability("users.manage", "/admin/users");
  const { q, kind = "staff" } = userSearchSchema.parse(await searchParams);
  const [t, c, roles, { users, more }] = await Promise.all([getTranslations("admin.users"), getTranslations("admin.common"), getTranslations("roles"), listUsers({ kind, q })]);
  const tab = (k: "staff" | "citizens") => `/admin/users?kind=${k}${q ? `&q=${encodeURIComponent(q)}` : ""}`;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")}>
        <Link href="/admin/users/new" className={buttonClass("primary")}>
          {t("create")}
        </Link>
      </PageHeader>

      <form method="get" role="search" className="flex max-w-2xl flex-wrap items-end gap-3">
        <input type="hidden" name="kind" value={kind} />
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="user-search" className="block font-medium">
            {t("search")}
          </label>
          <Input id="user-search" name="q" type="search" defaultValue={q ?? ""} placeholder={t("searchPlaceholder")} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("searchButton")}
        </button>
      </form>

      <nav aria-label={t("kinds")} className="flex gap-2">
        {(["staff", "citizens"] as const).map((k) => (
          <Link
            key={k}
            href={tab(k)}
            aria-current={kind === k ? "page" : undefined}
            className={cn("rounded-md border px-4 py-2 no-underline", kind === k ? "border-brand-600 bg-brand-600 text-white" : "border-line bg-white text-brand-700 hover:bg-brand-50")}
          >
            {t(`kind.${k}`)}
          </Link>
        ))}
      </nav>
      <p className="text-muted">{kind === "citizens" ? t("citizensNote") : t("staffNote")}</p>

      {users.length === 0 ? (
        <p className="rounded-lg border border-line bg-white p-6">{q ? t("noMatch", { q }) : t("none")}</p>
      ) : (
        <DataTable
          caption={t(`kind.${kind}`)}
          captionHidden
          testId="users-table"
          head={[t("name"), t("email"), ...(kind === "staff" ? [t("roles"), t("department")] : [t("registered")]), t("status"), t("actions")]}
        >
          {users.map((u) => (
            <tr key={u.id} data-testid="user-row">
              <Td>
                {kind === "staff" ? (
                  <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline underline-offset-4">
                    {u.name}
                  </Link>
                ) : (
                  u.name
                )}
                {u.id === me.id ? <span className="ml-2 text-sm text-muted">{t("you")}</span> : null}
              </Td>
              <Td className="break-all">{u.email}</Td>
              {kind === "staff" ? (
                <>
                  <Td>{u.roles.filter((r) => r !== "citizen").map((r) => roles(r)).join(c("listSeparator"))}</Td>
                  <Td>{u.departmentName ?? <span className="text-muted">{t("noDepartment")}</span>}</Td>
                </>
              ) : (
                <Td>{formatDate(u.createdAt)}</Td>
              )}
              <Td>{u.disabledAt ? <StatusBadge tone="danger">{t("disabled")}</StatusBadge> : <StatusBadge tone="ok">{t("active")}</StatusBadge>}</Td>
              <Td>
                {kind === "staff" ? (
                  <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline underline-offset-4" aria-label={t("manageLabel", { name: u.name })}>
                    {t("manage")}
                  </Link>
                ) : (
                  <ActionButton
                    action={setUserDisabledAction}
                    input={{ userId: u.id, disabled: !u.disabledAt }}
                    label={u.disabledAt ? t("enable") : t("disable")}
                    confirmText={u.disabledAt ? undefined : t("disableConfirm", { name: u.name })}
                    danger={!u.disabledAt}
                  />
                )}
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
      {more ? <p className="text-muted">{t("more", { count: USER_LIST_LIMIT })}</p> : null}
    </div>
  );
}
