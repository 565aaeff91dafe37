import {
  COLUMN_COUNT,
  COLUMN_INDICATOR,
  COLUMN_UNIT,
  type Label,
  type SimpleRow,
  TABLE_2011_1_ROWS,
  TABLE_2011_2_ROWS,
  TABLE_2011_3_ROWS,
  TABLE_2011_4_ROWS,
  TABLE_TITLES,
} from "@/lib/domain/statistics";
import { domId, pick } from "./format";
import { CAPTION, StatTd, TABLE, TH, TH_ROW } from "./stat-cell";
import type { StatContext } from "./stat-context";

function rowLabel(row: SimpleRow, ctx: StatContext): string {
  return ctx.locale === "en" ? row.label.en : `${row.prefixZh ?? ""}${row.label.zh}`;
}

/** 附表1–4 as the seed prints them: 指标 | [单位 |] 数量, the 其中 rows indented. */
function SimpleTable({ name, title, rows, ctx, withUnit = false }: { name: string; title: Label; rows: readonly SimpleRow[]; ctx: StatContext; withUnit?: boolean }) {
  const head = (k: string) => domId(`t2011-${name}`, k);
  return (
    <table className={TABLE} data-testid={`table-2011-${name}`}>
      <caption className={ctx.report ? "sr-only" : CAPTION}>{pick(title, ctx.locale)}</caption>
      <thead>
        <tr>
          <th scope="col" id={head("indicator")} className={`${TH} w-3/5 text-left`}>
            {pick(COLUMN_INDICATOR, ctx.locale)}
          </th>
          {withUnit ? (
            <th scope="col" id={head("unit")} className={TH}>
              {pick(COLUMN_UNIT, ctx.locale)}
            </th>
          ) : null}
          <th scope="col" id={head("count")} className={TH}>
            {pick(COLUMN_COUNT, ctx.locale)}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" id={domId("r", row.id)} className={`${TH_ROW} ${row.indent ? "pl-8 print:pl-6" : ""}`}>
              {rowLabel(row, ctx)}
            </th>
            {withUnit ? <td className="border border-line px-2 py-1 text-center print:border-ink">{row.unit ? pick(row.unit, ctx.locale) : ""}</td> : null}
            <StatTd id={row.id} ctx={ctx} headers={`${head("count")} ${domId("r", row.id)}`} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The 2011 format: 附表1 主动公开情况统计 … 附表4 申诉情况统计表. */
export function Tables2011({ ctx }: { ctx: StatContext }) {
  const t = TABLE_TITLES.format2011;
  return (
    <div className="max-w-3xl space-y-8 print:max-w-none print:space-y-5">
      <SimpleTable name="table1" title={t.table1} rows={TABLE_2011_1_ROWS} ctx={ctx} />
      <SimpleTable name="table2" title={t.table2} rows={TABLE_2011_2_ROWS} ctx={ctx} />
      <SimpleTable name="table3" title={t.table3} rows={TABLE_2011_3_ROWS} ctx={ctx} withUnit />
      <SimpleTable name="table4" title={t.table4} rows={TABLE_2011_4_ROWS} ctx={ctx} />
    </div>
  );
}
