import "server-only";
import { FORMAT_TITLES, REPORT_VALUE_IDS, reportValues, type StatisticsReport, valueLabel } from "@/lib/domain/statistics";

const HEADER = ["格式", "表", "指标", "栏目", "数量", "代码"];

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The report as CSV: one line per printed value (format, table, row and column in the official Chinese
 * wording, the number, and the value's id), UTF-8 with a BOM and CRLF so Excel opens it as Chinese text.
 * A manual figure not entered is an empty field.
 */
export function exportStatisticsCsv(report: StatisticsReport): string {
  const values = reportValues(report);
  const lines = [HEADER];
  for (const id of REPORT_VALUE_IDS) {
    const label = valueLabel(id);
    const format = id.startsWith("format2011/") ? FORMAT_TITLES.format2011.zh : FORMAT_TITLES.format2021.zh;
    const value = values[id];
    lines.push([format, label?.table.zh ?? "", label?.row.zh ?? id, label?.column?.zh ?? "", value === null || value === undefined ? "" : String(value), id]);
  }
  return `\uFEFF${lines.map((l) => l.map(field).join(",")).join("\r\n")}\r\n`;
}
