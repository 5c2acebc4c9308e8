import type { RaRecord } from 'react-admin';
import type { ListRequest, RegistryResource } from '../data-provider/resource-adapter';
import { OpenReportingPeriodDocument, ReportingPeriodsDocument, type ReportingPeriodRecordFragment } from '../gql/graphql';
import { execute } from '../graphql/client';

/** A period is named by its year (one a year), which is how returns, filters and the address refer to it. */
function asRecord(period: ReportingPeriodRecordFragment): RaRecord {
  return { ...period, id: String(period.year), periodId: period.id };
}

/** Every period, the latest first: the server lists them all, they are one a year. */
export async function reportingPeriods(): Promise<RaRecord[]> {
  return (await execute(ReportingPeriodsDocument)).reportingPeriods.map(asRecord);
}

function refused(): never {
  throw new Error('a reporting period is opened, never edited or deleted');
}

/** Reporting periods (年报报告期): listed for everyone, opened by the province's administrators. */
export const reportingPeriodsData: RegistryResource = {
  async list({ limit, offset }: ListRequest) {
    const periods = await reportingPeriods();
    return { data: periods.slice(offset, offset + limit), total: periods.length };
  },
  async one(id) {
    return (await reportingPeriods()).find((period) => period.id === id) ?? null;
  },
  async create(values) {
    const input = { year: Number(values.year), cutoffOn: String(values.cutoffOn ?? ''), dueOn: String(values.dueOn ?? '') };
    return asRecord((await execute(OpenReportingPeriodDocument, { input, reason: (values.reason as string) || undefined })).openReportingPeriod);
  },
  update: refused,
  remove: refused,
};
