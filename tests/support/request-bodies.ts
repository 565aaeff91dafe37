import crypto from "node:crypto";
import { creditCodeCheckChar, residentIdCheckChar } from "@/lib/domain/identity";

/** A random, valid 18-digit resident ID (real check digit, plausible birth date). */
export function randomResidentId(): string {
  const region = "440106";
  const year = 1950 + crypto.randomInt(55);
  const month = String(1 + crypto.randomInt(12)).padStart(2, "0");
  const day = String(1 + crypto.randomInt(28)).padStart(2, "0");
  const seq = String(crypto.randomInt(1000)).padStart(3, "0");
  const first17 = `${region}${year}${month}${day}${seq}`;
  return first17 + residentIdCheckChar(first17)!;
}

const CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
export function randomCreditCode(): string {
  let body = "91440101";
  while (body.length < 17) body += CREDIT_CHARS[crypto.randomInt(CREDIT_CHARS.length)];
  return body + creditCodeCheckChar(body)!;
}

export function naturalPersonBody(overrides: { idNumber?: string; email?: string } = {}) {
  return {
    applicant: {
      type: "natural_person",
      name: "王小明",
      idType: "resident_id",
      idNumber: overrides.idNumber ?? randomResidentId(),
      phone: "13800138000",
      email: overrides.email ?? `applicant-${crypto.randomBytes(4).toString("hex")}@test.gongkai.cn`,
      address: "广州市越秀区中山一路 1 号",
      postalCode: "510000",
    },
    information: {
      title: "2025年度道路交通事故统计数据",
      documentNumber: "穗公交〔2025〕12号",
      description: "请提供2025年度本市道路交通事故的分区统计数据，包括事故数量和伤亡人数。",
    },
    purpose: "学术研究",
    form: "email",
    delivery: "email",
  };
}

export function organizationBody() {
  return {
    applicant: {
      type: "organization",
      organizationType: "legal_service",
      name: "广东示范律师事务所",
      creditCode: randomCreditCode(),
      legalRepresentative: "赵律师",
      contactName: "钱助理",
      phone: "020-83116412",
      email: `org-${crypto.randomBytes(4).toString("hex")}@test.gongkai.cn`,
      address: "广州市天河区体育西路 100 号",
      postalCode: "510620",
    },
    information: { description: "请提供本机关2025年办理的政府信息公开申请数量及答复情况统计。" },
    form: "paper",
    delivery: "post",
  };
}
