import { makeCreditCode } from '../modules/institution/credit-code';
import { seededRandom } from '../seed/synthetic-people';

/**
 * The plan of a synthetic province at real scale, built in memory before any
 * row is written: every bureau's institutions (organs, township bodies, public
 * institutions under their supervising departments), each with its 三定,
 * quotas per category and how many active people it holds, per tier.
 * Deterministic: one seeded generator per bureau.
 */

export type Level = 'PROVINCE' | 'PREFECTURE' | 'COUNTY';
export type Kind =
  | 'PARTY_ORGAN' | 'PEOPLES_CONGRESS' | 'GOVERNMENT_DEPARTMENT' | 'DIRECTLY_AFFILIATED' | 'CPPCC'
  | 'DISCIPLINE_COMMISSION' | 'COURT' | 'PROCURATORATE' | 'MASS_ORGANISATION' | 'PUBLIC_INSTITUTION' | 'TOWNSHIP';
export type Nature = 'ADMINISTRATIVE_ORGAN' | 'CIVIL_SERVICE_MANAGED' | 'PUBLIC_WELFARE_ONE' | 'PUBLIC_WELFARE_TWO' | 'COMMERCIAL';
export type Category = 'ADMINISTRATIVE' | 'POLITICAL_LEGAL' | 'PUBLIC_INSTITUTION' | 'LOGISTICS';
export type Funding = 'FULL' | 'PARTIAL' | 'SELF_FUNDED';

/** Marks every synthetic institution (its duties), so that a second run finds them and does nothing. */
export const SYNTHETIC_MARKER = '合成数据 (synthetic, for scale tests)';
/** Credit-code sequences of synthetic institutions start here, far above those the seeds use. */
const creditSequenceBase = 200_000;

export interface PlanBureau {
  id: number;
  code: string;
  divisionName: string;
  level: Level;
}

export interface PlannedQuota {
  category: Category;
  approved: number;
  active: number;
}

export interface PlannedInstitution {
  /** Index in the plan's list; organs and townships come before the public institutions they supervise. */
  index: number;
  bureau: PlanBureau;
  name: string;
  shortName: string;
  creditCode: string;
  kind: Kind;
  nature: Nature;
  rank: string;
  funding: Funding | null;
  supervisor: number | null;
  /** A supervising institution already in the registry (by name, in the same bureau), instead of a planned one. */
  supervisorId: number | null;
  establishedOn: string;
  internalBodies: string[];
  documentNumber: string;
  principalPositions: number;
  deputyPositions: number;
  internalHeadPositions: number;
  quotas: PlannedQuota[];
  principals: number;
  deputies: number;
  internalHeads: number;
  /** Title of the head (局长, 校长…), for the staff's positions. */
  head: string;
  /** Title of the rank and file (科员, 教师…). */
  member: string;
  /** Relative size, before the staff are scaled to the target. */
  weight: number;
}

interface OrganTemplate {
  key: string;
  /** Name after the division name; the province's bureaus are 厅 where the others are 局. */
  name: string | Record<Level, string>;
  kind: Kind;
  head: string;
  bodies: number;
  weight: number;
  category?: Category;
  nature?: Nature;
  levels?: Level[];
}

const organs: OrganTemplate[] = [
  { key: 'party-office', name: { PROVINCE: '省委办公厅', PREFECTURE: '市委办公室', COUNTY: '县委办公室' }, kind: 'PARTY_ORGAN', head: '主任', bodies: 6, weight: 1.2 },
  { key: 'organisation', name: { PROVINCE: '省委组织部', PREFECTURE: '市委组织部', COUNTY: '县委组织部' }, kind: 'PARTY_ORGAN', head: '部长', bodies: 6, weight: 1.1 },
  { key: 'propaganda', name: { PROVINCE: '省委宣传部', PREFECTURE: '市委宣传部', COUNTY: '县委宣传部' }, kind: 'PARTY_ORGAN', head: '部长', bodies: 5, weight: 0.8 },
  { key: 'united-front', name: { PROVINCE: '省委统战部', PREFECTURE: '市委统战部', COUNTY: '县委统战部' }, kind: 'PARTY_ORGAN', head: '部长', bodies: 4, weight: 0.6 },
  { key: 'political-legal', name: { PROVINCE: '省委政法委员会', PREFECTURE: '市委政法委员会', COUNTY: '县委政法委员会' }, kind: 'PARTY_ORGAN', head: '书记', bodies: 4, weight: 0.6, category: 'POLITICAL_LEGAL' },
  { key: 'policy-research', name: { PROVINCE: '省委政策研究室', PREFECTURE: '市委政策研究室', COUNTY: '县委政策研究室' }, kind: 'PARTY_ORGAN', head: '主任', bodies: 3, weight: 0.4 },
  { key: 'veteran-cadres', name: { PROVINCE: '省委老干部局', PREFECTURE: '市委老干部局', COUNTY: '县委老干部局' }, kind: 'PARTY_ORGAN', head: '局长', bodies: 3, weight: 0.4, nature: 'CIVIL_SERVICE_MANAGED' },
  { key: 'congress', name: { PROVINCE: '省人大常委会办公厅', PREFECTURE: '市人大常委会办公室', COUNTY: '县人大常委会办公室' }, kind: 'PEOPLES_CONGRESS', head: '主任', bodies: 5, weight: 0.9 },
  { key: 'cppcc', name: { PROVINCE: '省政协办公厅', PREFECTURE: '市政协办公室', COUNTY: '县政协办公室' }, kind: 'CPPCC', head: '主任', bodies: 4, weight: 0.7 },
  { key: 'discipline', name: { PROVINCE: '省纪律检查委员会', PREFECTURE: '市纪律检查委员会', COUNTY: '县纪律检查委员会' }, kind: 'DISCIPLINE_COMMISSION', head: '书记', bodies: 7, weight: 1.3 },
  { key: 'court', name: { PROVINCE: '省高级人民法院', PREFECTURE: '市中级人民法院', COUNTY: '人民法院' }, kind: 'COURT', head: '院长', bodies: 8, weight: 2.4, category: 'POLITICAL_LEGAL' },
  { key: 'procuratorate', name: { PROVINCE: '省人民检察院', PREFECTURE: '市人民检察院', COUNTY: '人民检察院' }, kind: 'PROCURATORATE', head: '检察长', bodies: 7, weight: 1.8, category: 'POLITICAL_LEGAL' },
  { key: 'government-office', name: { PROVINCE: '省人民政府办公厅', PREFECTURE: '市人民政府办公室', COUNTY: '县人民政府办公室' }, kind: 'GOVERNMENT_DEPARTMENT', head: '主任', bodies: 6, weight: 1.1 },
  { key: 'development', name: { PROVINCE: '发展和改革委员会', PREFECTURE: '发展和改革委员会', COUNTY: '发展和改革局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '主任', bodies: 7, weight: 1 },
  { key: 'education', name: { PROVINCE: '教育厅', PREFECTURE: '教育局', COUNTY: '教育局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 7, weight: 1 },
  { key: 'science', name: { PROVINCE: '科学技术厅', PREFECTURE: '科学技术局', COUNTY: '科学技术局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 4, weight: 0.5 },
  { key: 'industry', name: { PROVINCE: '工业和信息化厅', PREFECTURE: '工业和信息化委员会', COUNTY: '工业和信息化局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 5, weight: 0.7 },
  { key: 'ethnic', name: { PROVINCE: '民族宗教事务委员会', PREFECTURE: '民族宗教事务局', COUNTY: '民族宗教事务局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '主任', bodies: 3, weight: 0.4 },
  { key: 'police', name: { PROVINCE: '公安厅', PREFECTURE: '公安局', COUNTY: '公安局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 10, weight: 6, category: 'POLITICAL_LEGAL' },
  { key: 'civil-affairs', name: { PROVINCE: '民政厅', PREFECTURE: '民政局', COUNTY: '民政局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 5, weight: 0.6 },
  { key: 'justice', name: { PROVINCE: '司法厅', PREFECTURE: '司法局', COUNTY: '司法局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 5, weight: 0.8, category: 'POLITICAL_LEGAL' },
  { key: 'finance', name: { PROVINCE: '财政厅', PREFECTURE: '财政局', COUNTY: '财政局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 8, weight: 1.1 },
  { key: 'human-resources', name: { PROVINCE: '人力资源和社会保障厅', PREFECTURE: '人力资源和社会保障局', COUNTY: '人力资源和社会保障局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 7, weight: 0.9 },
  { key: 'land', name: { PROVINCE: '国土资源厅', PREFECTURE: '国土资源局', COUNTY: '国土资源局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 6, weight: 1.2 },
  { key: 'environment', name: { PROVINCE: '环境保护厅', PREFECTURE: '环境保护局', COUNTY: '环境保护局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 4, weight: 0.6 },
  { key: 'housing', name: { PROVINCE: '住房和城乡建设厅', PREFECTURE: '住房和城乡建设局', COUNTY: '住房和城乡建设局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 6, weight: 0.8 },
  { key: 'transport', name: { PROVINCE: '交通运输厅', PREFECTURE: '交通运输局', COUNTY: '交通运输局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 6, weight: 0.8 },
  { key: 'water', name: { PROVINCE: '水利厅', PREFECTURE: '水务局', COUNTY: '水务局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 5, weight: 0.7 },
  { key: 'agriculture', name: { PROVINCE: '农业委员会', PREFECTURE: '农业委员会', COUNTY: '农业局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 6, weight: 0.9 },
  { key: 'forestry', name: { PROVINCE: '林业厅', PREFECTURE: '林业局', COUNTY: '林业局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 5, weight: 0.7 },
  { key: 'commerce', name: { PROVINCE: '商务厅', PREFECTURE: '商务局', COUNTY: '商务局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 4, weight: 0.5 },
  { key: 'culture', name: { PROVINCE: '文化厅', PREFECTURE: '文化广电新闻出版局', COUNTY: '文化广电新闻出版局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 5, weight: 0.6 },
  { key: 'health', name: { PROVINCE: '卫生和计划生育委员会', PREFECTURE: '卫生和计划生育局', COUNTY: '卫生和计划生育局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 7, weight: 0.9 },
  { key: 'audit', name: { PROVINCE: '审计厅', PREFECTURE: '审计局', COUNTY: '审计局' }, kind: 'GOVERNMENT_DEPARTMENT', head: '局长', bodies: 5, weight: 0.6 },
  { key: 'statistics', name: '统计局', kind: 'DIRECTLY_AFFILIATED', head: '局长', bodies: 4, weight: 0.5 },
  { key: 'safety', name: '安全生产监督管理局', kind: 'DIRECTLY_AFFILIATED', head: '局长', bodies: 4, weight: 0.6 },
  { key: 'food-drug', name: '食品药品监督管理局', kind: 'DIRECTLY_AFFILIATED', head: '局长', bodies: 5, weight: 0.8 },
  { key: 'industry-commerce', name: '工商行政管理局', kind: 'DIRECTLY_AFFILIATED', head: '局长', bodies: 6, weight: 1.5 },
  { key: 'quality', name: '质量技术监督局', kind: 'DIRECTLY_AFFILIATED', head: '局长', bodies: 4, weight: 0.6 },
  { key: 'sports', name: '体育局', kind: 'DIRECTLY_AFFILIATED', head: '局长', bodies: 3, weight: 0.3 },
  { key: 'tourism', name: '旅游发展委员会', kind: 'DIRECTLY_AFFILIATED', head: '主任', bodies: 3, weight: 0.4 },
  { key: 'government-affairs', name: '机关事务管理局', kind: 'DIRECTLY_AFFILIATED', head: '局长', bodies: 3, weight: 0.6, nature: 'CIVIL_SERVICE_MANAGED' },
  { key: 'petitions', name: '信访局', kind: 'DIRECTLY_AFFILIATED', head: '局长', bodies: 3, weight: 0.4 },
  { key: 'state-assets', name: '国有资产监督管理委员会', kind: 'DIRECTLY_AFFILIATED', head: '主任', bodies: 4, weight: 0.4, levels: ['PROVINCE', 'PREFECTURE'] },
  { key: 'urban-management', name: '城市管理局', kind: 'DIRECTLY_AFFILIATED', head: '局长', bodies: 4, weight: 1.2, levels: ['PREFECTURE', 'COUNTY'] },
  { key: 'ecology', name: '生态文明建设委员会', kind: 'DIRECTLY_AFFILIATED', head: '主任', bodies: 3, weight: 0.4, levels: ['PROVINCE', 'PREFECTURE'] },
  { key: 'trade-union', name: '总工会', kind: 'MASS_ORGANISATION', head: '主席', bodies: 4, weight: 0.4, nature: 'CIVIL_SERVICE_MANAGED' },
  { key: 'youth-league', name: { PROVINCE: '共青团贵州省委员会', PREFECTURE: '共青团市委员会', COUNTY: '共青团县委员会' }, kind: 'MASS_ORGANISATION', head: '书记', bodies: 3, weight: 0.3, nature: 'CIVIL_SERVICE_MANAGED' },
  { key: 'women', name: '妇女联合会', kind: 'MASS_ORGANISATION', head: '主席', bodies: 3, weight: 0.3, nature: 'CIVIL_SERVICE_MANAGED' },
  { key: 'science-association', name: '科学技术协会', kind: 'MASS_ORGANISATION', head: '主席', bodies: 3, weight: 0.3, nature: 'CIVIL_SERVICE_MANAGED' },
  { key: 'disabled', name: '残疾人联合会', kind: 'MASS_ORGANISATION', head: '理事长', bodies: 3, weight: 0.3, nature: 'CIVIL_SERVICE_MANAGED' },
  { key: 'federation-commerce', name: '工商业联合会', kind: 'MASS_ORGANISATION', head: '主席', bodies: 2, weight: 0.2, nature: 'CIVIL_SERVICE_MANAGED' },
  { key: 'literature', name: '文学艺术界联合会', kind: 'MASS_ORGANISATION', head: '主席', bodies: 2, weight: 0.2, nature: 'CIVIL_SERVICE_MANAGED' },
];

/** Public institutions each bureau has one of, under their supervising department. */
interface PublicTemplate {
  name: string;
  supervisor: string;
  nature: Nature;
  head: string;
  member: string;
  weight: number;
  levels?: Level[];
}

const singles: PublicTemplate[] = [
  { name: '党校', supervisor: 'party-office', nature: 'PUBLIC_WELFARE_ONE', head: '常务副校长', member: '教师', weight: 1.2 },
  { name: '档案馆', supervisor: 'party-office', nature: 'CIVIL_SERVICE_MANAGED', head: '馆长', member: '档案员', weight: 0.6 },
  { name: '党史研究室', supervisor: 'party-office', nature: 'CIVIL_SERVICE_MANAGED', head: '主任', member: '科员', weight: 0.3 },
  { name: '地方志办公室', supervisor: 'government-office', nature: 'CIVIL_SERVICE_MANAGED', head: '主任', member: '科员', weight: 0.3 },
  { name: '政务服务中心', supervisor: 'government-office', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '工作人员', weight: 0.8 },
  { name: '机关招待所', supervisor: 'government-affairs', nature: 'COMMERCIAL', head: '所长', member: '服务员', weight: 0.4 },
  { name: '机关印刷厂', supervisor: 'government-affairs', nature: 'COMMERCIAL', head: '厂长', member: '工人', weight: 0.3 },
  { name: '价格认证中心', supervisor: 'development', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '专业技术人员', weight: 0.3 },
  { name: '电子政务中心', supervisor: 'government-office', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '专业技术人员', weight: 0.4 },
  { name: '教育局教研室', supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '教研员', weight: 0.5 },
  { name: '招生考试中心', supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '工作人员', weight: 0.3 },
  { name: '职业技术学校', supervisor: 'education', nature: 'PUBLIC_WELFARE_TWO', head: '校长', member: '教师', weight: 2.5 },
  { name: '特殊教育学校', supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '校长', member: '教师', weight: 0.8 },
  { name: '人民医院', supervisor: 'health', nature: 'PUBLIC_WELFARE_TWO', head: '院长', member: '医师', weight: 12 },
  { name: '中医院', supervisor: 'health', nature: 'PUBLIC_WELFARE_TWO', head: '院长', member: '医师', weight: 6 },
  { name: '妇幼保健院', supervisor: 'health', nature: 'PUBLIC_WELFARE_ONE', head: '院长', member: '医师', weight: 3 },
  { name: '疾病预防控制中心', supervisor: 'health', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '专业技术人员', weight: 2 },
  { name: '卫生监督所', supervisor: 'health', nature: 'CIVIL_SERVICE_MANAGED', head: '所长', member: '监督员', weight: 1 },
  { name: '社会保险事业局', supervisor: 'human-resources', nature: 'PUBLIC_WELFARE_ONE', head: '局长', member: '工作人员', weight: 1 },
  { name: '就业服务中心', supervisor: 'human-resources', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '工作人员', weight: 0.6 },
  { name: '劳动保障监察大队', supervisor: 'human-resources', nature: 'CIVIL_SERVICE_MANAGED', head: '大队长', member: '监察员', weight: 0.4 },
  { name: '社会福利院', supervisor: 'civil-affairs', nature: 'PUBLIC_WELFARE_ONE', head: '院长', member: '护理员', weight: 0.6 },
  { name: '殡仪馆', supervisor: 'civil-affairs', nature: 'PUBLIC_WELFARE_TWO', head: '馆长', member: '工作人员', weight: 0.4 },
  { name: '救助管理站', supervisor: 'civil-affairs', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '工作人员', weight: 0.3 },
  { name: '公证处', supervisor: 'justice', nature: 'PUBLIC_WELFARE_TWO', head: '主任', member: '公证员', weight: 0.4 },
  { name: '法律援助中心', supervisor: 'justice', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '律师', weight: 0.3 },
  { name: '国库集中支付中心', supervisor: 'finance', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '会计', weight: 0.5 },
  { name: '非税收入管理局', supervisor: 'finance', nature: 'CIVIL_SERVICE_MANAGED', head: '局长', member: '科员', weight: 0.5 },
  { name: '国土资源执法监察支队', supervisor: 'land', nature: 'CIVIL_SERVICE_MANAGED', head: '支队长', member: '监察员', weight: 0.6 },
  { name: '土地储备中心', supervisor: 'land', nature: 'PUBLIC_WELFARE_TWO', head: '主任', member: '工作人员', weight: 0.4 },
  { name: '环境监测站', supervisor: 'environment', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '监测员', weight: 0.6 },
  { name: '环境监察大队', supervisor: 'environment', nature: 'CIVIL_SERVICE_MANAGED', head: '大队长', member: '监察员', weight: 0.5 },
  { name: '建设工程质量安全监督站', supervisor: 'housing', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '监督员', weight: 0.5 },
  { name: '城乡规划设计院', supervisor: 'housing', nature: 'COMMERCIAL', head: '院长', member: '设计师', weight: 0.6 },
  { name: '住房公积金管理中心', supervisor: 'housing', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '工作人员', weight: 0.6 },
  { name: '公路管理段', supervisor: 'transport', nature: 'PUBLIC_WELFARE_ONE', head: '段长', member: '养护工', weight: 2 },
  { name: '道路运输管理所', supervisor: 'transport', nature: 'CIVIL_SERVICE_MANAGED', head: '所长', member: '稽查员', weight: 0.8 },
  { name: '地方海事处', supervisor: 'transport', nature: 'CIVIL_SERVICE_MANAGED', head: '处长', member: '海事员', weight: 0.3 },
  { name: '水利工程管理站', supervisor: 'water', nature: 'PUBLIC_WELFARE_TWO', head: '站长', member: '技术员', weight: 0.6 },
  { name: '水土保持监测站', supervisor: 'water', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '技术员', weight: 0.3 },
  { name: '农业技术推广站', supervisor: 'agriculture', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '农艺师', weight: 0.8 },
  { name: '动物疫病预防控制中心', supervisor: 'agriculture', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '兽医', weight: 0.6 },
  { name: '农产品质量安全监督检验测试站', supervisor: 'agriculture', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '检验员', weight: 0.3 },
  { name: '种子管理站', supervisor: 'agriculture', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '农艺师', weight: 0.3 },
  { name: '林业站', supervisor: 'forestry', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '林业员', weight: 0.6 },
  { name: '森林病虫害防治检疫站', supervisor: 'forestry', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '检疫员', weight: 0.3 },
  { name: '国有林场', supervisor: 'forestry', nature: 'PUBLIC_WELFARE_TWO', head: '场长', member: '护林员', weight: 1 },
  { name: '图书馆', supervisor: 'culture', nature: 'PUBLIC_WELFARE_ONE', head: '馆长', member: '馆员', weight: 0.6 },
  { name: '文化馆', supervisor: 'culture', nature: 'PUBLIC_WELFARE_ONE', head: '馆长', member: '馆员', weight: 0.5 },
  { name: '博物馆', supervisor: 'culture', nature: 'PUBLIC_WELFARE_ONE', head: '馆长', member: '馆员', weight: 0.4 },
  { name: '广播电视台', supervisor: 'culture', nature: 'PUBLIC_WELFARE_TWO', head: '台长', member: '编辑', weight: 1.5 },
  { name: '文物管理所', supervisor: 'culture', nature: 'PUBLIC_WELFARE_ONE', head: '所长', member: '馆员', weight: 0.3 },
  { name: '审计信息中心', supervisor: 'audit', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '审计员', weight: 0.3 },
  { name: '统计普查中心', supervisor: 'statistics', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '统计员', weight: 0.3 },
  { name: '安全生产执法监察大队', supervisor: 'safety', nature: 'CIVIL_SERVICE_MANAGED', head: '大队长', member: '监察员', weight: 0.4 },
  { name: '食品药品检验所', supervisor: 'food-drug', nature: 'PUBLIC_WELFARE_ONE', head: '所长', member: '检验员', weight: 0.4 },
  { name: '质量技术监督检测所', supervisor: 'quality', nature: 'PUBLIC_WELFARE_TWO', head: '所长', member: '检验员', weight: 0.4 },
  { name: '体育运动学校', supervisor: 'sports', nature: 'PUBLIC_WELFARE_ONE', head: '校长', member: '教练员', weight: 0.4 },
  { name: '旅游服务中心', supervisor: 'tourism', nature: 'PUBLIC_WELFARE_TWO', head: '主任', member: '工作人员', weight: 0.3 },
  { name: '城市管理综合执法大队', supervisor: 'urban-management', nature: 'CIVIL_SERVICE_MANAGED', head: '大队长', member: '执法队员', weight: 2, levels: ['PREFECTURE', 'COUNTY'] },
  { name: '环境卫生管理处', supervisor: 'urban-management', nature: 'PUBLIC_WELFARE_ONE', head: '处长', member: '工人', weight: 1.5, levels: ['PREFECTURE', 'COUNTY'] },
  { name: '科技情报研究所', supervisor: 'science', nature: 'PUBLIC_WELFARE_ONE', head: '所长', member: '研究人员', weight: 0.3 },
  { name: '经济信息中心', supervisor: 'industry', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '工作人员', weight: 0.3 },
  { name: '青少年活动中心', supervisor: 'youth-league', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '教师', weight: 0.3 },
  { name: '残疾人康复中心', supervisor: 'disabled', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '康复师', weight: 0.3 },
  { name: '老干部活动中心', supervisor: 'veteran-cadres', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '工作人员', weight: 0.3 },
];

/** Numbered public institutions that fill a bureau up to its size: '<division>第N小学'. */
interface FillTemplate {
  name: (division: string, n: number) => string;
  supervisor: string;
  nature: Nature;
  head: string;
  member: string;
  weight: number;
  share: number;
}

const fills: Record<Level, FillTemplate[]> = {
  COUNTY: [
    { name: (d, n) => `${d}第${n}小学`, supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '校长', member: '教师', weight: 1.6, share: 0.45 },
    { name: (d, n) => `${d}第${n}中学`, supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '校长', member: '教师', weight: 3, share: 0.2 },
    { name: (d, n) => `${d}第${n}幼儿园`, supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '园长', member: '教师', weight: 0.7, share: 0.15 },
    { name: (d, n) => `${d}第${n}社区卫生服务中心`, supervisor: 'health', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '医师', weight: 0.8, share: 0.1 },
    { name: (d, n) => `${d}第${n}水利站`, supervisor: 'water', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '技术员', weight: 0.3, share: 0.1 },
  ],
  PREFECTURE: [
    { name: (d, n) => `${d}第${n}小学`, supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '校长', member: '教师', weight: 2, share: 0.35 },
    { name: (d, n) => `${d}第${n}中学`, supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '校长', member: '教师', weight: 3.5, share: 0.25 },
    { name: (d, n) => `${d}第${n}幼儿园`, supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '园长', member: '教师', weight: 0.8, share: 0.15 },
    { name: (d, n) => `${d}第${n}人民医院`, supervisor: 'health', nature: 'PUBLIC_WELFARE_TWO', head: '院长', member: '医师', weight: 8, share: 0.03 },
    { name: (d, n) => `${d}第${n}社区卫生服务中心`, supervisor: 'health', nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '医师', weight: 0.8, share: 0.12 },
    { name: (d, n) => `${d}第${n}职业技术学校`, supervisor: 'education', nature: 'PUBLIC_WELFARE_TWO', head: '校长', member: '教师', weight: 2, share: 0.05 },
    { name: (d, n) => `${d}第${n}公路管理段`, supervisor: 'transport', nature: 'PUBLIC_WELFARE_ONE', head: '段长', member: '养护工', weight: 1, share: 0.05 },
  ],
  PROVINCE: [
    { name: (d, n) => `${d}第${n}人民医院`, supervisor: 'health', nature: 'PUBLIC_WELFARE_TWO', head: '院长', member: '医师', weight: 10, share: 0.05 },
    { name: (d, n) => `${d}第${n}中学`, supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '校长', member: '教师', weight: 4, share: 0.1 },
    { name: (d, n) => `${d}第${n}职业技术学院`, supervisor: 'education', nature: 'PUBLIC_WELFARE_TWO', head: '院长', member: '教师', weight: 4, share: 0.15 },
    { name: (d, n) => `${d}第${n}农业科学研究所`, supervisor: 'agriculture', nature: 'PUBLIC_WELFARE_ONE', head: '所长', member: '研究人员', weight: 0.6, share: 0.15 },
    { name: (d, n) => `${d}第${n}地质大队`, supervisor: 'land', nature: 'PUBLIC_WELFARE_TWO', head: '大队长', member: '工程师', weight: 2, share: 0.1 },
    { name: (d, n) => `${d}第${n}林业科学研究所`, supervisor: 'forestry', nature: 'PUBLIC_WELFARE_ONE', head: '所长', member: '研究人员', weight: 0.5, share: 0.1 },
    { name: (d, n) => `${d}第${n}公路管理局`, supervisor: 'transport', nature: 'PUBLIC_WELFARE_ONE', head: '局长', member: '工程师', weight: 2, share: 0.1 },
    { name: (d, n) => `${d}第${n}水文水资源勘测局`, supervisor: 'water', nature: 'PUBLIC_WELFARE_ONE', head: '局长', member: '技术员', weight: 0.8, share: 0.1 },
    { name: (d, n) => `${d}第${n}社会科学研究所`, supervisor: 'science', nature: 'PUBLIC_WELFARE_ONE', head: '所长', member: '研究人员', weight: 0.5, share: 0.15 },
  ],
};

/** Township public institutions ('<township>卫生院'), one of each per township. */
const townshipBodies: { name: string; supervisor: string | null; nature: Nature; head: string; member: string; weight: number }[] = [
  { name: '中心小学', supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '校长', member: '教师', weight: 1.4 },
  { name: '中学', supervisor: 'education', nature: 'PUBLIC_WELFARE_ONE', head: '校长', member: '教师', weight: 2 },
  { name: '卫生院', supervisor: 'health', nature: 'PUBLIC_WELFARE_ONE', head: '院长', member: '医师', weight: 1 },
  { name: '农业服务中心', supervisor: null, nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '农技员', weight: 0.4 },
  { name: '文化服务中心', supervisor: null, nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '工作人员', weight: 0.2 },
  { name: '财政所', supervisor: 'finance', nature: 'PUBLIC_WELFARE_ONE', head: '所长', member: '会计', weight: 0.2 },
  { name: '村镇建设服务中心', supervisor: null, nature: 'PUBLIC_WELFARE_ONE', head: '主任', member: '工作人员', weight: 0.2 },
  { name: '计划生育服务站', supervisor: 'health', nature: 'PUBLIC_WELFARE_ONE', head: '站长', member: '工作人员', weight: 0.2 },
];

const townshipSyllables = '青龙白马石桥花溪金竹云岩羊场大坝新寨河坝茶园平坝长顺麻江岩脚双河高坡水口牛场黄泥沙坪洛坝松林木引猫场'.split('');
const townshipSuffixes = ['镇', '镇', '乡', '镇', '街道'];
const organBodies = ['办公室', '政策法规科', '人事科', '财务科', '综合业务科', '监督检查科', '规划发展科', '信息宣传科', '督查室', '审批服务科', '安全管理科', '法制科'];
const publicBodies = ['办公室', '业务一科', '业务二科', '财务科', '后勤保障科', '质量管理科'];

const rankOfOrgan: Record<Level, string> = { PROVINCE: 'DEPARTMENT', PREFECTURE: 'COUNTY', COUNTY: 'SECTION' };
const ranksOfPublic: Record<Level, string[]> = {
  PROVINCE: ['DEPUTY_DEPARTMENT', 'COUNTY', 'COUNTY', 'DEPUTY_COUNTY'],
  PREFECTURE: ['DEPUTY_COUNTY', 'SECTION', 'SECTION', 'DEPUTY_SECTION'],
  COUNTY: ['SECTION', 'DEPUTY_SECTION', 'DEPUTY_SECTION', 'SUB_SECTION'],
};
const bureauSize: Record<Level, [number, number]> = { PROVINCE: [380, 440], PREFECTURE: [700, 800], COUNTY: [330, 400] };
const organLevelMultiplier: Record<Level, number> = { PROVINCE: 3, PREFECTURE: 1.8, COUNTY: 1 };
const publicLevelMultiplier: Record<Level, number> = { PROVINCE: 2, PREFECTURE: 1.4, COUNTY: 1 };

function fundingOf(nature: Nature): Funding {
  return nature === 'PUBLIC_WELFARE_TWO' ? 'PARTIAL' : nature === 'COMMERCIAL' ? 'SELF_FUNDED' : 'FULL';
}

function creditPrefix(kind: Kind): '11' | '12' | '13' {
  return kind === 'PUBLIC_INSTITUTION' ? '12' : kind === 'MASS_ORGANISATION' ? '13' : '11';
}

function shortDivision(divisionName: string): string {
  return divisionName.replace(/(自治州|自治县|特区|省|市|县|区)$/, '');
}

function organName(template: OrganTemplate, bureau: PlanBureau): string {
  const name = typeof template.name === 'string' ? template.name : template.name[bureau.level];
  if (typeof template.name !== 'string' && /^(省|市|县)/.test(name)) {
    // 省委办公厅 → 贵州省委办公厅; 县委办公室 → 息烽县委办公室 (the division's own word, 区委 or 县委).
    const division = bureau.divisionName;
    const own = division.slice(-1);
    return `${division.slice(0, -1)}${own}${name.slice(1)}`;
  }
  if (name.startsWith('共青团')) return `共青团${bureau.divisionName}委员会`;
  return `${bureau.divisionName}${name}`;
}

/**
 * The institutions of one bureau: its organs, townships (counties) with their
 * stations, schools and clinics, one of each common public institution, then
 * numbered schools, hospitals and centres up to the bureau's size. Credit
 * codes are numbered per prefix within the bureau's division code.
 */
/** A planned institution (its index in the plan) or one already in the registry (its id). */
type Placed = { index: number } | { id: number };

function planBureau(bureau: PlanBureau, plan: PlannedInstitution[], existing: ReadonlyMap<string, number>): void {
  const random = seededRandom(Number(bureau.code) * 7 + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const sequences = { '11': creditSequenceBase, '12': creditSequenceBase, '13': creditSequenceBase };
  const [low, high] = bureauSize[bureau.level];
  const target = between(low, high);
  const byKey = new Map<string, Placed>();
  const first = plan.length;
  const documentPrefix = `${shortDivision(bureau.divisionName).slice(0, 1)}编`;
  let documents = 0;

  const add = (fields: { name: string; kind: Kind; nature: Nature; rank: string; supervisor: Placed | null; bodies: string[]; category: Category; head: string; member: string; weight: number }): Placed => {
    // An institution of that name is in the bureau already (another seed's): it is used, not doubled.
    const present = existing.get(`${bureau.id}\t${fields.name}`);
    if (present !== undefined) return { id: present };
    const prefix = creditPrefix(fields.kind);
    const index = plan.length;
    documents += 1;
    plan.push({
      index,
      bureau,
      name: fields.name,
      shortName: fields.name.startsWith(bureau.divisionName) ? fields.name.slice(bureau.divisionName.length) : fields.name,
      creditCode: makeCreditCode(prefix, bureau.code, sequences[prefix]++),
      kind: fields.kind,
      nature: fields.nature,
      rank: fields.rank,
      funding: fields.kind === 'PUBLIC_INSTITUTION' ? fundingOf(fields.nature) : null,
      supervisor: fields.supervisor !== null && 'index' in fields.supervisor ? fields.supervisor.index : null,
      supervisorId: fields.supervisor !== null && 'id' in fields.supervisor ? fields.supervisor.id : null,
      establishedOn: `${between(1978, 2012)}-${String(between(1, 12)).padStart(2, '0')}-01`,
      internalBodies: fields.bodies,
      documentNumber: `${documentPrefix}〔${between(2013, 2016)}〕${documents}号`,
      principalPositions: 1,
      deputyPositions: 0,
      internalHeadPositions: 0,
      quotas: [{ category: fields.category, approved: 0, active: 0 }],
      principals: 0,
      deputies: 0,
      internalHeads: 0,
      head: fields.head,
      member: fields.member,
      weight: fields.weight * (0.7 + random() * 0.6),
    });
    return { index };
  };

  for (const template of organs) {
    if (template.levels && !template.levels.includes(bureau.level)) continue;
    const bodies = organBodies.slice(0, Math.max(2, template.bodies + between(-1, 1) + (bureau.level === 'PROVINCE' ? 3 : 0)));
    const category = template.category ?? 'ADMINISTRATIVE';
    byKey.set(template.key, add({
      name: organName(template, bureau),
      kind: template.kind,
      nature: template.nature ?? 'ADMINISTRATIVE_ORGAN',
      rank: rankOfOrgan[bureau.level],
      supervisor: null,
      bodies,
      category,
      head: template.head,
      member: category === 'POLITICAL_LEGAL' ? '干警' : '科员',
      weight: template.weight * 30 * organLevelMultiplier[bureau.level],
    }));
  }
  const supervisorOf = (key: string | null, fallback: Placed): Placed => (key === null ? fallback : byKey.get(key) ?? fallback);
  const governmentOffice = byKey.get('government-office')!;

  const publicInstitution = (name: string, supervisor: Placed, nature: Nature, head: string, member: string, weight: number, rank: string): void => {
    const big = weight >= 2;
    add({ name, kind: 'PUBLIC_INSTITUTION', nature, rank, supervisor, bodies: big ? publicBodies.slice(0, between(2, publicBodies.length)) : [], category: 'PUBLIC_INSTITUTION', head, member, weight: weight * 25 * publicLevelMultiplier[bureau.level] });
  };

  if (bureau.level === 'COUNTY') {
    const townships = between(9, 18);
    const used = new Set<string>();
    for (let township = 0; township < townships; township += 1) {
      let name = '';
      do name = pick(townshipSyllables) + pick(townshipSyllables); while (used.has(name) || name[0] === name[1]);
      used.add(name);
      const suffix = pick(townshipSuffixes);
      const townshipName = `${name}${suffix}`;
      const government = add({
        name: `${bureau.divisionName}${townshipName}${suffix === '街道' ? '办事处' : '人民政府'}`,
        kind: 'TOWNSHIP',
        nature: 'ADMINISTRATIVE_ORGAN',
        rank: 'SECTION',
        supervisor: null,
        bodies: ['党政办公室', '经济发展办公室', '社会事务办公室', '社会治安综合治理办公室'].slice(0, between(3, 4)),
        category: 'ADMINISTRATIVE',
        head: suffix === '乡' ? '乡长' : suffix === '镇' ? '镇长' : '主任',
        member: '科员',
        weight: 45,
      });
      for (const body of townshipBodies) {
        publicInstitution(`${bureau.divisionName}${townshipName}${body.name}`, supervisorOf(body.supervisor, government), body.nature, body.head, body.member, body.weight, pick(['DEPUTY_SECTION', 'SUB_SECTION', 'SUB_SECTION']));
      }
    }
  }
  for (const template of singles) {
    if (template.levels && !template.levels.includes(bureau.level)) continue;
    publicInstitution(`${bureau.divisionName}${template.name}`, supervisorOf(template.supervisor, governmentOffice), template.nature, template.head, template.member, template.weight, pick(ranksOfPublic[bureau.level]));
  }
  const numbering = new Map<FillTemplate, number>();
  const templates = fills[bureau.level];
  while (plan.length - first < target) {
    let roll = random();
    let template = templates[templates.length - 1];
    for (const candidate of templates) {
      if (roll < candidate.share) { template = candidate; break; }
      roll -= candidate.share;
    }
    const n = (numbering.get(template) ?? 0) + 1;
    numbering.set(template, n);
    publicInstitution(template.name(bureau.divisionName, n), supervisorOf(template.supervisor, governmentOffice), template.nature, template.head, template.member, template.weight, pick(ranksOfPublic[bureau.level].slice(1)));
  }
}

/**
 * Every bureau's institutions, then the staff spread over them in proportion
 * to their weights so that they add up to `staff` exactly; then quotas,
 * positions and leaders. An institution whose name the bureau already has
 * (keyed `${bureauId}\t${name}` in `existing`) is not planned again: what it
 * would supervise is placed under the one there. About 2 % of institutions hold more staff than their
 * quota (超编) and 1 % more deputies than their positions (超职数).
 */
export function planProvince(bureaus: PlanBureau[], staff: number, existing: ReadonlyMap<string, number> = new Map()): PlannedInstitution[] {
  const plan: PlannedInstitution[] = [];
  const ordered = [...bureaus].sort((a, b) => a.code.localeCompare(b.code));
  for (const bureau of ordered) planBureau(bureau, plan, existing);
  if (plan.length === 0) return plan;

  const random = seededRandom(20_130_101);
  const totalWeight = plan.reduce((sum, row) => sum + row.weight, 0);
  let assigned = 0;
  const counts = plan.map((row) => {
    const count = Math.floor((staff * row.weight) / totalWeight);
    assigned += count;
    return count;
  });
  // Rounding down left fewer than one per institution: one more each to the largest, so that the total is exact.
  const byWeight = plan.map((row) => row.index).sort((a, b) => plan[b].weight - plan[a].weight);
  for (let turn = 0; assigned < staff; turn += 1, assigned += 1) counts[byWeight[turn % byWeight.length]] += 1;

  for (const row of plan) {
    const active = counts[row.index];
    const main = row.quotas[0];
    const logistics = active >= 12 && row.kind !== 'TOWNSHIP' ? Math.max(1, Math.floor(active * (0.04 + random() * 0.06))) : 0;
    main.active = active - logistics;
    if (logistics > 0) row.quotas.push({ category: 'LOGISTICS', approved: 0, active: logistics });
    const overStaffed = random() < 0.02;
    for (const quota of row.quotas) {
      quota.approved = quota.active + Math.floor(quota.active * random() * 0.15) + (random() < 0.3 ? 1 : 0);
    }
    if (overStaffed) main.approved = Math.max(0, main.active - 1 - Math.floor(random() * Math.max(1, main.active * 0.1)));

    row.deputyPositions = Math.min(1 + Math.floor(active / 25), 6);
    row.internalHeadPositions = row.internalBodies.length;
    // Leaders among the staff: the head, most deputies, most internal heads; never more than the staff.
    let room = active;
    row.principals = room > 0 && random() < 0.96 ? 1 : 0;
    room -= row.principals;
    row.deputies = Math.min(room, Math.max(0, row.deputyPositions - (random() < 0.35 ? 1 : 0)));
    room -= row.deputies;
    row.internalHeads = Math.min(room, Math.max(0, row.internalHeadPositions - (random() < 0.4 ? 1 : 0)));
    room -= row.internalHeads;
    if (room >= 2 && random() < 0.01) row.deputies = row.deputyPositions + 1;
  }
  return plan;
}
