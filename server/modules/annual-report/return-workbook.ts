import ExcelJS from 'exceljs';
import type { GraphQLSchema } from 'graphql';
import { chineseTermOf } from '../../common/chinese-terms';
import type { ReturnDocument } from './return-document';

type Cell = string | number | null;

function sheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][]): void {
  const worksheet = workbook.addWorksheet(name);
  worksheet.addRow(header).font = { bold: true };
  for (const row of rows) worksheet.addRow(row);
  worksheet.columns.forEach((column, index) => {
    column.width = Math.max(10, ...[header, ...rows].map((row) => String(row[index] ?? '').length * 2));
  });
}

/** The return as an XLSX workbook for people, one sheet per table, in Chinese. */
export async function returnWorkbook(document: ReturnDocument, schema: GraphQLSchema): Promise<Buffer> {
  const term = (enumName: string, value: string) => chineseTermOf(schema, enumName, value);
  const { establishment, egovStaffing, indicators, staffProfile } = document.tables;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bianzhi';
  sheet(workbook, '封面', ['项目', '内容'], [
    ['报告年度', document.year],
    ['统计截止日期', document.cutoffOn],
    ['填报编办', `${document.bureau.name}（${document.bureau.code}）`],
    ['报表状态', term('AnnualReturnStatus', document.status)],
    ['单位负责人', document.signedBy.responsiblePerson],
    ['填表人', document.signedBy.preparer],
    ['报送时间', document.submittedAt],
    ['审核通过时间', document.acceptedAt],
    ['逾期说明', document.lateReason],
  ]);
  sheet(workbook, '机构编制情况', ['项目', '数量'], [
    ['机构数', establishment.institutions],
    ['核定编制数', establishment.approvedHeadcount],
    ['实有人数', establishment.activeStaff],
    ['空编数', establishment.vacancies],
    ['超编人数', establishment.excess],
    ['核定领导职数', establishment.approvedPositions],
    ['实配领导人数', establishment.leaders],
    ['超编机构数', establishment.overStaffedInstitutions],
    ['超职数机构数', establishment.overPositionsInstitutions],
    ['超编或超职数机构数', establishment.overInstitutions],
  ]);
  sheet(workbook, '按机构类别', ['机构类别', '机构数'], establishment.byKind.map((row) => [term('InstitutionKind', row.kind), row.institutions]));
  sheet(workbook, '按机构性质', ['机构性质', '机构数'], establishment.byNature.map((row) => [term('InstitutionNature', row.nature), row.institutions]));
  sheet(workbook, '按机构规格', ['机构规格', '机构数'], establishment.byRank.map((row) => [term('InstitutionRank', row.rank), row.institutions]));
  sheet(
    workbook,
    '按编制类别',
    ['编制类别', '核定编制数', '实有人数', '空编数', '超编人数', '超编机构数'],
    establishment.byCategory.map((row) => [term('QuotaCategory', row.category), row.approvedHeadcount, row.activeStaff, row.vacancies, row.excess, row.overStaffedInstitutions]),
  );
  sheet(
    workbook,
    '领导职数',
    ['领导职数层级', '核定领导职数', '实配人数', '空缺职数', '超职数人数', '超职数机构数'],
    establishment.byTier.map((row) => [term('LeadershipTier', row.tier), row.approvedPositions, row.holders, row.vacantPositions, row.excess, row.overInstitutions]),
  );
  sheet(workbook, '电子政务机构', ['项目', '数量'], [
    ['机构数', egovStaffing.units],
    ['核定编制数', egovStaffing.approvedHeadcount],
    ['实有人数', egovStaffing.activeStaff],
    ['空编数', egovStaffing.vacancies],
    ['核定领导职数', egovStaffing.approvedLeadershipPositions],
    ['实配领导人数', egovStaffing.activeLeaders],
  ]);
  const coverageRows: [string, { built: number; total: number; coverage: number }][] = [
    ['党政内网', indicators.partyIntranet],
    ['内网网站', indicators.intranetSite],
    ['外网网站', indicators.extranetSite],
    ['局域网', indicators.localAreaNetwork],
    ['无纸化办公', indicators.paperlessOffice],
    ['公文交换', indicators.documentExchange],
    ['电子政务机构', indicators.withUnit],
  ];
  sheet(workbook, '五项指标', ['指标', '已建', '编办数', '覆盖率（%）'], coverageRows.map(([name, figures]) => [name, figures.built, figures.total, figures.coverage]));
  sheet(workbook, '人员结构', ['分组', '类别', '人数'], [
    ['合计', '', staffProfile.total],
    ...staffProfile.byGender.map((row): Cell[] => ['性别', term('Gender', row.gender), row.count]),
    ...staffProfile.byEducation.map((row): Cell[] => ['学历', term('Education', row.education), row.count]),
    ...staffProfile.byAgeBand.map((row): Cell[] => ['年龄段', term('AgeBand', row.ageBand), row.count]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
