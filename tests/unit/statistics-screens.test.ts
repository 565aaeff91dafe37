import { describe, expect, it } from "vitest";
import { cellHref, formatValue, parseScope, scopeHref } from "@/components/statistics/format";
import { failingValueIds } from "@/components/statistics/stat-context";
import { table3ColumnHeaderIds, table3Grid } from "@/components/statistics/table3-grid";
import { runChecks, TABLE3_ROWS } from "@/lib/domain/statistics";

describe("table 三's row headers", () => {
  const grid = table3Grid();

  it("fill exactly the three label columns on every row, merged cells included", () => {
    // Columns still covered by a rowspan from a row above, per label column.
    const covered = [0, 0, 0];
    for (const { row, cells } of grid) {
      let col = 0;
      for (const cell of cells) {
        while (col < 3 && covered[col]! > 0) col++;
        for (let c = col; c < col + cell.colSpan; c++) covered[c] = cell.rowSpan;
        col += cell.colSpan;
      }
      const used = covered.filter((n) => n > 0).length;
      expect(used, row.key).toBe(3);
      for (let c = 0; c < 3; c++) covered[c] = Math.max(0, covered[c]! - 1);
    }
    expect(covered).toEqual([0, 0, 0]);
  });

  it("prints 三、本年度办理结果 once over every result row, and each reason group once over its items", () => {
    const results = grid.flatMap((r) => r.cells).filter((c) => c.label.zh === "三、本年度办理结果");
    expect(results).toHaveLength(1);
    expect(results[0]!.rowSpan).toBe(TABLE3_ROWS.filter((r) => r.group).length);
    const refused = grid.flatMap((r) => r.cells).filter((c) => c.label.zh === "（三）不予公开");
    expect(refused).toEqual([expect.objectContaining({ rowSpan: 8, colSpan: 1 })]);
    const total = grid.find((r) => r.row.key === "7")!;
    expect(total.cells).toEqual([expect.objectContaining({ label: expect.objectContaining({ zh: "（七）总计" }), colSpan: 2 })]);
    expect(grid.find((r) => r.row.key === "carriedForward")!.cells).toEqual([expect.objectContaining({ colSpan: 3 })]);
  });

  it("ties each value to its merged headers (headers attribute)", () => {
    expect(grid.find((r) => r.row.key === "3.1")!.headerIds).toEqual(["t3-results", "t3-g-3", "t3-i-3-1"]);
    expect(table3ColumnHeaderIds("commercial")).toEqual(["t3-applicant", "t3-org", "t3-c-commercial"]);
    expect(table3ColumnHeaderIds("naturalPerson")).toEqual(["t3-applicant", "t3-c-naturalPerson"]);
    const ids = grid.flatMap((r) => r.cells.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("statistics URLs and values", () => {
  it("reads the scope from the query, falling back to a sane year and the whole agency", () => {
    expect(parseScope({ year: "2025", department: "3F2504E0-4F89-41D3-9A0C-0305E82C3301" }, 2026)).toEqual({ year: 2025, departmentId: "3f2504e0-4f89-41d3-9a0c-0305e82c3301" });
    expect(parseScope({ year: "1999" }, 2026)).toEqual({ year: 2026, departmentId: null });
    expect(parseScope({ year: ["2024", "2023"], department: "x' or 1=1" }, 2026)).toEqual({ year: 2024, departmentId: null });
  });

  it("builds drill-down links that keep the scope", () => {
    expect(cellHref({ year: 2026, departmentId: null }, "format2021/table3/3.1/commercial")).toBe(
      "/supervisor/statistics/cell?year=2026&cell=format2021%2Ftable3%2F3.1%2Fcommercial",
    );
    expect(scopeHref("/supervisor/statistics/diff", { year: 2026, departmentId: "d" }, { version: 2 })).toBe("/supervisor/statistics/diff?year=2026&department=d&version=2");
  });

  it("prints counts plainly and the 万元 amount without float noise", () => {
    expect(formatValue(1204102)).toBe("1204102");
    expect(formatValue(0.1 + 0.2)).toBe("0.3");
  });

  it("marks exactly the values a failed check read", () => {
    const checks = runChecks({ "format2011/table1/proactiveItems": 10, "format2011/table1/proactiveItemsFullText": 12 });
    const failing = failingValueIds(checks);
    expect([...failing].sort()).toEqual(["format2011/table1/proactiveItems", "format2011/table1/proactiveItemsFullText"]);
  });
});
