import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageArguments } from '../../common/list-arguments';
import { listOf } from '../../common/list-cost';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { forbidden, unknownReference } from '../../errors';
import { AllowedFor, Audience } from '../access/operation-access';
import { ReportsReadScope } from '../access/read-scope';
import { referencedInJurisdiction, withinJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { Bureau } from '../bureau/bureau.entity';
import { EstablishmentStatistics } from '../statistics/establishment-statistics.types';
import { IndicatorStatistics, StaffingStatistics } from '../statistics/statistics.types';
import { AnnualReturnFilter, AnnualReturnSort, DecideAnnualReturnInput, SubmitAnnualReturnInput } from './annual-report.inputs';
import { listAnnualReturns, readAnnualReturn, readReportingPeriod } from './annual-report.reads';
import { acceptAnnualReturn, decides, remakeable, requireStatus, returnAnnualReturn, submitAnnualReturn } from './annual-return-flow';
import { AnnualReturn } from './annual-return.entity';
import { freezeFigures } from './frozen-figures';
import { ReportingPeriod } from './reporting-period.entity';
import { checksOf } from './return-checks';
import { CheckSeverity, ReturnCheck, ReturnCheckCode } from './return-checks.types';
import { StaffProfile } from './staff-profile';
import { ComparisonRow, compareYears } from './year-comparison';

/** The rows a comparison holds at most: totals, kinds, natures, ranks, categories, e-government units and the staff table. */
const comparisonRowsCost = 80;

@ObjectType({ simpleResolvers: true, description: 'A page of annual returns.' })
class AnnualReturnPage extends Page(AnnualReturn, 'The returns on this page.') {}

@Resolver(() => AnnualReturn)
export class AnnualReturnResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => AnnualReturn, { nullable: true, description: "A bureau's annual return for a year (年报), null when it has none yet or the bureau is not yours to see." })
  async annualReturn(
    @Arg('year', () => Int, { description: 'The year reported on (报告年度).' }) year: number,
    @Arg('bureauId', () => ID, { description: 'The bureau whose return it is (编办).' }) bureauId: string,
    @Ctx() context: Context,
  ): Promise<AnnualReturn | null> {
    return withinJurisdiction(context, AnnualReturn, await readAnnualReturn(context, year, parseId('bureauId', bureauId)));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => AnnualReturnPage, { description: 'Annual returns in your jurisdiction matching a filter, sorted and paginated (年报列表).' })
  annualReturns(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => AnnualReturnFilter, { nullable: true }) filter?: AnnualReturnFilter,
    @Arg('sort', () => AnnualReturnSort, { nullable: true }) sort?: InstanceType<typeof AnnualReturnSort>,
  ): Promise<AnnualReturnPage> {
    return listAnnualReturns(context, page, filter, sort ?? new AnnualReturnSort());
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => AnnualReturn, {
    description:
      "Makes a bureau's return for a year from the registry as it stands (生成年报), or makes it again while it is a draft: the whole jurisdiction's establishment, frozen; later edits leave it as it is.",
  })
  async freezeAnnualReturn(
    @Arg('year', () => Int, { description: 'The year reported on (报告年度); its period must be open.' }) year: number,
    @Arg('bureauId', () => ID, { description: 'The bureau whose return it is (编办), in your jurisdiction.' }) bureauId: string,
    @Ctx() context: Context,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<AnnualReturn> {
    const period = await readReportingPeriod(context, year);
    if (!period) throw unknownReference('year', 'reporting period', year);
    const bureau = await referencedInJurisdiction(context, Bureau, 'bureauId', bureauId);
    const existing = await readAnnualReturn(context, year, bureau.id);
    // Refused before the figures are read (a province's take a second); checked again on the record loaded in the write.
    if (existing) requireStatus(existing, remakeable);
    const figures = await freezeFigures(context, bureau, period.cutoffOn);
    const frozenAt = new Date();
    if (existing) {
      return write.update(AnnualReturn, { id: String(existing.id) }, {}, (record) => {
        requireStatus(record, remakeable);
        record.figures = figures;
        record.frozenAt = frozenAt;
      });
    }
    return write.create(AnnualReturn, { bureauId }, async (em) => em.create(AnnualReturn, { period: period.id, bureau: bureau.id, figures, frozenAt }));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => AnnualReturn, {
    description:
      'Submits a return to the bureau above (报送), signed by the person answerable and the preparer; after the due date only with a reason, and a bureau with child bureaus only once all their returns are accepted.',
  })
  async submitAnnualReturn(
    @Arg('input', () => SubmitAnnualReturnInput) input: SubmitAnnualReturnInput,
    @Ctx() context: Context,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<AnnualReturn> {
    const { period, annualReturn } = await this.returnOf(context, input.year, input.bureauId);
    const blocking = (await checksOf(context.reads, annualReturn)).filter((found) => found.severity === CheckSeverity.BLOCKING);
    return write.update(AnnualReturn, { id: String(annualReturn.id), version: input.version }, {}, (record, em) => submitAnnualReturn(em, record, period, input, blocking));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => AnnualReturn, { description: 'Sends a submitted return back to its bureau with the reason (退回); the bureau above only.' })
  async returnAnnualReturn(
    @Arg('input', () => DecideAnnualReturnInput) input: DecideAnnualReturnInput,
    @Arg('returnReason', { description: 'Why it goes back (退回原因), at most 500 characters.' }) returnReason: string,
    @Ctx() context: Context,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<AnnualReturn> {
    const { annualReturn } = await this.returnDecidedBy(context, input);
    return write.update(AnnualReturn, { id: String(annualReturn.id), version: input.version }, {}, (record) => returnAnnualReturn(record, returnReason));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => AnnualReturn, { description: 'Accepts a submitted return (审核通过); the bureau above only, the province for its own.' })
  async acceptAnnualReturn(
    @Arg('input', () => DecideAnnualReturnInput) input: DecideAnnualReturnInput,
    @Ctx() context: Context,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<AnnualReturn> {
    const { annualReturn } = await this.returnDecidedBy(context, input);
    return write.update(AnnualReturn, { id: String(annualReturn.id), version: input.version }, {}, (record) => acceptAnnualReturn(record));
  }

  /** The period and a bureau's return in the jurisdiction, refused as unknown otherwise. */
  private async returnOf(context: Context, year: number, bureauId: string): Promise<{ period: ReportingPeriod; bureau: Bureau; annualReturn: AnnualReturn }> {
    const period = await readReportingPeriod(context, year);
    if (!period) throw unknownReference('year', 'reporting period', year);
    const bureau = await referencedInJurisdiction(context, Bureau, 'bureauId', bureauId);
    const annualReturn = await readAnnualReturn(context, year, bureau.id);
    if (!annualReturn) throw unknownReference('bureauId', 'annual return', bureauId);
    return { period, bureau, annualReturn };
  }

  /** A return the caller may decide on: from a bureau above it, or the province's own. */
  private async returnDecidedBy(context: Context, input: DecideAnnualReturnInput): Promise<{ annualReturn: AnnualReturn }> {
    const found = await this.returnOf(context, input.year, input.bureauId);
    if (!decides(context.jurisdiction.path, found.bureau)) throw forbidden('bureauId', 'DECIDED_ABOVE');
    return found;
  }

  @FieldResolver(() => Int, { description: 'The year reported on (报告年度).' })
  async year(@Root() annualReturn: AnnualReturn, @Ctx() context: Context): Promise<number> {
    return (await context.loaders.recordById(ReportingPeriod).load(annualReturn.period.id))!.year;
  }

  @FieldResolver(() => Bureau, { description: 'The bureau whose return it is (填报编办).' })
  async bureau(@Root() annualReturn: AnnualReturn, @Ctx() context: Context): Promise<Bureau> {
    return (await context.loaders.bureauById.load(annualReturn.bureau.id))!;
  }

  @FieldResolver(() => EstablishmentStatistics, { description: 'Institutions, quotas, staff and leadership positions of every existing institution of every kind in the jurisdiction (机构编制情况表), as frozen.' })
  establishment(@Root() annualReturn: AnnualReturn): EstablishmentStatistics {
    return annualReturn.figures.establishment;
  }

  @FieldResolver(() => StaffingStatistics, { description: "The survey's e-government units of the jurisdiction (电子政务机构), internal divisions left out, as frozen." })
  egovStaffing(@Root() annualReturn: AnnualReturn): StaffingStatistics {
    return annualReturn.figures.egovStaffing;
  }

  @FieldResolver(() => IndicatorStatistics, { description: "The survey's five e-government indicators of the jurisdiction (五项指标), as frozen." })
  indicators(@Root() annualReturn: AnnualReturn): IndicatorStatistics {
    return annualReturn.figures.indicators;
  }

  @FieldResolver(() => [ReturnCheck], {
    description:
      "The checks it fails now (审核结果): those of the registry when it was made, and, for a bureau with child bureaus, the comparison with their returns. A blocking one stops the submission.",
    complexity: listOf(Object.keys(ReturnCheckCode).length),
  })
  checks(@Root() annualReturn: AnnualReturn, @Ctx() context: Context): Promise<ReturnCheck[]> {
    return checksOf(context.reads, annualReturn);
  }

  @FieldResolver(() => [ComparisonRow], {
    nullable: true,
    description: "The return against the same bureau's return of the year before (与上年对比), row by row; null when there is none.",
    complexity: listOf(comparisonRowsCost),
  })
  async comparedWithLastYear(@Root() annualReturn: AnnualReturn, @Ctx() context: Context): Promise<ComparisonRow[] | null> {
    const year = (await context.loaders.recordById(ReportingPeriod).load(annualReturn.period.id))!.year;
    const lastYear = await readAnnualReturn(context, year - 1, annualReturn.bureau.id);
    return lastYear ? compareYears(annualReturn.figures, lastYear.figures) : null;
  }

  @FieldResolver(() => StaffProfile, { description: 'Active staff by gender, education and age band at the cut-off (实名制人员结构), as frozen.' })
  staffProfile(@Root() annualReturn: AnnualReturn): StaffProfile {
    return annualReturn.figures.staffProfile;
  }
}
