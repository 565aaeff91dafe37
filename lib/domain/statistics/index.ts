export {
  APPEAL_KIND_LABELS,
  APPEAL_KINDS,
  APPEAL_RESULT_LABELS,
  APPEAL_RESULTS,
  type AppealDimensions,
  appealDimensions,
  type AppealFacts,
  type AppealRefusal,
  appealRefusal,
  type AppealKind,
  type AppealResult,
  type StatisticsAppealRecord,
} from "./appeals";
export {
  type AppealCellDefinition,
  type AppealClause,
  appealMatches,
  CELL_DEFINITIONS,
  type CaseCellDefinition,
  type CaseClause,
  caseMatches,
  cellDefinition,
  type CellDefinition,
  isCellId,
} from "./cells";
export { allChecksPass, CHECK_RULES, checkRule, type CheckResult, type CheckRule, runChecks } from "./checks";
export { type CellDifference, type CellMembers, type CellSnapshot, diffCells, diffValues, movedMembers, type ValueDifference } from "./diff";
export * from "./layout";
export { MANUAL_DECIMAL_IDS, MANUAL_FIGURE_IDS, type ManualFigures, manualFigureValues } from "./manual-figures";
export { buildStatisticsReport, REPORT_VALUE_IDS, type ReportCheck, reportValues, type StatisticsReport } from "./report";
export { type ValueLabel, valueLabel } from "./value-labels";
export {
  type ApplicantColumn,
  APPLICANT_COLUMNS,
  applicantColumnOf,
  type CaseDimensions,
  caseDimensions,
  type Channel,
  CHANNELS,
  handledDate,
  isRelevantToYear,
  ORGANIZATION_TYPE_COLUMNS,
  type StatisticsCaseRecord,
  yearBounds,
  type YearBounds,
} from "./year-membership";
export { evaluateCells, snapshotValues } from "./evaluate";
