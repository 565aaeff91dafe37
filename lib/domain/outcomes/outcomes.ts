/** The six reply outcomes (答复类型) of the 2011 report format, domain.md §4. */
export const OUTCOMES = [
  "disclosed",
  "partially_disclosed",
  "refused",
  "not_exist",
  "not_this_agency",
  "unclear",
] as const;

export type Outcome = (typeof OUTCOMES)[number];

export type OutcomeDefinition = {
  value: Outcome;
  /** Verbatim 2011 label (附表2 row without "答复数"). */
  labelZh: string;
  labelEn: string;
  /** Verbatim 附表2 row it counts in. */
  row2011Zh: string;
};

export const OUTCOME_DEFINITIONS: readonly OutcomeDefinition[] = [
  { value: "disclosed", labelZh: "同意公开", labelEn: "Disclosed", row2011Zh: "同意公开答复数" },
  {
    value: "partially_disclosed",
    labelZh: "同意部分公开",
    labelEn: "Partially disclosed",
    row2011Zh: "同意部分公开答复数",
  },
  { value: "refused", labelZh: "不予公开", labelEn: "Not disclosed", row2011Zh: "不予公开答复数" },
  {
    value: "not_exist",
    labelZh: "信息不存在",
    labelEn: "Information does not exist",
    row2011Zh: "信息不存在答复数",
  },
  {
    value: "not_this_agency",
    labelZh: "非本机关政府信息",
    labelEn: "Not this agency's information",
    row2011Zh: "非本机关政府信息答复数",
  },
  { value: "unclear", labelZh: "申请内容不明确", labelEn: "Request unclear", row2011Zh: "申请内容不明确答复数" },
];

const OUTCOME_SET: ReadonlySet<string> = new Set(OUTCOMES);

export function isOutcome(value: string): value is Outcome {
  return OUTCOME_SET.has(value);
}

export function outcomeDefinition(outcome: Outcome): OutcomeDefinition {
  const found = OUTCOME_DEFINITIONS.find((d) => d.value === outcome);
  if (!found) throw new RangeError(`Unknown outcome ${outcome}`);
  return found;
}
