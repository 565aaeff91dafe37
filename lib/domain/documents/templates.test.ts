import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { OUTCOMES, reasonsFor } from "@/lib/domain/outcomes";

import { DOCUMENT_KINDS, KNOWN_PLACEHOLDERS, placeholdersOf, renderTemplate, replyValues } from "./index";

// The default templates are installed by a migration; read them from it so the test checks what ships.
const sqlText = fs.readFileSync(path.resolve(__dirname, "../../../db/migrations/0005_document_templates.sql"), "utf8");
const templates = [...sqlText.matchAll(/\('(\w+)', (?:NULL|'(\w+)'), NULL, 1, '([^']*)',\n'([^']*)'\)/g)].map((m) => ({
  kind: m[1]!,
  outcome: m[2] ?? null,
  title: m[3]!,
  body: m[4]!,
}));

const caseValues = {
  applicantName: "张三",
  trackingNumber: "GK-2026-000012",
  receivedAt: "2026年11月2日",
  dueDate: "2026年11月30日",
  information: "2025年本市道路维修经费明细",
  message: "请写明所需信息的时间范围。",
  deadline: "2026年12月15日",
  reason: "需要调取多个部门的档案",
  workingDays: 20,
  party: "某某公司",
  amountYuan: "120.00",
  clarificationDate: "2026年11月5日",
};

describe("default document templates", () => {
  it("exist for every kind, and for every outcome of a reply", () => {
    expect(new Set(templates.map((t) => t.kind))).toEqual(new Set(DOCUMENT_KINDS));
    expect(templates.filter((t) => t.kind === "reply_letter").map((t) => t.outcome).sort()).toEqual([...OUTCOMES].sort());
  });

  it("use only placeholders the generator fills", () => {
    for (const t of templates) for (const name of placeholdersOf(t.title + t.body)) expect(KNOWN_PLACEHOLDERS, `${t.kind}: ${name}`).toContain(name);
  });

  it("cite the regulation (国务院令第711号) by its full name", () => {
    for (const t of templates) expect(t.body, t.kind).toContain("《中华人民共和国政府信息公开条例》");
    expect(templates.find((t) => t.kind === "fee_notice")!.body).toContain("国办函〔2020〕109号");
  });

  it("tell the applicant of 行政复议 within 60 days and 行政诉讼 within 6 months in every reply", () => {
    for (const t of templates.filter((x) => x.kind === "reply_letter")) {
      expect(t.body).toMatch(/60日内依法申请行政复议/);
      expect(t.body).toMatch(/6个月内依法向人民法院提起行政诉讼/);
    }
  });

  it("render completely for each allowed outcome and reason", () => {
    for (const t of templates) {
      const pairs = t.kind === "reply_letter" ? reasonsFor(t.outcome as (typeof OUTCOMES)[number]).map((code) => replyValues(t.outcome as (typeof OUTCOMES)[number], code)) : [{}];
      for (const extra of pairs) {
        const r = renderTemplate(t.body, { ...caseValues, ...extra });
        expect(r.missing, `${t.kind}/${t.outcome}`).toEqual([]);
      }
    }
  });
});
