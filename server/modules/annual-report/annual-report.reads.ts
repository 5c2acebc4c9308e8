import type { FilterQuery } from '@mikro-orm/postgresql';
import { listPage } from '../../common/list';
import type { PageArguments } from '../../common/list-arguments';
import type { Context } from '../../context';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import type { AnnualReturnFilter, AnnualReturnSort } from './annual-report.inputs';
import { Bureau } from '../bureau/bureau.entity';
import { decidedWhere } from './annual-return-flow';
import { AnnualReturn } from './annual-return.entity';
import { ReportingPeriod } from './reporting-period.entity';

// Every GraphQL read of this module, on the read pool.

/** Every reporting period, the latest year first: they concern every account, whatever its jurisdiction. */
export async function listReportingPeriods(context: Context): Promise<ReportingPeriod[]> {
  const reader = context.reads.reader(ReportingPeriod);
  const rows = await context.reads.rows<Record<string, unknown>>(`select * from reporting_period order by year desc`);
  return rows.map((row) => reader.read(row));
}

/** The period of a year, or null. */
export async function readReportingPeriod(context: Context, year: number): Promise<ReportingPeriod | null> {
  const reader = context.reads.reader(ReportingPeriod);
  const [row] = await context.reads.rows<Record<string, unknown>>(`select * from reporting_period where year = $1`, [year]);
  return row ? reader.read(row) : null;
}

/** A bureau's return for a year, or null; the caller checks it lies in the jurisdiction. */
export async function readAnnualReturn(context: Context, year: number, bureauId: number): Promise<AnnualReturn | null> {
  const reader = context.reads.reader(AnnualReturn);
  const [row] = await context.reads.rows<Record<string, unknown>>(
    `select annual_return.* from annual_return join reporting_period on reporting_period.id = annual_return.period_id
      where reporting_period.year = $1 and annual_return.bureau_id = $2`,
    [year, bureauId],
  );
  return row ? reader.read(row) : null;
}

/** The bureau at the root of the registry (the province), or null in an empty registry. */
export async function readRegistryRoot(context: Context): Promise<Bureau | null> {
  const reader = context.reads.reader(Bureau);
  const [row] = await context.reads.rows<Record<string, unknown>>(`select * from bureau where parent_id is null order by code limit 1`);
  return row ? reader.read(row) : null;
}

/** A page of the returns in the jurisdiction matching the filter, in the order asked for. */
export async function listAnnualReturns(
  context: Context,
  page: PageArguments,
  filter: AnnualReturnFilter | undefined,
  order: InstanceType<typeof AnnualReturnSort>,
): Promise<{ items: AnnualReturn[]; totalCount: number }> {
  const where: FilterQuery<AnnualReturn>[] = inJurisdiction(context, AnnualReturn);
  where.push(...(await underBureau(context, AnnualReturn, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.year != null) where.push({ period: { year: filter.year } });
  if (filter?.status != null) where.push({ status: filter.status });
  if (filter?.decidedByYou != null) {
    const decided = decidedWhere(context.jurisdiction.path);
    where.push(filter.decidedByYou ? decided : { $not: decided });
  }
  return listPage(context, AnnualReturn, { where: where.length === 0 ? {} : { $and: where }, sortBy: order.field, direction: order.direction, page });
}
