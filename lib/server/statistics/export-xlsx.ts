import "server-only";
import ExcelJS from "exceljs";
import {
  cellId,
  CHECK_RULES,
  COLUMN_CONTENT,
  COLUMN_COUNT,
  COLUMN_INDICATOR,
  COLUMN_UNIT,
  reportValues,
  type SimpleRow,
  type StatisticsReport,
  TABLE3_APPLICANT_HEADER,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_CORNER_NOTE,
  TABLE3_ORGANIZATION_HEADER,
  TABLE3_ROWS,
  TABLE4_KINDS,
  TABLE4_LITIGATION_HEADER,
  TABLE4_RESULTS,
  TABLE_2011_1_ROWS,
  TABLE_2011_2_ROWS,
  TABLE_2011_3_ROWS,
  TABLE_2011_4_ROWS,
  TABLE_2021_2_BLOCKS,
  TABLE_TITLES,
} from "@/lib/domain/statistics";

/** What the sheets say above the tables: whose figures, and whether live or a published version. */
export type XlsxHeading = { agencyName: string; scopeName: string | null; status: string };

const THIN = { style: "thin" as const };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTER: Partial<ExcelJS.Alignment> = { vertical: "middle", horizontal: "center", wrapText: true };
const LEFT: Partial<ExcelJS.Alignment> = { vertical: "middle", horizontal: "left", wrapText: true };
const FONT = "宋体";

type Values = Record<string, number | null>;

/** A sheet being filled from the top, one row at a time. */
class Sheet {
  row = 1;
  constructor(readonly ws: ExcelJS.Worksheet) {}

  /** Writes `value` into the (possibly merged) box r1:c1–r2:c2, bordered. */
  put(r1: number, c1: number, r2: number, c2: number, value: string | number | null, align = CENTER, bold = false): void {
    if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2);
    const cell = this.ws.getCell(r1, c1);
    cell.value = value;
    cell.alignment = align;
    cell.font = { name: FONT, size: 11, bold };
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) this.ws.getCell(r, c).border = BORDER;
  }

  title(text: string, width: number, size = 12): void {
    this.ws.mergeCells(this.row, 1, this.row, width);
    const cell = this.ws.getCell(this.row, 1);
    cell.value = text;
    cell.font = { name: FONT, size, bold: true };
    cell.alignment = { vertical: "middle", horizontal: size > 12 ? "center" : "left" };
    this.row++;
  }

  note(text: string, width: number, alarm = false): void {
    this.ws.mergeCells(this.row, 1, this.row, width);
    const cell = this.ws.getCell(this.row, 1);
    cell.value = text;
    cell.font = { name: FONT, size: 10, bold: alarm, color: alarm ? { argb: "FFC00000" } : { argb: "FF444444" } };
    cell.alignment = { vertical: "middle", horizontal: "left", wrapText: true };
    this.row++;
  }

  gap(): void {
    this.row++;
  }
}

function heading(sheet: Sheet, report: StatisticsReport, head: XlsxHeading, formatTitle: string, width: number): void {
  sheet.title(`${head.agencyName}${report.year}年政府信息公开工作年度报告统计表（${formatTitle}）`, width, 14);
  sheet.note(`统计范围：${head.scopeName ?? "全机关"}　数据状态：${head.status}`, width);
  const failed = report.checks.filter((c) => !c.ok);
  if (failed.length > 0) {
    const labels = failed.map((c) => CHECK_RULES.find((r) => r.id === c.rule)?.label.zh ?? c.rule);
    sheet.note(`核对未通过（${failed.length}项）：${labels.join("；")}`, width, true);
  }
  sheet.gap();
}

/** 附表1–4: 指标 | [单位 |] 数量, the label spanning 指标 and 单位 where there is no unit. */
function simpleTable(sheet: Sheet, title: string, rows: readonly SimpleRow[], values: Values, withUnit: boolean): void {
  sheet.title(title, 3);
  const r = sheet.row;
  if (withUnit) {
    sheet.put(r, 1, r, 1, COLUMN_INDICATOR.zh, CENTER, true);
    sheet.put(r, 2, r, 2, COLUMN_UNIT.zh, CENTER, true);
  } else {
    sheet.put(r, 1, r, 2, COLUMN_INDICATOR.zh, CENTER, true);
  }
  sheet.put(r, 3, r, 3, COLUMN_COUNT.zh, CENTER, true);
  sheet.row++;
  for (const row of rows) {
    const label = `${row.indent ? "　　" : ""}${row.prefixZh ?? ""}${row.label.zh}`;
    if (withUnit) {
      sheet.put(sheet.row, 1, sheet.row, 1, label, LEFT);
      sheet.put(sheet.row, 2, sheet.row, 2, row.unit?.zh ?? "", CENTER);
    } else {
      sheet.put(sheet.row, 1, sheet.row, 2, label, LEFT);
    }
    sheet.put(sheet.row, 3, sheet.row, 3, values[row.id] ?? null, CENTER);
    sheet.row++;
  }
  sheet.gap();
}

function sheet2011(wb: ExcelJS.Workbook, report: StatisticsReport, head: XlsxHeading, values: Values): void {
  const ws = wb.addWorksheet("2011年格式", { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 46 }, { width: 10 }, { width: 16 }];
  const sheet = new Sheet(ws);
  heading(sheet, report, head, "2011年格式", 3);
  const t = TABLE_TITLES.format2011;
  simpleTable(sheet, t.table1.zh, TABLE_2011_1_ROWS, values, false);
  simpleTable(sheet, t.table2.zh, TABLE_2011_2_ROWS, values, false);
  simpleTable(sheet, t.table3.zh, TABLE_2011_3_ROWS, values, true);
  simpleTable(sheet, t.table4.zh, TABLE_2011_4_ROWS, values, false);
}

/** 二、主动公开政府信息情况: per article item, 信息内容 and its value columns (a single value spans B–D). */
function table2021Proactive(sheet: Sheet, values: Values): void {
  sheet.title(TABLE_TITLES.format2021.table2.zh, 10);
  for (const block of TABLE_2021_2_BLOCKS) {
    sheet.put(sheet.row, 1, sheet.row, 4, block.headingZh, CENTER, true);
    sheet.row++;
    const span = (i: number): [number, number] => (block.columns.length === 1 ? [2, 4] : [2 + i, 2 + i]);
    sheet.put(sheet.row, 1, sheet.row, 1, COLUMN_CONTENT.zh, CENTER, true);
    block.columns.forEach((c, i) => {
      const [from, to] = span(i);
      sheet.put(sheet.row, from, sheet.row, to, c.label.zh, CENTER, true);
    });
    sheet.row++;
    for (const row of block.rows) {
      sheet.put(sheet.row, 1, sheet.row, 1, row.label.zh, CENTER);
      block.columns.forEach((c, i) => {
        const [from, to] = span(i);
        sheet.put(sheet.row, from, sheet.row, to, values[cellId("format2021/table2", row.key, c.key)] ?? null, CENTER);
      });
      sheet.row++;
    }
  }
  sheet.gap();
}

/** 三: label columns A (一、…四、), B (（一）…（七）), C (1.…), then the seven applicant columns D–J. */
function table2021Requests(sheet: Sheet, values: Values): void {
  sheet.title(TABLE_TITLES.format2021.table3.zh, 10);
  const top = sheet.row;
  sheet.put(top, 1, top + 2, 3, TABLE3_CORNER_NOTE.zh, CENTER);
  sheet.put(top, 4, top, 10, TABLE3_APPLICANT_HEADER.zh, CENTER, true);
  sheet.put(top + 1, 4, top + 2, 4, TABLE3_COLUMN_LABELS.naturalPerson.zh, CENTER, true);
  sheet.put(top + 1, 5, top + 1, 9, TABLE3_ORGANIZATION_HEADER.zh, CENTER, true);
  (["commercial", "research", "publicInterest", "legalService", "other"] as const).forEach((column, i) =>
    sheet.put(top + 2, 5 + i, top + 2, 5 + i, TABLE3_COLUMN_LABELS[column].zh, CENTER, true),
  );
  sheet.put(top + 1, 10, top + 2, 10, TABLE3_COLUMN_LABELS.total.zh, CENTER, true);
  sheet.row = top + 3;

  const first = sheet.row;
  TABLE3_ROWS.forEach((row, i) => {
    const r = first + i;
    TABLE3_COLUMNS.forEach((column, c) => sheet.put(r, 4 + c, r, 4 + c, values[cellId("format2021/table3", row.key, column)] ?? 0, CENTER));
    if (!row.group) sheet.put(r, 1, r, 3, row.section?.zh ?? row.label.zh, LEFT);
    else if (!row.item) sheet.put(r, 2, r, 3, row.group.zh, LEFT);
    else sheet.put(r, 3, r, 3, row.item.zh, LEFT);
  });
  // Vertical merges: 三、本年度办理结果 over all result rows, each group over its items.
  const resultRows = TABLE3_ROWS.map((row, i) => ({ row, r: first + i })).filter((x) => x.row.group);
  const firstResult = resultRows[0];
  const lastResult = resultRows[resultRows.length - 1];
  if (firstResult && lastResult) sheet.put(firstResult.r, 1, lastResult.r, 1, firstResult.row.section?.zh ?? "", CENTER);
  const groups = new Map<string, number[]>();
  for (const x of resultRows) if (x.row.item && x.row.group) groups.set(x.row.group.zh, [...(groups.get(x.row.group.zh) ?? []), x.r]);
  for (const [label, rows] of groups) sheet.put(rows[0]!, 2, rows[rows.length - 1]!, 2, label, CENTER);
  sheet.row = first + TABLE3_ROWS.length;
  sheet.gap();
}

/** 四: 行政复议 (A–E), 行政诉讼 未经复议直接起诉 (F–J) and 复议后起诉 (K–O), five result columns each. */
function table2021Appeals(sheet: Sheet, values: Values): void {
  sheet.title(TABLE_TITLES.format2021.table4.zh, 15);
  const top = sheet.row;
  const [reconsideration, direct, after] = TABLE4_KINDS;
  sheet.put(top, 1, top + 1, 5, reconsideration.label.zh, CENTER, true);
  sheet.put(top, 6, top, 15, TABLE4_LITIGATION_HEADER.zh, CENTER, true);
  sheet.put(top + 1, 6, top + 1, 10, direct.label.zh, CENTER, true);
  sheet.put(top + 1, 11, top + 1, 15, after.label.zh, CENTER, true);
  TABLE4_KINDS.forEach((kind, k) =>
    TABLE4_RESULTS.forEach((result, i) => {
      const c = 1 + k * 5 + i;
      sheet.put(top + 2, c, top + 2, c, result.label.zh, CENTER, true);
      sheet.put(top + 3, c, top + 3, c, values[cellId("format2021/table4", kind.key, result.key)] ?? 0, CENTER);
    }),
  );
  sheet.row = top + 4;
}

function sheet2021(wb: ExcelJS.Workbook, report: StatisticsReport, head: XlsxHeading, values: Values): void {
  const ws = wb.addWorksheet("2021年格式", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 16 }, { width: 22 }, { width: 40 }, ...Array.from({ length: 12 }, () => ({ width: 11 }))];
  const sheet = new Sheet(ws);
  heading(sheet, report, head, "2021年格式", 10);
  table2021Proactive(sheet, values);
  table2021Requests(sheet, values);
  table2021Appeals(sheet, values);
}

/**
 * The report as an XLSX workbook laid out like the official tables: one sheet per format, merged header
 * cells, verbatim Chinese labels, borders, A4 print setup. Failed checks are printed in red above the tables.
 */
export async function exportStatisticsXlsx(report: StatisticsReport, head: XlsxHeading): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Gongkai";
  wb.created = new Date();
  const values = reportValues(report);
  sheet2011(wb, report, head, values);
  sheet2021(wb, report, head, values);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
