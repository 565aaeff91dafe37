import type { Outcome } from "./outcomes";

/**
 * The rows of 三、本年度办理结果 in the 2021 national format (国办公开办函〔2021〕30号), domain.md §5.
 * Codes 1–5.x are the reasons a reply records; 6.x are endings without a reply.
 */
export const REPLY_REASON_CODES = [
  "1",
  "2",
  "3.1",
  "3.2",
  "3.3",
  "3.4",
  "3.5",
  "3.6",
  "3.7",
  "3.8",
  "4.1",
  "4.2",
  "4.3",
  "5.1",
  "5.2",
  "5.3",
  "5.4",
  "5.5",
] as const;
export const ENDING_CODES = ["6.1", "6.2", "6.3"] as const;

export type ReplyReasonCode = (typeof REPLY_REASON_CODES)[number];
export type EndingCode = (typeof ENDING_CODES)[number];
/** Any 2021 result row: a reply's reason or an ending. */
export type ResultCode = ReplyReasonCode | EndingCode;

export type ReasonGroupKey = 1 | 2 | 3 | 4 | 5 | 6;

export type ReasonGroup = {
  key: ReasonGroupKey;
  /** "（一）" … "（六）", as printed before the row. */
  ordinal: string;
  labelZh: string;
  labelEn: string;
};

export const REASON_GROUPS: readonly ReasonGroup[] = [
  { key: 1, ordinal: "（一）", labelZh: "予以公开", labelEn: "Disclosed" },
  {
    key: 2,
    ordinal: "（二）",
    labelZh: "部分公开（区分处理的，只计这一情形，不计其他情形）",
    labelEn: "Partially disclosed (counted only here when the information was separated)",
  },
  { key: 3, ordinal: "（三）", labelZh: "不予公开", labelEn: "Not disclosed" },
  { key: 4, ordinal: "（四）", labelZh: "无法提供", labelEn: "Cannot be provided" },
  { key: 5, ordinal: "（五）", labelZh: "不予处理", labelEn: "Not processed" },
  { key: 6, ordinal: "（六）", labelZh: "其他处理", labelEn: "Other handling" },
];

export type ReasonDefinition = {
  code: ResultCode;
  group: ReasonGroupKey;
  /** Verbatim row label, without its number ("属于国家秘密"); groups 1–2 are single rows. */
  labelZh: string;
  labelEn: string;
  /** "reply": recorded with one of the six outcomes; "ending": a case that ended without a reply. */
  kind: "reply" | "ending";
  /** The outcomes a reply with this reason may carry (domain.md §4); empty for endings. */
  outcomes: readonly Outcome[];
};

const reply = (
  code: ReplyReasonCode,
  group: ReasonGroupKey,
  labelZh: string,
  labelEn: string,
  outcomes: readonly Outcome[],
): ReasonDefinition => ({ code, group, labelZh, labelEn, kind: "reply", outcomes });
const ending = (code: EndingCode, labelZh: string, labelEn: string): ReasonDefinition => ({
  code,
  group: 6,
  labelZh,
  labelEn,
  kind: "ending",
  outcomes: [],
});

// （三）不予公开 and （五）不予处理 are both answered as 不予公开 in the 2011 format.
const REFUSED = ["refused"] as const;

export const REASON_DEFINITIONS: readonly ReasonDefinition[] = [
  reply("1", 1, "予以公开", "Disclosed", ["disclosed"]),
  reply(
    "2",
    2,
    "部分公开（区分处理的，只计这一情形，不计其他情形）",
    "Partially disclosed (counted only here when the information was separated)",
    ["partially_disclosed"],
  ),
  reply("3.1", 3, "属于国家秘密", "State secret", REFUSED),
  reply("3.2", 3, "其他法律行政法规禁止公开", "Disclosure prohibited by other laws or administrative regulations", REFUSED),
  reply(
    "3.3",
    3,
    '危及"三安全一稳定"',
    "Would endanger national, public or economic security or social stability",
    REFUSED,
  ),
  reply("3.4", 3, "保护第三方合法权益", "Protects the lawful rights and interests of a third party", REFUSED),
  reply("3.5", 3, "属于三类内部事务信息", "Internal-affairs information (one of the three kinds)", REFUSED),
  reply("3.6", 3, "属于四类过程性信息", "Process information (one of the four kinds)", REFUSED),
  reply("3.7", 3, "属于行政执法案卷", "Administrative law-enforcement case file", REFUSED),
  reply("3.8", 3, "属于行政查询事项", "Administrative inquiry matter", REFUSED),
  reply("4.1", 4, "本机关不掌握相关政府信息", "This agency does not hold the information", [
    "not_exist",
    "not_this_agency",
  ]),
  reply("4.2", 4, "没有现成信息需要另行制作", "No existing information; it would have to be created", ["not_exist"]),
  reply("4.3", 4, "补正后申请内容仍不明确", "Request still unclear after clarification", ["unclear"]),
  reply("5.1", 5, "信访举报投诉类申请", "Petition, report or complaint", REFUSED),
  reply("5.2", 5, "重复申请", "Repeated request", REFUSED),
  reply("5.3", 5, "要求提供公开出版物", "Request for published material", REFUSED),
  reply("5.4", 5, "无正当理由大量反复申请", "Numerous repeated requests without good reason", REFUSED),
  reply(
    "5.5",
    5,
    "要求行政机关确认或重新出具已获取信息",
    "Request to confirm or re-issue information already obtained",
    REFUSED,
  ),
  ending(
    "6.1",
    "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "The applicant did not clarify in time without good reason; the request is no longer processed",
  ),
  ending(
    "6.2",
    "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "The applicant did not pay the fee in time; the request is no longer processed",
  ),
  ending("6.3", "其他", "Other"),
];

const REPLY_SET: ReadonlySet<string> = new Set(REPLY_REASON_CODES);
const ENDING_SET: ReadonlySet<string> = new Set(ENDING_CODES);

export function isReplyReasonCode(value: string): value is ReplyReasonCode {
  return REPLY_SET.has(value);
}

export function isEndingCode(value: string): value is EndingCode {
  return ENDING_SET.has(value);
}

export function reasonDefinition(code: ResultCode): ReasonDefinition {
  const found = REASON_DEFINITIONS.find((d) => d.code === code);
  if (!found) throw new RangeError(`Unknown 2021 result code ${code}`);
  return found;
}

export function reasonGroup(key: ReasonGroupKey): ReasonGroup {
  const found = REASON_GROUPS.find((g) => g.key === key);
  if (!found) throw new RangeError(`Unknown reason group ${key}`);
  return found;
}
