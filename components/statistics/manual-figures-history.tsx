import { getTranslations } from "next-intl/server";
import { diffValues, manualFigureValues, valueLabel } from "@/lib/domain/statistics";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/i18n/labels";
import type { ManualFiguresVersion } from "@/lib/server/statistics/get-manual-figures";
import { formatValue, pick } from "./format";

/** Every saved version, newest first: who, when, and what changed from the version before. */
export async function ManualFiguresHistory({ versions, locale }: { versions: ManualFiguresVersion[]; locale: Locale }) {
  const t = await getTranslations("statistics.manualFigures");
  if (versions.length === 0) return <p className="text-muted">{t("noHistory")}</p>;
  const show = (v: number | null) => (v === null ? "—" : formatValue(v));
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full border-collapse text-left" data-testid="manual-figures-history">
        <caption className="sr-only">{t("historyCaption")}</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="px-3 py-2">{t("columns.version")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.enteredBy")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.enteredAt")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.changes")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v, i) => {
            const older = versions[i + 1];
            const changes = older ? diffValues(manualFigureValues(older.figures), manualFigureValues(v.figures)) : null;
            return (
              <tr key={v.version} className="border-t border-line align-top">
                <th scope="row" className="px-3 py-2 font-medium">
                  {t("versionLabel", { version: v.version })}
                </th>
                <td className="px-3 py-2">{v.enteredBy?.name || t("unknownUser")}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatInstant(v.enteredAt, locale)}</td>
                <td className="px-3 py-2">
                  {changes === null ? (
                    <span className="text-muted">{t("firstVersion")}</span>
                  ) : changes.length === 0 ? (
                    <span className="text-muted">{t("noChanges")}</span>
                  ) : (
                    <ul className="space-y-0.5">
                      {changes.map((c) => {
                        const l = valueLabel(c.id);
                        return (
                          <li key={c.id}>
                            {l ? `${pick(l.row, locale)}${l.column ? ` · ${pick(l.column, locale)}` : ""}` : c.id}：{show(c.before)} → <strong>{show(c.after)}</strong>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
