import type { Random } from "./random";

// Words to make rows look like the real thing (lengths matter for storage figures, not the exact text).

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红文辉鹏飞宇浩然子轩梓涵欣怡思雨晨阳佳琪俊杰";
const DISTRICTS = ["越秀区", "海珠区", "荔湾区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区"];
const STREETS = ["中山一路", "环市东路", "解放北路", "东风中路", "江南大道", "黄埔大道", "广州大道", "工业大道", "天河北路", "体育西路", "滨江东路"];
const ORG_KINDS = {
  commercial: ["科技有限公司", "房地产开发有限公司", "建设工程有限公司", "贸易有限公司", "物业管理有限公司", "餐饮管理有限公司"],
  research: ["城市发展研究院", "社会科学研究中心", "交通规划研究所", "公共政策研究中心"],
  public_interest: ["环保公益服务中心", "社区发展促进会", "消费者权益保护协会", "助残公益基金会"],
  legal_service: ["律师事务所", "法律服务所", "公证处", "知识产权代理有限公司"],
  other: ["业主委员会", "村民委员会", "商会", "行业协会"],
} as const;
export type OrgKind = keyof typeof ORG_KINDS;
const ORG_PREFIX = ["广东", "广州", "示范", "华南", "珠江", "南粤", "羊城", "岭南", "天河", "越秀", "新城", "恒信", "立诚", "正平"];

const SUBJECTS = [
  "道路交通事故统计数据", "居住证办理情况", "治安管理处罚裁量基准", "110接警量统计", "出入境证件签发数量", "停车场收费审批文件",
  "电子警察设置依据", "户籍迁入政策执行情况", "机动车登记业务量", "消防安全检查记录", "行政处罚决定书", "政府采购合同",
  "财政预算执行情况", "征地补偿安置方案", "建设工程规划许可证", "环境影响评价批复", "城市更新项目批复文件", "学位分配办法",
  "医疗机构执业许可信息", "食品安全抽检结果", "公共租赁住房分配名单", "拆迁补偿标准", "噪声污染投诉处理情况", "交通信号灯配时方案",
];
const ASK = ["请提供", "申请公开", "请公开", "申请获取", "请予公开"];
const SCOPE = ["本市", "本区", "本局", "贵机关", "本辖区"];
const DETAIL = [
  "包括文件全文、附件及相关审批意见。", "按月份、按区分类的统计数据。", "以及所依据的规范性文件名称和文号。",
  "包括项目名称、批准时间、批准机关和具体内容。", "请以电子文档形式提供。", "包括会议纪要及相关往来函件。", "以及执行情况的说明。",
];
const PURPOSES = ["学术研究", "维护自身合法权益", "了解相关政策", "企业经营需要", "诉讼举证", "新闻报道", "社区公益活动"];
const CONSULTED = ["某科技有限公司", "市规划和自然资源局", "市住房和城乡建设局", "张某", "某房地产开发有限公司", "区人民政府", "市财政局"];
const EXTENSION_REASONS = [
  "所需信息跨越多个年度，需从多个系统导出并核对。", "申请内容涉及多个部门，需协调汇总。", "需检索大量纸质档案。", "所需数据量较大，需逐项核对后提供。",
];
const CLARIFICATION_MESSAGES = [
  "您的申请未能指明所需政府信息的名称、文号或其他特征性描述，请补正。", "请说明您所需信息的具体内容和所属年度。",
  "请明确您申请公开的文件名称或者便于查询的特征性描述。", "请补充提供有效身份证件复印件。",
];

export const vocabulary = {
  personName(rng: Random): string {
    return rng.pick([...SURNAMES]) + rng.chars(GIVEN, rng.chance(0.7) ? 2 : 1);
  },
  organizationName(rng: Random, kind: OrgKind): string {
    return rng.pick(ORG_PREFIX) + rng.pick(ORG_PREFIX) + rng.pick(ORG_KINDS[kind]);
  },
  address(rng: Random): string {
    return `广州市${rng.pick(DISTRICTS)}${rng.pick(STREETS)}${rng.int(1, 899)}号${rng.chance(0.5) ? `${rng.int(1, 30)}0${rng.int(1, 9)}房` : ""}`;
  },
  postalCode(rng: Random): string {
    return `510${rng.int(0, 9)}${rng.int(0, 9)}0`;
  },
  mobile(rng: Random): string {
    return `1${rng.pick(["3", "5", "7", "8", "9"])}${rng.chars("0123456789", 9)}`;
  },
  landline(rng: Random): string {
    return `020-${rng.chars("123456789", 1)}${rng.chars("0123456789", 7)}`;
  },
  title(rng: Random, year: number): string {
    return `${year - rng.int(0, 3)}年度${rng.pick(SUBJECTS)}`;
  },
  documentNumber(rng: Random, year: number): string {
    return `穗${rng.pick(["公", "府", "财", "规", "建"])}${rng.pick(["发", "字", "函"])}〔${year - rng.int(0, 5)}〕${rng.int(1, 300)}号`;
  },
  description(rng: Random, year: number): string {
    const parts = [rng.pick(ASK), rng.pick(SCOPE), `${year - rng.int(0, 4)}年`, rng.pick(SUBJECTS), "，", rng.pick(DETAIL)];
    if (rng.chance(0.4)) parts.push(rng.pick(DETAIL));
    return parts.join("");
  },
  purpose: (rng: Random) => rng.pick(PURPOSES),
  consultedParty: (rng: Random) => rng.pick(CONSULTED),
  extensionReason: (rng: Random) => rng.pick(EXTENSION_REASONS),
  clarificationMessage: (rng: Random) => rng.pick(CLARIFICATION_MESSAGES),
  emailDomain: (rng: Random) => rng.pick(["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "outlook.com", "example.cn"]),
};
