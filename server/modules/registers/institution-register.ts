import type { RegisterColumn } from './register-columns';

/** The institutions register's sheet (机构信息表), as its template, its export and its import have it. */
export const institutionSheet = '机构信息表';

export type InstitutionColumnKey = 'name' | 'shortName' | 'creditCode' | 'kind' | 'nature' | 'rank' | 'funding' | 'supervisor' | 'isEgovBody' | 'establishedOn' | 'documentNumber';

export const institutionColumns: readonly RegisterColumn<InstitutionColumnKey>[] = [
  { key: 'name', header: '机构名称', type: { kind: 'text', maximum: 200 }, required: true, width: 32, note: '机构全称；没有统一社会信用代码的机构按名称对应本编办已登记的机构。' },
  { key: 'shortName', header: '规范简称', type: { kind: 'text', maximum: 100 }, required: false, width: 16, note: '规范简称。' },
  { key: 'creditCode', header: '统一社会信用代码', type: { kind: 'code', maximum: 18 }, required: false, width: 22, note: '18位统一社会信用代码，请以文本格式填写；填写时按代码对应已登记的机构。' },
  { key: 'kind', header: '机构类别', type: { kind: 'enum', enumName: 'InstitutionKind' }, required: true, width: 16, note: '机构的系统和类别。已登记机构须经批准变更，不能通过导入修改。' },
  { key: 'nature', header: '机构性质', type: { kind: 'enum', enumName: 'InstitutionNature' }, required: true, width: 14, note: '须为该机构类别可有的性质；已登记机构须经调整性质修改。' },
  { key: 'rank', header: '机构规格', type: { kind: 'enum', enumName: 'InstitutionRank' }, required: true, width: 14, note: '已登记机构须经调整规格修改。' },
  { key: 'funding', header: '经费形式', type: { kind: 'enum', enumName: 'FundingForm' }, required: false, width: 14, note: '事业单位必填，其他机构不填。' },
  { key: 'supervisor', header: '主管机构', type: { kind: 'text', maximum: 200 }, required: false, width: 28, note: '本编办的主管机构名称（已登记的，或本表中的）；顶层机构不填。已登记机构须经划转修改。' },
  { key: 'isEgovBody', header: '电子政务机构', type: { kind: 'flag' }, required: false, width: 12, note: '是否为本编办的电子政务机构；不填为否。' },
  { key: 'establishedOn', header: '成立日期', type: { kind: 'date' }, required: false, requiredWhen: '新设机构必填', width: 12, note: '设立批复的日期，记入机构沿革。' },
  { key: 'documentNumber', header: '设立文号', type: { kind: 'text', maximum: 100 }, required: false, requiredWhen: '新设机构必填', width: 22, note: '设立批复的文号，记入机构沿革；已登记机构不比对。' },
];

/** An institution's columns the register shows, as the database names them. */
export interface InstitutionRegisterRow {
  name: string;
  short_name: string | null;
  credit_code: string | null;
  kind: string;
  nature: string;
  rank: string;
  funding: string | null;
  is_egov_body: boolean;
  established_on: string | null;
}
