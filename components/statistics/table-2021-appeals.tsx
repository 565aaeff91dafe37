import { cellId, TABLE4_KINDS, TABLE4_LITIGATION_HEADER, TABLE4_RESULTS, TABLE_TITLES } from "@/lib/domain/statistics";
import { pick } from "./format";
import { CAPTION, StatTd, TABLE, TH } from "./stat-cell";
import type { StatContext } from "./stat-context";

/** 四、政府信息公开行政复议、行政诉讼情况: 行政复议, and 行政诉讼 split into 未经复议直接起诉 / 复议后起诉, five results each. */
export function Table2021Appeals({ ctx }: { ctx: StatContext }) {
  const l = ctx.locale;
  const [reconsideration, direct, after] = TABLE4_KINDS;
  const kindHeaders = (key: string) => (key === "reconsideration" ? ["t4-reconsideration"] : ["t4-litigation", `t4-${key}`]);
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className={`${TABLE} min-w-[56rem] print:min-w-0 print:text-[8pt]`} data-testid="table-2021-4">
        <caption className={ctx.report ? "sr-only" : CAPTION}>{pick(TABLE_TITLES.format2021.table4, l)}</caption>
        <thead>
          <tr>
            <th scope="colgroup" colSpan={5} rowSpan={2} id="t4-reconsideration" className={TH}>
              {pick(reconsideration.label, l)}
            </th>
            <th scope="colgroup" colSpan={10} id="t4-litigation" className={TH}>
              {pick(TABLE4_LITIGATION_HEADER, l)}
            </th>
          </tr>
          <tr>
            <th scope="colgroup" colSpan={5} id={`t4-${direct.key}`} headers="t4-litigation" className={TH}>
              {pick(direct.label, l)}
            </th>
            <th scope="colgroup" colSpan={5} id={`t4-${after.key}`} headers="t4-litigation" className={TH}>
              {pick(after.label, l)}
            </th>
          </tr>
          <tr>
            {TABLE4_KINDS.flatMap((kind) =>
              TABLE4_RESULTS.map((result) => (
                <th key={`${kind.key}-${result.key}`} scope="col" id={`t4-${kind.key}-${result.key}`} headers={kindHeaders(kind.key).join(" ")} className={`${TH} font-medium`}>
                  {pick(result.label, l)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          <tr>
            {TABLE4_KINDS.flatMap((kind) =>
              TABLE4_RESULTS.map((result) => (
                <StatTd
                  key={`${kind.key}-${result.key}`}
                  id={cellId("format2021/table4", kind.key, result.key)}
                  ctx={ctx}
                  headers={[...kindHeaders(kind.key), `t4-${kind.key}-${result.key}`].join(" ")}
                  className={result.key === "total" ? "bg-brand-50/50 print:bg-white" : undefined}
                />
              )),
            )}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
