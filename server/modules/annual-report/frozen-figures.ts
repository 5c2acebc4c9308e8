import type { Context } from '../../context';
import type { Bureau } from '../bureau/bureau.entity';
import type { EstablishmentStatistics } from '../statistics/establishment-statistics.types';
import type { IndicatorStatistics, StaffingStatistics } from '../statistics/statistics.types';
import { StatisticsScope } from '../statistics/statistics.types';
import { readStaffProfile, type StaffProfile } from './staff-profile';
import { registryChecks } from './return-checks';
import type { ReturnCheck } from './return-checks.types';

/**
 * A return's tables as frozen: the same figures the live statistics give for
 * the bureau's whole subtree, from the same definitions, stored as plain data
 * and served again by the same GraphQL types.
 */
export interface FrozenFigures {
  /** 各级各类机构编制数据: every existing institution of every kind. */
  establishment: EstablishmentStatistics;
  /** The same for the bureau's own institutions alone (本级), which the comparison with its children's returns adds to theirs. */
  ownEstablishment: EstablishmentStatistics;
  /** The survey's e-government units (电子政务机构), without internal divisions, as Table 3 counts them. */
  egovStaffing: StaffingStatistics;
  /** The survey's five e-government indicators (五项指标). */
  indicators: IndicatorStatistics;
  staffProfile: StaffProfile;
  /** The checks of the registry that failed when the return was made (return-checks.ts). */
  checks: ReturnCheck[];
}

/** Reads the figures of the bureau's subtree as they stand, for a return of the year whose cut-off is `cutoffOn`. */
export async function freezeFigures(context: Context, bureau: Bureau, cutoffOn: string): Promise<FrozenFigures> {
  const { statistics } = context.loaders;
  const [establishment, ownEstablishment, egovStaffing, indicators, staffProfile] = await Promise.all([
    statistics.establishmentStatistics(bureau.id, StatisticsScope.SUBTREE),
    statistics.establishmentStatistics(bureau.id, StatisticsScope.SELF),
    statistics.staffingStatistics(bureau.id, StatisticsScope.SUBTREE, false),
    statistics.indicatorStatistics(bureau.id, StatisticsScope.SUBTREE),
    readStaffProfile(context.reads, bureau.path, cutoffOn),
  ]);
  const checks = await registryChecks(context.reads, bureau, cutoffOn, { establishment, staffProfile });
  // As JSON stores them, so that a fresh return and a stored one read alike.
  return JSON.parse(JSON.stringify({ establishment, ownEstablishment, egovStaffing, indicators, staffProfile, checks })) as FrozenFigures;
}
