/**
 * Every placeholder the generator fills, for template authors (the admin editor lists them). Dates are written
 * 2026年11月30日.
 */
export const KNOWN_PLACEHOLDERS = [
  "applicantName", // 申请人姓名或名称
  "trackingNumber", // 受理编号
  "receivedAt", // 收到申请的日期
  "dueDate", // 答复期限（当前）
  "information", // 申请获取的政府信息（名称或描述摘要）
  "agencyName", // 本机关名称
  "date", // 文书日期
  "documentNumber", // 文书编号 〔2026〕第12号
  "message", // 补正事项
  "deadline", // 补正或缴费的截止日期
  "reason", // 延期理由
  "workingDays", // 延长的工作日数
  "party", // 被征求意见的第三方或机关
  "amountYuan", // 信息处理费金额（元）
  "reasonLabel", // 答复理由（2021年报表口径）
  "legalBasis", // 法律依据
  "decision", // 处理决定
  "clarificationDate", // 发出补正告知书的日期
] as const;
export type KnownPlaceholder = (typeof KNOWN_PLACEHOLDERS)[number];
