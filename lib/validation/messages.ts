import { DESCRIPTION_MIN_LENGTH, EARLIEST_RECEIVED_DATE, TEXT_LIMITS as L } from "./limits";

export type ValidationLocale = "zh-CN" | "en";

// zh-CN is the source catalog: its keys define ValidationMessageKey, and `en` must cover every one.
const zhCN = {
  "validation.required": "此项为必填项",
  "validation.invalidType": "填写内容的格式不正确",
  "validation.invalidOption": "请从给定选项中选择",
  "validation.unknownField": "不接受此字段",
  "validation.body.invalid": "请求内容应为 JSON 对象",
  "validation.body.malformedJson": "请求内容不是有效的 JSON",
  "validation.version.stale": "该案件已被他人修改，请刷新后重试",
  "validation.date.invalid": "日期应为有效日期，格式为“年-月-日”",
  "validation.amount.invalid": "金额应为大于 0 的数字",
  "validation.action.unknown": "不支持的办理操作",
  "validation.assignee.unknown": "没有这个在岗的承办人",
  "validation.supplement.tooShort": "补正内容不得少于5个字",
  "validation.department.unknown": "没有这个部门",
  "validation.file.tooLarge": "文件不得超过 10 MB",
  "validation.file.type": "只接受 PDF、JPEG 或 PNG 文件（按文件内容识别）",
  "validation.file.empty": "文件内容为空",
  "validation.file.idDocumentRequired": "自然人在线申请须上传身份证明材料",
  "validation.file.tooMany": "附件数量过多（最多 10 个）",
  "validation.idempotencyKey.invalid": "Idempotency-Key 应为 1 至 200 个可见字符",
  "validation.idempotencyKey.reused": "该 Idempotency-Key 已用于另一份不同的请求",
  "validation.text.controlChars": "含有不允许的控制字符",
  "validation.text.invalidUnicode": "含有无法识别的字符（编码无效）",
  "validation.text.lineBreak": "此项不能换行",
  "validation.tooLong": "填写内容超出长度限制",
  "validation.name.tooLong": `姓名或名称不得超过${L.name}个字`,
  "validation.legalRepresentative.tooLong": `法定代表人不得超过${L.legalRepresentative}个字`,
  "validation.contactName.tooLong": `联系人不得超过${L.contactName}个字`,
  "validation.address.tooLong": `通信地址不得超过${L.address}个字`,
  "validation.title.tooLong": `信息名称不得超过${L.title}个字`,
  "validation.documentNumber.tooLong": `文号不得超过${L.documentNumber}个字`,
  "validation.purpose.tooLong": `用途说明不得超过${L.purpose}个字`,
  "validation.description.tooShort": `所需信息的描述不得少于${DESCRIPTION_MIN_LENGTH}个字`,
  "validation.description.tooLong": `所需信息的描述不得超过${L.description}个字`,
  "validation.idNumber.format": "身份证号码应为18位，前17位为数字，最后一位为数字或字母X",
  "validation.idNumber.birthDate": "身份证号码中的出生日期无效",
  "validation.idNumber.checksum": "身份证号码校验位不正确",
  "validation.idNumber.otherFormat": "证件号码应为3至40位字母、数字或连字符",
  "validation.creditCode.format": "统一社会信用代码应为18位，由数字和大写字母组成（不含I、O、Z、S、V）",
  "validation.creditCode.checksum": "统一社会信用代码校验位不正确",
  "validation.phone.invalid": "请填写有效的手机号码或固定电话号码",
  "validation.email.invalid": "电子邮箱格式不正确",
  "validation.email.tooLong": `电子邮箱不得超过${L.email}个字符`,
  "validation.email.requiredForDelivery": "选择以电子邮件方式获取信息的，须填写电子邮箱",
  "validation.postalCode.invalid": "邮政编码应为6位数字",
  "validation.receivedAt.invalid": "日期应为有效日期，格式为“年-月-日”（如 2026-01-05）",
  "validation.receivedAt.future": "收到申请的日期不能晚于今天",
  "validation.receivedAt.tooEarly": `收到申请的日期不能早于${EARLIEST_RECEIVED_DATE}`,
  // Used by lib/validation/auth.ts.
  "validation.password.tooShort": "密码不得少于10个字符",
  "validation.password.weak": "密码须同时包含字母和数字",
  "validation.password.mismatch": "两次输入的密码不一致",
  "validation.email.taken": "该电子邮箱已注册，请直接登录或找回密码",
  "validation.resetLink.invalid": "该重置链接无效或已过期",
} as const;

export type ValidationMessageKey = keyof typeof zhCN;

const en: Record<ValidationMessageKey, string> = {
  "validation.required": "This field is required.",
  "validation.invalidType": "This value has the wrong format.",
  "validation.invalidOption": "Choose one of the listed options.",
  "validation.unknownField": "This field is not accepted.",
  "validation.body.invalid": "The request body must be a JSON object.",
  "validation.body.malformedJson": "The request body is not valid JSON.",
  "validation.version.stale": "Someone else changed this case. Reload and try again.",
  "validation.date.invalid": "Enter a real date as YYYY-MM-DD.",
  "validation.amount.invalid": "Enter an amount greater than 0.",
  "validation.action.unknown": "Unknown action.",
  "validation.assignee.unknown": "No active case officer with this e-mail.",
  "validation.supplement.tooShort": "Please write at least 5 characters.",
  "validation.department.unknown": "No such department.",
  "validation.file.tooLarge": "Files must not exceed 10 MB.",
  "validation.file.type": "Only PDF, JPEG or PNG files are accepted (checked by their content).",
  "validation.file.empty": "The file is empty.",
  "validation.file.idDocumentRequired": "A natural person filing online must upload proof of identity.",
  "validation.file.tooMany": "Too many attachments (at most 10).",
  "validation.idempotencyKey.invalid": "Idempotency-Key must be 1 to 200 visible characters.",
  "validation.idempotencyKey.reused": "This Idempotency-Key was already used for a different request.",
  "validation.text.controlChars": "Contains control characters that are not allowed.",
  "validation.text.invalidUnicode": "Contains characters that cannot be read (invalid encoding).",
  "validation.text.lineBreak": "Line breaks are not allowed here.",
  "validation.tooLong": "This value is too long.",
  "validation.name.tooLong": `The name must be at most ${L.name} characters.`,
  "validation.legalRepresentative.tooLong": `The legal representative must be at most ${L.legalRepresentative} characters.`,
  "validation.contactName.tooLong": `The contact name must be at most ${L.contactName} characters.`,
  "validation.address.tooLong": `The address must be at most ${L.address} characters.`,
  "validation.title.tooLong": `The title must be at most ${L.title} characters.`,
  "validation.documentNumber.tooLong": `The document number must be at most ${L.documentNumber} characters.`,
  "validation.purpose.tooLong": `The purpose must be at most ${L.purpose} characters.`,
  "validation.description.tooShort": `Describe the information in at least ${DESCRIPTION_MIN_LENGTH} characters.`,
  "validation.description.tooLong": `The description must be at most ${L.description} characters.`,
  "validation.idNumber.format": "A resident ID number has 18 characters: 17 digits, then a digit or X.",
  "validation.idNumber.birthDate": "The date of birth in this ID number is not valid.",
  "validation.idNumber.checksum": "The check character of this ID number is wrong.",
  "validation.idNumber.otherFormat": "The document number must be 3–40 letters, digits or hyphens.",
  "validation.creditCode.format":
    "A unified social credit code has 18 digits or capital letters (not I, O, Z, S or V).",
  "validation.creditCode.checksum": "The check character of this unified social credit code is wrong.",
  "validation.phone.invalid": "Enter a valid mobile or landline number.",
  "validation.email.invalid": "Enter a valid e-mail address.",
  "validation.email.tooLong": `The e-mail address must be at most ${L.email} characters.`,
  "validation.email.requiredForDelivery": "An e-mail address is required for delivery by e-mail.",
  "validation.postalCode.invalid": "A postal code has 6 digits.",
  "validation.receivedAt.invalid": "Enter a real date as YYYY-MM-DD (e.g. 2026-01-05).",
  "validation.receivedAt.future": "The received date cannot be later than today.",
  "validation.receivedAt.tooEarly": `The received date cannot be earlier than ${EARLIEST_RECEIVED_DATE}.`,
  "validation.password.tooShort": "The password must be at least 10 characters.",
  "validation.password.weak": "The password must contain both letters and digits.",
  "validation.password.mismatch": "The passwords do not match.",
  "validation.email.taken": "This e-mail is already registered. Sign in or reset your password.",
  "validation.resetLink.invalid": "This reset link is invalid or has expired.",
};

export const VALIDATION_MESSAGES: Record<ValidationLocale, Record<ValidationMessageKey, string>> = {
  "zh-CN": zhCN,
  en,
};

export function isValidationMessageKey(message: string): message is ValidationMessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, message);
}

/** The text for a message key in `locale`; any other string comes back unchanged. For forms showing zodResolver errors. */
export function translateValidationMessage(message: string, locale: ValidationLocale): string {
  return isValidationMessageKey(message) ? VALIDATION_MESSAGES[locale][message] : message;
}
