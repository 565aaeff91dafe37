import type { CellSnapshot, CheckResult, StatisticsReport } from "@/lib/domain/statistics";

/** What a publication freezes (statistics_publications.snapshot). */
export type PublishedSnapshot = {
  formatVersion: 1;
  year: number;
  departmentId: string | null;
  /** The JSON report as it was published (checks included). */
  report: StatisticsReport;
  /** Every value by id, auxiliary cells and manual figures included. */
  values: Record<string, number | null>;
  /** Every computed cell with the case ids (appeal cells: appeal ids) behind it. */
  cells: CellSnapshot;
  manualFiguresVersion: number | null;
  checks: CheckResult[];
};

export type Publication = {
  id: string;
  year: number;
  departmentId: string | null;
  version: number;
  publishedAt: Date;
  publishedBy: { id: string; name: string } | null;
};
