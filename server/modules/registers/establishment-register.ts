import type { RegisterColumn } from './register-columns';

/** The 三定 register's sheet (三定信息表): each institution's current 三定, its quotas by category and its leadership positions. */
export const establishmentSheet = '三定信息表';

export type EstablishmentColumnKey =
  | 'name'
  | 'creditCode'
  | 'documentNumber'
  | 'approvedOn'
  | 'ADMINISTRATIVE'
  | 'POLITICAL_LEGAL'
  | 'PUBLIC_INSTITUTION'
  | 'LOGISTICS'
  | 'principalPositions'
  | 'deputyPositions'
  | 'internalHeadPositions'
  | 'internalBodyNames'
  | 'mainFunctions';

const changedOnly = '与现行三定不同时必填';
const quota = (key: EstablishmentColumnKey, header: string): RegisterColumn<EstablishmentColumnKey> => ({
  key,
  header,
  type: { kind: 'count' },
  required: false,
  width: 12,
  note: `核定的${header}数；不填为该类别没有编制（0 为核定 0 名）。`,
});

export const establishmentColumns: readonly RegisterColumn<EstablishmentColumnKey>[] = [
  { key: 'name', header: '机构名称', type: { kind: 'text', maximum: 200 }, required: true, width: 32, note: '本编办已登记的机构；有统一社会信用代码时以代码为准。' },
  { key: 'creditCode', header: '统一社会信用代码', type: { kind: 'code', maximum: 18 }, required: false, width: 22, note: '18位统一社会信用代码，请以文本格式填写。' },
  { key: 'documentNumber', header: '批准文号', type: { kind: 'text', maximum: 100 }, required: false, requiredWhen: changedOnly, width: 22, note: '三定批复的文号；与现行三定相同的行不比对、不写入。' },
  { key: 'approvedOn', header: '批准日期', type: { kind: 'date' }, required: false, requiredWhen: changedOnly, width: 12, note: '三定批复的日期，不得早于现行三定。' },
  quota('ADMINISTRATIVE', '行政编制'),
  quota('POLITICAL_LEGAL', '政法专项编制'),
  quota('PUBLIC_INSTITUTION', '事业编制'),
  quota('LOGISTICS', '工勤编制'),
  { key: 'principalPositions', header: '正职领导职数', type: { kind: 'count' }, required: false, width: 12, note: '不填为 0；领导职数合计不得超过编制合计。' },
  { key: 'deputyPositions', header: '副职领导职数', type: { kind: 'count' }, required: false, width: 12, note: '不填为 0。' },
  { key: 'internalHeadPositions', header: '内设机构领导职数', type: { kind: 'count' }, required: false, width: 14, note: '不填为 0。' },
  { key: 'internalBodyNames', header: '内设机构', type: { kind: 'text', maximum: 4000 }, required: false, width: 40, note: '内设机构名称，以顿号（、）分隔；不再列出的内设机构按批准日期撤销。' },
  { key: 'mainFunctions', header: '主要职责', type: { kind: 'text', maximum: 8000 }, required: false, width: 60, note: '主要职责。' },
];

/** The quota categories, in the sheet's order. */
export const quotaColumns = ['ADMINISTRATIVE', 'POLITICAL_LEGAL', 'PUBLIC_INSTITUTION', 'LOGISTICS'] as const;
