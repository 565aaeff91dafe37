import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/admin/action-button";
import { DataTable, Td } from "@/components/admin/data-table";
import { formatDate, formatDateTime } from "@/components/admin/format";
import { PageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { TokenCreateForm } from "@/components/admin/token-create-form";
import { Card } from "@/components/ui/card";
import { listApiTokens } from "@/lib/server/admin/list-api-tokens";
import { requirePageCapability } from "@/lib/server/auth/session";
import { revokeTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.tokens"))("title") };
}

export default async function TokensPage() {
  await requirePageCapability("tokens.manage", "/admin/tokens");
  const [t, tokens] = await Promise.all([getTranslations("admin.tokens"), listApiTokens()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="space-y-6">
        <div>
          {tokens.length === 0 ? (
            <p className="rounded-lg border border-line bg-white p-6">{t("none")}</p>
          ) : (
            <DataTable caption={t("listCaption")} testId="tokens-table" head={[t("name"), t("owner"), t("prefix"), t("created"), t("expires"), t("lastUsed"), t("state"), t("actions")]}>
              {tokens.map((tok) => {
                const state = tok.revokedAt ? "revoked" : tok.expired ? "expired" : tok.ownerDisabled ? "ownerDisabled" : "active";
                return (
                  <tr key={tok.id} data-testid="token-row">
                    <Td className="font-medium">{tok.name}</Td>
                    <Td>
                      {tok.ownerName}
                      <span className="block text-sm break-all text-muted">{tok.ownerEmail}</span>
                    </Td>
                    <Td>
                      <code className="text-sm">{tok.prefix}…</code>
                    </Td>
                    <Td className="whitespace-nowrap">{formatDate(tok.createdAt)}</Td>
                    <Td className="whitespace-nowrap">{tok.expiresAt ? formatDate(tok.expiresAt) : t("never")}</Td>
                    <Td className="whitespace-nowrap">{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt) : <span className="text-muted">{t("neverUsed")}</span>}</Td>
                    <Td>
                      <StatusBadge tone={state === "active" ? "ok" : state === "revoked" ? "danger" : "warn"}>{t(`states.${state}`)}</StatusBadge>
                      {tok.revokedAt ? <span className="block text-sm whitespace-nowrap text-muted">{formatDateTime(tok.revokedAt)}</span> : null}
                    </Td>
                    <Td>
                      {tok.revokedAt ? null : (
                        <ActionButton
                          action={revokeTokenAction}
                          input={{ tokenId: tok.id }}
                          label={t("revoke")}
                          confirmText={t("revokeConfirm", { name: tok.name, prefix: tok.prefix })}
                          confirmLabel={t("revokeConfirmButton")}
                          danger
                        />
                      )}
                    </Td>
                  </tr>
                );
              })}
            </DataTable>
          )}
        </div>
        <Card title={t("createTitle")} className="max-w-2xl">
          <TokenCreateForm />
        </Card>
      </div>
    </div>
  );
}
