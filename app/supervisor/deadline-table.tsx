import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { queueHref } from "@/components/case/queue-params";
import type { DeadlineCount } from "@/lib/server/cases/summarize-deadlines";

type Props = {
  dimension: "department" | "assignee";
  rows: DeadlineCount[];
  total: { overdue: number; dueSoon: number };
  dueSoonDays: number;
};

/** Overdue (red, in words) and due-soon counts per department or assignee; each non-zero count opens the queue so filtered. */
export async function DeadlineTable({ dimension, rows, total, dueSoonDays }: Props) {
  const t = await getTranslations("board.deadlines");
  const filterKey = dimension === "department" ? "department" : "assignee";
  const noneName = dimension === "department" ? t("noDepartment") : t("noAssignee");

  const overdueCell = (name: string, count: number, href: string | null) => {
    if (count === 0) return <span className="text-muted">0</span>;
    const text = t("overdueCount", { count });
    const cls = "font-semibold text-danger";
    return href ? (
      <Link href={href} aria-label={t("overdueLink", { name, count })} className={`${cls} underline underline-offset-4 hover:text-ink`}>
        {text}
      </Link>
    ) : (
      <span className={cls}>{text}</span>
    );
  };
  const dueSoonCell = (name: string, count: number, href: string | null) => {
    if (count === 0) return <span className="text-muted">0</span>;
    const text = t("count", { count });
    const cls = "font-semibold text-warn";
    return href ? (
      <Link href={href} aria-label={t("dueSoonLink", { name, count })} className={`${cls} underline underline-offset-4 hover:text-ink`}>
        {text}
      </Link>
    ) : (
      <span className={cls}>{text}</span>
    );
  };
  // Cases with no department / assignee cannot be filtered for in the queue: their counts are shown, not linked.
  const hrefs = (id: string | null) =>
    id ? { overdue: queueHref({}, { overdue: true, [filterKey]: id }), dueSoon: queueHref({}, { dueWithin: dueSoonDays, [filterKey]: id }) } : { overdue: null, dueSoon: null };

  return (
    <table className="w-full border-collapse overflow-hidden rounded-lg border border-line bg-white text-left" data-testid={`deadlines-by-${dimension}`}>
      <caption className="sr-only">{dimension === "department" ? t("departmentCaption") : t("assigneeCaption")}</caption>
      <thead className="bg-brand-50">
        <tr>
          <th scope="col" className="px-4 py-2 font-semibold">
            {dimension === "department" ? t("department") : t("assignee")}
          </th>
          <th scope="col" className="px-4 py-2 text-right font-semibold">
            {t("overdue")}
          </th>
          <th scope="col" className="px-4 py-2 text-right font-semibold">
            {t("dueSoon")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const name = r.name ?? noneName;
          const h = hrefs(r.id);
          return (
            <tr key={r.id ?? "none"} className={`border-t border-line ${r.overdue > 0 ? "bg-danger-bg/60" : ""}`}>
              <th scope="row" className={`px-4 py-2 font-normal ${r.id ? "" : "italic text-muted"}`}>
                {name}
              </th>
              <td className="px-4 py-2 text-right">{overdueCell(name, r.overdue, h.overdue)}</td>
              <td className="px-4 py-2 text-right">{dueSoonCell(name, r.dueSoon, h.dueSoon)}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-ink">
          <th scope="row" className="px-4 py-2 font-semibold">
            {t("total")}
          </th>
          <td className="px-4 py-2 text-right">{overdueCell(t("total"), total.overdue, queueHref({}, { overdue: true }))}</td>
          <td className="px-4 py-2 text-right">{dueSoonCell(t("total"), total.dueSoon, queueHref({}, { dueWithin: dueSoonDays }))}</td>
        </tr>
      </tfoot>
    </table>
  );
}
