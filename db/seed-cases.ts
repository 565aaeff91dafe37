import { eq, sql } from "drizzle-orm";
import { schema, type Db } from "./index";
import { addWorkingDays, createWorkCalendar } from "../lib/domain/calendar";
import { residentIdCheckChar, creditCodeCheckChar, todayInShanghai } from "../lib/domain/identity";
import type { ActionInputs, ActionName } from "../lib/domain/workflow";
import { performCaseAction } from "../lib/server/cases/perform-case-action";
import { createRequest } from "../lib/server/requests/create-request";
import type { RequestChannel, RequestInput } from "../lib/validation/request";

type Demo = {
  applicant: RequestInput["applicant"];
  title?: string;
  description: string;
  channel: RequestChannel;
  /** Working days before today the request arrived. */
  receivedDaysAgo: number;
  citizen?: boolean;
  steps: { action: ActionName; input: Record<string, unknown>; supervisor?: boolean }[];
  /** Moves the 补正 or fee deadline into the past after the steps (to show an abandoned case). */
  expire?: "clarification" | "fee";
};

function residentId(first17: string): string {
  return first17 + residentIdCheckChar(first17)!;
}
function creditCode(first17: string): string {
  return first17 + creditCodeCheckChar(first17)!;
}

function person(name: string, id17: string, phone: string, email?: string): RequestInput["applicant"] {
  return { type: "natural_person", name, idType: "resident_id", idNumber: residentId(id17), phone, email, address: "示范市越秀区中山五路 8 号", postalCode: "510030" };
}

function org(name: string, organizationType: "commercial" | "research" | "public_interest" | "legal_service" | "other", code17: string): RequestInput["applicant"] {
  return { type: "organization", organizationType, name, creditCode: creditCode(code17), legalRepresentative: "林志强", contactName: "郑小红", phone: "020-83116412", email: "contact@example.org.cn", address: "示范市天河区体育西路 100 号", postalCode: "510620" };
}

/** Demo cases in every state and with every outcome, with plausible requests to a city public security bureau. */
function demos(today: string): Demo[] {
  return [
    { applicant: person("张伟", "44010619850312123", "13800138000", "citizen@demo.gongkai.cn"), citizen: true, channel: "online", receivedDaysAgo: 0, title: "2025年度道路交通事故统计数据", description: "请提供本市2025年度道路交通事故的分区统计数据，包括事故起数、死亡人数和受伤人数。", steps: [] },
    { applicant: person("张伟", "44010619850312123", "13800138000", "citizen@demo.gongkai.cn"), citizen: true, channel: "online", receivedDaysAgo: 3, title: "居住证办理指南", description: "请提供现行居住证申领的办事指南及所依据的规范性文件全文。", steps: [{ action: "request_clarification", input: { message: "请说明您需要的是哪一类居住证（人才类或普通类）的办理依据。", deadline: addDays(today, 15) } }] },
    { applicant: person("刘洋", "44010419900101456", "13912345678", "liuyang@example.cn"), channel: "letter", receivedDaysAgo: 25, description: "申请公开中山大道西某路段电子警察设置的依据、审批文件和设置时间。", steps: [] },
    { applicant: person("陈晨", "44030419920215789", "020-87654321"), channel: "in_person", receivedDaysAgo: 5, title: "治安管理处罚裁量基准", description: "申请公开本局现行的治安管理处罚裁量基准全文。", steps: [{ action: "start_consultation", input: { party: "示范市司法局", kind: "agency" } }] },
    { applicant: org("示范城市数据研究中心", "research", "12440100MB2C3D4E5"), channel: "email", receivedDaysAgo: 8, description: "申请提供2020年至2025年本市110接警量按月统计数据及分类统计（刑事、治安、交通、求助）。", steps: [{ action: "request_extension", input: { reason: "所需数据跨越六个年度，需从多个系统导出并核对。" } }] },
    { applicant: org("示范律师事务所", "legal_service", "31440000MD0123456"), channel: "fax", receivedDaysAgo: 4, description: "申请提供2015年至2025年全部行政处罚决定书的复印件（约十万份）。", steps: [{ action: "issue_fee_notice", input: { amountYuan: 860 } }] },
    { applicant: person("黄敏", "44010319780506321", "13722223333"), channel: "online", receivedDaysAgo: 18, title: "出入境证件办理数据", description: "请公开2025年本市签发的普通护照和往来港澳通行证数量。", steps: [{ action: "reply", input: { outcome: "disclosed", reasonCode: "1" } }] },
    { applicant: person("周杰", "44011119880808666", "13655556666", "zhoujie@example.cn"), channel: "online", receivedDaysAgo: 15, title: "停车场收费依据", description: "请公开本局机关大院停车场对外收费的审批文件和收费标准。", steps: [{ action: "reply", input: { outcome: "partially_disclosed", reasonCode: "2", legalBasis: "《中华人民共和国政府信息公开条例》第三十七条" } }] },
    { applicant: person("吴静", "44010519950909888", "13577778888"), channel: "letter", receivedDaysAgo: 17, description: "申请公开某刑事案件侦查卷宗中的全部询问笔录。", steps: [{ action: "reply", input: { outcome: "refused", reasonCode: "3.7", legalBasis: "《中华人民共和国政府信息公开条例》第十六条第二款" } }] },
    { applicant: person("赵磊", "44010619700707222", "13466667777"), channel: "online", receivedDaysAgo: 12, description: "请公开1990年本局关于某小区门牌编制的内部会议记录。", steps: [{ action: "reply", input: { outcome: "not_exist", reasonCode: "4.1" } }] },
    { applicant: person("孙丽", "44010219830303444", "13344445555"), channel: "online", receivedDaysAgo: 9, description: "请公开本市2025年城市道路绿化养护资金的使用情况。", steps: [{ action: "reply", input: { outcome: "not_this_agency", reasonCode: "4.1", legalBasis: "《中华人民共和国政府信息公开条例》第三十六条第（五）项" } }] },
    { applicant: person("马超", "44018119910612777", "13255556666"), channel: "online", receivedDaysAgo: 6, description: "请公开你们的所有文件和资料。", steps: [
      { action: "request_clarification", input: { message: "您的申请未能指明所需政府信息的名称、文号或其他特征性描述，请补正。", deadline: addDays(today, 10) } },
      { action: "receive_clarification", input: { receivedAt: today } },
      { action: "reply", input: { outcome: "unclear", reasonCode: "4.3" } },
    ] },
    { applicant: org("示范科技有限公司", "commercial", "91440101MA5D6E7F8"), channel: "online", receivedDaysAgo: 5, description: "请提供贵局近三年采购网络安全设备的合同全文。", steps: [{ action: "withdraw", input: {} }] },
    { applicant: person("郭强", "44010619870202555", "13133334444"), channel: "online", receivedDaysAgo: 6, description: "请提供有关情况的材料。", steps: [{ action: "request_clarification", input: { message: "请说明您所需信息的具体内容和所属年度。", deadline: addDays(today, 10) } }], expire: "clarification" },
    { applicant: org("示范社区公益服务中心", "public_interest", "52440100MJ1234567"), channel: "other", receivedDaysAgo: 30, description: "申请公开2024年本市社区警务室设置情况和值守时间。", steps: [{ action: "reply", input: { outcome: "disclosed", reasonCode: "1" } }, { action: "close", input: {} }] },
  ];
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function workingDaysBefore(today: string, n: number): string {
  if (n === 0) return today;
  const cal = createWorkCalendar();
  // The latest day from which today is at least the n-th working day.
  let d = today;
  for (let i = 0; i < 200; i++) {
    d = addDays(d, -1);
    if (addWorkingDays(cal, d, n).date <= today) return d;
  }
  return d;
}

export async function seedDemoCases(db: Db, ids: { citizenId: string; staffId: string; supervisorId: string }): Promise<number> {
  const today = todayInShanghai();
  let n = 0;
  for (const demo of demos(today)) {
    const receivedAt = workingDaysBefore(today, demo.receivedDaysAgo);
    const created = await createRequest(db, {
      request: { applicant: demo.applicant, information: { title: demo.title, description: demo.description }, form: "email", delivery: demo.applicant.email ? "email" : "post" },
      channel: demo.channel,
      receivedAt,
      today,
      files: [],
      citizenUserId: demo.citizen ? ids.citizenId : null,
      submittedByApplicant: demo.channel === "online",
      actor: demo.citizen ? { kind: "user", userId: ids.citizenId } : { kind: "user", userId: ids.staffId },
      locale: "zh-CN",
    });
    let version = 1;
    for (const step of demo.steps) {
      const r = await performCaseAction(db, {
        caseId: created.caseId,
        action: step.action,
        input: step.input as ActionInputs[typeof step.action],
        expectedVersion: version,
        actor: { kind: "user", userId: step.supervisor ? ids.supervisorId : ids.staffId },
        roles: ["staff", "supervisor"],
      });
      version = r.version;
    }
    if (demo.expire) {
      // The applicant never answered: move the notice into the past so the abandon job has something to do.
      const key = demo.expire === "clarification" ? "clarification" : "fee";
      await db.execute(sql`update cases set facts = jsonb_set(jsonb_set(facts, ${`{${key},deadline}`}, to_jsonb(${addDays(today, -2)}::text)),
        ${`{${key},${key === "clarification" ? "requestedAt" : "noticeAt"}}`}, to_jsonb(${receivedAt}::text)) where id = ${created.caseId}`);
    }
    n++;
  }
  await db.update(schema.cases).set({ assigneeId: ids.staffId }).where(eq(schema.cases.status, "received"));
  return n;
}
