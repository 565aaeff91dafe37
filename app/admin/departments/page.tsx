import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DataTable, Td } from "@/components/admin/data-table";
import { DepartmentCreateForm, DepartmentEditForms } from "@/components/admin/department-forms";
import { PageHeader } from "@/components/admin/page-header";
import { Card } from "@/components/ui/card";
import { listDepartmentTree } from "@/lib/server/admin/list-department-tree";
import { requirePageCapability } from "@/lib/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.departments"))("title") };
}

export default async function DepartmentsPage() {
  await requirePageCapability("departments.manage", "/admin/departments");
  const [t, tree] = await Promise.all([getTranslations("admin.departments"), listDepartmentTree()]);
  const choices = tree.map((d) => ({ id: d.id, label: `${"\u3000".repeat(d.depth)}${d.name}（${d.code}）` }));
  // A department cannot move under itself or its descendants: they follow it in the flattened list, deeper.
  const subtreeOf = (i: number) => {
    const ids = new Set([tree[i]!.id]);
    for (let j = i + 1; j < tree.length && tree[j]!.depth > tree[i]!.depth; j++) ids.add(tree[j]!.id);
    return ids;
  };

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="space-y-6">
        <DataTable caption={t("treeCaption")} testId="department-tree" head={[t("name"), t("code"), t("users"), t("openCases"), t("actions")]}>
          {tree.map((d, i) => {
            const excluded = subtreeOf(i);
            return (
              <tr key={d.id} data-testid="department-row">
                <Td>
                  <span style={{ paddingInlineStart: `${d.depth * 1.5}rem` }} className="inline-block whitespace-nowrap">
                    {d.depth > 0 ? (
                      <span aria-hidden="true" className="mr-1 text-muted">
                        └
                      </span>
                    ) : null}
                    {d.name}
                    {d.path.length ? <span className="sr-only">{t("under", { path: d.path.join(" / ") })}</span> : null}
                  </span>
                </Td>
                <Td>
                  <code>{d.code}</code>
                </Td>
                <Td className="tabular-nums">{d.userCount}</Td>
                <Td className="tabular-nums">{d.openCaseCount}</Td>
                <Td>
                  <DepartmentEditForms department={{ id: d.id, name: d.name }} parentId={d.parentId} parents={choices.filter((c) => !excluded.has(c.id))} />
                </Td>
              </tr>
            );
          })}
        </DataTable>
        <Card title={t("createTitle")} className="max-w-2xl">
          <DepartmentCreateForm parents={choices} />
        </Card>
      </div>
    </div>
  );
}
