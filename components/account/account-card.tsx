import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/server/auth/session";

export async function AccountCard({ user, departmentName }: { user: SessionUser; departmentName?: string | null }) {
  const [t, roles] = await Promise.all([getTranslations("home"), getTranslations("roles")]);
  return (
    <Card title={t("account")}>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="text-muted">{t("userName")}</dt>
        <dd>{user.name}</dd>
        <dt className="text-muted">{t("userEmail")}</dt>
        <dd>{user.email}</dd>
        <dt className="text-muted">{t("roles")}</dt>
        <dd data-testid="account-roles">{user.roles.map((r) => roles(r)).join("、")}</dd>
        {departmentName !== undefined ? (
          <>
            <dt className="text-muted">{t("department")}</dt>
            <dd>{departmentName ?? t("noDepartment")}</dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
