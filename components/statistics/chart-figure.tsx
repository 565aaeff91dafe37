import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

type Props = {
  id: string;
  title: string;
  description?: ReactNode;
  /** The chart itself (an inline SVG or CSS bars). */
  children: ReactNode;
  /** The same numbers as a table: behind a disclosure on screen, always printed. */
  table: ReactNode;
};

/** A chart with its title, and the data table behind it (WCAG: the numbers never live in the picture alone). */
export async function ChartFigure({ id, title, description, children, table }: Props) {
  const t = await getTranslations("dashboard");
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-line bg-white p-5 print:break-inside-avoid" data-testid={`chart-${id}`}>
      <figcaption className="space-y-1">
        <h2 id={`${id}-title`} className="text-xl font-semibold text-brand-800">
          {title}
        </h2>
        {description ? <p className="text-sm text-muted">{description}</p> : null}
      </figcaption>
      {children}
      <details className="group" data-testid={`chart-${id}-data`}>
        <summary className="cursor-pointer font-medium text-brand-700 print:hidden">{t("dataTable")}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

/** A plain data table for a chart: a header row, then label → numbers. */
export function DataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: { key: string; label: string; cells: (string | number)[] }[] }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-brand-50">
        <tr>
          {columns.map((c, i) => (
            <th key={c} scope="col" className={`px-2 py-1 font-semibold ${i > 0 ? "text-right" : ""}`}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-t border-line">
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {r.label}
            </th>
            {r.cells.map((c, i) => (
              <td key={i} className="px-2 py-1 text-right tabular-nums">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
