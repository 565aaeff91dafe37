import {
  cellId,
  TABLE3_APPLICANT_HEADER,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_CORNER_NOTE,
  TABLE3_ORGANIZATION_HEADER,
  TABLE_TITLES,
} from "@/lib/domain/statistics";
import { pick } from "./format";
import { CAPTION, StatTd, TABLE, TH, TH_ROW } from "./stat-cell";
import type { StatContext } from "./stat-context";
import { table3ColumnHeaderIds, table3Grid } from "./table3-grid";

const ORG_COLUMNS = ["commercial", "research", "publicInterest", "legalService", "other"] as const;

/**
 * 三、收到和处理政府信息公开申请情况: seven applicant columns under the merged headers 申请人情况 and 法人或其他组织,
 * every row from 一、本年新收 to 四、结转下年度继续办理. Merged headers are tied to their cells with `headers`.
 */
export function Table2021Requests({ ctx }: { ctx: StatContext }) {
  const grid = table3Grid();
  const l = ctx.locale;
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className={`${TABLE} min-w-[56rem] print:min-w-0`} data-testid="table-2021-3">
        <caption className={ctx.report ? "sr-only" : CAPTION}>{pick(TABLE_TITLES.format2021.table3, l)}</caption>
        <colgroup>
          <col className="w-[6%]" />
          <col className="w-[11%]" />
          <col className="w-[30%]" />
          {TABLE3_COLUMNS.map((c) => (
            <col key={c} className="w-[7.5%]" />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td rowSpan={3} colSpan={3} className="border border-line px-2 py-1 text-sm text-muted print:border-ink print:px-1 print:text-[8pt] print:text-ink">
              {pick(TABLE3_CORNER_NOTE, l)}
            </td>
            <th scope="colgroup" colSpan={7} id="t3-applicant" className={TH}>
              {pick(TABLE3_APPLICANT_HEADER, l)}
            </th>
          </tr>
          <tr>
            <th scope="col" rowSpan={2} id="t3-c-naturalPerson" headers="t3-applicant" className={TH}>
              {pick(TABLE3_COLUMN_LABELS.naturalPerson, l)}
            </th>
            <th scope="colgroup" colSpan={5} id="t3-org" headers="t3-applicant" className={TH}>
              {pick(TABLE3_ORGANIZATION_HEADER, l)}
            </th>
            <th scope="col" rowSpan={2} id="t3-c-total" headers="t3-applicant" className={TH}>
              {pick(TABLE3_COLUMN_LABELS.total, l)}
            </th>
          </tr>
          <tr>
            {ORG_COLUMNS.map((c) => (
              <th key={c} scope="col" id={`t3-c-${c}`} headers="t3-applicant t3-org" className={TH}>
                {pick(TABLE3_COLUMN_LABELS[c], l)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map(({ row, cells, headerIds }) => (
            <tr key={row.key} className={row.key === "7" || row.key === "new" || row.key === "carriedForward" ? "font-medium" : undefined}>
              {cells.map((cell) => (
                <th
                  key={cell.id}
                  id={cell.id}
                  scope={cell.rowSpan > 1 ? "rowgroup" : "row"}
                  rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                  colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                  className={`${TH_ROW} ${cell.rowSpan > 1 ? "text-center align-middle" : ""}`}
                >
                  {pick(cell.label, l)}
                </th>
              ))}
              {TABLE3_COLUMNS.map((column) => (
                <StatTd
                  key={column}
                  id={cellId("format2021/table3", row.key, column)}
                  ctx={ctx}
                  headers={[...table3ColumnHeaderIds(column), ...headerIds].join(" ")}
                  className={column === "total" ? "bg-brand-50/50 print:bg-white" : undefined}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
