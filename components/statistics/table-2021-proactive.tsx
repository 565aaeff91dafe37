import { cellId, COLUMN_CONTENT, type ProactiveBlock, TABLE_2021_2_BLOCKS, TABLE_TITLES } from "@/lib/domain/statistics";
import type { Locale } from "@/lib/i18n/config";
import { domId, pick } from "./format";
import { CAPTION, StatTd, TABLE, TH, TH_ROW } from "./stat-cell";
import type { StatContext } from "./stat-context";

const NUMERALS: Record<string, string> = { 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9", 十: "10" };

/** 第二十条第（一）项 verbatim in Chinese; "Article 20(1)" in English. */
function blockHeading(block: ProactiveBlock, locale: Locale): string {
  if (locale !== "en") return block.headingZh;
  const item = /（(.+)）/.exec(block.headingZh)?.[1] ?? "";
  return `Article 20(${NUMERALS[item] ?? item}) of the Regulation`;
}

/** 二、主动公开政府信息情况: one block per article item, 信息内容 and its value columns (a single value spans three). */
export function Table2021Proactive({ ctx }: { ctx: StatContext }) {
  return (
    <table className={`${TABLE} max-w-4xl print:max-w-none`} data-testid="table-2021-2">
      <caption className={ctx.report ? "sr-only" : CAPTION}>{pick(TABLE_TITLES.format2021.table2, ctx.locale)}</caption>
      {TABLE_2021_2_BLOCKS.map((block, b) => {
        const blockId = `t2021-2-b${b}`;
        const contentId = `${blockId}-content`;
        const span = block.columns.length === 1 ? 3 : undefined;
        return (
          <tbody key={block.headingZh}>
            <tr>
              <th scope="colgroup" colSpan={4} id={blockId} className={`${TH} text-center`}>
                {blockHeading(block, ctx.locale)}
              </th>
            </tr>
            <tr>
              <th scope="col" id={contentId} className={`${TH} w-1/4`}>
                {pick(COLUMN_CONTENT, ctx.locale)}
              </th>
              {block.columns.map((c) => (
                <th key={c.key} scope="col" colSpan={span} id={`${blockId}-${c.key}`} className={TH}>
                  {pick(c.label, ctx.locale)}
                </th>
              ))}
            </tr>
            {block.rows.map((row) => {
              const rowId = domId(blockId, row.key);
              return (
                <tr key={row.key}>
                  <th scope="row" id={rowId} headers={contentId} className={`${TH_ROW} text-center`}>
                    {pick(row.label, ctx.locale)}
                  </th>
                  {block.columns.map((c) => (
                    <StatTd key={c.key} id={cellId("format2021/table2", row.key, c.key)} ctx={ctx} colSpan={span} headers={`${blockId} ${blockId}-${c.key} ${rowId}`} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        );
      })}
    </table>
  );
}
