/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Tier of a leadership position (领导职数层级). */
export type LeadershipTier =
  /** Deputy heads (副职), e.g. 副局长. */
  | 'DEPUTY'
  /** Heads and deputy heads of internal bodies (内设机构领导职数), e.g. 科长, 副科长. */
  | 'INTERNAL_BODY_HEAD'
  /** The institution's head (正职), e.g. 局长, 主任. */
  | 'PRINCIPAL';

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

/** Direction of a sort (排序方向). */
export type SortDirection =
  /** Ascending (升序). */
  | 'ASC'
  /** Descending (降序). */
  | 'DESC';

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

/** Which bureaus a statistic covers (统计范围). */
export type StatisticsScope =
  /** Every bureau under the bureau, not the bureau itself (所辖). */
  | 'DESCENDANTS'
  /** The bureau alone (本级). */
  | 'SELF'
  /** The bureau and every bureau under it (本级及所辖). */
  | 'SUBTREE';

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

export type QuotaAlertFieldsFragment = { id: string, institutionId: string | null, institutionName: string, tier: LeadershipTier | null, bureauPath: string, kind: AlertKind, category: QuotaCategory | null, approved: number, actual: number, raisedAt: string, resolvedAt: string | null, open: boolean, latestCursor: string };

export type QuotaAlertsQueryVariables = Exact<{
  filter?: QuotaAlertFilter | null | undefined;
  sort?: QuotaAlertSort | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type QuotaAlertsQuery = { quotaAlerts: { totalCount: number, items: Array<{ id: string, institutionId: string | null, institutionName: string, tier: LeadershipTier | null, bureauPath: string, kind: AlertKind, category: QuotaCategory | null, approved: number, actual: number, raisedAt: string, resolvedAt: string | null, open: boolean, latestCursor: string }> } };

export type QuotaAlertStreamHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type QuotaAlertStreamHeadQuery = { quotaAlertStreamHead: string };

export type QuotaAlertStreamSubscriptionVariables = Exact<{
  under: string;
  since?: string | null | undefined;
  kind?: AlertKind | null | undefined;
  category?: QuotaCategory | null | undefined;
  tier?: LeadershipTier | null | undefined;
  institutionId?: string | null | undefined;
}>;


export type QuotaAlertStreamSubscription = { quotaAlerts: { cursor: string, type: AlertEventType, occurredAt: string, alert: { id: string, institutionId: string | null, institutionName: string, tier: LeadershipTier | null, bureauPath: string, kind: AlertKind, category: QuotaCategory | null, approved: number, actual: number, raisedAt: string, resolvedAt: string | null, open: boolean, latestCursor: string } } };

export type QuotaAlertStreamLinksSubscriptionVariables = Exact<{
  under: string;
  since?: string | null | undefined;
}>;


export type QuotaAlertStreamLinksSubscription = { quotaAlerts: { cursor: string, type: AlertEventType, alert: { kind: AlertKind, institutionName: string, institution: { id: string, name: string } | null } } };

export type AnnualReturnEventStreamHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReturnEventStreamHeadQuery = { annualReturnEventStreamHead: string };

export type AnnualReturnStreamSubscriptionVariables = Exact<{
  under: string;
  since?: string | null | undefined;
  type?: AnnualReturnEventType | null | undefined;
}>;


export type AnnualReturnStreamSubscription = { annualReturnEvents: { cursor: string, type: AnnualReturnEventType, occurredAt: string, year: number, dueOn: string, bureauCode: string, bureauName: string, late: boolean, reason: string | null, bureau: { id: string, code: string } | null, annualReturn: { id: string, status: AnnualReturnStatus } | null } };

export type AuditEntryFieldsFragment = { id: string, occurredAt: string, actorAccountId: number, actorUsername: string, actorRole: AccountRole, operation: string, recordType: string, recordId: string, bureauPath: string, previousBureauPath: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, reason: string | null, requestId: string | null };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditEntryFilter | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, items: Array<{ id: string, occurredAt: string, actorAccountId: number, actorUsername: string, actorRole: AccountRole, operation: string, recordType: string, recordId: string, bureauPath: string, previousBureauPath: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, reason: string | null, requestId: string | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, role: AccountRole, bureauId: string | null } };

export type MutationFieldNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationFieldNamesQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type LogInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LogInMutation = { login: { token: string, accessToken: { id: string }, account: { id: string, username: string, role: AccountRole } } };

export type BureauFieldsFragment = { id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, documentExchange: { built: boolean, builtOn: string | null } } };

export type BureauQueryVariables = Exact<{
  id: string;
}>;


export type BureauQuery = { bureau: { id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, ancestors: Array<{ code: string }>, children: Array<{ code: string }>, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, documentExchange: { built: boolean, builtOn: string | null } } } | null };

export type BureauByCodeQueryVariables = Exact<{
  code: string;
}>;


export type BureauByCodeQuery = { bureauByCode: { id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, ancestors: Array<{ code: string, name: string }>, children: Array<{ id: string, code: string, name: string, level: BureauLevel }>, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, documentExchange: { built: boolean, builtOn: string | null } } } | null };

export type BureausQueryVariables = Exact<{
  filter?: BureauFilter | null | undefined;
  sort?: BureauSort | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type BureausQuery = { bureaus: { totalCount: number, items: Array<{ id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, documentExchange: { built: boolean, builtOn: string | null } } }> } };

export type CreateBureauMutationVariables = Exact<{
  input: CreateBureauInput;
  reason?: string | null | undefined;
}>;


export type CreateBureauMutation = { createBureau: { id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, documentExchange: { built: boolean, builtOn: string | null } } } };

export type UpdateBureauMutationVariables = Exact<{
  input: UpdateBureauInput;
  reason?: string | null | undefined;
}>;


export type UpdateBureauMutation = { updateBureau: { id: string, version: number, code: string, name: string, divisionName: string, level: BureauLevel, parentId: string | null, path: string, partyIntranet: { connected: boolean, connectedOn: string | null }, indicators: { intranetSite: { built: boolean, builtOn: string | null }, extranetSite: { built: boolean, builtOn: string | null }, localAreaNetwork: { built: boolean, builtOn: string | null }, paperlessOffice: { built: boolean, builtOn: string | null }, documentExchange: { built: boolean, builtOn: string | null } } } };

export type DeleteBureauMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type DeleteBureauMutation = { deleteBureau: string };

export type EstablishmentStatisticsFieldsFragment = { institutions: number, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, approvedPositions: number, leaders: number, overStaffedInstitutions: number, overPositionsInstitutions: number, overInstitutions: number, byKind: Array<{ kind: InstitutionKind, institutions: number }>, byNature: Array<{ nature: InstitutionNature, institutions: number }>, byRank: Array<{ rank: InstitutionRank, institutions: number }>, byFunding: Array<{ funding: FundingForm, institutions: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, overStaffedInstitutions: number }>, byTier: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, excess: number, overInstitutions: number }> };

export type EstablishmentStatisticsUnderQueryVariables = Exact<{
  underBureauId: string;
  scope: StatisticsScope;
}>;


export type EstablishmentStatisticsUnderQuery = { bureaus: { items: Array<{ id: string, establishmentStatistics: { institutions: number, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, approvedPositions: number, leaders: number, overStaffedInstitutions: number, overPositionsInstitutions: number, overInstitutions: number, byKind: Array<{ kind: InstitutionKind, institutions: number }>, byNature: Array<{ nature: InstitutionNature, institutions: number }>, byRank: Array<{ rank: InstitutionRank, institutions: number }>, byFunding: Array<{ funding: FundingForm, institutions: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, overStaffedInstitutions: number }>, byTier: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, excess: number, overInstitutions: number }> } }> } };

export type EstablishmentStatisticsOfQueryVariables = Exact<{
  id: string;
  scope: StatisticsScope;
}>;


export type EstablishmentStatisticsOfQuery = { bureau: { id: string, establishmentStatistics: { institutions: number, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, approvedPositions: number, leaders: number, overStaffedInstitutions: number, overPositionsInstitutions: number, overInstitutions: number, byKind: Array<{ kind: InstitutionKind, institutions: number }>, byNature: Array<{ nature: InstitutionNature, institutions: number }>, byRank: Array<{ rank: InstitutionRank, institutions: number }>, byFunding: Array<{ funding: FundingForm, institutions: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, excess: number, overStaffedInstitutions: number }>, byTier: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, excess: number, overInstitutions: number }> } } | null };

export type EstablishmentDrillDownQueryVariables = Exact<{
  id: string;
}>;


export type EstablishmentDrillDownQuery = { bureau: { establishmentStatistics: { institutions: number, approvedHeadcount: number, activeStaff: number, overInstitutions: number }, children: Array<{ id: string, establishmentStatistics: { institutions: number, approvedHeadcount: number, activeStaff: number, overInstitutions: number } }>, establishmentTable: Array<{ scope: StatisticsScope, bureau: { id: string }, statistics: { institutions: number, approvedHeadcount: number, activeStaff: number, vacancies: number, overInstitutions: number } }> } | null };

export type EstablishmentOverInstitutionsQueryVariables = Exact<{
  bureauId: string;
}>;


export type EstablishmentOverInstitutionsQuery = { institutions: { totalCount: number } };

export type ApproveEstablishmentMutationVariables = Exact<{
  input: ApproveEstablishmentInput;
}>;


export type ApproveEstablishmentMutation = { approveEstablishment: { id: string, version: number, institutionId: string, documentNumber: string, approvedOn: string, principalPositions: number, deputyPositions: number, internalHeadPositions: number, supersededOn: string | null, quotas: Array<{ category: QuotaCategory, approvedHeadcount: number }> } };

export type QuotaFieldsFragment = { id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, documentNumber: string, effectiveOn: string, supersededOn: string | null, current: boolean };

export type QuotaQueryVariables = Exact<{
  id: string;
}>;


export type QuotaQuery = { quota: { id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, documentNumber: string, effectiveOn: string, supersededOn: string | null, current: boolean, replaces: { id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, documentNumber: string, effectiveOn: string, supersededOn: string | null, current: boolean } | null } | null };

export type QuotasQueryVariables = Exact<{
  filter?: QuotaFilter | null | undefined;
  sort?: QuotaSort | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type QuotasQuery = { quotas: { totalCount: number, items: Array<{ id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, documentNumber: string, effectiveOn: string, supersededOn: string | null, current: boolean }> } };

export type UnitQuotaHistoryQueryVariables = Exact<{
  id: string;
}>;


export type UnitQuotaHistoryQuery = { egovUnit: { current: Array<{ id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, documentNumber: string, effectiveOn: string, supersededOn: string | null, current: boolean }>, history: Array<{ id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, documentNumber: string, effectiveOn: string, supersededOn: string | null, current: boolean }> } | null };

export type CreateQuotaMutationVariables = Exact<{
  input: CreateQuotaInput;
  reason?: string | null | undefined;
}>;


export type CreateQuotaMutation = { createQuota: { id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, documentNumber: string, effectiveOn: string, supersededOn: string | null, current: boolean } };

export type UpdateQuotaMutationVariables = Exact<{
  input: UpdateQuotaInput;
  reason?: string | null | undefined;
}>;


export type UpdateQuotaMutation = { updateQuota: { id: string, version: number, institutionId: string, category: QuotaCategory, approvedHeadcount: number, documentNumber: string, effectiveOn: string, supersededOn: string | null, current: boolean } };

export type DeleteQuotaMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type DeleteQuotaMutation = { deleteQuota: string };

export type WholeRegistryQueryVariables = Exact<{
  offset: number;
}>;


export type WholeRegistryQuery = { bureaus: { totalCount: number, items: Array<{ id: string, code: string, name: string, level: BureauLevel, parentId: string | null, path: string, partyIntranet: { connected: boolean }, indicators: { intranetSite: { built: boolean }, extranetSite: { built: boolean }, localAreaNetwork: { built: boolean }, paperlessOffice: { built: boolean }, documentExchange: { built: boolean } }, units: Array<{ id: string, name: string, rank: InstitutionRank, quotas: Array<{ category: QuotaCategory, approvedHeadcount: number }>, staff: Array<{ nationalId: string, birthDate: string | null, gender: Gender, isLeader: boolean, leadershipTier: LeadershipTier | null }> }> }> } };

export type EgovEstablishmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type EgovEstablishmentsQuery = { institutions: { items: Array<{ id: string, currentEstablishment: { principalPositions: number, deputyPositions: number, internalHeadPositions: number } | null }> } };

export type InstitutionsOfBureauQueryVariables = Exact<{
  bureauId: string;
  overStaffed?: boolean | null | undefined;
}>;


export type InstitutionsOfBureauQuery = { institutions: { totalCount: number, items: Array<{ id: string, name: string, creditCode: string | null, activeStaffCount: number, supervisingInstitution: { id: string } | null, internalBodies: Array<{ name: string }>, currentEstablishment: { documentNumber: string } | null }> } };

export type StaffFieldsFragment = { id: string, version: number, institutionId: string, quotaCategory: QuotaCategory, name: string, gender: Gender, nationalId: string, birthDate: string | null, education: Education, position: string, isLeader: boolean, leadershipTier: LeadershipTier | null, hiredOn: string, status: StaffStatus };

export type StaffMemberQueryVariables = Exact<{
  id: string;
}>;


export type StaffMemberQuery = { staffMember: { id: string, version: number, institutionId: string, quotaCategory: QuotaCategory, name: string, gender: Gender, nationalId: string, birthDate: string | null, education: Education, position: string, isLeader: boolean, leadershipTier: LeadershipTier | null, hiredOn: string, status: StaffStatus, institution: { name: string } } | null };

export type StaffListQueryVariables = Exact<{
  filter?: StaffFilter | null | undefined;
  sort?: StaffSort | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type StaffListQuery = { staff: { totalCount: number, items: Array<{ id: string, version: number, institutionId: string, quotaCategory: QuotaCategory, name: string, gender: Gender, nationalId: string, birthDate: string | null, education: Education, position: string, isLeader: boolean, leadershipTier: LeadershipTier | null, hiredOn: string, status: StaffStatus }> } };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
  reason?: string | null | undefined;
}>;


export type CreateStaffMutation = { createStaff: { id: string, version: number, institutionId: string, quotaCategory: QuotaCategory, name: string, gender: Gender, nationalId: string, birthDate: string | null, education: Education, position: string, isLeader: boolean, leadershipTier: LeadershipTier | null, hiredOn: string, status: StaffStatus } };

export type UpdateStaffMutationVariables = Exact<{
  input: UpdateStaffInput;
  reason?: string | null | undefined;
}>;


export type UpdateStaffMutation = { updateStaff: { id: string, version: number, institutionId: string, quotaCategory: QuotaCategory, name: string, gender: Gender, nationalId: string, birthDate: string | null, education: Education, position: string, isLeader: boolean, leadershipTier: LeadershipTier | null, hiredOn: string, status: StaffStatus } };

export type DeleteStaffMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type DeleteStaffMutation = { deleteStaff: string };

export type CoverageFieldsFragment = { built: number, total: number, coverage: number };

export type IndicatorStatisticsFieldsFragment = { bureauCount: number, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, documentExchange: { built: number, total: number, coverage: number }, partyIntranet: { built: number, total: number, coverage: number }, withUnit: { built: number, total: number, coverage: number } };

export type StaffingStatisticsFieldsFragment = { units: number, approvedHeadcount: number, approvedLeadershipPositions: number, activeStaff: number, activeLeaders: number, vacancies: number, unitsOverQuota: number, unitsOverPositions: number, unitsByRank: Array<{ rank: InstitutionRank, units: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number }> };

export type BureauStatisticsQueryVariables = Exact<{
  id: string;
  scope: StatisticsScope;
  includeInternalDivisions?: boolean;
}>;


export type BureauStatisticsQuery = { bureau: { code: string, indicatorStatistics: { bureauCount: number, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, documentExchange: { built: number, total: number, coverage: number }, partyIntranet: { built: number, total: number, coverage: number }, withUnit: { built: number, total: number, coverage: number } }, staffingStatistics: { units: number, approvedHeadcount: number, approvedLeadershipPositions: number, activeStaff: number, activeLeaders: number, vacancies: number, unitsOverQuota: number, unitsOverPositions: number, unitsByRank: Array<{ rank: InstitutionRank, units: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number }> } } | null };

export type DescendantsQueryVariables = Exact<{
  id: string;
  level?: BureauLevel | null | undefined;
}>;


export type DescendantsQuery = { bureau: { descendants: Array<{ code: string, level: BureauLevel, path: string }> } | null };

export type UnitStaffingQueryVariables = Exact<{
  id: string;
}>;


export type UnitStaffingQuery = { egovUnit: { activeStaffCount: number, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, overStaffed: boolean, excess: number }>, institution: { leadershipStaffing: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, overPositions: boolean, excess: number }> } } | null };

export type SurveyTablesQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyTablesQuery = { table1: { rows: Array<{ bureau: { code: string, name: string }, statistics: { bureauCount: number, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, documentExchange: { built: number, total: number, coverage: number }, partyIntranet: { built: number, total: number, coverage: number }, withUnit: { built: number, total: number, coverage: number } } }>, total: { bureauCount: number, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, documentExchange: { built: number, total: number, coverage: number }, partyIntranet: { built: number, total: number, coverage: number }, withUnit: { built: number, total: number, coverage: number } } }, table2: { rows: Array<{ bureau: { code: string }, statistics: { bureauCount: number, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, documentExchange: { built: number, total: number, coverage: number }, partyIntranet: { built: number, total: number, coverage: number }, withUnit: { built: number, total: number, coverage: number } } }>, total: { bureauCount: number, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, documentExchange: { built: number, total: number, coverage: number }, partyIntranet: { built: number, total: number, coverage: number }, withUnit: { built: number, total: number, coverage: number } } }, table3: { rows: Array<{ bureauCount: number, bureausWithUnit: number, coverage: number, approvedHeadcount: number, activeStaff: number, bureau: { code: string } | null, unitsByRank: Array<{ rank: InstitutionRank, units: number }>, units: Array<{ name: string, rank: InstitutionRank }> }>, total: { bureauCount: number, bureausWithUnit: number, coverage: number, approvedHeadcount: number, activeStaff: number, unitsByRank: Array<{ rank: InstitutionRank, units: number }> } }, figure1: { totalBuilt: number, shares: Array<{ indicator: IndicatorKind, built: number, share: number }> } };

export type NestedTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type NestedTreeQuery = { bureauByCode: { name: string, staffingStatistics: { approvedHeadcount: number, activeStaff: number, unitsOverQuota: number }, children: Array<{ code: string, name: string, indicatorStatistics: { bureauCount: number, extranetSite: { built: number, coverage: number } }, staffingStatistics: { approvedHeadcount: number, activeStaff: number, vacancies: number }, children: Array<{ code: string, name: string, indicators: { extranetSite: { built: boolean }, paperlessOffice: { built: boolean } }, units: Array<{ activeStaffCount: number, quotas: Array<{ category: QuotaCategory, approvedHeadcount: number }>, staffing: Array<{ category: QuotaCategory, activeStaff: number, overStaffed: boolean }> }> }> }> } | null };

export type SubtreeStatisticsQueryVariables = Exact<{
  underBureauId: string;
  scope: StatisticsScope;
  includeInternalDivisions: boolean;
}>;


export type SubtreeStatisticsQuery = { bureaus: { items: Array<{ id: string, indicatorStatistics: { bureauCount: number, intranetSite: { built: number, total: number, coverage: number }, extranetSite: { built: number, total: number, coverage: number }, localAreaNetwork: { built: number, total: number, coverage: number }, paperlessOffice: { built: number, total: number, coverage: number }, documentExchange: { built: number, total: number, coverage: number }, partyIntranet: { built: number, total: number, coverage: number }, withUnit: { built: number, total: number, coverage: number } }, staffingStatistics: { units: number, approvedHeadcount: number, approvedLeadershipPositions: number, activeStaff: number, activeLeaders: number, vacancies: number, unitsOverQuota: number, unitsOverPositions: number, unitsByRank: Array<{ rank: InstitutionRank, units: number }>, byCategory: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number }> } }> } };

export type UnitStaffingUnderQueryVariables = Exact<{
  underBureauId: string;
}>;


export type UnitStaffingUnderQuery = { egovUnits: { items: Array<{ id: string, bureauId: string, staffing: Array<{ category: QuotaCategory, approvedHeadcount: number, activeStaff: number, vacancies: number, overStaffed: boolean, excess: number }>, institution: { leadershipStaffing: Array<{ tier: LeadershipTier, approvedPositions: number, holders: number, vacantPositions: number, overPositions: boolean, excess: number }> } }> } };

export type EGovUnitFieldsFragment = { id: string, version: number, bureauId: string, name: string, rank: InstitutionRank, establishedOn: string | null, duties: string };

export type EGovUnitQueryVariables = Exact<{
  id: string;
}>;


export type EGovUnitQuery = { egovUnit: { id: string, version: number, bureauId: string, name: string, rank: InstitutionRank, establishedOn: string | null, duties: string, bureau: { code: string }, quotas: Array<{ id: string, category: QuotaCategory, approvedHeadcount: number, current: boolean }>, staff: Array<{ id: string, name: string, status: StaffStatus }> } | null };

export type EGovUnitsQueryVariables = Exact<{
  filter?: EGovUnitFilter | null | undefined;
  sort?: EGovUnitSort | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type EGovUnitsQuery = { egovUnits: { totalCount: number, items: Array<{ id: string, version: number, bureauId: string, name: string, rank: InstitutionRank, establishedOn: string | null, duties: string }> } };

export type CreateEGovUnitMutationVariables = Exact<{
  input: CreateEGovUnitInput;
  reason?: string | null | undefined;
}>;


export type CreateEGovUnitMutation = { createEGovUnit: { id: string, version: number, bureauId: string, name: string, rank: InstitutionRank, establishedOn: string | null, duties: string } };

export type UpdateEGovUnitMutationVariables = Exact<{
  input: UpdateEGovUnitInput;
  reason?: string | null | undefined;
}>;


export type UpdateEGovUnitMutation = { updateEGovUnit: { id: string, version: number, bureauId: string, name: string, rank: InstitutionRank, establishedOn: string | null, duties: string } };

export type DeleteEGovUnitMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type DeleteEGovUnitMutation = { deleteEGovUnit: string };

export type WebsiteFieldsFragment = { id: string, version: number, bureauId: string, network: WebsiteNetwork, address: string, title: string, launchedOn: string, lastUpdatedOn: string, stale: boolean, daysSinceLastUpdate: number };

export type WebsiteQueryVariables = Exact<{
  id: string;
}>;


export type WebsiteQuery = { website: { id: string, version: number, bureauId: string, network: WebsiteNetwork, address: string, title: string, launchedOn: string, lastUpdatedOn: string, stale: boolean, daysSinceLastUpdate: number, bureau: { code: string } } | null };

export type WebsitesQueryVariables = Exact<{
  filter?: WebsiteFilter | null | undefined;
  sort?: WebsiteSort | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type WebsitesQuery = { websites: { totalCount: number, items: Array<{ id: string, version: number, bureauId: string, network: WebsiteNetwork, address: string, title: string, launchedOn: string, lastUpdatedOn: string, stale: boolean, daysSinceLastUpdate: number }> } };

export type CreateWebsiteMutationVariables = Exact<{
  input: CreateWebsiteInput;
  reason?: string | null | undefined;
}>;


export type CreateWebsiteMutation = { createWebsite: { id: string, version: number, bureauId: string, network: WebsiteNetwork, address: string, title: string, launchedOn: string, lastUpdatedOn: string, stale: boolean, daysSinceLastUpdate: number } };

export type UpdateWebsiteMutationVariables = Exact<{
  input: UpdateWebsiteInput;
  reason?: string | null | undefined;
}>;


export type UpdateWebsiteMutation = { updateWebsite: { id: string, version: number, bureauId: string, network: WebsiteNetwork, address: string, title: string, launchedOn: string, lastUpdatedOn: string, stale: boolean, daysSinceLastUpdate: number } };

export type DeleteWebsiteMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
}>;


export type DeleteWebsiteMutation = { deleteWebsite: string };

export const QuotaAlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"latestCursor"}}]}}]} as unknown as DocumentNode<QuotaAlertFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"previousBureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const BureauFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}}]}}]} as unknown as DocumentNode<BureauFieldsFragment, unknown>;
export const EstablishmentStatisticsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositionsInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}}]} as unknown as DocumentNode<EstablishmentStatisticsFieldsFragment, unknown>;
export const QuotaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<QuotaFieldsFragment, unknown>;
export const StaffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<StaffFieldsFragment, unknown>;
export const CoverageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]} as unknown as DocumentNode<CoverageFieldsFragment, unknown>;
export const IndicatorStatisticsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]} as unknown as DocumentNode<IndicatorStatisticsFieldsFragment, unknown>;
export const StaffingStatisticsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"unitsByRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLeadershipPositions"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverQuota"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverPositions"}}]}}]} as unknown as DocumentNode<StaffingStatisticsFieldsFragment, unknown>;
export const EGovUnitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EGovUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}}]} as unknown as DocumentNode<EGovUnitFieldsFragment, unknown>;
export const WebsiteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastUpdate"}}]}}]} as unknown as DocumentNode<WebsiteFieldsFragment, unknown>;
export const QuotaAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotaAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlertSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaAlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"latestCursor"}}]}}]} as unknown as DocumentNode<QuotaAlertsQuery, QuotaAlertsQueryVariables>;
export const QuotaAlertStreamHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotaAlertStreamHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaAlertStreamHead"}}]}}]} as unknown as DocumentNode<QuotaAlertStreamHeadQuery, QuotaAlertStreamHeadQueryVariables>;
export const QuotaAlertStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QuotaAlertStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadershipTier"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"Argument","name":{"kind":"Name","value":"institutionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaAlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"latestCursor"}}]}}]} as unknown as DocumentNode<QuotaAlertStreamSubscription, QuotaAlertStreamSubscriptionVariables>;
export const QuotaAlertStreamLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QuotaAlertStreamLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuotaAlertStreamLinksSubscription, QuotaAlertStreamLinksSubscriptionVariables>;
export const AnnualReturnEventStreamHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReturnEventStreamHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReturnEventStreamHead"}}]}}]} as unknown as DocumentNode<AnnualReturnEventStreamHeadQuery, AnnualReturnEventStreamHeadQueryVariables>;
export const AnnualReturnStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AnnualReturnStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"under"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReturnEventType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReturnEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"under"},"value":{"kind":"Variable","name":{"kind":"Name","value":"under"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"bureauCode"}},{"kind":"Field","name":{"kind":"Name","value":"bureauName"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualReturn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AnnualReturnStreamSubscription, AnnualReturnStreamSubscriptionVariables>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"previousBureauPath"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MutationFieldNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationFieldNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Mutation","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MutationFieldNamesQuery, MutationFieldNamesQueryVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const BureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauFields"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}}]}}]} as unknown as DocumentNode<BureauQuery, BureauQueryVariables>;
export const BureauByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BureauByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauFields"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}}]}}]} as unknown as DocumentNode<BureauByCodeQuery, BureauByCodeQueryVariables>;
export const BureausDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bureaus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BureauFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BureauSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}}]}}]} as unknown as DocumentNode<BureausQuery, BureausQueryVariables>;
export const CreateBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBureauInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBureauMutation, CreateBureauMutationVariables>;
export const UpdateBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBureauInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BureauFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BureauFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bureau"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBureauMutation, UpdateBureauMutationVariables>;
export const DeleteBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteBureauMutation, DeleteBureauMutationVariables>;
export const EstablishmentStatisticsUnderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstablishmentStatisticsUnder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsScope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstablishmentStatisticsFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositionsInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}}]} as unknown as DocumentNode<EstablishmentStatisticsUnderQuery, EstablishmentStatisticsUnderQueryVariables>;
export const EstablishmentStatisticsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstablishmentStatisticsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsScope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstablishmentStatisticsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstablishmentStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"leaders"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffedInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositionsInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}}]} as unknown as DocumentNode<EstablishmentStatisticsOfQuery, EstablishmentStatisticsOfQueryVariables>;
export const EstablishmentDrillDownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstablishmentDrillDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishmentStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"establishmentTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overInstitutions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EstablishmentDrillDownQuery, EstablishmentDrillDownQueryVariables>;
export const EstablishmentOverInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EstablishmentOverInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overStaffed"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<EstablishmentOverInstitutionsQuery, EstablishmentOverInstitutionsQueryVariables>;
export const ApproveEstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveEstablishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveEstablishmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveEstablishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"principalPositions"}},{"kind":"Field","name":{"kind":"Name","value":"deputyPositions"}},{"kind":"Field","name":{"kind":"Name","value":"internalHeadPositions"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveEstablishmentMutation, ApproveEstablishmentMutationVariables>;
export const QuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<QuotaQuery, QuotaQueryVariables>;
export const QuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<QuotasQuery, QuotasQueryVariables>;
export const UnitQuotaHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitQuotaHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egovUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"history"},"name":{"kind":"Name","value":"quotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeSuperseded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<UnitQuotaHistoryQuery, UnitQuotaHistoryQueryVariables>;
export const CreateQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQuotaInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<CreateQuotaMutation, CreateQuotaMutationVariables>;
export const UpdateQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateQuotaInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"supersededOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<UpdateQuotaMutation, UpdateQuotaMutationVariables>;
export const DeleteQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteQuotaMutation, DeleteQuotaMutationVariables>;
export const WholeRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WholeRegistry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PATH"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WholeRegistryQuery, WholeRegistryQueryVariables>;
export const EgovEstablishmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EgovEstablishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isEgovBody"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentEstablishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principalPositions"}},{"kind":"Field","name":{"kind":"Name","value":"deputyPositions"}},{"kind":"Field","name":{"kind":"Name","value":"internalHeadPositions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EgovEstablishmentsQuery, EgovEstablishmentsQueryVariables>;
export const InstitutionsOfBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionsOfBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overStaffed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"isEgovBody"},"value":{"kind":"BooleanValue","value":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"overStaffed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overStaffed"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"internalBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentEstablishment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionsOfBureauQuery, InstitutionsOfBureauQueryVariables>;
export const StaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<StaffMemberQuery, StaffMemberQueryVariables>;
export const StaffListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<StaffListQuery, StaffListQueryVariables>;
export const CreateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CreateStaffMutation, CreateStaffMutationVariables>;
export const UpdateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"quotaCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTier"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<UpdateStaffMutation, UpdateStaffMutationVariables>;
export const DeleteStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteStaffMutation, DeleteStaffMutationVariables>;
export const BureauStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BureauStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInternalDivisions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorStatisticsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffingStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInternalDivisions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInternalDivisions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingStatisticsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"unitsByRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLeadershipPositions"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverQuota"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverPositions"}}]}}]} as unknown as DocumentNode<BureauStatisticsQuery, BureauStatisticsQueryVariables>;
export const DescendantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Descendants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BureauLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<DescendantsQuery, DescendantsQueryVariables>;
export const UnitStaffingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitStaffing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egovUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitStaffingQuery, UnitStaffingQueryVariables>;
export const SurveyTablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyTables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"table1"},"name":{"kind":"Name","value":"indicatorTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorStatisticsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorStatisticsFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"table2"},"name":{"kind":"Name","value":"indicatorTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bureausAlone"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorStatisticsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorStatisticsFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"table3"},"name":{"kind":"Name","value":"unitTable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"bureausWithUnit"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"unitsByRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"bureausWithUnit"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"unitsByRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"figure1"},"name":{"kind":"Name","value":"indicatorShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalBuilt"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}}]} as unknown as DocumentNode<SurveyTablesQuery, SurveyTablesQueryVariables>;
export const NestedTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"520000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffingStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverQuota"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffingStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedTreeQuery, NestedTreeQueryVariables>;
export const SubtreeStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubtreeStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInternalDivisions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorStatisticsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffingStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInternalDivisions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInternalDivisions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffingStatisticsFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"built"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauCount"}},{"kind":"Field","name":{"kind":"Name","value":"intranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extranetSite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAreaNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paperlessOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyIntranet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffingStatisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"unitsByRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLeadershipPositions"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverQuota"}},{"kind":"Field","name":{"kind":"Name","value":"unitsOverPositions"}}]}}]} as unknown as DocumentNode<SubtreeStatisticsQuery, SubtreeStatisticsQueryVariables>;
export const UnitStaffingUnderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitStaffingUnder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egovUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"underBureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underBureauId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"activeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"overStaffed"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadershipStaffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPositions"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"vacantPositions"}},{"kind":"Field","name":{"kind":"Name","value":"overPositions"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitStaffingUnderQuery, UnitStaffingUnderQueryVariables>;
export const EGovUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EGovUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egovUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EGovUnitFields"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EGovUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}}]} as unknown as DocumentNode<EGovUnitQuery, EGovUnitQueryVariables>;
export const EGovUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EGovUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnitSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egovUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EGovUnitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EGovUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}}]} as unknown as DocumentNode<EGovUnitsQuery, EGovUnitsQueryVariables>;
export const CreateEGovUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEGovUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEGovUnitInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEGovUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EGovUnitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EGovUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}}]} as unknown as DocumentNode<CreateEGovUnitMutation, CreateEGovUnitMutationVariables>;
export const UpdateEGovUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEGovUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEGovUnitInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEGovUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EGovUnitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EGovUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EGovUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}}]} as unknown as DocumentNode<UpdateEGovUnitMutation, UpdateEGovUnitMutationVariables>;
export const DeleteEGovUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEGovUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEGovUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteEGovUnitMutation, DeleteEGovUnitMutationVariables>;
export const WebsiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Website"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"website"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteFields"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastUpdate"}}]}}]} as unknown as DocumentNode<WebsiteQuery, WebsiteQueryVariables>;
export const WebsitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Websites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebsiteFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebsiteSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"websites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastUpdate"}}]}}]} as unknown as DocumentNode<WebsitesQuery, WebsitesQueryVariables>;
export const CreateWebsiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebsite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebsiteInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebsite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastUpdate"}}]}}]} as unknown as DocumentNode<CreateWebsiteMutation, CreateWebsiteMutationVariables>;
export const UpdateWebsiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebsite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebsiteInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebsite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastUpdate"}}]}}]} as unknown as DocumentNode<UpdateWebsiteMutation, UpdateWebsiteMutationVariables>;
export const DeleteWebsiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebsite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebsite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<DeleteWebsiteMutation, DeleteWebsiteMutationVariables>;