import { domainEnglish } from './domain-english';
import { serverErrorMessages } from './server-error-messages';

/**
 * Server errors in the user's language.
 *
 * Every error of the server carries `extensions.reason` (server/error-reasons.ts)
 * and the reason's parameters as fields of `extensions`; its text here comes
 * from the client's catalogue (server-error-messages.ts) with the parameters
 * put in, in words of the language (roles, levels, record types, field names).
 * The text leaves out the field's name: the caller shows it beside the input
 * the field names. An error without a reason the client knows (a newer server)
 * gets a sentence for its code; in English, the server's own message.
 */

export type Language = 'zh' | 'en';

export interface ServerError {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string; [key: string]: unknown };
}

// ---------------------------------------------------------------------------
// Domain vocabulary (the Chinese terms of schema/schema.graphql)
// ---------------------------------------------------------------------------

/** Record types as the server names them: service entity names, entity class names, reference kinds. */
const entityLabels: Record<string, string> = {
  bureau: '编办',
  'e-government unit': '电子政务机构',
  institution: '机构',
  egovunit: '电子政务机构',
  unit: '电子政务机构',
  website: '网站',
  quota: '编制记录',
  'staff record': '实名制人员记录',
  staff: '实名制人员记录',
  account: '账号',
  'access token': '令牌',
  accesstoken: '令牌',
  alert: '预警',
  quotaalert: '预警',
  auditentry: '审计记录',
};

function entityLabel(entity: string): string {
  return entityLabels[entity.trim().toLowerCase()] ?? entity;
}

/**
 * 编号为 42 的编办. Jurisdiction refusals may name a bureau by its 6-digit division code
 * instead (bureauByCode): with `mayBeCode`, such a value reads 行政区划代码为 520300 的编办.
 */
function recordLabel(entity: string, id: string, mayBeCode = false): string {
  const label = entityLabel(entity);
  if (id === '?' || id === '') return `该${label}`;
  if (mayBeCode && label === '编办' && /^[1-9]\d{5}$/.test(id)) return `行政区划代码为 ${id} 的编办`;
  // An import names a record by what its cell holds (a name, a credit code), not by a record's number.
  if (!/^\d+$/.test(id)) return `${label}“${id}”`;
  return `编号为 ${id} 的${label}`;
}

const roleLabels: Record<string, string> = {
  PROVINCE_ADMIN: '省级编办管理员',
  PREFECTURE_ADMIN: '市级编办管理员',
  COUNTY_ADMIN: '县级编办管理员',
  AUDITOR: '审计员',
  INTEGRATOR: '系统对接',
};

function roleLabel(role: string): string {
  return roleLabels[role] ?? role;
}

/** A bureau of a level: 省编办, 市州编办, 县级编办 (县市区特区编办). */
const levelBureauLabels: Record<string, string> = {
  PROVINCE: '省编办',
  PREFECTURE: '市州编办',
  COUNTY: '县级编办',
};

/** A workbook's limits, as WORKBOOK_TOO_LARGE names them (server/modules/registers/workbook/workbook-limits.ts). */
const workbookLimitLabels: Record<string, string> = {
  'upload size': '上传文件大小（字节）',
  'unpacked size': '解压后大小（字节）',
  parts: '文件部件数',
  'compression ratio': '压缩比',
  'shared strings size': '共享字符串大小（字节）',
  'characters of one cell': '单元格字符数',
  'rows of a sheet': '工作表行数',
};

function levelBureau(level: string): string {
  return levelBureauLabels[level] ?? `${level} 级编办`;
}

const genderLabels: Record<string, string> = { MALE: '男', FEMALE: '女' };

/** Input fields and arguments, for messages that name a field other than the one they are about. */
const fieldLabels: Record<string, string> = {
  // bureau
  code: '行政区划代码',
  divisionName: '行政区划名称',
  level: '级别',
  parentId: '上级编办',
  partyIntranetConnectedOn: '党政内网开通日期',
  localAreaNetworkBuiltOn: '局域网建成日期',
  paperlessOfficeBuiltOn: '无纸化办公建成日期',
  documentExchangeBuiltOn: '电子公文交换建成日期',
  // e-government unit
  bureauId: '所属编办',
  duties: '主要职责',
  establishedOn: '成立日期',
  rank: '机构规格',
  // quota
  approvedHeadcount: '编制数',
  approvedLeadershipPositions: '领导职数',
  principalPositions: '正职领导职数',
  deputyPositions: '副职领导职数',
  internalHeadPositions: '内设机构领导职数',
  category: '编制类别',
  documentNumber: '批文号',
  effectiveOn: '生效日期',
  unitId: '所属机构',
  institutionId: '所属机构',
  // staff
  birthDate: '出生日期',
  education: '学历',
  gender: '性别',
  hiredOn: '入职日期',
  isLeader: '领导职务',
  leadershipTier: '领导职务层级',
  nationalId: '公民身份号码',
  position: '职务',
  quotaCategory: '占用编制类别',
  status: '人员状态',
  // website
  address: '网址',
  lastUpdatedOn: '最近更新日期',
  launchedOn: '开通日期',
  network: '内网或外网',
  title: '网站名称',
  // account
  username: '用户名',
  displayName: '显示名称',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  role: '角色',
  disabled: '已停用',
  accountId: '账号',
  expiresAt: '到期时间',
  label: '用途',
  // common
  name: '名称',
  id: '记录编号',
  version: '版本号',
  reason: '批准文号或变更原因',
  limit: '每页条数',
  offset: '偏移量',
  since: '游标',
  under: '所辖范围',
  underBureauId: '所辖范围',
  nameContains: '名称包含',
  textContains: '用户名或名称包含',
  filter: '筛选条件',
  sort: '排序',
  input: '输入',
};

/** The label of a field or of a path such as `input.effectiveOn` or `filter.underBureauId` (its last part). */
function fieldLabel(field: string): string {
  const last = field.replace(/\[\d+\]/g, '').split('.').pop() ?? field;
  return fieldLabels[last] ?? fieldLabels[field] ?? field;
}

/** Root fields: mutations (and the queries kept for auditors), as the schema names them in Chinese. */
const operationLabels: Record<string, string> = {
  changePassword: '修改密码',
  createAccount: '新建账号',
  updateAccount: '修改账号',
  issueApiToken: '签发接口令牌',
  revokeAccessToken: '吊销令牌',
  login: '登录',
  logout: '退出登录',
  createBureau: '新建编办',
  updateBureau: '修改编办',
  deleteBureau: '删除编办',
  createEGovUnit: '新建电子政务机构',
  updateEGovUnit: '修改电子政务机构',
  deleteEGovUnit: '删除电子政务机构',
  createQuota: '核定编制',
  updateQuota: '更正编制记录',
  deleteQuota: '删除编制记录',
  createStaff: '新增实名制人员',
  updateStaff: '修改实名制人员',
  deleteStaff: '删除实名制人员',
  createWebsite: '新增网站',
  updateWebsite: '修改网站',
  deleteWebsite: '删除网站',
  auditEntries: '审计记录',
  accounts: '账号列表',
};

function operationLabel(operation: string): string {
  return operationLabels[operation] ?? operation;
}

/** What a date must not precede, as requireNotBefore names it. */
const earlierLabels: Record<string, string> = {
  'the effective date of the current quota': '现行编制的生效日期',
  'the effective date of the quota it supersedes': '所替代编制的生效日期',
  'the birth date': '出生日期',
};

function earlierLabel(earlier: string): string {
  return earlierLabels[earlier] ?? fieldLabel(earlier);
}

/** Quoted name of a record (a bureau's or unit's Chinese name). */
function quoted(name: string): string {
  return `“${name}”`;
}

/** English words for field names, from the resources' field labels. */
const englishFieldLabels: Record<string, string> = Object.assign(
  {},
  ...Object.values(domainEnglish.resources).map((resource) => ('fields' in resource ? resource.fields : {})),
);

/** GraphQL scalar and input types, as a variable's value should have been. */
const expectedTypes: Record<Language, Record<string, string>> = {
  zh: { LocalDate: '日期（YYYY-MM-DD）', DateTimeISO: '日期时间', DateTime: '日期时间', Int: '整数', Float: '数字', String: '文本', Boolean: '“是”或“否”', ID: '编号' },
  en: { LocalDate: 'a date (YYYY-MM-DD)', DateTimeISO: 'a date and time', DateTime: 'a date and time', Int: 'a whole number', Float: 'a number', String: 'text', Boolean: 'true or false', ID: 'an id' },
};

type Parameters = Record<string, unknown>;

/** The parameters of an error as words of Chinese, plus `record`, `place` and `expected`. */
function chineseParameters(parameters: Parameters): Record<string, string> {
  const text = (name: string) => String(parameters[name] ?? '');
  const words: Record<string, string> = Object.fromEntries(Object.entries(parameters).map(([name, value]) => [name, String(value)]));
  if ('entity' in parameters) words.entity = entityLabel(text('entity'));
  if ('entity' in parameters && 'id' in parameters) words.record = recordLabel(text('entity'), text('id'), true);
  if ('role' in parameters) words.role = roleLabel(text('role'));
  for (const level of ['level', 'parentLevel', 'bureauLevel', 'expectedParentLevel']) if (level in parameters) words[level] = levelBureau(text(level));
  for (const name of ['bureauName', 'parentName', 'name']) if (name in parameters) words[name] = quoted(text(name));
  if ('limit' in parameters) words.limit = workbookLimitLabels[text('limit')] ?? text('limit');
  if ('recorded' in parameters) words.recorded = genderLabels[text('recorded')] ?? text('recorded');
  if ('earlierField' in parameters) words.earlierField = earlierLabel(text('earlierField'));
  if ('operation' in parameters) words.operation = operationLabel(text('operation'));
  if ('argument' in parameters) words.argument = quoted(fieldLabel(text('argument')));
  if ('variable' in parameters) {
    const label = labelOfValueAt(text('variable'), text('path'));
    words.place = label || `参数 ${text('variable')} `;
    const expected = expectedTypes.zh[text('expectedType')];
    words.expected = expected ? `（应为${expected}）` : '';
  }
  return words;
}

function englishParameters(parameters: Parameters): Record<string, string> {
  const text = (name: string) => String(parameters[name] ?? '');
  const words: Record<string, string> = Object.fromEntries(Object.entries(parameters).map(([name, value]) => [name, String(value)]));
  const enums = domainEnglish.enums;
  if ('entity' in parameters && 'id' in parameters) words.record = `${text('entity')} ${text('id')}`;
  if ('role' in parameters) words.role = enums.AccountRole[text('role') as keyof typeof enums.AccountRole] ?? text('role');
  for (const level of ['level', 'parentLevel', 'bureauLevel', 'expectedParentLevel']) {
    if (level in parameters) words[level] = `${(enums.BureauLevel[text(level) as keyof typeof enums.BureauLevel] ?? text(level)).toLowerCase()} bureau`;
  }
  if ('recorded' in parameters) words.recorded = enums.Gender[text('recorded') as keyof typeof enums.Gender]?.toLowerCase() ?? text('recorded');
  if ('operation' in parameters) words.operation = text('operation');
  if ('earlierField' in parameters) words.earlierField = englishFieldLabels[text('earlierField')] ?? text('earlierField');
  if ('argument' in parameters) words.argument = englishFieldLabels[text('argument')] ?? text('argument');
  if ('variable' in parameters) {
    const last = text('path').replace(/\[\d+\]/g, '').split('.').pop() ?? '';
    words.place = englishFieldLabels[last] ?? `$${text('variable')}`;
    const expected = expectedTypes.en[text('expectedType')];
    words.expected = expected ? ` (expected ${expected})` : '';
  }
  return words;
}

/** Where a coerced variable went wrong, as a quoted label: `input.effectiveOn` is “生效日期”; a container (input, filter, sort) needs none. */
function labelOfValueAt(variable: string, at: string): string {
  const last = at.replace(/\[\d+\]/g, '').split('.').pop() ?? at;
  if (last === variable || last === 'input' || last === 'filter' || last === 'sort' || !fieldLabels[last]) return '';
  return quoted(fieldLabels[last]);
}

/** Puts `%{name}` parameters into a template; one the error lacks stays empty. */
function interpolate(template: string, words: Record<string, string>): string {
  return template.replace(/%\{(\w+)\}/g, (_, name: string) => words[name] ?? '');
}

// ---------------------------------------------------------------------------
// Fallbacks by code, for a reason the client does not know
// ---------------------------------------------------------------------------

function chineseFallback(code: string | undefined, english: string): string {
  switch (code) {
    case 'BAD_USER_INPUT':
      return `输入有误：${english}`;
    case 'CONFLICT':
      return '记录已被他人修改，请重新载入后再修改';
    case 'NOT_FOUND':
      return '记录不存在或已被删除';
    case 'FORBIDDEN':
      return '无权执行此操作：超出您的管辖范围或角色权限';
    case 'UNAUTHENTICATED':
      return '登录已失效，请重新登录';
    case 'DATABASE_UNAVAILABLE':
      return '数据库暂时不可用，请稍后重试';
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
    case 'BAD_REQUEST':
      return '请求无效';
    default:
      if (code && /^TOO_MANY|RATE_?LIMIT/i.test(code)) return '尝试次数过多，请稍后再试';
      return '服务器内部错误，请稍后重试';
  }
}

/** The message without `${extensions.field}: `, when the server put that prefix in front. */
function withoutFieldPrefix(error: ServerError): string {
  const message = typeof error.message === 'string' ? error.message : String(error.message ?? '');
  const field = error.extensions?.field;
  if (typeof field === 'string' && field !== '' && message.startsWith(`${field}: `)) return message.slice(field.length + 2);
  return message;
}

function isKnownReason(reason: unknown): reason is keyof (typeof serverErrorMessages)['zh'] {
  return typeof reason === 'string' && Object.prototype.hasOwnProperty.call(serverErrorMessages.zh, reason);
}

/** The error in the user's language, without the field's label (the caller puts it beside the input). */
export function translateServerError(error: ServerError, language: Language): string {
  const { code, field: _field, reason, ...parameters } = error.extensions ?? {};
  if (!isKnownReason(reason)) return language === 'en' ? withoutFieldPrefix(error) : chineseFallback(code, withoutFieldPrefix(error));
  const words = language === 'en' ? englishParameters(parameters) : chineseParameters(parameters);
  return interpolate(serverErrorMessages[language][reason], words);
}
