import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../errors';
import { Bureau } from '../bureau/bureau.entity';
import type { OpenReportingPeriodInput } from './annual-report.inputs';
import { ReportingPeriod } from './reporting-period.entity';

export const reportingYears = { minimum: 2000, maximum: 2100 };

/** Opens a year: checked field by field, one period a year (the unique constraint decides between two at once). */
export async function openReportingPeriod(em: EntityManager, root: Bureau, input: OpenReportingPeriodInput): Promise<ReportingPeriod> {
  const { year, cutoffOn, dueOn } = input;
  if (!Number.isInteger(year) || year < reportingYears.minimum || year > reportingYears.maximum) throw badUserInput('year', 'YEAR_OUT_OF_RANGE', reportingYears);
  if (!cutoffOn.startsWith(`${year}-`)) throw badUserInput('cutoffOn', 'CUTOFF_OUTSIDE_YEAR', { year });
  if (dueOn < cutoffOn) throw badUserInput('dueOn', 'DATE_BEFORE', { earlierField: 'cutoffOn', earlier: cutoffOn });
  if ((await em.count(ReportingPeriod, { year })) > 0) throw badUserInput('year', 'REPORTING_YEAR_TAKEN');
  return em.create(ReportingPeriod, { bureau: root, year, cutoffOn, dueOn });
}
