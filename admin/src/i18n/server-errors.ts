/**
 * Server errors in the user's language.
 *
 * The server (see server/errors.ts) answers with GraphQLErrors whose message is
 * English and whose `extensions` carry a `code` and often the input `field`
 * named, as in `nationalId: must be 18 characters`. This module turns every
 * message the server can produce into Chinese (the default language) or gives
 * the English back, in both cases without the `field: ` prefix: the caller
 * shows the text beside the input the field names.
 *
 * Each rule matches the message without its prefix and captures the dynamic
 * parts (numbers, dates, ids, names) so that they reappear in the Chinese
 * sentence. A message no rule knows falls back to a sentence for its code;
 * for BAD_USER_INPUT the English text follows, so nothing is lost.
 */

export type Language = 'zh' | 'en';

export interface ServerError {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

interface Rule {
  pattern: RegExp;
  zh: (match: RegExpExecArray) => string;
}

// ---------------------------------------------------------------------------
// Domain vocabulary (the Chinese terms of schema/schema.graphql)
// ---------------------------------------------------------------------------

/** Record types as the server names them: service entity names, entity class names, reference kinds. */
const entityLabels: Record<string, string> = {
  bureau: '编办',
  'e-government unit': '电子政务机构',
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
  category: '编制类别',
  documentNumber: '批文号',
  effectiveOn: '生效日期',
  unitId: '所属机构',
  // staff
  birthDate: '出生日期',
  education: '学历',
  gender: '性别',
  hiredOn: '入职日期',
  isLeader: '领导职务',
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

// ---------------------------------------------------------------------------
// graphql-js coercion of variables and arguments (no `field` extension)
// ---------------------------------------------------------------------------

/** The reason after `; ` in graphql-js coercion errors, or after `Expected type "X". `. */
const valueProblems: Rule[] = [
  { pattern: /^Value is not a valid LocalDate: /, zh: () => '不是有效的日期（格式应为 YYYY-MM-DD）' },
  { pattern: /^Value is not string: /, zh: () => '不是有效的日期（格式应为 YYYY-MM-DD）' },
  { pattern: /^Can only validate strings as local dates/, zh: () => '不是有效的日期（格式应为 YYYY-MM-DD）' },
  { pattern: /^DateTime(?:ISO)? cannot represent /, zh: () => '不是有效的日期时间' },
  { pattern: /^Int cannot represent non-integer value/, zh: () => '须为整数' },
  { pattern: /^Int cannot represent non 32-bit signed integer value/, zh: () => '数值超出允许范围' },
  { pattern: /^Float cannot represent /, zh: () => '须为数字' },
  { pattern: /^String cannot represent /, zh: () => '须为文本' },
  { pattern: /^Boolean cannot represent /, zh: () => '须为“是”或“否”' },
  { pattern: /^ID cannot represent /, zh: () => '不是有效的编号' },
  { pattern: /^Value "(.*)" does not exist in "(\w+)" enum\.?/s, zh: (m) => `取值“${m[1]}”不在可选范围内` },
  { pattern: /^Enum "\w+" cannot represent /, zh: () => '取值不在可选范围内' },
  { pattern: /^Expected non-nullable type "[^"]+" not to be null\.?$/, zh: () => '不能为空' },
  { pattern: /^Field "(\w+)" of required type "[^"]+" was not provided\.?$/, zh: (m) => `缺少必填项“${fieldLabel(m[1])}”` },
  { pattern: /^Field "(\w+)" is not defined by type "\w+"\./, zh: (m) => `含有未知的项“${m[1]}”` },
  { pattern: /^Expected type "[^"]+" to be an object\.?$/, zh: () => '格式不正确' },
  { pattern: /^Expected type "[^"]+"\.\s*(.*)$/s, zh: (m) => valueProblem(m[1]) },
  { pattern: /^JSON\w* cannot represent /, zh: () => '格式不正确' },
];

/**
 * Where a coerced variable went wrong, as a quoted label to put before the problem: `input.effectiveOn`
 * is “生效日期”; the variable itself or a container (input, filter, sort) needs no label.
 */
function labelOfValueAt(variable: string, at: string): string {
  const last = at.replace(/\[\d+\]/g, '').split('.').pop() ?? at;
  if (last === variable || last === 'input' || last === 'filter' || last === 'sort' || !fieldLabels[last]) return '';
  return quoted(fieldLabels[last]);
}

function valueProblem(reason: string): string {
  for (const rule of valueProblems) {
    const match = rule.pattern.exec(reason);
    if (match) return rule.zh(match);
  }
  return `值无效（${reason}）`;
}

// ---------------------------------------------------------------------------
// The table: every message the server produces, without its `field: ` prefix
// ---------------------------------------------------------------------------

const rules: Rule[] = [
  // ----- errors.ts: conflict, notFound, unknownReference ------------------
  {
    pattern: /^(.+?) (\S+) was changed by someone else since you read it; reload it and apply your change again$/,
    zh: (m) => `${recordLabel(m[1], m[2])}在您读取后已被他人修改，请重新载入后再修改`,
  },
  { pattern: /^no (.+?) with id (.*)$/, zh: (m) => `${recordLabel(m[1], m[2])}不存在或已被删除` },

  // ----- authentication ---------------------------------------------------
  { pattern: /^Log in first$/, zh: () => '请先登录' },
  { pattern: /^Log in first: (.+) needs? a bearer token\b.*$/s, zh: () => '请先登录后再进行此操作' },
  { pattern: /^The Authorization header must be "Bearer <token>"$/, zh: () => '身份凭证格式有误（Authorization 请求头应为“Bearer <令牌>”），请重新登录' },
  { pattern: /^The bearer token is unknown, expired or revoked; log in again$/, zh: () => '登录已失效（令牌无效、已过期或已被吊销），请重新登录' },
  { pattern: /^Token expired or revoked$/, zh: () => '令牌已过期或已被吊销，请重新登录' },
  { pattern: /^Wrong username or password$/, zh: () => '用户名或密码错误' },
  { pattern: /^Too many failed logins; try again in (\d+) minute\(s\)$/, zh: (m) => `登录失败次数过多，请 ${m[1]} 分钟后再试` },

  // ----- roles and jurisdiction (FORBIDDEN) ---------------------------------
  {
    pattern: /^(?:([\w.]+): )?an? (\w+) account reads only; changes need an administrator$/,
    zh: (m) => `${roleLabel(m[2])}账号只能查询，不能${m[1] ? `执行“${operationLabel(m[1])}”` : '修改数据'}；修改须由编办管理员进行`,
  },
  {
    pattern: /^(?:([\w.]+): )?the audit trail and the accounts are for auditors and administrators$/,
    zh: () => '审计记录和账号信息仅供审计员和管理员查看',
  },
  { pattern: /^the whole registry is outside your jurisdiction$/, zh: () => '不属于任何编办的账号可管理全部编办，超出您的管辖范围' },
  { pattern: /^the (\w+)'s new place is outside your jurisdiction$/, zh: (m) => `该${entityLabel(m[1])}的新位置超出您的管辖范围` },
  { pattern: /^(.+?) (\S+) is outside your jurisdiction$/, zh: (m) => `${recordLabel(m[1], m[2], true)}不在您的管辖范围内` },
  { pattern: /^(.+) is outside your jurisdiction$/, zh: (m) => `${m[1]}不在您的管辖范围内` },
  { pattern: /^the bureau at the root of your jurisdiction can only be deleted by an office above it$/, zh: () => '您管辖范围最上级的编办只能由其上级编办删除' },
  { pattern: /^only administrators revoke the tokens of other accounts$/, zh: () => '只有管理员才能吊销其他账号的令牌' },
  { pattern: /^only auditors and administrators see other accounts' tokens$/, zh: () => '只有审计员和管理员才能查看其他账号的令牌' },
  { pattern: /^you cannot disable your own account$/, zh: () => '不能停用自己的账号' },
  { pattern: /^your role sees national ID numbers masked and cannot search by them$/, zh: () => '您的角色只能看到脱敏后的公民身份号码，不能按公民身份号码查询' },
  { pattern: /^your role sees birth dates masked and cannot sort by them$/, zh: () => '您的角色看不到出生日期，不能按出生日期排序' },

  // ----- accounts -----------------------------------------------------------
  { pattern: /^must be 3 to 60 letters, digits, dots, dashes or underscores$/, zh: () => '须为 3 至 60 个字母、数字、点、连字符或下划线' },
  { pattern: /^(.+) is taken$/s, zh: (m) => `用户名“${m[1]}”已被使用` },
  {
    pattern: /^an? (\w+) belongs to an? (\w+) bureau; (.+) is an? (\w+)$/s,
    zh: (m) => `${roleLabel(m[1])}账号须属于${levelBureau(m[2])}；${quoted(m[3])}是${levelBureau(m[4])}`,
  },
  { pattern: /^an? (\w+) needs an? (\w+) bureau$/, zh: (m) => `${roleLabel(m[1])}账号须指定一个${levelBureau(m[2])}` },
  { pattern: /^an? (\w+) logs in with a password$/, zh: (m) => `${roleLabel(m[1])}账号通过密码登录，须设置密码` },
  { pattern: /^this account has no password; it uses API tokens$/, zh: () => '该账号没有密码，只能使用接口令牌' },
  { pattern: /^is not the current password$/, zh: () => '与当前密码不符' },
  { pattern: /^must differ from the current password$/, zh: () => '不能与当前密码相同' },
  { pattern: /^must be in the future$/, zh: () => '须晚于当前时间' },
  { pattern: /^API tokens are for INTEGRATOR accounts; people log in$/, zh: () => '接口令牌只能签发给系统对接账号；人员账号请用密码登录' },

  // ----- generic input checks (common/validation.ts, list-arguments.ts) -----
  { pattern: /^must not be empty$/, zh: () => '不能为空' },
  { pattern: /^must be at most (\d+) characters$/, zh: (m) => `不能超过 ${m[1]} 个字符` },
  { pattern: /^must be at least (\d+) characters$/, zh: (m) => `至少需要 ${m[1]} 个字符` },
  { pattern: /^must be (\d+) characters$/, zh: (m) => `须为 ${m[1]} 位` },
  { pattern: /^must be a whole number, zero or more$/, zh: () => '须为大于或等于 0 的整数' },
  { pattern: /^"(.*)" is not a valid id$/s, zh: (m) => `“${m[1]}”不是有效的编号` },
  { pattern: /^must not be before (.+) \((.+)\)$/, zh: (m) => `不得早于${earlierLabel(m[1])}（${m[2]}）` },
  { pattern: /^must not be in the future \(today is (.+)\)$/, zh: (m) => `不得晚于今天（${m[1]}）` },
  { pattern: /^cannot be null; leave it out to keep the current value$/, zh: () => '不能设为空值；如不修改，请不填此项' },
  { pattern: /^must be between (\d+) and (\d+)$/, zh: (m) => `须在 ${m[1]} 到 ${m[2]} 之间` },
  { pattern: /^must not be negative$/, zh: () => '不能为负数' },
  { pattern: /^text must not contain the NUL character \(U\+0000\)$/, zh: () => '文本中不能含有空字符（U+0000）' },

  // ----- bureaus (编办) -------------------------------------------------------
  { pattern: /^must be a 6-digit administrative division code \(行政区划代码\), e\.g\. (\d+)$/, zh: (m) => `须为 6 位行政区划代码，如 ${m[1]}` },
  { pattern: /^a province code ends in 0000, e\.g\. (\d+)$/, zh: (m) => `省级行政区划代码须以 0000 结尾，如 ${m[1]}` },
  { pattern: /^a prefecture code ends in 00 but not 0000, e\.g\. (\d+)$/, zh: (m) => `市州级行政区划代码须以 00 结尾、但不能以 0000 结尾，如 ${m[1]}` },
  { pattern: /^a county code does not end in 00, e\.g\. (\d+)$/, zh: (m) => `县级行政区划代码不能以 00 结尾，如 ${m[1]}` },
  { pattern: /^must start with its province's digits (\d+)$/, zh: (m) => `须以所属省的代码前两位 ${m[1]} 开头` },
  { pattern: /^must start with its prefecture's digits (\d+)$/, zh: (m) => `须以所属市州的代码前四位 ${m[1]} 开头` },
  { pattern: /^is already the code of another bureau$/, zh: () => '已是另一个编办的行政区划代码' },
  { pattern: /^(\S+) is already the code of (.+)$/s, zh: (m) => `${m[1]} 已是${quoted(m[2])}的行政区划代码` },
  { pattern: /^a PROVINCE bureau is the root of the tree and has no parent$/, zh: () => '省编办是最上级编办，不能有上级编办' },
  { pattern: /^an? (\w+) bureau needs a parent of level (\w+)$/, zh: (m) => `${levelBureau(m[1])}须有一个${levelBureau(m[2])}作为上级编办` },
  {
    pattern: /^an? (\w+) bureau cannot be placed under (.+), an? (\w+) bureau; its parent must be an? (\w+)$/s,
    zh: (m) => `${levelBureau(m[1])}不能放在${quoted(m[2])}（${levelBureau(m[3])}）之下；其上级编办须为${levelBureau(m[4])}`,
  },
  {
    pattern: /^(.+) is inside the subtree of (.+); moving there would make a cycle$/s,
    zh: (m) => `${quoted(m[1])}是${quoted(m[2])}的下级编办，移到其下会形成循环`,
  },
  { pattern: /^cannot change the level of a bureau that has child bureaus$/, zh: () => '该编办还有下级编办，不能更改其级别' },
  { pattern: /^(.+) still has (\d+) child bureau\(s\); move or delete them first$/s, zh: (m) => `${quoted(m[1])}还有 ${m[2]} 个下级编办，请先移走或删除` },
  { pattern: /^(.+) still has (\d+) e-government unit\(s\); delete them first$/s, zh: (m) => `${quoted(m[1])}还有 ${m[2]} 个电子政务机构，请先删除` },
  { pattern: /^(.+) still has (\d+) website\(s\); delete them first$/s, zh: (m) => `${quoted(m[1])}还有 ${m[2]} 个网站，请先删除` },
  { pattern: /^the bureau still has child bureaus$/, zh: () => '该编办还有下级编办，请先移走或删除' },
  { pattern: /^the bureau still has e-government units$/, zh: () => '该编办还有电子政务机构，请先删除' },
  { pattern: /^the bureau still has websites$/, zh: () => '该编办还有网站，请先删除' },
  { pattern: /^the bureau still has accounts; move or disable them first$/, zh: () => '该编办还有账号，请先将其转到其他编办或停用' },

  // ----- e-government units (电子政务机构) -------------------------------------
  { pattern: /^(.+) still has (\d+) staff record\(s\); move or delete them first$/s, zh: (m) => `${quoted(m[1])}还有 ${m[2]} 条实名制人员记录，请先调出或删除` },
  { pattern: /^(.+) still has (\d+) quota record\(s\); delete them first$/s, zh: (m) => `${quoted(m[1])}还有 ${m[2]} 条编制记录，请先删除` },
  { pattern: /^the unit still has quotas$/, zh: () => '该机构还有编制记录，请先删除' },
  { pattern: /^the unit still has staff$/, zh: () => '该机构还有实名制人员，请先调出或删除' },

  // ----- quotas (编制) ----------------------------------------------------------
  { pattern: /^must not exceed the approved headcount \((\d+)\)$/, zh: (m) => `不得超过核定编制数（${m[1]}）` },
  {
    pattern: /^must not be after the date a later quota superseded this one \((.+)\)$/,
    zh: (m) => `不得晚于后一次核定的编制替代本编制的日期（${m[1]}）`,
  },
  {
    pattern: /^Another quota for this unit and category was approved at the same time; reload and try again$/,
    zh: () => '该机构同一编制类别的另一条编制刚刚同时核定，请重新载入后再试',
  },

  // ----- staff (实名制人员) -------------------------------------------------------
  { pattern: /^must be 17 digits followed by a digit or X$/, zh: () => '须为 17 位数字加 1 位数字或 X' },
  { pattern: /^holds no valid birth date \((.*)\)$/, zh: (m) => `其中的出生日期（${m[1]}）无效` },
  { pattern: /^has a wrong check character \(GB 11643 checksum\)$/, zh: () => '校验码错误（不符合 GB 11643 校验规则）' },
  {
    pattern: /^does not agree with the national ID number, which records (.+)$/,
    zh: (m) =>
      genderLabels[m[1]]
        ? `与公民身份号码不一致：公民身份号码记载的性别为${genderLabels[m[1]]}`
        : `与公民身份号码不一致：公民身份号码记载的出生日期为 ${m[1]}`,
  },
  {
    pattern: /^this person is already active in another post; a person is active in at most one place$/,
    zh: () => '此人已在其他岗位在职；同一人只能在一处在职',
  },

  // ----- websites (网站) ----------------------------------------------------------
  { pattern: /^is not a valid URL$/, zh: () => '不是有效的网址' },
  { pattern: /^must be an http\(s\) URL or a domain name such as (.+)$/, zh: (m) => `须为 http(s) 网址或域名，如 ${m[1]}` },

  // ----- statistics and alerts --------------------------------------------------
  {
    pattern: /^name the bureau whose children make the rows; there is not exactly one province$/,
    zh: () => '请指定一个编办，以其下级编办作为表中各行（您的范围内不是恰好一个省编办）',
  },
  { pattern: /^must be a cursor received from this subscription$/, zh: () => '须为本订阅推送过的游标' },

  // ----- server, transport, request limits ----------------------------------------
  { pattern: /^The database is unavailable; try again shortly$/, zh: () => '数据库暂时不可用，请稍后重试' },
  { pattern: /^Internal server error$/i, zh: () => '服务器内部错误，请稍后重试' },
  { pattern: /^operation on a connection that was not acknowledged$/, zh: () => '实时推送连接尚未建立完成，请重新连接' },
  {
    pattern: /^Subscriptions are served over WebSocket \(graphql-ws protocol\) at (\S+), not over HTTP$/,
    zh: (m) => `订阅须通过 WebSocket（graphql-ws 协议）连接 ${m[1]}，不能通过 HTTP`,
  },
  {
    pattern: /^At most (\d+) subscriptions per connection; complete one or open another connection$/,
    zh: (m) => `每个连接最多 ${m[1]} 个订阅；请先结束一个订阅，或另开一个连接`,
  },
  { pattern: /^(?:(\S+): )?the request is nested deeper than (\d+) levels$/, zh: (m) => `请求的嵌套层数超过 ${m[2]} 层` },
  { pattern: /^The query could not be parsed$/, zh: () => '查询语句无法解析' },
  { pattern: /^The request body is not valid JSON$/, zh: () => '请求内容不是有效的 JSON' },
  { pattern: /^request entity too large$/i, zh: () => '请求内容过大' },
  { pattern: /^Nothing at (\S+) (.*)$/, zh: (m) => `请求的地址不存在（${m[1]} ${m[2]}）` },
  { pattern: /^Syntax Error: Query depth limit of (\d+) exceeded, found (\d+)\.?$/, zh: (m) => `查询嵌套层数超过上限（最多 ${m[1]} 层，实际 ${m[2]} 层）` },
  { pattern: /^Syntax Error: Aliases limit of (\d+) exceeded, found (\d+)\.?$/, zh: (m) => `查询中的别名过多（最多 ${m[1]} 个，实际 ${m[2]} 个）` },
  { pattern: /^Syntax Error: Query Cost limit of (\d+) exceeded, found (\d+)\.?$/, zh: (m) => `查询过于复杂（复杂度上限 ${m[1]}，实际 ${m[2]}）` },
  { pattern: /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.?$/, zh: (m) => `查询语句过长（超过 ${m[1]} 个词法单元）` },
  { pattern: /^Syntax Error: Source contains more than (\d+) UTF-16 code units\. Parsing aborted\.?$/, zh: () => '查询语句过长' },
  { pattern: /^Syntax Error: /, zh: () => '查询语句有语法错误' },
  { pattern: /introspection/i, zh: () => '服务器不允许查询接口结构（introspection）' },
  { pattern: /Cross-Site Request Forgery|CSRF/, zh: () => '请求被拦截：疑似跨站请求伪造（CSRF）' },

  // ----- graphql-js coercion of variables and arguments ------------------------------
  { pattern: /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s, zh: (m) => `${labelOfValueAt(m[1], m[2])}${valueProblem(m[3])}` },
  { pattern: /^Variable "\$(\w+)" got invalid value .*?; (.*)$/s, zh: (m) => `${labelOfValueAt(m[1], m[1])}${valueProblem(m[2])}` },
  { pattern: /^Variable "\$(\w+)" of required type "[^"]+" was not provided\.?$/, zh: (m) => `缺少必填参数 ${m[1]}` },
  { pattern: /^Variable "\$(\w+)" of non-null type "[^"]+" must not be null\.?$/, zh: (m) => `参数 ${m[1]} 不能为空` },
  { pattern: /^Argument "(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.?$/, zh: (m) => `${quoted(fieldLabel(m[1]))}不能为空` },
  { pattern: /^Argument "(\w+)" has invalid value /, zh: (m) => `${quoted(fieldLabel(m[1]))}的值无效` },
];

// ---------------------------------------------------------------------------
// Fallbacks by code
// ---------------------------------------------------------------------------

function fallback(code: string | undefined, english: string): string {
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
    case 'TOO_MANY_SUBSCRIPTIONS':
      return '订阅数量已达上限，请结束部分订阅后再试';
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
    case 'BAD_REQUEST':
    case 'PERSISTED_QUERY_NOT_FOUND':
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'OPERATION_RESOLUTION_FAILURE':
      return '请求无效';
    default:
      // TOO_MANY_LOGIN_ATTEMPTS, TOO_MANY_REQUESTS, RATE_LIMITED and the like.
      if (code && /^TOO_MANY|RATE_?LIMIT/i.test(code)) return '尝试次数过多，请稍后再试';
      return '服务器内部错误，请稍后重试';
  }
}

// ---------------------------------------------------------------------------

/** The message without `${extensions.field}: `, when the server put that prefix in front. */
function withoutFieldPrefix(error: ServerError): string {
  const message = typeof error.message === 'string' ? error.message : String(error.message ?? '');
  const field = error.extensions?.field;
  if (typeof field === 'string' && field !== '' && message.startsWith(`${field}: `)) return message.slice(field.length + 2);
  return message;
}

function translateText(text: string): string | null {
  for (const rule of rules) {
    const match = rule.pattern.exec(text);
    if (match) return rule.zh(match);
  }
  return null;
}

/** The error in the user's language: the field's label is NOT included (the caller puts it beside the input); returns the text after "field: ". */
export function translateServerError(error: ServerError, language: Language): string {
  const text = withoutFieldPrefix(error);
  if (language === 'en') return text;
  const translated = translateText(text) ?? translateText(text.replace(/^[A-Za-z_$][\w$]*(?:(?:\.[A-Za-z_$][\w$]*)|\[\d+\])*: /, ''));
  return translated ?? fallback(error.extensions?.code, text);
}
