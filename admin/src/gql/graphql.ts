/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An abolition (撤销): only without active staff, or with their transfer in the same change. */
export type AbolishInstitutionInput = {
  /** Date of the decision (批复日期). */
  decidedOn: string;
  /** Number of the approval document (批文号), e.g. 南编〔2015〕3号. */
  documentNumber: string;
  /** Institution to change. */
  id: string;
  /** Institution the active staff transfer to (人员划转去向); required while any remain. */
  transferStaffToInstitutionId?: string | null | undefined;
  /** Version of the institution as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** How a bearer token was issued (令牌类型). */
export type AccessTokenKind =
  /** Issued to a system for machine access (接口令牌); expires only if given an expiry. */
  | 'API'
  /** Issued by logging in with a password; expires after the session lifetime (登录令牌). */
  | 'SESSION';

/** Which accounts to list (账号筛选条件); all conditions must hold. */
export type AccountFilter = {
  /** true: disabled accounts only; false: active ones only (已停用). */
  disabled?: boolean | null | undefined;
  /** Role (角色). */
  role?: AccountRole | null | undefined;
  /** Part of the username or display name (用户名或名称包含). */
  textContains?: string | null | undefined;
  /** Accounts of this bureau and every bureau under it (所辖范围). */
  underBureauId?: string | null | undefined;
};

/** What an account may do, always within the subtree of its bureau (账号角色). */
export type AccountRole =
  /** Auditor (审计员): reads its subtree, the audit trail and unmasked personal data; writes nothing. */
  | 'AUDITOR'
  /** Administrator of a county office (县级编办管理员): reads and writes its subtree. */
  | 'COUNTY_ADMIN'
  /** Another system (系统对接): reads its subtree through an API token, with personal data masked; writes nothing. */
  | 'INTEGRATOR'
  /** Administrator of a prefecture office (市级编办管理员): reads and writes its subtree. */
  | 'PREFECTURE_ADMIN'
  /** Administrator of a provincial establishment office (省级编办管理员): reads and writes its subtree. */
  | 'PROVINCE_ADMIN';

/** Order of a Account list (排序). */
export type AccountSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: AccountSortField;
};

/** Field to sort Account records by. */
export type AccountSortField =
  /** When created (创建时间). */
  | 'CREATED_AT'
  /** Display name (姓名). */
  | 'DISPLAY_NAME'
  /** Role (角色). */
  | 'ROLE'
  /** Username (用户名). */
  | 'USERNAME';

/** Age band of the staff table (年龄段), in completed years at the cut-off date. */
export type AgeBand =
  /** 36 to 45 (36—45岁). */
  | 'FROM_36_TO_45'
  /** 46 to 54 (46—54岁). */
  | 'FROM_46_TO_54'
  /** 55 and over (55岁及以上). */
  | 'FROM_55'
  /** 35 and under (35岁及以下). */
  | 'UP_TO_35';

/** What happened to an alert (预警事件). */
export type AlertEventType =
  /** The alert was raised (发出预警). */
  | 'RAISED'
  /** The alert was resolved (预警解除). */
  | 'RESOLVED';

/** What an alert warns of (预警类型): over-staffing and over-positions, and the approvals to use posts that need attention. */
export type AlertKind =
  /** An approval to use posts is about to expire unused (用编核准即将到期): open, with posts left, its last valid day within 30 days. Resolved when it is used up, withdrawn or expires. */
  | 'APPROVAL_EXPIRING'
  /** An approval to use posts is used up (用编核准已用完): every post approved is filled. A notice: closed as it is raised. */
  | 'APPROVAL_USED_UP'
  /** Over leadership positions (超职数): active leaders exceed the approved leadership positions. */
  | 'OVER_POSITIONS'
  /** Over-staffed (超编): active staff of a unit in a quota category exceed its approved headcount; a category with no quota counts as zero. */
  | 'OVER_STAFFED';

/** What happened to a bureau's annual return (年报事件). */
export type AnnualReturnEventType =
  /** Accepted by the bureau above (审核通过). */
  | 'ACCEPTED'
  /** The due date passed with the return neither submitted nor accepted (逾期未报); told once a year per bureau. */
  | 'OVERDUE'
  /** Sent back by the bureau above (退回), with its reason. */
  | 'RETURNED'
  /** Submitted to the bureau above (报送); `late` if after the due date, with its reason. */
  | 'SUBMITTED';

/** Which annual returns to list (年报筛选条件); all conditions must hold. */
export type AnnualReturnFilter = {
  /** true: only the returns you decide on (待本级审核), those of the bureaus below yours and, for the province, its own; false: only your own bureau's, which the bureau above decides. */
  decidedByYou?: boolean | null | undefined;
  /** Returns standing so (报表状态). */
  status?: AnnualReturnStatus | null | undefined;
  /** Returns of this bureau and every bureau under it (所辖范围). */
  underBureauId?: string | null | undefined;
  /** Returns of this year (报告年度). */
  year?: number | null | undefined;
};

/** Order of a AnnualReturn list (排序). */
export type AnnualReturnSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: AnnualReturnSortField;
};

/** Field to sort AnnualReturn records by. */
export type AnnualReturnSortField =
  /** Time the figures were last frozen. */
  | 'FROZEN_AT'
  /** Time of the last submission. */
  | 'SUBMITTED_AT'
  /** Time of the last change to the record. */
  | 'UPDATED_AT';

/** Where a bureau's annual return stands (报表状态). */
export type AnnualReturnStatus =
  /** Accepted by the bureau above, or by the province for its own (已审核). */
  | 'ACCEPTED'
  /** Made, refreshable, not yet submitted (未报). */
  | 'DRAFT'
  /** Sent back by the bureau above with a reason, to be made again and resubmitted (退回). */
  | 'RETURNED'
  /** Submitted to the bureau above, awaiting its decision (已报). */
  | 'SUBMITTED';

/** An institution's application to use vacant posts (用编申请), as the office records it. */
export type ApplyForStaffingUseInput = {
  /** Date of the application (申请日期); not in the future. */
  appliedOn: string;
  /** Quota category of the posts (编制类别). */
  category: QuotaCategory;
  /** Posts applied for (申请用编数), 1 or more. */
  count: number;
  /** Institution applying (申请机构). */
  institutionId: string;
  /** Why the posts are needed (申请理由); at most 500 characters. */
  justification: string;
  /** Purpose (用编事由). */
  purpose: StaffingUsePurpose;
  /** Leadership tier, for leaders (领导职数层级). */
  tier?: LeadershipTier | null | undefined;
};

/** A new 三定 of an institution (三定批复): it supersedes the current one, its quotas and internal bodies, which stay in the history. */
export type ApproveEstablishmentInput = {
  /** Date of the approval, from which it applies (批复日期); not before the current one. */
  approvedOn: string;
  /** Deputy-head positions (副职领导职数). */
  deputyPositions: number;
  /** Number of the approval document (批文号). */
  documentNumber: string;
  /** Institution approved (机构). */
  institutionId: string;
  /** Internal bodies (内设机构), by name: new names are set up, existing ones not named are abolished. */
  internalBodyNames: Array<string>;
  /** Positions of internal bodies' heads (内设机构领导职数). */
  internalHeadPositions: number;
  /** Main functions (主要职责). */
  mainFunctions: string;
  /** Positions of the institution's head (正职领导职数). */
  principalPositions: number;
  /** Approved headcount per quota category (编制); a category left out has none from this date. */
  quotas: Array<CategoryHeadcountInput>;
};

/** The notice approving an application (核准用编申请): the posts, category, tier and purpose are the application's. */
export type ApproveStaffingUseApplicationInput = {
  /** Posts approved (核准用编数): the posts applied for when left out; never more. */
  count?: number | null | undefined;
  /** The application (用编申请). */
  id: string;
  /** Date issued (核准日期); not in the future, nor before the application. */
  issuedOn: string;
  /** Number of the notice (核准通知单编号), unique among the institution's approvals. */
  noticeNumber: string;
  /** Last day it may be used (有效期至); not before the issue date, nor already past. */
  validUntil: string;
  /** Version of the application as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** An approval to use vacant posts (用编核准): refused unless the institution has as many posts free after its active staff and the posts its open approvals hold. */
export type ApproveStaffingUseInput = {
  /** Quota category of the posts (编制类别). */
  category: QuotaCategory;
  /** Posts to approve (核准用编数), 1 or more. */
  count: number;
  /** Institution whose posts are to be used (用编机构). */
  institutionId: string;
  /** Date issued (核准日期); not in the future. */
  issuedOn: string;
  /** Number of the notice (核准通知单编号), unique among the institution's approvals. */
  noticeNumber: string;
  /** Purpose (用编事由). */
  purpose: StaffingUsePurpose;
  /** Leadership tier, for leaders (领导职数层级): a position of the tier must be free too. */
  tier?: LeadershipTier | null | undefined;
  /** National ID number of the one person a transfer in is approved for (调入人员身份号码), when that person is in another jurisdiction: the sending jurisdiction's administrator may then transfer that person, and no one else, against it. Requires `count` 1. */
  transfereeNationalId?: string | null | undefined;
  /** Last day it may be used (有效期至); not before the issue date, nor already past. */
  validUntil: string;
};

/** Which audit entries to list (审计记录筛选条件); all conditions must hold. */
export type AuditEntryFilter = {
  /** Changes made by this account (操作人账号). */
  actorAccountId?: number | null | undefined;
  /** Changes made by the account with this username (操作人). */
  actorUsername?: string | null | undefined;
  /** Made before this time (时间止). */
  before?: string | null | undefined;
  /** Made at or after this time (时间起). */
  from?: string | null | undefined;
  /** Changes made by this mutation (操作), e.g. updateStaff. */
  operation?: string | null | undefined;
  /** Id of the record changed (记录编号); use with recordType. */
  recordId?: string | null | undefined;
  /** Type of the record changed (记录类型), e.g. Staff, Bureau, Quota, EGovUnit, Website, Account, AccessToken. */
  recordType?: string | null | undefined;
  /** Changes to records under this bureau, the bureau included, before or after the change (所辖范围). */
  underBureauId?: string | null | undefined;
};

/** Order of a AuditEntry list (排序). */
export type AuditEntrySort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: AuditEntrySortField;
};

/** Field to sort AuditEntry records by. */
export type AuditEntrySortField =
  /** Who did it (操作人). */
  | 'ACTOR_USERNAME'
  /** When it happened (时间). */
  | 'OCCURRED_AT'
  /** Operation (操作). */
  | 'OPERATION'
  /** Record type (记录类型). */
  | 'RECORD_TYPE';

/** Which bureaus to list (编办筛选条件); all conditions must hold. */
export type BureauFilter = {
  /** Exact division code (行政区划代码). */
  code?: string | null | undefined;
  /** Level (级别). */
  level?: BureauLevel | null | undefined;
  /** Part of the bureau or division name (名称包含). */
  nameContains?: string | null | undefined;
  /** Direct parent (上级编办). */
  parentId?: string | null | undefined;
  /** Connected to the party-government intranet or not (党政内网). */
  partyIntranetConnected?: boolean | null | undefined;
  /** This bureau and its whole subtree (所辖范围, the bureau itself included). */
  underBureauId?: string | null | undefined;
};

/** Administrative level of a bureau (编办级别). */
export type BureauLevel =
  /** County, county-level city, district or special district bureau (县市区特区编办); its parent is a prefecture. */
  | 'COUNTY'
  /** Prefecture-level city or autonomous prefecture bureau (市州编办); its parent is a province. */
  | 'PREFECTURE'
  /** Provincial bureau (省编办); the root of the tree. */
  | 'PROVINCE';

/** Order of a Bureau list (排序). */
export type BureauSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: BureauSortField;
};

/** Field to sort Bureau records by. */
export type BureauSortField =
  /** Division code. */
  | 'CODE'
  /** Level. */
  | 'LEVEL'
  /** Bureau name. */
  | 'NAME'
  /** Tree order: each bureau followed by its subtree. */
  | 'PATH'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** The approved headcount of one quota category in a 三定 (核定编制). */
export type CategoryHeadcountInput = {
  /** Quota category (编制类别). */
  category: QuotaCategory;
  /** Approved headcount (编制数), 0 or more. */
  headcount: number;
};

/** A new nature, and with it a kind or funding form (调整机构性质); fields left out stay as they are. */
export type ChangeInstitutionNatureInput = {
  /** Date of the decision (批复日期). */
  decidedOn: string;
  /** Number of the approval document (批文号), e.g. 南编〔2015〕3号. */
  documentNumber: string;
  /** New funding form (经费形式); null for an institution that is no longer a public institution. */
  funding?: FundingForm | null | undefined;
  /** Institution to change. */
  id: string;
  /** New kind (机构类别), e.g. a public institution becoming an organ. */
  kind?: InstitutionKind | null | undefined;
  /** New nature (机构性质). */
  nature: InstitutionNature;
  /** Version of the institution as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** A new rank (调整规格). */
export type ChangeInstitutionRankInput = {
  /** Date of the decision (批复日期). */
  decidedOn: string;
  /** Number of the approval document (批文号), e.g. 南编〔2015〕3号. */
  documentNumber: string;
  /** Institution to change. */
  id: string;
  /** New rank (机构规格). */
  rank: InstitutionRank;
  /** Version of the institution as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** Whether a check that fails stops the submission (审核级别). */
export type CheckSeverity =
  /** Stops the submission (强制性). */
  | 'BLOCKING'
  /** Shown, does not stop it (提示性). */
  | 'WARNING';

/** A new account (新建账号). */
export type CreateAccountInput = {
  /** The account's bureau (所属编办): its subtree is the jurisdiction. Left out, the whole registry, which only a registry-wide administrator may grant. */
  bureauId?: string | null | undefined;
  /** Name shown to people (显示名称). */
  displayName: string;
  /** Initial password (初始密码), at least 12 characters; required for people, refused for integrators, which use API tokens. */
  password?: string | null | undefined;
  /** Role (角色); an administrator role must match the level of the bureau. */
  role: AccountRole;
  /** Login name (用户名): 3 to 60 letters, digits, dots, dashes or underscores. */
  username: string;
};

/** A new bureau (新建编办). */
export type CreateBureauInput = {
  /** 6-digit administrative division code (行政区划代码); unique. */
  code: string;
  /** Name of the administrative division (行政区划名称). */
  divisionName: string;
  /** Date electronic document exchange was built (电子公文交换建成日期); null if not built. */
  documentExchangeBuiltOn?: string | null | undefined;
  /** Level (级别): PREFECTURE under a PROVINCE, COUNTY under a PREFECTURE. */
  level: BureauLevel;
  /** Date the local area network was built (局域网建成日期); null if not built. */
  localAreaNetworkBuiltOn?: string | null | undefined;
  /** Chinese name of the bureau (编办名称). */
  name: string;
  /** Date the paperless office was built (无纸化办公建成日期); null if not built. */
  paperlessOfficeBuiltOn?: string | null | undefined;
  /** Parent bureau (上级编办); none for a province. */
  parentId?: string | null | undefined;
  /** Date connected to the party-government intranet (党政内网开通日期); null if not connected. */
  partyIntranetConnectedOn?: string | null | undefined;
};

/** A new e-government unit (新建电子政务机构). */
export type CreateEGovUnitInput = {
  /** Bureau the unit belongs to (所属编办). */
  bureauId: string;
  /** Duties (主要职责). */
  duties?: string | null | undefined;
  /** Date established (成立日期). */
  establishedOn?: string | null | undefined;
  /** Name of the unit (机构名称). */
  name: string;
  /** Rank of the unit (机构规格). */
  rank: InstitutionRank;
};

/** A new quota approval (核定编制): supersedes the current quota of the same institution and category, which stays in the history. An adjustment of one category by its own document; a 三定 sets every category at once. */
export type CreateQuotaInput = {
  /** Approved headcount (编制数), zero or more. */
  approvedHeadcount: number;
  /** Category (编制类别). */
  category: QuotaCategory;
  /** Number of the approval document (批文号). */
  documentNumber: string;
  /** Date the quota takes effect (生效日期); not before the current quota's. */
  effectiveOn: string;
  /** Institution the quota is for (所属机构). */
  institutionId: string;
};

/** A new real-name staff record (新增实名制人员). */
export type CreateStaffInput = {
  /** Birth date (出生日期); taken from the ID number when left out, and must agree with it when given. */
  birthDate?: string | null | undefined;
  /** Highest education (学历). */
  education: Education;
  /** Gender (性别); taken from the ID number when left out, and must agree with it when given. */
  gender?: Gender | null | undefined;
  /** Date the person joined the institution (入职日期). */
  hiredOn: string;
  /** Institution the person works in (所在机构). */
  institutionId: string;
  /** Leadership tier held (领导职务层级); left out for non-leading staff. */
  leadershipTier?: LeadershipTier | null | undefined;
  /** Full name (姓名). */
  name: string;
  /** National ID number (公民身份号码), 18 characters with a valid GB 11643 check character. */
  nationalId: string;
  /** Position held (职务). */
  position: string;
  /** Quota category the person fills (占用编制类别). */
  quotaCategory: QuotaCategory;
  /** Employment status (人员状态). */
  status?: StaffStatus;
};

/** A new website of a bureau (新增网站). */
export type CreateWebsiteInput = {
  /** Address (网址): an http(s) URL or a Chinese domain such as 贵州编办.政务. */
  address: string;
  /** Bureau the site belongs to (所属编办). */
  bureauId: string;
  /** Date of the last content update (最近更新日期); the launch date when left out. */
  lastUpdatedOn?: string | null | undefined;
  /** Date the site went live (开通日期). */
  launchedOn: string;
  /** Network (内网或外网). */
  network: WebsiteNetwork;
  /** Title (网站名称). */
  title: string;
};

/** A return at the version last read, for a step of the flow; alone, a decision of the bureau above on a submitted return (审核). */
export type DecideAnnualReturnInput = {
  /** The bureau whose return it is (编办). */
  bureauId: string;
  /** Version of the return as last read. */
  version: number;
  /** The year reported on (报告年度). */
  year: number;
};

/** Which e-government units to list (机构筛选条件); all conditions must hold. */
export type EGovUnitFilter = {
  /** Units of this bureau only (所属编办). */
  bureauId?: string | null | undefined;
  /** Part of the name (名称包含). */
  nameContains?: string | null | undefined;
  /** Rank (机构规格). */
  rank?: InstitutionRank | null | undefined;
  /** Units of this bureau and of every bureau under it (所辖范围). */
  underBureauId?: string | null | undefined;
};

/** Order of a EGovUnit list (排序). */
export type EGovUnitSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: EGovUnitSortField;
};

/** Field to sort EGovUnit records by. */
export type EGovUnitSortField =
  /** Date established. */
  | 'ESTABLISHED_ON'
  /** Name. */
  | 'NAME'
  /** Rank. */
  | 'RANK'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** Highest education (学历). */
export type Education =
  /** Bachelor (大学本科). */
  | 'BACHELOR'
  /** Doctorate (博士研究生). */
  | 'DOCTORATE'
  /** Junior college (大学专科). */
  | 'JUNIOR_COLLEGE'
  /** Master (硕士研究生). */
  | 'MASTER'
  /** Other (其他). */
  | 'OTHER'
  /** Secondary school or below (中专及以下). */
  | 'SECONDARY';

/** A person entering the establishment against an approval to use posts (入编): the category and tier are the approval's; one of its posts is used. */
export type EnterEstablishmentInput = {
  /** The approval to use posts the entry is made against (用编核准). */
  approvalId: string;
  /** Birth date (出生日期); taken from the ID number when left out, and must agree with it when given. */
  birthDate?: string | null | undefined;
  /** Highest education (学历). */
  education: Education;
  /** Date of entry into the establishment (入编日期): within the approval's validity. */
  enteredOn: string;
  /** Gender (性别); taken from the ID number when left out, and must agree with it when given. */
  gender?: Gender | null | undefined;
  /** Full name (姓名). */
  name: string;
  /** National ID number (公民身份号码), 18 characters with a valid GB 11643 check character. */
  nationalId: string;
  /** Position held (职务). */
  position: string;
};

/** A new institution (设立机构), by a decision. */
export type EstablishInstitutionInput = {
  /** Bureau that manages its establishment (管理编办). */
  bureauId: string;
  /** Unified social credit code (统一社会信用代码), 18 characters, GB 32100. */
  creditCode?: string | null | undefined;
  /** Date of the decision (批复日期). */
  decidedOn: string;
  /** Number of the approval document (批文号), e.g. 南编〔2015〕3号. */
  documentNumber: string;
  /** Main functions (主要职责). */
  duties?: string | null | undefined;
  /** Funding form (经费形式); required for public institutions, refused for others. */
  funding?: FundingForm | null | undefined;
  /** Whether it is its bureau's e-government body (电子政务机构); false by default. */
  isEgovBody?: boolean | null | undefined;
  /** System and kind (机构类别). */
  kind: InstitutionKind;
  /** Full name (机构全称), at most 200 characters. */
  name: string;
  /** Nature (机构性质); organs are administrative. */
  nature: InstitutionNature;
  /** Rank (机构规格). */
  rank: InstitutionRank;
  /** Standard short name (规范简称), at most 100 characters. */
  shortName?: string | null | undefined;
  /** Supervising institution (主管部门), of the same bureau; none for a top-level institution. */
  supervisingInstitutionId?: string | null | undefined;
};

/** What happened in a person's establishment history (编制沿革事项). */
export type EstablishmentEventKind =
  /** Entered against an approval to use posts (核准入编). */
  | 'ENTERED'
  /** Left the establishment: retirement, resignation, dismissal or death (出编). */
  | 'EXITED'
  /** In post as recorded history of the existing register (存量登记). */
  | 'RECORDED'
  /** Transferred in (调入). */
  | 'TRANSFERRED_IN'
  /** Transferred out (调出). */
  | 'TRANSFERRED_OUT';

/** A person leaving the establishment (出编): the record stays, inactive, with the reason, date and document. */
export type ExitEstablishmentInput = {
  /** Number of the document (出编文件号), e.g. the retirement approval. */
  documentNumber: string;
  /** Date of leaving (出编日期): not before entry, not in the future. */
  exitedOn: string;
  /** Staff record of the person leaving (实名制人员). */
  id: string;
  /** Why (出编原因). */
  reason: ExitReason;
  /** Version of the record as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** Why a person leaves the establishment (出编原因). */
export type ExitReason =
  /** Death (死亡). */
  | 'DEATH'
  /** Dismissal (辞退/开除). */
  | 'DISMISSAL'
  /** Resignation (辞职). */
  | 'RESIGNATION'
  /** Retirement (退休). */
  | 'RETIREMENT'
  /** Transfer out of the establishment kept here (调出). */
  | 'TRANSFER_OUT';

/** Funding form of a public institution (经费形式). */
export type FundingForm =
  /** Fully funded by the budget (财政全额拨款). */
  | 'FULL'
  /** Partly funded by the budget (财政差额拨款). */
  | 'PARTIAL'
  /** Self-funded (自收自支). */
  | 'SELF_FUNDED';

/** Gender (性别), as the national ID number records it. */
export type Gender =
  /** Female (女). */
  | 'FEMALE'
  /** Male (男). */
  | 'MALE';

/** One of the five main indicators (五项主要指标). */
export type IndicatorKind =
  /** Electronic document exchange (电子公文交换). */
  | 'DOCUMENT_EXCHANGE'
  /** Extranet and extranet website (外网及网站). */
  | 'EXTRANET_SITE'
  /** Intranet and intranet website (内网及网站). */
  | 'INTRANET_SITE'
  /** Local area network (局域网). */
  | 'LOCAL_AREA_NETWORK'
  /** Paperless office (无纸化办公). */
  | 'PAPERLESS_OFFICE';

/** Kind of change of an institution (机构变更类型). */
export type InstitutionChangeKind =
  /** Abolished (撤销). */
  | 'ABOLISHED'
  /** Took in a merged institution with its staff and quotas (合并承接). */
  | 'ABSORBED'
  /** Established (设立). */
  | 'ESTABLISHED'
  /** A new 三定 approved, superseding the previous one (三定批复). */
  | 'ESTABLISHMENT_APPROVED'
  /** Merged into another institution, its staff and quotas moving there (并入). */
  | 'MERGED_INTO'
  /** Moved under another supervising institution (划转). */
  | 'MOVED'
  /** Nature or funding form changed (调整性质). */
  | 'NATURE_CHANGED'
  /** Rank changed (调整规格). */
  | 'RANK_CHANGED'
  /** Renamed (更名). */
  | 'RENAMED';

/** Which institutions to list (机构筛选条件); all conditions must hold. */
export type InstitutionFilter = {
  /** Institutions of this bureau only (管理编办). */
  bureauId?: string | null | undefined;
  /** Unified social credit code, exactly (统一社会信用代码). */
  creditCode?: string | null | undefined;
  /** true: only institutions with a post free for a new approval to use posts in some quota category (有空编), after their active staff and open approvals; false: only the others. */
  hasVacancy?: boolean | null | undefined;
  /** true: only bureaus' e-government bodies (电子政务机构). */
  isEgovBody?: boolean | null | undefined;
  /** Kind (机构类别). */
  kind?: InstitutionKind | null | undefined;
  /** Part of the full or short name (名称包含). */
  nameContains?: string | null | undefined;
  /** Nature (机构性质). */
  nature?: InstitutionNature | null | undefined;
  /** true: only institutions over their headcount in some category or over their positions in some tier (超编或超职数); false: only the others. */
  overStaffed?: boolean | null | undefined;
  /** Rank (机构规格). */
  rank?: InstitutionRank | null | undefined;
  /** Statuses to include (机构状态); left out, existing (ACTIVE) institutions only. */
  statuses?: Array<InstitutionStatus> | null | undefined;
  /** Institutions directly under this supervising institution (主管部门). */
  supervisingInstitutionId?: string | null | undefined;
  /** true: only institutions without a supervising institution (一级机构); false: only those with one. */
  topLevel?: boolean | null | undefined;
  /** Institutions of this bureau and of every bureau under it (所辖范围). */
  underBureauId?: string | null | undefined;
};

/** System and kind of an institution (机构类别). */
export type InstitutionKind =
  /** People's court (人民法院). */
  | 'COURT'
  /** CPPCC organ (政协机关). */
  | 'CPPCC'
  /** Institution directly under the government (政府直属机构). */
  | 'DIRECTLY_AFFILIATED'
  /** Discipline inspection commission and supervision organ (纪检监察机关). */
  | 'DISCIPLINE_COMMISSION'
  /** Government working department (政府工作部门). */
  | 'GOVERNMENT_DEPARTMENT'
  /** Democratic party or mass organisation (民主党派和群团机关). */
  | 'MASS_ORGANISATION'
  /** Party committee organ (党委部门). */
  | 'PARTY_ORGAN'
  /** People's congress standing committee organ (人大机关). */
  | 'PEOPLES_CONGRESS'
  /** People's procuratorate (人民检察院). */
  | 'PROCURATORATE'
  /** Public institution (事业单位). */
  | 'PUBLIC_INSTITUTION'
  /** Township, town or sub-district body under a county (乡镇街道). */
  | 'TOWNSHIP';

/** Nature of an institution (机构性质). */
export type InstitutionNature =
  /** Administrative organ (行政机关). */
  | 'ADMINISTRATIVE_ORGAN'
  /** Managed under the Civil Service Law (参照公务员法管理). */
  | 'CIVIL_SERVICE_MANAGED'
  /** Production and business institution (生产经营类). */
  | 'COMMERCIAL'
  /** Public-welfare institution, class one (公益一类). */
  | 'PUBLIC_WELFARE_ONE'
  /** Public-welfare institution, class two (公益二类). */
  | 'PUBLIC_WELFARE_TWO';

/** Rank of an institution (机构规格), from department level down. */
export type InstitutionRank =
  /** Division or county level (正处级/正县级). */
  | 'COUNTY'
  /** Department level (正厅级). */
  | 'DEPARTMENT'
  /** Deputy-division or deputy-county level (副处级/副县级). */
  | 'DEPUTY_COUNTY'
  /** Deputy-department level (副厅级). */
  | 'DEPUTY_DEPARTMENT'
  /** Deputy-section level (副科级). */
  | 'DEPUTY_SECTION'
  /** Not set up on its own but run as an internal division of its supervising body (内设机构, 不单设), as two of the survey's e-government units are; its quota and staff are left out of the survey totals. */
  | 'INTERNAL_DIVISION'
  /** Section level (正科级). */
  | 'SECTION'
  /** Sub-section level (股级), below deputy-section: the usual rank of a county e-government unit. */
  | 'SUB_SECTION';

/** Order of a Institution list (排序). */
export type InstitutionSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: InstitutionSortField;
};

/** Field to sort Institution records by. */
export type InstitutionSortField =
  /** Credit code. */
  | 'CREDIT_CODE'
  /** Date established. */
  | 'ESTABLISHED_ON'
  /** Kind. */
  | 'KIND'
  /** Full name. */
  | 'NAME'
  /** Rank. */
  | 'RANK'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** Whether an institution still exists (机构状态). */
export type InstitutionStatus =
  /** Abolished (已撤销). */
  | 'ABOLISHED'
  /** Exists (存续). */
  | 'ACTIVE'
  /** Merged into another institution (已合并). */
  | 'MERGED';

/** Tier of a leadership position (领导职数层级). */
export type LeadershipTier =
  /** Deputy heads (副职), e.g. 副局长. */
  | 'DEPUTY'
  /** Heads and deputy heads of internal bodies (内设机构领导职数), e.g. 科长, 副科长. */
  | 'INTERNAL_BODY_HEAD'
  /** The institution's head (正职), e.g. 局长, 主任. */
  | 'PRINCIPAL';

/** A merger (合并): the institution ends, its active staff and current quotas move to the surviving one. */
export type MergeInstitutionInput = {
  /** Date of the decision (批复日期). */
  decidedOn: string;
  /** Number of the approval document (批文号), e.g. 南编〔2015〕3号. */
  documentNumber: string;
  /** Institution to change. */
  id: string;
  /** The surviving institution (存续机构). */
  intoInstitutionId: string;
  /** Version of the institution as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** A move under another supervising institution (划转), or to the top of its bureau. */
export type MoveInstitutionInput = {
  /** Date of the decision (批复日期). */
  decidedOn: string;
  /** Number of the approval document (批文号), e.g. 南编〔2015〕3号. */
  documentNumber: string;
  /** Institution to change. */
  id: string;
  /** New supervising institution (主管部门), of the same bureau; null for none. */
  supervisingInstitutionId?: string | null | undefined;
  /** Version of the institution as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** A year of the annual report to open (开启年报报告期). */
export type OpenReportingPeriodInput = {
  /** The date the returns stand at (统计截止日期), in the year reported on; normally 31 December. */
  cutoffOn: string;
  /** The date returns are due (报送期限), not before the cut-off. */
  dueOn: string;
  /** The year reported on (报告年度), 2000 to 2100; one period a year. */
  year: number;
};

/** Which alerts to list (预警筛选条件); all conditions must hold. */
export type QuotaAlertFilter = {
  /** Quota category (编制类别). */
  category?: QuotaCategory | null | undefined;
  /** Alerts of this institution (机构). */
  institutionId?: string | null | undefined;
  /** Kind (预警类型). */
  kind?: AlertKind | null | undefined;
  /** true: open alerts only; false: resolved ones only (未解除/已解除). */
  open?: boolean | null | undefined;
  /** Raised before this time (预警时间止). */
  raisedBefore?: string | null | undefined;
  /** Raised at or after this time (预警时间起). */
  raisedFrom?: string | null | undefined;
  /** Leadership tier of over-positions alerts (领导职数层级). */
  tier?: LeadershipTier | null | undefined;
  /** Alerts of institutions under this bureau, the bureau included (所辖范围). */
  underBureauId?: string | null | undefined;
};

/** Order of a QuotaAlert list (排序). */
export type QuotaAlertSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: QuotaAlertSortField;
};

/** Field to sort QuotaAlert records by. */
export type QuotaAlertSortField =
  /** Institution name. */
  | 'INSTITUTION_NAME'
  /** When raised. */
  | 'RAISED_AT'
  /** When resolved. */
  | 'RESOLVED_AT';

/** Category of staffing quota (编制类别). */
export type QuotaCategory =
  /** Administrative establishment (行政编制). */
  | 'ADMINISTRATIVE'
  /** Logistics service establishment (工勤编制). */
  | 'LOGISTICS'
  /** Special political-legal establishment (政法专项编制) of courts, procuratorates, public security and justice. */
  | 'POLITICAL_LEGAL'
  /** Public-institution establishment (事业编制). */
  | 'PUBLIC_INSTITUTION';

/** Which quotas to list (编制筛选条件); all conditions must hold. */
export type QuotaFilter = {
  /** Category (编制类别). */
  category?: QuotaCategory | null | undefined;
  /** true: only current quotas; false: only superseded ones (现行/历史). */
  current?: boolean | null | undefined;
  /** Part of the approval document number (批文号包含). */
  documentNumberContains?: string | null | undefined;
  /** Quotas of this institution (所属机构). */
  institutionId?: string | null | undefined;
  /** Quotas of institutions of this bureau and every bureau under it (所辖范围). */
  underBureauId?: string | null | undefined;
};

/** Order of a Quota list (排序). */
export type QuotaSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: QuotaSortField;
};

/** Field to sort Quota records by. */
export type QuotaSortField =
  /** Approved headcount. */
  | 'APPROVED_HEADCOUNT'
  /** Category. */
  | 'CATEGORY'
  /** Effective date. */
  | 'EFFECTIVE_ON'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** A new name (更名). */
export type RenameInstitutionInput = {
  /** Date of the decision (批复日期). */
  decidedOn: string;
  /** Number of the approval document (批文号), e.g. 南编〔2015〕3号. */
  documentNumber: string;
  /** Institution to change. */
  id: string;
  /** New full name (机构全称). */
  name: string;
  /** New standard short name (规范简称); left out, it stays. */
  shortName?: string | null | undefined;
  /** Version of the institution as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** A bureau's standing in the year's report (报送进度). */
export type ReportStanding =
  /** Accepted (已审核). */
  | 'ACCEPTED'
  /** No return yet, or one not yet submitted (未报). */
  | 'NOT_SUBMITTED'
  /** Sent back by the bureau above (退回). */
  | 'RETURNED'
  /** Submitted, awaiting the bureau above (已报). */
  | 'SUBMITTED';

/** A check of a return (审核规则), by its stable code. */
export type ReturnCheckCode =
  /** Institutions changed or staff entered or left after the cut-off date (截止日后变动): a warning. */
  | 'CHANGED_SINCE_CUTOFF'
  /** The return differs from its own level plus its child bureaus' returns (上下级不平衡), or a child's return is not accepted: blocking. */
  | 'CHILDREN_DISAGREE'
  /** Institutions without a unified social credit code (缺统一社会信用代码): blocking. */
  | 'MISSING_CREDIT_CODE'
  /** Institutions over their approved headcount (超编), to be explained: a warning. */
  | 'OVER_STAFFED'
  /** A table's total differs from the sum of its rows (表内平衡): blocking. */
  | 'TOTALS_DISAGREE';

/** Direction of a sort (排序方向). */
export type SortDirection =
  /** Ascending (升序). */
  | 'ASC'
  /** Descending (降序). */
  | 'DESC';

/** How a person came into a post (入编方式). */
export type StaffEntryKind =
  /** Entry against an approval to use posts (核准入编). */
  | 'APPROVAL'
  /** Recorded as history of the existing register, without an approval in this registry (存量登记), e.g. by the survey's import. */
  | 'RECORDED'
  /** Transfer in from another institution, against the receiving side's approval (调入). */
  | 'TRANSFER';

/** Which staff to list (人员筛选条件); all conditions must hold. */
export type StaffFilter = {
  /** Staff of this institution (所在机构). */
  institutionId?: string | null | undefined;
  /** Leaders of any tier only, or non-leaders only (领导职务). */
  isLeader?: boolean | null | undefined;
  /** Holders of this leadership tier only (领导职务层级). */
  leadershipTier?: LeadershipTier | null | undefined;
  /** Part of the name (姓名包含). */
  nameContains?: string | null | undefined;
  /** Exact national ID number (公民身份号码). */
  nationalId?: string | null | undefined;
  /** Quota category filled (编制类别). */
  quotaCategory?: QuotaCategory | null | undefined;
  /** Employment status (人员状态). */
  status?: StaffStatus | null | undefined;
  /** Staff of institutions of this bureau and every bureau under it (所辖范围). */
  underBureauId?: string | null | undefined;
};

/** Order of a Staff list (排序). */
export type StaffSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: StaffSortField;
};

/** Field to sort Staff records by. */
export type StaffSortField =
  /** Birth date. */
  | 'BIRTH_DATE'
  /** Date joined. */
  | 'HIRED_ON'
  /** Name. */
  | 'NAME'
  /** Status. */
  | 'STATUS'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** Employment status of a staff member (人员状态). Only ACTIVE staff fill a quota. */
export type StaffStatus =
  /** In post (在职); fills a quota. */
  | 'ACTIVE'
  /** Left the establishment (离职). */
  | 'LEFT'
  /** Retired (退休). */
  | 'RETIRED'
  /** Transferred out (调出). */
  | 'TRANSFERRED_OUT';

/** Which applications to use posts to list (用编申请筛选条件); all conditions must hold. */
export type StaffingUseApplicationFilter = {
  /** Applications of this institution (申请机构). */
  institutionId?: string | null | undefined;
  /** Where they stand (申请状态). */
  status?: StaffingUseApplicationStatus | null | undefined;
  /** Applications of institutions under this bureau, the bureau included (所辖范围). */
  underBureauId?: string | null | undefined;
};

/** Order of a StaffingUseApplication list (排序). */
export type StaffingUseApplicationSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: StaffingUseApplicationSortField;
};

/** Field to sort StaffingUseApplication records by. */
export type StaffingUseApplicationSortField =
  /** Date of the application. */
  | 'APPLIED_ON'
  /** Last change. */
  | 'UPDATED_AT';

/** Where an application to use posts stands (申请状态). */
export type StaffingUseApplicationStatus =
  /** Approved by a numbered notice (已核准): see its approval. */
  | 'APPROVED'
  /** Awaiting the office's decision (待审核). */
  | 'PENDING'
  /** Refused by the office, with its reason (不予核准). */
  | 'REJECTED'
  /** Withdrawn by the applicant before a decision (已撤回). */
  | 'WITHDRAWN';

/** Which approvals to use posts to list (用编核准筛选条件); all conditions must hold. */
export type StaffingUseApprovalFilter = {
  /** Quota category (编制类别). */
  category?: QuotaCategory | null | undefined;
  /** Approvals of this institution (用编机构). */
  institutionId?: string | null | undefined;
  /** Exact notice number (核准通知单编号). */
  noticeNumber?: string | null | undefined;
  /** Where they stand today (核准状态). */
  status?: StaffingUseStatus | null | undefined;
  /** Approvals of institutions under this bureau, the bureau included (所辖范围). */
  underBureauId?: string | null | undefined;
};

/** Order of a StaffingUseApproval list (排序). */
export type StaffingUseApprovalSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: StaffingUseApprovalSortField;
};

/** Field to sort StaffingUseApproval records by. */
export type StaffingUseApprovalSortField =
  /** Date issued. */
  | 'ISSUED_ON'
  /** Notice number. */
  | 'NOTICE_NUMBER'
  /** Last valid day. */
  | 'VALID_UNTIL';

/** What posts are approved for use for (用编事由). */
export type StaffingUsePurpose =
  /** Civil-service examination and recruitment (考试录用). */
  | 'CIVIL_SERVICE_EXAM'
  /** Resettlement of demobilised military cadres (军转安置). */
  | 'MILITARY_RESETTLEMENT'
  /** Open recruitment of a public institution (公开招聘). */
  | 'OPEN_RECRUITMENT'
  /** Other (其他). */
  | 'OTHER'
  /** Selection of graduates or cadres (选调). */
  | 'SELECTION'
  /** Transfer in from another institution (调任). */
  | 'TRANSFER_IN';

/** Where an approval to use posts stands (核准状态). */
export type StaffingUseStatus =
  /** Past its validity with posts unused, which it no longer holds (已过期). */
  | 'EXPIRED'
  /** Valid, with posts left (有效). */
  | 'OPEN'
  /** Every post approved has been filled (已用完). */
  | 'USED_UP'
  /** Withdrawn; its unused posts are free again (已撤回). */
  | 'WITHDRAWN';

/** Which bureaus a statistic covers (统计范围). */
export type StatisticsScope =
  /** Every bureau under the bureau, not the bureau itself (所辖). */
  | 'DESCENDANTS'
  /** The bureau alone (本级). */
  | 'SELF'
  /** The bureau and every bureau under it (本级及所辖). */
  | 'SUBTREE';

/** Submits a bureau's return to the bureau above (报送年报), signed. */
export type SubmitAnnualReturnInput = {
  /** The bureau whose return it is (编办). */
  bureauId: string;
  /** Why it comes after the due date (逾期说明), required then; at most 500 characters. */
  lateReason?: string | null | undefined;
  /** The person who prepared it (填表人/经办人), at most 50 characters. */
  preparer: string;
  /** The person answerable for the return (单位负责人), at most 50 characters. */
  responsiblePerson: string;
  /** Version of the return as last read. */
  version: number;
  /** The year reported on (报告年度). */
  year: number;
};

/** A transfer (调动): the person leaves one institution (调出) and enters another against the receiving side's approval to use posts (调入), in one transaction. */
export type TransferStaffInput = {
  /** The receiving institution's approval to use posts (调入用编核准): one in the caller's jurisdiction, or one outside it that names this person (transfereeNationalId), which is how the receiving jurisdiction consents. */
  approvalId: string;
  /** Number of the transfer document (调动文件号). */
  documentNumber: string;
  /** Staff record of the person in the institution they leave (调出人员). */
  id: string;
  /** Position in the receiving institution (调入后职务); the current one when left out. */
  position?: string | null | undefined;
  /** Date of the transfer (调动日期): the day the person leaves and enters; within the approval's validity, not in the future. */
  transferredOn: string;
  /** Version of that record as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** Changes to an account (修改账号); fields left out stay as they are. */
export type UpdateAccountInput = {
  /** Disable (停用) or enable the account; disabling revokes all its tokens at once, and enabling it again does not bring them back. */
  disabled?: boolean | null | undefined;
  /** Name shown to people (显示名称). */
  displayName?: string | null | undefined;
  /** Account to change. */
  id: string;
  /** A new password (重置密码), at least 12 characters; ends every session of the account. Refused for INTEGRATOR accounts, which use API tokens. */
  password?: string | null | undefined;
};

/** Changes to a bureau (修改编办); fields left out stay as they are, null clears a date. */
export type UpdateBureauInput = {
  /** 6-digit administrative division code (行政区划代码). */
  code?: string | null | undefined;
  /** Name of the administrative division (行政区划名称). */
  divisionName?: string | null | undefined;
  /** Date electronic document exchange was built (电子公文交换建成日期). */
  documentExchangeBuiltOn?: string | null | undefined;
  /** Bureau to change. */
  id: string;
  /** Level (级别). */
  level?: BureauLevel | null | undefined;
  /** Date the local area network was built (局域网建成日期). */
  localAreaNetworkBuiltOn?: string | null | undefined;
  /** Chinese name of the bureau (编办名称). */
  name?: string | null | undefined;
  /** Date the paperless office was built (无纸化办公建成日期). */
  paperlessOfficeBuiltOn?: string | null | undefined;
  /** New parent bureau (上级编办): moves the bureau and its whole subtree. */
  parentId?: string | null | undefined;
  /** Date connected to the party-government intranet (党政内网开通日期). */
  partyIntranetConnectedOn?: string | null | undefined;
  /** Version of the bureau as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** Changes to an e-government unit (修改电子政务机构); fields left out stay as they are. */
export type UpdateEGovUnitInput = {
  /** Bureau the unit belongs to (所属编办). */
  bureauId?: string | null | undefined;
  /** Duties (主要职责). */
  duties?: string | null | undefined;
  /** Date established (成立日期); null clears it. */
  establishedOn?: string | null | undefined;
  /** Unit to change. */
  id: string;
  /** Name of the unit (机构名称). */
  name?: string | null | undefined;
  /** Rank of the unit (机构规格). */
  rank?: InstitutionRank | null | undefined;
  /** Version of the unit as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** Corrections of an institution's registered facts that need no decision (登记信息更正); fields left out stay as they are. */
export type UpdateInstitutionInput = {
  /** Unified social credit code (统一社会信用代码); null clears it. */
  creditCode?: string | null | undefined;
  /** Date established (成立日期); null clears it. */
  establishedOn?: string | null | undefined;
  /** Institution to correct. */
  id: string;
  /** Whether it is its bureau's e-government body (电子政务机构). */
  isEgovBody?: boolean | null | undefined;
  /** Standard short name (规范简称); null clears it. */
  shortName?: string | null | undefined;
  /** Version of the institution as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** Corrections to a quota record (更正编制记录); fields left out stay as they are. A new approval is a new quota, not an update. */
export type UpdateQuotaInput = {
  /** Approved headcount (编制数). */
  approvedHeadcount?: number | null | undefined;
  /** Number of the approval document (批文号). */
  documentNumber?: string | null | undefined;
  /** Date the quota takes effect (生效日期). */
  effectiveOn?: string | null | undefined;
  /** Quota to correct. */
  id: string;
  /** Version of the quota as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** Changes to a staff record (修改实名制人员); fields left out stay as they are. */
export type UpdateStaffInput = {
  /** Birth date (出生日期); must agree with the ID number. */
  birthDate?: string | null | undefined;
  /** Highest education (学历). */
  education?: Education | null | undefined;
  /** Gender (性别); must agree with the ID number. */
  gender?: Gender | null | undefined;
  /** Date the person joined the institution (入职日期). */
  hiredOn?: string | null | undefined;
  /** Staff record to change. */
  id: string;
  /** Institution the person works in (所在机构). */
  institutionId?: string | null | undefined;
  /** Leadership tier held (领导职务层级); null: no longer a leader. */
  leadershipTier?: LeadershipTier | null | undefined;
  /** Full name (姓名). */
  name?: string | null | undefined;
  /** National ID number (公民身份号码). */
  nationalId?: string | null | undefined;
  /** Position held (职务). */
  position?: string | null | undefined;
  /** Quota category the person fills (占用编制类别). */
  quotaCategory?: QuotaCategory | null | undefined;
  /** Employment status (人员状态). */
  status?: StaffStatus | null | undefined;
  /** Version of the record as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** Changes to a website (修改网站); fields left out stay as they are. */
export type UpdateWebsiteInput = {
  /** Address (网址). */
  address?: string | null | undefined;
  /** Bureau the site belongs to (所属编办). */
  bureauId?: string | null | undefined;
  /** Website to change. */
  id: string;
  /** Date of the last content update (最近更新日期). */
  lastUpdatedOn?: string | null | undefined;
  /** Date the site went live (开通日期). */
  launchedOn?: string | null | undefined;
  /** Network (内网或外网). */
  network?: WebsiteNetwork | null | undefined;
  /** Title (网站名称). */
  title?: string | null | undefined;
  /** Version of the website as last read; a stale version is refused (CONFLICT). */
  version: number;
};

/** Which websites to list (网站筛选条件); all conditions must hold. */
export type WebsiteFilter = {
  /** Sites of this bureau (所属编办). */
  bureauId?: string | null | undefined;
  /** Network (内网或外网). */
  network?: WebsiteNetwork | null | undefined;
  /** Only stale sites, or only fresh ones (是否长期未更新). */
  stale?: boolean | null | undefined;
  /** Part of the address or title (网址或名称包含). */
  textContains?: string | null | undefined;
  /** Sites of this bureau and every bureau under it (所辖范围). */
  underBureauId?: string | null | undefined;
};

/** Network a website is published on (网络). */
export type WebsiteNetwork =
  /** Internet / government extranet (外网). */
  | 'EXTRANET'
  /** Party-government intranet (内网, 党政内网). */
  | 'INTRANET';

/** Order of a Website list (排序). */
export type WebsiteSort = {
  /** Direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: WebsiteSortField;
};

/** Field to sort Website records by. */
export type WebsiteSortField =
  /** Date of the last content update. */
  | 'LAST_UPDATED_ON'
  /** Launch date. */
  | 'LAUNCHED_ON'
  /** Title. */
  | 'TITLE'
  /** Time of the last change to the record. */
  | 'UPDATED_AT';

export type AccountRecordFragment = { id: string, username: string, displayName: string, role: AccountRole, bureauId: string | null, disabled: boolean, createdAt: string, bureau: { id: string, name: string } | null };

export type AccountListQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: AccountSort | null | undefined;
}>;


export type AccountListQuery = { accounts: { totalCount: number, items: Array<{ id: string, username: string, displayName: string, role: AccountRole, bureauId: string | null, disabled: boolean, createdAt: string, bureau: { id: string, name: string } | null }> } };

export type AccountOneQueryVariables = Exact<{
  id: string;
}>;


export type AccountOneQuery = { account: { id: string, username: string, displayName: string, role: AccountRole, bureauId: string | null, disabled: boolean, createdAt: string, accessTokens: Array<{ id: string, kind: AccessTokenKind, label: string, createdAt: string, expiresAt: string | null, revokedAt: string | null }>, bureau: { id: string, name: string } | null } | null };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
  reason?: string | null | undefined;
}>;


export type CreateAccountMutation = { createAccount: { id: string, username: string, displayName: string, role: AccountRole, bureauId: string | null, disabled: boolean, createdAt: string, bureau: { id: string, name: string } | null } };

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
  reason?: string | null | undefined;
}>;


export type UpdateAccountMutation = { updateAccount: { id: string, username: string, displayName: string, role: AccountRole, bureauId: string | null, disabled: boolean, createdAt: string, bureau: { id: string, name: string } | null } };

export type RevokeAccessTokenMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type RevokeAccessTokenMutation = { revokeAccessToken: { id: string, revokedAt: string | null } };

export type AlertRecordFragment = { id: string, kind: AlertKind, category: QuotaCategory | null, tier: LeadershipTier | null, open: boolean, approved: number, actual: number, institutionId: string | null, institutionName: string, bureauPath: string, raisedAt: string, resolvedAt: string | null, bureau: { id: string, name: string } | null, staffingUseApproval: { id: string, noticeNumber: string } | null };

export type AlertListQueryVariables = Exact<{
  filter?: QuotaAlertFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: QuotaAlertSort | null | undefined;
}>;


export type AlertListQuery = { quotaAlerts: { totalCount: number, items: Array<{ id: string, kind: AlertKind, category: QuotaCategory | null, tier: LeadershipTier | null, open: boolean, approved: number, actual: number, institutionId: string | null, institutionName: string, bureauPath: string, raisedAt: string, resolvedAt: string | null, bureau: { id: string, name: string } | null, staffingUseApproval: { id: string, noticeNumber: string } | null }> } };

export type AlertOneQueryVariables = Exact<{
  id: string;
}>;


export type AlertOneQuery = { quotaAlert: { id: string, kind: AlertKind, category: QuotaCategory | null, tier: LeadershipTier | null, open: boolean, approved: number, actual: number, institutionId: string | null, institutionName: string, bureauPath: string, raisedAt: string, resolvedAt: string | null, bureau: { id: string, name: string } | null, staffingUseApproval: { id: string, noticeNumber: string } | null } | null };

export type AlertEventsSubscriptionVariables = Exact<{
  under: string;
  since?: string | null | undefined;
}>;


export type AlertEventsSubscription = { quotaAlerts: { cursor: string, type: AlertEventType, occurredAt: string, alert: { id: string, kind: AlertKind, category: QuotaCategory | null, tier: LeadershipTier | null, open: boolean, approved: number, actual: number, institutionId: string | null, institutionName: string, bureauPath: string, raisedAt: string, resolvedAt: string | null, bureau: { id: string, name: string } | null, staffingUseApproval: { id: string, noticeNumber: string } | null } } };

export type AnnualReportProgressQueryVariables = Exact<{
  year: number;
  bureauId?: string | null | undefined;
}>;


export type AnnualReportProgressQuery = { annualReportProgress: Array<{ standing: ReportStanding, overdue: boolean, submittedAt: string | null, childrenOverdue: number, bureau: { id: string, name: string, code: string, level: BureauLevel, parentId: string | null }, children: Array<{ standing: ReportStanding, count: number }> }> };

export type AnnualReturnSummaryFragment = { id: string, version: number, year: number, status: AnnualReturnStatus, frozenAt: string, submittedAt: string | null, returnedAt: string | null, acceptedAt: string | null, responsiblePerson: string | null, preparer: string | null, lateReason: string | null, returnReason: string | null, updatedAt: string, bureau: { id: string, name: string, code: string, level: BureauLevel, parentId: string | null } };

export type AnnualReturnRecordFragment = { id: string, version: number, year: number, status: AnnualReturnStatus, frozenAt: string, submittedAt: string | null, returnedAt: string | null, acceptedAt: string | null, responsiblePerson: string | null, preparer: string | null, lateReason: string | null, returnReason: string | null, updatedAt: string, establishment: { institutions: number, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, approvedPositions: number, leaders: number, overStaffedInstitutions: number, overPositionsInstitutions: number, overInstitutions: number, byKind: Array<{ kind: InstitutionKind, institutions: number }>, byNature: Array<{ nature: InstitutionNature, institutions: number }>, byRank: Array<{ rank: InstitutionRank, institutions: number }>, byFunding: Array<{ funding: FundingForm, institutions: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, overStaffedInstitutions: number }>, byTier: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, excess: number, overInstitutions: number }> }, egovStaffing: { units: number, approvedHeadcount: number, activeStaff: number, vacancies: number, approvedLeadershipPositions: number, activeLeaders: number, unitsOverQuota: number, unitsOverPositions: number, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number }> }, indicators: { bureauCount: number, documentExchange: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number } }, staffProfile: { total: number, byGender: Array<{ gender: Gender, count: number }>, byEducation: Array<{ education: Education, count: number }>, byAgeBand: Array<{ ageBand: AgeBand, count: number }> }, checks: Array<{ code: ReturnCheckCode, severity: CheckSeverity, message: string, messageEn: string, rowCount: number, rows: Array<{ institutionId: string | null, institutionName: string | null, bureauCode: string | null, detail: string }> }>, comparedWithLastYear: Array<{ table: string, key: string, item: string, thisYear: number, lastYear: number, change: number, changed: boolean }> | null, bureau: { id: string, name: string, code: string, level: BureauLevel, parentId: string | null } };

export type AnnualReturnListQueryVariables = Exact<{
  filter?: AnnualReturnFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: AnnualReturnSort | null | undefined;
}>;


export type AnnualReturnListQuery = { annualReturns: { totalCount: number, items: Array<{ id: string, version: number, year: number, status: AnnualReturnStatus, frozenAt: string, submittedAt: string | null, returnedAt: string | null, acceptedAt: string | null, responsiblePerson: string | null, preparer: string | null, lateReason: string | null, returnReason: string | null, updatedAt: string, bureau: { id: string, name: string, code: string, level: BureauLevel, parentId: string | null } }> } };

export type AnnualReturnOneQueryVariables = Exact<{
  year: number;
  bureauId: string;
}>;


export type AnnualReturnOneQuery = { annualReturn: { id: string, version: number, year: number, status: AnnualReturnStatus, frozenAt: string, submittedAt: string | null, returnedAt: string | null, acceptedAt: string | null, responsiblePerson: string | null, preparer: string | null, lateReason: string | null, returnReason: string | null, updatedAt: string, establishment: { institutions: number, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, approvedPositions: number, leaders: number, overStaffedInstitutions: number, overPositionsInstitutions: number, overInstitutions: number, byKind: Array<{ kind: InstitutionKind, institutions: number }>, byNature: Array<{ nature: InstitutionNature, institutions: number }>, byRank: Array<{ rank: InstitutionRank, institutions: number }>, byFunding: Array<{ funding: FundingForm, institutions: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, overStaffedInstitutions: number }>, byTier: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, excess: number, overInstitutions: number }> }, egovStaffing: { units: number, approvedHeadcount: number, activeStaff: number, vacancies: number, approvedLeadershipPositions: number, activeLeaders: number, unitsOverQuota: number, unitsOverPositions: number, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number }> }, indicators: { bureauCount: number, documentExchange: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number } }, staffProfile: { total: number, byGender: Array<{ gender: Gender, count: number }>, byEducation: Array<{ education: Education, count: number }>, byAgeBand: Array<{ ageBand: AgeBand, count: number }> }, checks: Array<{ code: ReturnCheckCode, severity: CheckSeverity, message: string, messageEn: string, rowCount: number, rows: Array<{ institutionId: string | null, institutionName: string | null, bureauCode: string | null, detail: string }> }>, comparedWithLastYear: Array<{ table: string, key: string, item: string, thisYear: number, lastYear: number, change: number, changed: boolean }> | null, bureau: { id: string, name: string, code: string, level: BureauLevel, parentId: string | null } } | null, reportingPeriods: Array<{ id: string, version: number, year: number, cutoffOn: string, dueOn: string, createdAt: string }> };

export type FreezeAnnualReturnMutationVariables = Exact<{
  year: number;
  bureauId: string;
}>;


export type FreezeAnnualReturnMutation = { freezeAnnualReturn: { id: string, year: number, status: AnnualReturnStatus, version: number, bureau: { id: string } } };

export type SubmitAnnualReturnMutationVariables = Exact<{
  input: SubmitAnnualReturnInput;
}>;


export type SubmitAnnualReturnMutation = { submitAnnualReturn: { id: string, version: number, status: AnnualReturnStatus } };

export type ReturnAnnualReturnMutationVariables = Exact<{
  input: DecideAnnualReturnInput;
  returnReason: string;
}>;


export type ReturnAnnualReturnMutation = { returnAnnualReturn: { id: string, version: number, status: AnnualReturnStatus } };

export type AcceptAnnualReturnMutationVariables = Exact<{
  input: DecideAnnualReturnInput;
}>;


export type AcceptAnnualReturnMutation = { acceptAnnualReturn: { id: string, version: number, status: AnnualReturnStatus } };

export type AnnualReturnEventsSubscriptionVariables = Exact<{
  under: string;
  since?: string | null | undefined;
}>;


export type AnnualReturnEventsSubscription = { annualReturnEvents: { cursor: string, type: AnnualReturnEventType, year: number, bureauCode: string, bureauName: string, late: boolean, reason: string | null } };

export type AuditRecordFragment = { id: string, occurredAt: string, actorUsername: string, actorRole: AccountRole, operation: string, recordType: string, recordId: string, bureauPath: string, previousBureauPath: string | null, reason: string | null, requestId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null };

export type AuditListQueryVariables = Exact<{
  filter?: AuditEntryFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: AuditEntrySort | null | undefined;
}>;


export type AuditListQuery = { auditEntries: { totalCount: number, items: Array<{ id: string, occurredAt: string, actorUsername: string, actorRole: AccountRole, operation: string, recordType: string, recordId: string, bureauPath: string, previousBureauPath: string | null, reason: string | null, requestId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, accessToken: { expiresAt: string | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { id: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: AccountRole, bureauId: string | null, bureau: { id: string, name: string, level: BureauLevel, code: string } | null, permissions: { mayWrite: boolean, readsAuditTrail: boolean, seesPersonalData: boolean, createsChildBureaus: boolean } } };

export type ProvinceBureausQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvinceBureausQuery = { bureaus: { items: Array<{ id: string, name: string, level: BureauLevel, code: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { id: string } };

export type BureauRecordFragment = { id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, updatedAt: string, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { documentExchange: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null } } };

export type IndicatorsRecordFragment = { documentExchange: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null } };

export type BureauListQueryVariables = Exact<{
  filter?: BureauFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: BureauSort | null | undefined;
}>;


export type BureauListQuery = { bureaus: { totalCount: number, items: Array<{ id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, updatedAt: string, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { documentExchange: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null } } }> } };

export type BureauOneQueryVariables = Exact<{
  id: string;
}>;


export type BureauOneQuery = { bureau: { id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, updatedAt: string, ancestors: Array<{ id: string, name: string, level: BureauLevel }>, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { documentExchange: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null } } } | null };

export type CreateBureauMutationVariables = Exact<{
  input: CreateBureauInput;
  reason?: string | null | undefined;
}>;


export type CreateBureauMutation = { createBureau: { id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, updatedAt: string, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { documentExchange: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null } } } };

export type UpdateBureauMutationVariables = Exact<{
  input: UpdateBureauInput;
  reason?: string | null | undefined;
}>;


export type UpdateBureauMutation = { updateBureau: { id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, updatedAt: string, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { documentExchange: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null } } } };

export type DeleteBureauMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type DeleteBureauMutation = { deleteBureau: string };

export type BureauTreeQueryVariables = Exact<{
  filter?: BureauFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: BureauSort | null | undefined;
}>;


export type BureauTreeQuery = { bureaus: { totalCount: number, items: Array<{ id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, updatedAt: string, establishmentStatistics: { institutions: number, activeStaff: number, overInstitutions: number }, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { documentExchange: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null } } }> } };

export type CoverageFiguresFragment = { built: number, total: number, coverage: number };

export type IndicatorCoverageFragment = { bureauCount: number, documentExchange: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number } };

export type StaffingTotalsFragment = { units: number, approvedHeadcount: number, activeStaff: number, vacancies: number, approvedLeadershipPositions: number, activeLeaders: number, unitsOverQuota: number, unitsOverPositions: number };

export type DashboardQueryVariables = Exact<{
  underBureauId: string;
}>;


export type DashboardQuery = { reportingPeriods: Array<{ year: number, dueOn: string }>, bureau: { id: string, name: string, level: BureauLevel, indicators: { documentExchange: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null } }, staffingStatistics: { units: number, approvedHeadcount: number, activeStaff: number, vacancies: number, approvedLeadershipPositions: number, activeLeaders: number, unitsOverQuota: number, unitsOverPositions: number } } | null, indicatorTable: { rows: Array<{ bureau: { id: string, name: string, divisionName: string }, statistics: { bureauCount: number, documentExchange: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number } } }>, total: { bureauCount: number, documentExchange: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number } } }, indicatorShares: { totalBuilt: number, shares: Array<{ indicator: IndicatorKind, built: number, share: number }> }, unitTable: { rows: Array<{ bureauCount: number, bureausWithUnit: number, coverage: number, approvedHeadcount: number, activeStaff: number, bureau: { id: string, name: string, divisionName: string } | null, units: Array<{ id: string }> }>, total: { bureauCount: number, bureausWithUnit: number, coverage: number, approvedHeadcount: number, activeStaff: number, units: Array<{ id: string }> } }, openAlerts: { totalCount: number, items: Array<{ id: string, kind: AlertKind, category: QuotaCategory | null, tier: LeadershipTier | null, open: boolean, approved: number, actual: number, institutionId: string | null, institutionName: string, bureauPath: string, raisedAt: string, resolvedAt: string | null, bureau: { id: string, name: string } | null, staffingUseApproval: { id: string, noticeNumber: string } | null }> }, pendingApplications: { totalCount: number, items: Array<{ id: string, appliedOn: string, requestedCount: number, category: QuotaCategory, institution: { id: string, name: string } }> }, submittedReturns: { totalCount: number, items: Array<{ id: string, year: number, submittedAt: string | null, bureau: { id: string, name: string } }> } };

export type EstablishmentFiguresFragment = { institutions: number, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, approvedPositions: number, leaders: number, overStaffedInstitutions: number, overPositionsInstitutions: number, overInstitutions: number, byKind: Array<{ kind: InstitutionKind, institutions: number }>, byNature: Array<{ nature: InstitutionNature, institutions: number }>, byRank: Array<{ rank: InstitutionRank, institutions: number }>, byFunding: Array<{ funding: FundingForm, institutions: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, overStaffedInstitutions: number }>, byTier: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, excess: number, overInstitutions: number }> };

export type EstablishmentPanelQueryVariables = Exact<{
  bureauId: string;
}>;


export type EstablishmentPanelQuery = { bureau: { id: string, name: string, level: BureauLevel, ancestors: Array<{ id: string, name: string }>, establishmentStatistics: { institutions: number, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, approvedPositions: number, leaders: number, overStaffedInstitutions: number, overPositionsInstitutions: number, overInstitutions: number, byKind: Array<{ kind: InstitutionKind, institutions: number }>, byNature: Array<{ nature: InstitutionNature, institutions: number }>, byRank: Array<{ rank: InstitutionRank, institutions: number }>, byFunding: Array<{ funding: FundingForm, institutions: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, overStaffedInstitutions: number }>, byTier: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, excess: number, overInstitutions: number }> }, establishmentTable: Array<{ scope: StatisticsScope, bureau: { id: string, name: string, divisionName: string, level: BureauLevel }, statistics: { institutions: number, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, approvedPositions: number, leaders: number, overStaffedInstitutions: number, overPositionsInstitutions: number, overInstitutions: number, byKind: Array<{ kind: InstitutionKind, institutions: number }>, byNature: Array<{ nature: InstitutionNature, institutions: number }>, byRank: Array<{ rank: InstitutionRank, institutions: number }>, byFunding: Array<{ funding: FundingForm, institutions: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, overStaffedInstitutions: number }>, byTier: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, excess: number, overInstitutions: number }> } }> } | null };

export type DashboardTasksFragment = { openAlerts: { totalCount: number, items: Array<{ id: string, kind: AlertKind, category: QuotaCategory | null, tier: LeadershipTier | null, open: boolean, approved: number, actual: number, institutionId: string | null, institutionName: string, bureauPath: string, raisedAt: string, resolvedAt: string | null, bureau: { id: string, name: string } | null, staffingUseApproval: { id: string, noticeNumber: string } | null }> }, pendingApplications: { totalCount: number, items: Array<{ id: string, appliedOn: string, requestedCount: number, category: QuotaCategory, institution: { id: string, name: string } }> }, submittedReturns: { totalCount: number, items: Array<{ id: string, year: number, submittedAt: string | null, bureau: { id: string, name: string } }> } };

export type InstitutionRecordFragment = { id: string, version: number, name: string, shortName: string | null, creditCode: string | null, kind: InstitutionKind, nature: InstitutionNature, funding: FundingForm | null, rank: InstitutionRank, status: InstitutionStatus, isEgovBody: boolean, establishedOn: string | null, endedOn: string | null, bureauId: string, activeStaffCount: number, overStaffed: boolean, updatedAt: string, bureau: { id: string, name: string }, supervisingInstitution: { id: string, name: string } | null };

export type EstablishmentRecordFragment = { id: string, documentNumber: string, approvedOn: string, supersededOn: string | null, mainFunctions: string, principalPositions: number, deputyPositions: number, internalHeadPositions: number, internalBodyNames: Array<string>, quotas: Array<{ id: string, category: QuotaCategory, approvedHeadcount: number }> };

export type InstitutionListQueryVariables = Exact<{
  filter?: InstitutionFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: InstitutionSort | null | undefined;
}>;


export type InstitutionListQuery = { institutions: { totalCount: number, items: Array<{ id: string, version: number, name: string, shortName: string | null, creditCode: string | null, kind: InstitutionKind, nature: InstitutionNature, funding: FundingForm | null, rank: InstitutionRank, status: InstitutionStatus, isEgovBody: boolean, establishedOn: string | null, endedOn: string | null, bureauId: string, activeStaffCount: number, overStaffed: boolean, updatedAt: string, bureau: { id: string, name: string }, supervisingInstitution: { id: string, name: string } | null }> } };

export type InstitutionOneQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionOneQuery = { institution: { duties: string, id: string, version: number, name: string, shortName: string | null, creditCode: string | null, kind: InstitutionKind, nature: InstitutionNature, funding: FundingForm | null, rank: InstitutionRank, status: InstitutionStatus, isEgovBody: boolean, establishedOn: string | null, endedOn: string | null, bureauId: string, activeStaffCount: number, overStaffed: boolean, updatedAt: string, mergedInto: { id: string, name: string } | null, currentEstablishment: { id: string, documentNumber: string, approvedOn: string, supersededOn: string | null, mainFunctions: string, principalPositions: number, deputyPositions: number, internalHeadPositions: number, internalBodyNames: Array<string>, quotas: Array<{ id: string, category: QuotaCategory, approvedHeadcount: number }> } | null, establishmentHistory: Array<{ id: string, documentNumber: string, approvedOn: string, supersededOn: string | null, mainFunctions: string, principalPositions: number, deputyPositions: number, internalHeadPositions: number, internalBodyNames: Array<string>, quotas: Array<{ id: string, category: QuotaCategory, approvedHeadcount: number }> }>, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, overStaffed: boolean, excess: number }>, leadershipStaffing: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, overPositions: boolean, excess: number }>, vacancies: Array<{ category: QuotaCategory | null, tier: LeadershipTier | null, approved: number, active: number, reserved: number, free: number }>, internalBodies: Array<{ id: string, name: string, duties: string, abolishedOn: string | null }>, subordinates: Array<{ id: string, name: string, rank: InstitutionRank }>, changes: Array<{ id: string, kind: InstitutionChangeKind, documentNumber: string, decidedOn: string, before: string | null, after: string | null }>, bureau: { id: string, name: string }, supervisingInstitution: { id: string, name: string } | null } | null };

export type InstitutionTreeNodeFragment = { id: string, name: string, kind: InstitutionKind, rank: InstitutionRank, activeStaffCount: number, overStaffed: boolean, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, overStaffed: boolean }>, leadershipStaffing: Array<{ tier: LeadershipTier, overPositions: boolean }>, subordinates: Array<{ id: string }> };

export type InstitutionTreeRootsQueryVariables = Exact<{
  bureauId: string;
}>;


export type InstitutionTreeRootsQuery = { institutions: { totalCount: number, items: Array<{ id: string, name: string, kind: InstitutionKind, rank: InstitutionRank, activeStaffCount: number, overStaffed: boolean, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, overStaffed: boolean }>, leadershipStaffing: Array<{ tier: LeadershipTier, overPositions: boolean }>, subordinates: Array<{ id: string }> }> } };

export type InstitutionTreeChildrenQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionTreeChildrenQuery = { institution: { id: string, subordinates: Array<{ id: string, name: string, kind: InstitutionKind, rank: InstitutionRank, activeStaffCount: number, overStaffed: boolean, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, overStaffed: boolean }>, leadershipStaffing: Array<{ tier: LeadershipTier, overPositions: boolean }>, subordinates: Array<{ id: string }> }> } | null };

export type EstablishInstitutionMutationVariables = Exact<{
  input: EstablishInstitutionInput;
  reason?: string | null | undefined;
}>;


export type EstablishInstitutionMutation = { establishInstitution: { id: string, version: number, name: string, shortName: string | null, creditCode: string | null, kind: InstitutionKind, nature: InstitutionNature, funding: FundingForm | null, rank: InstitutionRank, status: InstitutionStatus, isEgovBody: boolean, establishedOn: string | null, endedOn: string | null, bureauId: string, activeStaffCount: number, overStaffed: boolean, updatedAt: string, bureau: { id: string, name: string }, supervisingInstitution: { id: string, name: string } | null } };

export type UpdateInstitutionMutationVariables = Exact<{
  input: UpdateInstitutionInput;
  reason?: string | null | undefined;
}>;


export type UpdateInstitutionMutation = { updateInstitution: { id: string, version: number } };

export type RenameInstitutionMutationVariables = Exact<{
  input: RenameInstitutionInput;
  reason?: string | null | undefined;
}>;


export type RenameInstitutionMutation = { renameInstitution: { id: string, version: number } };

export type ChangeInstitutionRankMutationVariables = Exact<{
  input: ChangeInstitutionRankInput;
  reason?: string | null | undefined;
}>;


export type ChangeInstitutionRankMutation = { changeInstitutionRank: { id: string, version: number } };

export type ChangeInstitutionNatureMutationVariables = Exact<{
  input: ChangeInstitutionNatureInput;
  reason?: string | null | undefined;
}>;


export type ChangeInstitutionNatureMutation = { changeInstitutionNature: { id: string, version: number } };

export type MoveInstitutionMutationVariables = Exact<{
  input: MoveInstitutionInput;
  reason?: string | null | undefined;
}>;


export type MoveInstitutionMutation = { moveInstitution: { id: string, version: number } };

export type MergeInstitutionMutationVariables = Exact<{
  input: MergeInstitutionInput;
  reason?: string | null | undefined;
}>;


export type MergeInstitutionMutation = { mergeInstitution: { id: string, version: number } };

export type AbolishInstitutionMutationVariables = Exact<{
  input: AbolishInstitutionInput;
  reason?: string | null | undefined;
}>;


export type AbolishInstitutionMutation = { abolishInstitution: { id: string, version: number } };

export type ApproveEstablishmentMutationVariables = Exact<{
  input: ApproveEstablishmentInput;
  reason?: string | null | undefined;
}>;


export type ApproveEstablishmentMutation = { approveEstablishment: { id: string } };

export type InstitutionCertificateQueryVariables = Exact<{
  id: string;
}>;


export type InstitutionCertificateQuery = { institution: { id: string, name: string, kind: InstitutionKind, nature: InstitutionNature, rank: InstitutionRank, bureau: { id: string, name: string }, currentEstablishment: { id: string, documentNumber: string, approvedOn: string, supersededOn: string | null, mainFunctions: string, principalPositions: number, deputyPositions: number, internalHeadPositions: number, internalBodyNames: Array<string>, quotas: Array<{ id: string, category: QuotaCategory, approvedHeadcount: number }> } | null, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number }>, leadershipStaffing: Array<{ tier: LeadershipTier, approvedPositions: number }>, staff: Array<{ id: string, name: string, position: string, leadershipTier: LeadershipTier | null, quotaCategory: QuotaCategory }> } | null };

export type QuotaRecordFragment = { id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, approvalId: string | null, documentNumber: string, effectiveOn: string, current: boolean, supersededOn: string | null, updatedAt: string, institution: { id: string, name: string, bureau: { id: string, name: string } }, replaces: { id: string, documentNumber: string, effectiveOn: string, approvedHeadcount: number } | null };

export type QuotaListQueryVariables = Exact<{
  filter?: QuotaFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: QuotaSort | null | undefined;
}>;


export type QuotaListQuery = { quotas: { totalCount: number, items: Array<{ id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, approvalId: string | null, documentNumber: string, effectiveOn: string, current: boolean, supersededOn: string | null, updatedAt: string, institution: { id: string, name: string, bureau: { id: string, name: string } }, replaces: { id: string, documentNumber: string, effectiveOn: string, approvedHeadcount: number } | null }> } };

export type QuotaOneQueryVariables = Exact<{
  id: string;
}>;


export type QuotaOneQuery = { quota: { id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, approvalId: string | null, documentNumber: string, effectiveOn: string, current: boolean, supersededOn: string | null, updatedAt: string, institution: { id: string, name: string, bureau: { id: string, name: string } }, replaces: { id: string, documentNumber: string, effectiveOn: string, approvedHeadcount: number } | null } | null };

export type CreateQuotaMutationVariables = Exact<{
  input: CreateQuotaInput;
  reason?: string | null | undefined;
}>;


export type CreateQuotaMutation = { createQuota: { id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, approvalId: string | null, documentNumber: string, effectiveOn: string, current: boolean, supersededOn: string | null, updatedAt: string, institution: { id: string, name: string, bureau: { id: string, name: string } }, replaces: { id: string, documentNumber: string, effectiveOn: string, approvedHeadcount: number } | null } };

export type UpdateQuotaMutationVariables = Exact<{
  input: UpdateQuotaInput;
  reason?: string | null | undefined;
}>;


export type UpdateQuotaMutation = { updateQuota: { id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, approvalId: string | null, documentNumber: string, effectiveOn: string, current: boolean, supersededOn: string | null, updatedAt: string, institution: { id: string, name: string, bureau: { id: string, name: string } }, replaces: { id: string, documentNumber: string, effectiveOn: string, approvedHeadcount: number } | null } };

export type DeleteQuotaMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type DeleteQuotaMutation = { deleteQuota: string };

export type ReportingPeriodRecordFragment = { id: string, version: number, year: number, cutoffOn: string, dueOn: string, createdAt: string };

export type ReportingPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingPeriodsQuery = { reportingPeriods: Array<{ id: string, version: number, year: number, cutoffOn: string, dueOn: string, createdAt: string }> };

export type OpenReportingPeriodMutationVariables = Exact<{
  input: OpenReportingPeriodInput;
  reason?: string | null | undefined;
}>;


export type OpenReportingPeriodMutation = { openReportingPeriod: { id: string, version: number, year: number, cutoffOn: string, dueOn: string, createdAt: string } };

export type StaffRecordFragment = { id: string, version: number, name: string, gender: Gender, nationalId: string, birthDate: string | null, education: Education, position: string, isLeader: boolean, leadershipTier: LeadershipTier | null, hiredOn: string, status: StaffStatus, exitReason: ExitReason | null, exitedOn: string | null, exitDocumentNumber: string | null, entryKind: StaffEntryKind, quotaCategory: QuotaCategory, institutionId: string, updatedAt: string, entryApproval: { id: string, noticeNumber: string } | null, transferredFrom: { id: string, institution: { id: string, name: string } } | null, institution: { id: string, name: string, bureau: { id: string, name: string } } };

export type StaffListQueryVariables = Exact<{
  filter?: StaffFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: StaffSort | null | undefined;
}>;


export type StaffListQuery = { staff: { totalCount: number, items: Array<{ id: string, version: number, name: string, gender: Gender, nationalId: string, birthDate: string | null, education: Education, position: string, isLeader: boolean, leadershipTier: LeadershipTier | null, hiredOn: string, status: StaffStatus, exitReason: ExitReason | null, exitedOn: string | null, exitDocumentNumber: string | null, entryKind: StaffEntryKind, quotaCategory: QuotaCategory, institutionId: string, updatedAt: string, entryApproval: { id: string, noticeNumber: string } | null, transferredFrom: { id: string, institution: { id: string, name: string } } | null, institution: { id: string, name: string, bureau: { id: string, name: string } } }> } };

export type StaffOneQueryVariables = Exact<{
  id: string;
}>;


export type StaffOneQuery = { staffMember: { id: string, version: number, name: string, gender: Gender, nationalId: string, birthDate: string | null, education: Education, position: string, isLeader: boolean, leadershipTier: LeadershipTier | null, hiredOn: string, status: StaffStatus, exitReason: ExitReason | null, exitedOn: string | null, exitDocumentNumber: string | null, entryKind: StaffEntryKind, quotaCategory: QuotaCategory, institutionId: string, updatedAt: string, establishmentHistory: Array<{ kind: EstablishmentEventKind, occurredOn: string, staffId: string, quotaCategory: QuotaCategory, leadershipTier: LeadershipTier | null, noticeNumber: string | null, documentNumber: string | null, exitReason: ExitReason | null, institution: { id: string, name: string } }>, entryApproval: { id: string, noticeNumber: string } | null, transferredFrom: { id: string, institution: { id: string, name: string } } | null, institution: { id: string, name: string, bureau: { id: string, name: string } } } | null };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
  reason?: string | null | undefined;
}>;


export type CreateStaffMutation = { createStaff: { id: string, version: number, name: string, gender: Gender, nationalId: string, birthDate: string | null, education: Education, position: string, isLeader: boolean, leadershipTier: LeadershipTier | null, hiredOn: string, status: StaffStatus, exitReason: ExitReason | null, exitedOn: string | null, exitDocumentNumber: string | null, entryKind: StaffEntryKind, quotaCategory: QuotaCategory, institutionId: string, updatedAt: string, entryApproval: { id: string, noticeNumber: string } | null, transferredFrom: { id: string, institution: { id: string, name: string } } | null, institution: { id: string, name: string, bureau: { id: string, name: string } } } };

export type UpdateStaffMutationVariables = Exact<{
  input: UpdateStaffInput;
  reason?: string | null | undefined;
}>;


export type UpdateStaffMutation = { updateStaff: { id: string, version: number, name: string, gender: Gender, nationalId: string, birthDate: string | null, education: Education, position: string, isLeader: boolean, leadershipTier: LeadershipTier | null, hiredOn: string, status: StaffStatus, exitReason: ExitReason | null, exitedOn: string | null, exitDocumentNumber: string | null, entryKind: StaffEntryKind, quotaCategory: QuotaCategory, institutionId: string, updatedAt: string, entryApproval: { id: string, noticeNumber: string } | null, transferredFrom: { id: string, institution: { id: string, name: string } } | null, institution: { id: string, name: string, bureau: { id: string, name: string } } } };

export type DeleteStaffMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type DeleteStaffMutation = { deleteStaff: string };

export type ExitEstablishmentMutationVariables = Exact<{
  input: ExitEstablishmentInput;
  reason?: string | null | undefined;
}>;


export type ExitEstablishmentMutation = { exitEstablishment: { id: string, version: number, status: StaffStatus } };

export type TransferStaffMutationVariables = Exact<{
  input: TransferStaffInput;
  reason?: string | null | undefined;
}>;


export type TransferStaffMutation = { transferStaff: { departed: { id: string, version: number, status: StaffStatus }, arrived: { id: string } | null } };

export type StaffingUseApplicationRecordFragment = { id: string, version: number, institutionId: string, category: QuotaCategory, tier: LeadershipTier | null, requestedCount: number, purpose: StaffingUsePurpose, appliedOn: string, justification: string, status: StaffingUseApplicationStatus, decidedOn: string | null, rejectionReason: string | null, updatedAt: string, institution: { id: string, name: string }, approval: { id: string, noticeNumber: string } | null };

export type StaffingUseApplicationListQueryVariables = Exact<{
  filter?: StaffingUseApplicationFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: StaffingUseApplicationSort | null | undefined;
}>;


export type StaffingUseApplicationListQuery = { staffingUseApplications: { totalCount: number, items: Array<{ id: string, version: number, institutionId: string, category: QuotaCategory, tier: LeadershipTier | null, requestedCount: number, purpose: StaffingUsePurpose, appliedOn: string, justification: string, status: StaffingUseApplicationStatus, decidedOn: string | null, rejectionReason: string | null, updatedAt: string, institution: { id: string, name: string }, approval: { id: string, noticeNumber: string } | null }> } };

export type StaffingUseApplicationOneQueryVariables = Exact<{
  id: string;
}>;


export type StaffingUseApplicationOneQuery = { staffingUseApplication: { id: string, version: number, institutionId: string, category: QuotaCategory, tier: LeadershipTier | null, requestedCount: number, purpose: StaffingUsePurpose, appliedOn: string, justification: string, status: StaffingUseApplicationStatus, decidedOn: string | null, rejectionReason: string | null, updatedAt: string, institution: { id: string, name: string }, approval: { id: string, noticeNumber: string } | null } | null };

export type ApplyForStaffingUseMutationVariables = Exact<{
  input: ApplyForStaffingUseInput;
}>;


export type ApplyForStaffingUseMutation = { applyForStaffingUse: { id: string, version: number, institutionId: string, category: QuotaCategory, tier: LeadershipTier | null, requestedCount: number, purpose: StaffingUsePurpose, appliedOn: string, justification: string, status: StaffingUseApplicationStatus, decidedOn: string | null, rejectionReason: string | null, updatedAt: string, institution: { id: string, name: string }, approval: { id: string, noticeNumber: string } | null } };

export type ApproveStaffingUseApplicationMutationVariables = Exact<{
  input: ApproveStaffingUseApplicationInput;
}>;


export type ApproveStaffingUseApplicationMutation = { approveStaffingUseApplication: { id: string } };

export type RejectStaffingUseApplicationMutationVariables = Exact<{
  id: string;
  version: number;
  rejectionReason: string;
}>;


export type RejectStaffingUseApplicationMutation = { rejectStaffingUseApplication: { id: string, version: number, status: StaffingUseApplicationStatus } };

export type WithdrawStaffingUseApplicationMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type WithdrawStaffingUseApplicationMutation = { withdrawStaffingUseApplication: { id: string, version: number, status: StaffingUseApplicationStatus } };

export type StaffingUseApprovalRecordFragment = { id: string, version: number, noticeNumber: string, institutionId: string, category: QuotaCategory, tier: LeadershipTier | null, approvedCount: number, usedCount: number, postsHeld: number, purpose: StaffingUsePurpose, issuedOn: string, validUntil: string, withdrawnOn: string | null, transfereeNationalId: string | null, status: StaffingUseStatus, updatedAt: string, institution: { id: string, name: string, bureau: { id: string, name: string } }, application: { id: string } | null };

export type StaffingUseApprovalListQueryVariables = Exact<{
  filter?: StaffingUseApprovalFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: StaffingUseApprovalSort | null | undefined;
}>;


export type StaffingUseApprovalListQuery = { staffingUseApprovals: { totalCount: number, items: Array<{ id: string, version: number, noticeNumber: string, institutionId: string, category: QuotaCategory, tier: LeadershipTier | null, approvedCount: number, usedCount: number, postsHeld: number, purpose: StaffingUsePurpose, issuedOn: string, validUntil: string, withdrawnOn: string | null, transfereeNationalId: string | null, status: StaffingUseStatus, updatedAt: string, institution: { id: string, name: string, bureau: { id: string, name: string } }, application: { id: string } | null }> } };

export type StaffingUseApprovalOneQueryVariables = Exact<{
  id: string;
}>;


export type StaffingUseApprovalOneQuery = { staffingUseApproval: { id: string, version: number, noticeNumber: string, institutionId: string, category: QuotaCategory, tier: LeadershipTier | null, approvedCount: number, usedCount: number, postsHeld: number, purpose: StaffingUsePurpose, issuedOn: string, validUntil: string, withdrawnOn: string | null, transfereeNationalId: string | null, status: StaffingUseStatus, updatedAt: string, institution: { id: string, name: string, bureau: { id: string, name: string } }, application: { id: string } | null } | null };

export type ApproveStaffingUseMutationVariables = Exact<{
  input: ApproveStaffingUseInput;
  reason?: string | null | undefined;
}>;


export type ApproveStaffingUseMutation = { approveStaffingUse: { id: string, version: number, noticeNumber: string, institutionId: string, category: QuotaCategory, tier: LeadershipTier | null, approvedCount: number, usedCount: number, postsHeld: number, purpose: StaffingUsePurpose, issuedOn: string, validUntil: string, withdrawnOn: string | null, transfereeNationalId: string | null, status: StaffingUseStatus, updatedAt: string, institution: { id: string, name: string, bureau: { id: string, name: string } }, application: { id: string } | null } };

export type WithdrawStaffingUseMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type WithdrawStaffingUseMutation = { withdrawStaffingUse: { id: string, version: number, status: StaffingUseStatus } };

export type EnterEstablishmentMutationVariables = Exact<{
  input: EnterEstablishmentInput;
  reason?: string | null | undefined;
}>;


export type EnterEstablishmentMutation = { enterEstablishment: { id: string } };

export type UnitRecordFragment = { id: string, version: number, name: string, rank: InstitutionRank, duties: string, establishedOn: string | null, bureauId: string, activeStaffCount: number, updatedAt: string, bureau: { id: string, name: string }, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, overStaffed: boolean, excess: number }>, institution: { id: string, leadershipStaffing: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, overPositions: boolean, excess: number }> } };

export type UnitListQueryVariables = Exact<{
  filter?: EGovUnitFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: EGovUnitSort | null | undefined;
}>;


export type UnitListQuery = { egovUnits: { totalCount: number, items: Array<{ id: string, version: number, name: string, rank: InstitutionRank, duties: string, establishedOn: string | null, bureauId: string, activeStaffCount: number, updatedAt: string, bureau: { id: string, name: string }, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, overStaffed: boolean, excess: number }>, institution: { id: string, leadershipStaffing: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, overPositions: boolean, excess: number }> } }> } };

export type UnitOneQueryVariables = Exact<{
  id: string;
}>;


export type UnitOneQuery = { egovUnit: { id: string, version: number, name: string, rank: InstitutionRank, duties: string, establishedOn: string | null, bureauId: string, activeStaffCount: number, updatedAt: string, bureau: { id: string, name: string }, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, overStaffed: boolean, excess: number }>, institution: { id: string, leadershipStaffing: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, overPositions: boolean, excess: number }> } } | null };

export type CreateUnitMutationVariables = Exact<{
  input: CreateEGovUnitInput;
  reason?: string | null | undefined;
}>;


export type CreateUnitMutation = { createEGovUnit: { id: string, version: number, name: string, rank: InstitutionRank, duties: string, establishedOn: string | null, bureauId: string, activeStaffCount: number, updatedAt: string, bureau: { id: string, name: string }, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, overStaffed: boolean, excess: number }>, institution: { id: string, leadershipStaffing: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, overPositions: boolean, excess: number }> } } };

export type UpdateUnitMutationVariables = Exact<{
  input: UpdateEGovUnitInput;
  reason?: string | null | undefined;
}>;


export type UpdateUnitMutation = { updateEGovUnit: { id: string, version: number, name: string, rank: InstitutionRank, duties: string, establishedOn: string | null, bureauId: string, activeStaffCount: number, updatedAt: string, bureau: { id: string, name: string }, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, overStaffed: boolean, excess: number }>, institution: { id: string, leadershipStaffing: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, overPositions: boolean, excess: number }> } } };

export type DeleteUnitMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type DeleteUnitMutation = { deleteEGovUnit: string };

export type WebsiteRecordFragment = { id: string, version: number, title: string, address: string, network: WebsiteNetwork, launchedOn: string, lastUpdatedOn: string, daysSinceLastUpdate: number, stale: boolean, bureauId: string, updatedAt: string, bureau: { id: string, name: string } };

export type WebsiteListQueryVariables = Exact<{
  filter?: WebsiteFilter | null | undefined;
  limit: number;
  offset: number;
  sort?: WebsiteSort | null | undefined;
}>;


export type WebsiteListQuery = { websites: { totalCount: number, items: Array<{ id: string, version: number, title: string, address: string, network: WebsiteNetwork, launchedOn: string, lastUpdatedOn: string, daysSinceLastUpdate: number, stale: boolean, bureauId: string, updatedAt: string, bureau: { id: string, name: string } }> } };

export type WebsiteOneQueryVariables = Exact<{
  id: string;
}>;


export type WebsiteOneQuery = { website: { id: string, version: number, title: string, address: string, network: WebsiteNetwork, launchedOn: string, lastUpdatedOn: string, daysSinceLastUpdate: number, stale: boolean, bureauId: string, updatedAt: string, bureau: { id: string, name: string } } | null };

export type CreateWebsiteMutationVariables = Exact<{
  input: CreateWebsiteInput;
  reason?: string | null | undefined;
}>;


export type CreateWebsiteMutation = { createWebsite: { id: string, version: number, title: string, address: string, network: WebsiteNetwork, launchedOn: string, lastUpdatedOn: string, daysSinceLastUpdate: number, stale: boolean, bureauId: string, updatedAt: string, bureau: { id: string, name: string } } };

export type UpdateWebsiteMutationVariables = Exact<{
  input: UpdateWebsiteInput;
  reason?: string | null | undefined;
}>;


export type UpdateWebsiteMutation = { updateWebsite: { id: string, version: number, title: string, address: string, network: WebsiteNetwork, launchedOn: string, lastUpdatedOn: string, daysSinceLastUpdate: number, stale: boolean, bureauId: string, updatedAt: string, bureau: { id: string, name: string } } };

export type DeleteWebsiteMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type DeleteWebsiteMutation = { deleteWebsite: string };

export const AccountRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AccountRecordFragment, unknown>;
export const AnnualReturnSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReturnSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AnnualReturnSummaryFragment, unknown>;
export const EstablishmentFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositionsInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}}]}}]} as unknown as DocumentNode<EstablishmentFiguresFragment, unknown>;
export const StaffingTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLeadershipPositions"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverQuota"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverPositions"}}]}}]} as unknown as DocumentNode<StaffingTotalsFragment, unknown>;
export const CoverageFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]} as unknown as DocumentNode<CoverageFiguresFragment, unknown>;
export const IndicatorCoverageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorCoverage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]} as unknown as DocumentNode<IndicatorCoverageFragment, unknown>;
export const AnnualReturnRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReturnRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReturnSummary"}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstablishmentFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"egovStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingTotals"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorCoverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauCode"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWithLastYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"thisYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReturnSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositionsInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLeadershipPositions"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverQuota"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverPositions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorCoverage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}}]}}]} as unknown as DocumentNode<AnnualReturnRecordFragment, unknown>;
export const AuditRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"previousBureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<AuditRecordFragment, unknown>;
export const IndicatorsRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorsRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}}]} as unknown as DocumentNode<IndicatorsRecordFragment, unknown>;
export const BureauRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorsRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorsRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}}]} as unknown as DocumentNode<BureauRecordFragment, unknown>;
export const AlertRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffingUseApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}}]}}]} as unknown as DocumentNode<AlertRecordFragment, unknown>;
export const DashboardTasksFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardTasks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"openAlerts"},"name":{"kind":"Name","value":"quotaAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RAISED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRecord"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pendingApplications"},"name":{"kind":"Name","value":"staffingUseApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"APPLIED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCount"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"submittedReturns"},"name":{"kind":"Name","value":"annualReturns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"decidedByYou"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SUBMITTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffingUseApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}}]}}]} as unknown as DocumentNode<DashboardTasksFragment, unknown>;
export const InstitutionRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isEgovBody"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InstitutionRecordFragment, unknown>;
export const EstablishmentRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"mainFunctions"}},{"kind":"Field","name":{"kind":"Name","value":"principalPositions"}},{"kind":"Field","name":{"kind":"Name","value":"deputyPositions"}},{"kind":"Field","name":{"kind":"Name","value":"internalHeadPositions"}},{"kind":"Field","name":{"kind":"Name","value":"internalBodyNames"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}}]}}]} as unknown as DocumentNode<EstablishmentRecordFragment, unknown>;
export const InstitutionTreeNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InstitutionTreeNodeFragment, unknown>;
export const QuotaRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalId"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<QuotaRecordFragment, unknown>;
export const ReportingPeriodRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingPeriodRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReportingPeriodRecordFragment, unknown>;
export const StaffRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"entryKind"}},{"kind":"Field","name":{"kind":"Name","value":"entryApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffRecordFragment, unknown>;
export const StaffingUseApplicationRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingUseApplicationRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCount"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffingUseApplicationRecordFragment, unknown>;
export const StaffingUseApprovalRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingUseApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"usedCount"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"transfereeNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffingUseApprovalRecordFragment, unknown>;
export const UnitRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}}]}}]}}]} as unknown as DocumentNode<UnitRecordFragment, unknown>;
export const WebsiteRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebsiteRecordFragment, unknown>;
export const AccountListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AccountListQuery, AccountListQueryVariables>;
export const AccountOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRecord"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AccountOneQuery, AccountOneQueryVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const RevokeAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeAccessTokenMutation, RevokeAccessTokenMutationVariables>;
export const AlertListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlertSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffingUseApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}}]}}]} as unknown as DocumentNode<AlertListQuery, AlertListQueryVariables>;
export const AlertOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffingUseApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}}]}}]} as unknown as DocumentNode<AlertOneQuery, AlertOneQueryVariables>;
export const AlertEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffingUseApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}}]}}]} as unknown as DocumentNode<AlertEventsSubscription, AlertEventsSubscriptionVariables>;
export const AnnualReportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standing"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrenOverdue"}}]}}]}}]} as unknown as DocumentNode<AnnualReportProgressQuery, AnnualReportProgressQueryVariables>;
export const AnnualReturnListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReturnList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReturnFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReturnSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReturns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReturnSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReturnSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AnnualReturnListQuery, AnnualReturnListQueryVariables>;
export const AnnualReturnOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReturnOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReturnRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingPeriodRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReturnSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositionsInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLeadershipPositions"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverQuota"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverPositions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorCoverage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReturnRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReturnSummary"}},{"kind":"Field","name":{"kind":"Name","value":"establishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstablishmentFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"egovStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingTotals"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorCoverage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byEducation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauCode"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWithLastYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"thisYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingPeriodRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AnnualReturnOneQuery, AnnualReturnOneQueryVariables>;
export const FreezeAnnualReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FreezeAnnualReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freezeAnnualReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FreezeAnnualReturnMutation, FreezeAnnualReturnMutationVariables>;
export const SubmitAnnualReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAnnualReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAnnualReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAnnualReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitAnnualReturnMutation, SubmitAnnualReturnMutationVariables>;
export const ReturnAnnualReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnAnnualReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAnnualReturnInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"returnReason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnAnnualReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"returnReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"returnReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReturnAnnualReturnMutation, ReturnAnnualReturnMutationVariables>;
export const AcceptAnnualReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAnnualReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAnnualReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAnnualReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptAnnualReturnMutation, AcceptAnnualReturnMutationVariables>;
export const AnnualReturnEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AnnualReturnEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReturnEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"bureauCode"}},{"kind":"Field","name":{"kind":"Name","value":"bureauName"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AnnualReturnEventsSubscription, AnnualReturnEventsSubscriptionVariables>;
export const AuditListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntrySort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"previousBureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<AuditListQuery, AuditListQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mayWrite"}},{"kind":"Field","name":{"kind":"Name","value":"readsAuditTrail"}},{"kind":"Field","name":{"kind":"Name","value":"seesPersonalData"}},{"kind":"Field","name":{"kind":"Name","value":"createsChildBureaus"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ProvinceBureausDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceBureausQuery, ProvinceBureausQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const BureauListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BureauList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BureauFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BureauSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorsRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorsRecord"}}]}}]}}]} as unknown as DocumentNode<BureauListQuery, BureauListQueryVariables>;
export const BureauOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BureauOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauRecord"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorsRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorsRecord"}}]}}]}}]} as unknown as DocumentNode<BureauOneQuery, BureauOneQueryVariables>;
export const CreateBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBureauInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorsRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorsRecord"}}]}}]}}]} as unknown as DocumentNode<CreateBureauMutation, CreateBureauMutationVariables>;
export const UpdateBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBureauInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorsRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorsRecord"}}]}}]}}]} as unknown as DocumentNode<UpdateBureauMutation, UpdateBureauMutationVariables>;
export const DeleteBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteBureauMutation, DeleteBureauMutationVariables>;
export const BureauTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BureauTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BureauFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BureauSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauRecord"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorsRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorsRecord"}}]}}]}}]} as unknown as DocumentNode<BureauTreeQuery, BureauTreeQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardTasks"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorsRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffingStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingTotals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorCoverage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorCoverage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorShares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalBuilt"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"bureausWithUnit"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"bureausWithUnit"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffingUseApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardTasks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"openAlerts"},"name":{"kind":"Name","value":"quotaAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RAISED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRecord"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pendingApplications"},"name":{"kind":"Name","value":"staffingUseApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"APPLIED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCount"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"submittedReturns"},"name":{"kind":"Name","value":"annualReturns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"decidedByYou"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SUBMITTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorsRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauIndicators"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLeadershipPositions"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverQuota"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverPositions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorCoverage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFigures"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const EstablishmentPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstablishmentPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishmentStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstablishmentFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishmentTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstablishmentFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositionsInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}}]}}]} as unknown as DocumentNode<EstablishmentPanelQuery, EstablishmentPanelQueryVariables>;
export const InstitutionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isEgovBody"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InstitutionListQuery, InstitutionListQueryVariables>;
export const InstitutionOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionRecord"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentEstablishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstablishmentRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishmentHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstablishmentRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internalBodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeAbolished"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"abolishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isEgovBody"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"mainFunctions"}},{"kind":"Field","name":{"kind":"Name","value":"principalPositions"}},{"kind":"Field","name":{"kind":"Name","value":"deputyPositions"}},{"kind":"Field","name":{"kind":"Name","value":"internalHeadPositions"}},{"kind":"Field","name":{"kind":"Name","value":"internalBodyNames"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}}]}}]} as unknown as DocumentNode<InstitutionOneQuery, InstitutionOneQueryVariables>;
export const InstitutionTreeRootsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionTreeRoots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"topLevel"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionTreeNode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InstitutionTreeRootsQuery, InstitutionTreeRootsQueryVariables>;
export const InstitutionTreeChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionTreeChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionTreeNode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InstitutionTreeChildrenQuery, InstitutionTreeChildrenQueryVariables>;
export const EstablishInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstablishInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishInstitutionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isEgovBody"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EstablishInstitutionMutation, EstablishInstitutionMutationVariables>;
export const UpdateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstitutionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateInstitutionMutation, UpdateInstitutionMutationVariables>;
export const RenameInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameInstitutionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RenameInstitutionMutation, RenameInstitutionMutationVariables>;
export const ChangeInstitutionRankDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeInstitutionRank"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeInstitutionRankInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeInstitutionRank"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeInstitutionRankMutation, ChangeInstitutionRankMutationVariables>;
export const ChangeInstitutionNatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeInstitutionNature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeInstitutionNatureInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeInstitutionNature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeInstitutionNatureMutation, ChangeInstitutionNatureMutationVariables>;
export const MoveInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveInstitutionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MoveInstitutionMutation, MoveInstitutionMutationVariables>;
export const MergeInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeInstitutionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MergeInstitutionMutation, MergeInstitutionMutationVariables>;
export const AbolishInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AbolishInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AbolishInstitutionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abolishInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AbolishInstitutionMutation, AbolishInstitutionMutationVariables>;
export const ApproveEstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveEstablishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveEstablishmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveEstablishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApproveEstablishmentMutation, ApproveEstablishmentMutationVariables>;
export const InstitutionCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentEstablishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstablishmentRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"mainFunctions"}},{"kind":"Field","name":{"kind":"Name","value":"principalPositions"}},{"kind":"Field","name":{"kind":"Name","value":"deputyPositions"}},{"kind":"Field","name":{"kind":"Name","value":"internalHeadPositions"}},{"kind":"Field","name":{"kind":"Name","value":"internalBodyNames"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}}]}}]} as unknown as DocumentNode<InstitutionCertificateQuery, InstitutionCertificateQueryVariables>;
export const QuotaListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotaList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalId"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<QuotaListQuery, QuotaListQueryVariables>;
export const QuotaOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotaOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalId"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<QuotaOneQuery, QuotaOneQueryVariables>;
export const CreateQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQuotaInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalId"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateQuotaMutation, CreateQuotaMutationVariables>;
export const UpdateQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateQuotaInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalId"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateQuotaMutation, UpdateQuotaMutationVariables>;
export const DeleteQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteQuotaMutation, DeleteQuotaMutationVariables>;
export const ReportingPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingPeriodRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingPeriodRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReportingPeriodsQuery, ReportingPeriodsQueryVariables>;
export const OpenReportingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenReportingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenReportingPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReportingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingPeriodRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingPeriodRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OpenReportingPeriodMutation, OpenReportingPeriodMutationVariables>;
export const StaffListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"entryKind"}},{"kind":"Field","name":{"kind":"Name","value":"entryApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffListQuery, StaffListQueryVariables>;
export const StaffOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRecord"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"staffId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"entryKind"}},{"kind":"Field","name":{"kind":"Name","value":"entryApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffOneQuery, StaffOneQueryVariables>;
export const CreateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"entryKind"}},{"kind":"Field","name":{"kind":"Name","value":"entryApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateStaffMutation, CreateStaffMutationVariables>;
export const UpdateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitDocumentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"entryKind"}},{"kind":"Field","name":{"kind":"Name","value":"entryApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateStaffMutation, UpdateStaffMutationVariables>;
export const DeleteStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteStaffMutation, DeleteStaffMutationVariables>;
export const ExitEstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExitEstablishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExitEstablishmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exitEstablishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ExitEstablishmentMutation, ExitEstablishmentMutationVariables>;
export const TransferStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferStaffInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TransferStaffMutation, TransferStaffMutationVariables>;
export const StaffingUseApplicationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffingUseApplicationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApplicationSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffingUseApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingUseApplicationRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingUseApplicationRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCount"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffingUseApplicationListQuery, StaffingUseApplicationListQueryVariables>;
export const StaffingUseApplicationOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffingUseApplicationOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffingUseApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingUseApplicationRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingUseApplicationRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCount"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffingUseApplicationOneQuery, StaffingUseApplicationOneQueryVariables>;
export const ApplyForStaffingUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForStaffingUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForStaffingUseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForStaffingUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingUseApplicationRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingUseApplicationRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCount"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApplyForStaffingUseMutation, ApplyForStaffingUseMutationVariables>;
export const ApproveStaffingUseApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveStaffingUseApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveStaffingUseApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveStaffingUseApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApproveStaffingUseApplicationMutation, ApproveStaffingUseApplicationMutationVariables>;
export const RejectStaffingUseApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectStaffingUseApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rejectionReason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectStaffingUseApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"rejectionReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rejectionReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectStaffingUseApplicationMutation, RejectStaffingUseApplicationMutationVariables>;
export const WithdrawStaffingUseApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawStaffingUseApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawStaffingUseApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawStaffingUseApplicationMutation, WithdrawStaffingUseApplicationMutationVariables>;
export const StaffingUseApprovalListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffingUseApprovalList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApprovalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApprovalSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffingUseApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingUseApprovalRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingUseApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"usedCount"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"transfereeNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffingUseApprovalListQuery, StaffingUseApprovalListQueryVariables>;
export const StaffingUseApprovalOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffingUseApprovalOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffingUseApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingUseApprovalRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingUseApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"usedCount"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"transfereeNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffingUseApprovalOneQuery, StaffingUseApprovalOneQueryVariables>;
export const ApproveStaffingUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveStaffingUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveStaffingUseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveStaffingUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingUseApprovalRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingUseApprovalRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingUseApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"noticeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"usedCount"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"transfereeNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApproveStaffingUseMutation, ApproveStaffingUseMutationVariables>;
export const WithdrawStaffingUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawStaffingUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawStaffingUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawStaffingUseMutation, WithdrawStaffingUseMutationVariables>;
export const EnterEstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterEstablishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterEstablishmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterEstablishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnterEstablishmentMutation, EnterEstablishmentMutationVariables>;
export const UnitListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnitSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egovUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}}]}}]}}]} as unknown as DocumentNode<UnitListQuery, UnitListQueryVariables>;
export const UnitOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egovUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}}]}}]}}]} as unknown as DocumentNode<UnitOneQuery, UnitOneQueryVariables>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEGovUnitInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEGovUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const UpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEGovUnitInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEGovUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const DeleteUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEGovUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteUnitMutation, DeleteUnitMutationVariables>;
export const WebsiteListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebsiteList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebsiteFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebsiteSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"websites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteRecord"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebsiteListQuery, WebsiteListQueryVariables>;
export const WebsiteOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebsiteOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebsiteOneQuery, WebsiteOneQueryVariables>;
export const CreateWebsiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebsite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebsiteInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebsite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateWebsiteMutation, CreateWebsiteMutationVariables>;
export const UpdateWebsiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebsite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebsiteInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebsite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateWebsiteMutation, UpdateWebsiteMutationVariables>;
export const DeleteWebsiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebsite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebsite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteWebsiteMutation, DeleteWebsiteMutationVariables>;