import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { listOf, registrySizes } from '../../common/list-cost';
import type { Context } from '../../context';
import { forbidden, unknownReference } from '../../errors';
import { AllowedFor, Audience } from '../access/operation-access';
import { referencedInJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { Bureau } from '../bureau/bureau.entity';
import { OpenReportingPeriodInput } from './annual-report.inputs';
import { listReportingPeriods, readRegistryRoot, readReportingPeriod } from './annual-report.reads';
import { openReportingPeriod } from './annual-report.service';
import { progressRowsCost, readReportProgress, ReportProgressRow } from './report-progress';
import { ReportingPeriod } from './reporting-period.entity';

/** The bureau at the root of the caller's jurisdiction: the registry's root for a registry-wide account. */
async function jurisdictionRoot(context: Context): Promise<Bureau | null> {
  const ownBureauId = context.jurisdiction.principal?.bureauId;
  return ownBureauId != null ? context.loaders.bureauById.load(ownBureauId) : readRegistryRoot(context);
}

@Resolver(() => ReportingPeriod)
export class ReportingPeriodResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @Query(() => [ReportingPeriod], { description: 'The years of the annual report (年报报告期), the latest first; every account sees them all.', complexity: listOf(registrySizes.reportingYears) })
  reportingPeriods(@Ctx() context: Context): Promise<ReportingPeriod[]> {
    return listReportingPeriods(context);
  }

  @AllowedFor(Audience.ACCOUNTS)
  @Query(() => [ReportProgressRow], {
    description:
      "The year's progress down the tree (报送进度): every bureau under `bureauId` (the root of your jurisdiction by default), itself included, in tree order, with its standing and its child bureaus' standings.",
    complexity: progressRowsCost,
  })
  async annualReportProgress(
    @Arg('year', () => Int, { description: 'The year reported on (报告年度).' }) year: number,
    @Ctx() context: Context,
    @Arg('bureauId', () => ID, { nullable: true, description: 'The bureau at the top of the rows, in your jurisdiction.' }) bureauId?: string | null,
  ): Promise<ReportProgressRow[]> {
    const period = await readReportingPeriod(context, year);
    if (!period) throw unknownReference('year', 'reporting period', year);
    const root = bureauId != null ? await referencedInJurisdiction(context, Bureau, 'bureauId', bureauId) : await jurisdictionRoot(context);
    return root ? readReportProgress(context, period, root) : [];
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => ReportingPeriod, { description: "Opens a year of the annual report for the whole registry (开启年报); the province's administrators only." })
  async openReportingPeriod(
    @Arg('input', () => OpenReportingPeriodInput) input: OpenReportingPeriodInput,
    @Ctx() context: Context,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<ReportingPeriod> {
    const root = await readRegistryRoot(context);
    if (!root || !context.jurisdiction.includes(root.path)) throw forbidden('year', 'REPORTING_PERIOD_BY_PROVINCE');
    return write.create(ReportingPeriod, {}, (em) => openReportingPeriod(em, em.getReference(Bureau, root.id), input));
  }
}
