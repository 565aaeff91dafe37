import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/admin/action-button";
import { formatDateTime } from "@/components/admin/format";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { UserAccessForm } from "@/components/admin/user-access-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { departmentChoices } from "@/lib/server/admin/department-choices";
import { getUserForAdmin, isStaffAccount } from "@/lib/server/admin/list-users";
import { requirePageCapability } from "@/lib/server/auth/session";
import { STAFF_ROLES, type StaffRole } from "@/lib/validation/admin";
import { sendResetLinkAction, setUserDisabledAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("detailTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function UserPage({ params, searchParams }: { params: Promise<{ userId: string }>; searchParams: Promise<{ created?: string }> }) {
  const { userId } = await params;
  const me = await requirePageCapability("users.manage", `/admin/users/${userId}`);
  if (!UUID.test(userId)) notFound();
  const [t, c, roleNames, user, departments, { created }] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("admin.common"),
    getTranslations("roles"),
    getUserForAdmin(userId),
    departmentChoices(),
    searchParams,
  ]);
  if (!user) notFound();
  const isSelf = user.id === me.id;
  const staff = isStaffAccount(user.roles);

  return (
    <div className="space-y-6">
      <BackLink href={`/admin/users${staff ? "" : "?kind=citizens"}`}>{t("backToList")}</BackLink>
      <PageHeader title={user.name} lead={user.email}>
        {user.disabledAt ? <StatusBadge tone="danger">{t("disabled")}</StatusBadge> : <StatusBadge tone="ok">{t("active")}</StatusBadge>}
      </PageHeader>
      {created === "link" ? <Alert tone="success">{t("createdWithLink", { email: user.email })}</Alert> : null}
      {created === "password" ? <Alert tone="success">{t("createdWithPassword")}</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("accessTitle")}>
          {staff ? (
            <UserAccessForm
              userId={user.id}
              roles={user.roles.filter((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r))}
              departmentId={user.departmentId}
              departments={departments}
              isSelf={isSelf}
            />
          ) : (
            <p>
              {t("citizenAccess", { roles: user.roles.map((r) => roleNames(r)).join(c("listSeparator")) })}
            </p>
          )}
        </Card>
        <div className="space-y-6">
          <Card title={t("statusTitle")}>
            <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="text-muted">{t("createdAt")}</dt>
              <dd>{formatDateTime(user.createdAt)}</dd>
              {user.disabledAt ? (
                <>
                  <dt className="text-muted">{t("disabledAt")}</dt>
                  <dd>{formatDateTime(user.disabledAt)}</dd>
                </>
              ) : null}
            </dl>
            <p className="mb-3 text-muted">{t("disableExplained")}</p>
            {isSelf && !user.disabledAt ? (
              <p className="rounded-md border-l-4 border-warn bg-warn-bg px-4 py-3 text-warn" data-testid="self-disable-note">
                {t("selfDisableNote")}
              </p>
            ) : (
              <ActionButton
                action={setUserDisabledAction}
                input={{ userId: user.id, disabled: !user.disabledAt }}
                label={user.disabledAt ? t("enable") : t("disable")}
                confirmText={user.disabledAt ? undefined : t("disableConfirm", { name: user.name })}
                danger={!user.disabledAt}
              />
            )}
          </Card>
          {staff ? (
            <Card title={t("resetTitle")}>
              <p className="mb-3 text-muted">{user.disabledAt ? t("resetDisabled") : t("resetExplained")}</p>
              {user.disabledAt ? null : (
                <ActionButton action={sendResetLinkAction} input={{ userId: user.id }} label={t("resetButton")} successText={t("resetSent", { email: user.email })} />
              )}
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
