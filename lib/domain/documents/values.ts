import { isIsoCalendarDate } from "@/lib/domain/identity/calendar-date";
import { type Outcome, REASON_DEFINITIONS } from "@/lib/domain/outcomes";

import type { TemplateValue, TemplateValues } from "./render";

/** The regulation every document cites (国务院令第711号, in force since 2019-05-15). */
export const REGULATION = "《中华人民共和国政府信息公开条例》";

/** 2026-11-30 → 2026年11月30日 (digits throughout, as in the document number). */
export function formatDocumentDate(isoDate: string): string {
  if (!isIsoCalendarDate(isoDate)) return isoDate;
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 〔2026〕第12号: the year in 六角括号 (GB/T 9704), the sequence without leading zeros. */
export function formatDocumentNumber(year: number, seq: number): string {
  return `〔${year}〕第${seq}号`;
}

/** 1200 → "1200.00": yuan with fen, no grouping (as written on a notice). */
export function formatYuan(amount: number): string {
  return amount.toFixed(2);
}

/** Text that sits inside a sentence ("因{{reason}}，…"): trimmed, without a closing full stop of its own. */
export function inlineText(text: string): string {
  return text.trim().replace(/[。．.；;，,、！!\s]+$/u, "");
}

/** What the applicant asked for, short enough for one sentence: the title, else the start of the description. */
export function informationSummary(title: string | null, description: string, max = 100): string {
  const source = inlineText(title && title.trim() ? title : description).replace(/\s+/g, " ");
  const chars = [...source];
  return chars.length > max ? `${chars.slice(0, max).join("")}……` : source;
}

/**
 * Dates as written in documents: every `YYYY-MM-DD` value becomes 2026年11月30日; numbers become text.
 * Other values pass unchanged.
 */
export function documentValues(values: TemplateValues): Record<string, TemplateValue> {
  const out: Record<string, TemplateValue> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] = typeof value === "string" && isIsoCalendarDate(value) ? formatDocumentDate(value) : value;
  }
  return out;
}

type ReplyWording = { legalBasis: string; decision: string };

const art = (articles: string) => `${REGULATION}${articles}`;

/**
 * The default legal basis and decision of a reply, by reason (2021 row) and, for 4.1, by outcome. Staff may
 * give their own legal basis; the decision completes "本机关{{decision}}。".
 */
const WORDING: Readonly<Record<string, ReplyWording>> = {
  "1": { legalBasis: art("第三十六条第（二）项"), decision: "决定予以公开" },
  "2": { legalBasis: art("第三十六条第（二）项、第（三）项和第三十七条"), decision: "决定部分公开" },
  "3.1": { legalBasis: art("第十四条和第三十六条第（三）项"), decision: "决定不予公开" },
  "3.2": { legalBasis: art("第十四条和第三十六条第（三）项"), decision: "决定不予公开" },
  "3.3": { legalBasis: art("第十四条和第三十六条第（三）项"), decision: "决定不予公开" },
  "3.4": { legalBasis: art("第十五条、第三十二条和第三十六条第（三）项"), decision: "决定不予公开" },
  "3.5": { legalBasis: art("第十六条第一款和第三十六条第（三）项"), decision: "决定不予公开" },
  "3.6": { legalBasis: art("第十六条第二款和第三十六条第（三）项"), decision: "决定不予公开" },
  "3.7": { legalBasis: art("第十六条第二款和第三十六条第（三）项"), decision: "决定不予公开" },
  "3.8": { legalBasis: art("第三十六条第（七）项"), decision: "告知您依照有关法律、行政法规的规定办理" },
  "4.1:not_exist": { legalBasis: art("第三十六条第（四）项"), decision: "告知您该政府信息不存在" },
  "4.1:not_this_agency": { legalBasis: art("第三十六条第（五）项"), decision: "告知您该政府信息不属于本机关负责公开的范围" },
  "4.2": { legalBasis: art("第三十八条"), decision: "对需要对现有政府信息进行加工、分析的内容不予提供" },
  "4.3": { legalBasis: art("第三十条和第三十六条"), decision: "无法按照您的申请提供政府信息" },
  "5.1": { legalBasis: art("第三十九条第一款"), decision: "不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出" },
  "5.2": { legalBasis: art("第三十六条第（六）项"), decision: "不予重复处理" },
  "5.3": { legalBasis: art("第三十九条第二款"), decision: "不作为政府信息公开申请处理，您可以通过公开出版发行的渠道获取相关出版物" },
  "5.4": { legalBasis: art("第三十五条"), decision: "不予处理" },
  "5.5": { legalBasis: art("第二条和第三十六条"), decision: "不予处理" },
};

/**
 * Values a reply letter needs from its outcome and reason: the verbatim 2021 row label, the legal basis
 * (the one staff gave, else the default) and the decision. Unknown pairs give nothing (the gaps stay visible).
 */
export function replyValues(outcome: Outcome, reasonCode: string | null | undefined, legalBasis?: string | null): Record<string, string | undefined> {
  const reason = REASON_DEFINITIONS.find((r) => r.code === reasonCode && r.kind === "reply" && r.outcomes.includes(outcome));
  const wording = reason ? (WORDING[`${reason.code}:${outcome}`] ?? WORDING[reason.code]) : undefined;
  const given = legalBasis ? inlineText(legalBasis) : "";
  return {
    reasonLabel: reason?.labelZh,
    legalBasis: given || wording?.legalBasis,
    decision: wording?.decision,
  };
}
