import type { RegisterColumn } from './register-columns';

/** The staff register's sheet (实名制人员信息表), as its template, its export and its import have it. */
export const staffSheet = '实名制人员信息表';

export type StaffColumnKey = 'institution' | 'creditCode' | 'name' | 'nationalId' | 'gender' | 'birthDate' | 'quotaCategory' | 'education' | 'position' | 'leadershipTier' | 'hiredOn';

export const staffColumns: readonly RegisterColumn<StaffColumnKey>[] = [
  { key: 'institution', header: '所在机构', type: { kind: 'text', maximum: 200 }, required: true, width: 30, note: '本编办所属机构的名称；填写统一社会信用代码时以代码为准。' },
  { key: 'creditCode', header: '统一社会信用代码', type: { kind: 'code', maximum: 18 }, required: false, width: 22, note: '所在机构的统一社会信用代码，请以文本格式填写。' },
  { key: 'name', header: '姓名', type: { kind: 'text', maximum: 50 }, required: true, width: 12, note: '人员姓名。' },
  { key: 'nationalId', header: '公民身份号码', type: { kind: 'code', maximum: 18 }, required: true, width: 22, note: '18位公民身份号码，请以文本格式填写（数字格式会丢失位数）；已在本机构在编的人员按此号码更新，不重复新增。' },
  { key: 'gender', header: '性别', type: { kind: 'enum', enumName: 'Gender' }, required: false, width: 8, note: '可不填，由公民身份号码得出；填写时须与之一致。' },
  { key: 'birthDate', header: '出生日期', type: { kind: 'date' }, required: false, width: 12, note: '可不填，由公民身份号码得出；填写时须与之一致。' },
  { key: 'quotaCategory', header: '编制类别', type: { kind: 'enum', enumName: 'QuotaCategory' }, required: true, width: 14, note: '人员所占编制的类别。' },
  { key: 'education', header: '学历', type: { kind: 'enum', enumName: 'Education' }, required: true, width: 14, note: '最高学历。' },
  { key: 'position', header: '职务', type: { kind: 'text', maximum: 50 }, required: true, width: 16, note: '现任职务。' },
  { key: 'leadershipTier', header: '领导职数', type: { kind: 'enum', enumName: 'LeadershipTier' }, required: false, width: 14, note: '所任领导职务的职数层级；不任领导职务的不填。' },
  { key: 'hiredOn', header: '入职日期', type: { kind: 'date' }, required: true, width: 12, note: '进入本机构的日期，不得早于出生日期。' },
];

/** A staff row's columns the register holds, as the database names them. */
export interface StaffRegisterRow {
  id: number;
  name: string;
  national_id: string;
  gender: string;
  birth_date: string;
  quota_category: string;
  education: string;
  position: string;
  leadership_tier: string | null;
  hired_on: string;
}
