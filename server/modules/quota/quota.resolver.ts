import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ReportsReadScope } from '../access/read-scope';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { Institution } from '../institution/institution.entity';
import { EGovUnit } from '../unit/egov-unit.type';
import { Quota } from './quota.entity';
import { CreateQuotaInput, QuotaFilter, QuotaSort, UpdateQuotaInput } from './quota.inputs';
import { createQuota, restorePredecessor, updateQuota } from './quota.service';
import { withinJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { AllowedFor, Audience } from '../access/operation-access';
import { listQuotas } from './quota.reads';

@ObjectType({ simpleResolvers: true, description: 'A page of quotas.' })
class QuotaPage extends Page(Quota, 'The quotas on this page.') {}

@Resolver(() => Quota)
export class QuotaResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => Quota, { nullable: true, description: 'One quota by id (编制).' })
  async quota(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Quota | null> {
    return withinJurisdiction(context, Quota, await context.loaders.quotaById.load(parseId('id', id)));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => QuotaPage, { description: 'Quotas matching a filter, sorted and paginated (编制列表).' })
  async quotas(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => QuotaFilter, { nullable: true }) filter?: QuotaFilter,
    @Arg('sort', () => QuotaSort, { nullable: true }) sort?: InstanceType<typeof QuotaSort>,
  ): Promise<QuotaPage> {
    const order = sort ?? new QuotaSort();
    return listQuotas(context, page, filter, order);
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Quota, { description: 'Records a quota approval; it supersedes the current quota of the same institution and category (核定编制).' })
  createQuota(@Arg('input', () => CreateQuotaInput) input: CreateQuotaInput, @RegistryWrite() write: RegistryWriter): Promise<Quota> {
    return write.create(Quota, input, (em) => createQuota(em, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Quota, { description: 'Corrects a quota record (更正编制记录).' })
  updateQuota(@Arg('input', () => UpdateQuotaInput) input: UpdateQuotaInput, @RegistryWrite() write: RegistryWriter): Promise<Quota> {
    return write.update(Quota, input, {}, (quota) => updateQuota(quota, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => ID, { description: 'Deletes a quota record; deleting the current one makes the quota it superseded current again (删除编制记录). Returns its id.' })
  deleteQuota(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<string> {
    return write.delete(Quota, { id, version }, { after: restorePredecessor });
  }

  @FieldResolver(() => ID, { description: 'Id of the institution the quota is for (所属机构).' })
  institutionId(@Root() quota: Quota): string {
    return String(quota.institution.id);
  }

  @FieldResolver(() => Institution, { description: 'Institution the quota is for (所属机构).' })
  async institution(@Root() quota: Quota, @Ctx() context: Context): Promise<Institution> {
    return (await context.loaders.institutionById.load(quota.institution.id))!;
  }

  @FieldResolver(() => ID, { description: 'Id of the institution the quota is for.', deprecationReason: 'Use institutionId: quotas belong to institutions.' })
  unitId(@Root() quota: Quota): string {
    return String(quota.institution.id);
  }

  @FieldResolver(() => EGovUnit, { description: 'The institution the quota is for, as an e-government unit.', deprecationReason: 'Use institution: quotas belong to institutions.' })
  async unit(@Root() quota: Quota, @Ctx() context: Context): Promise<Institution> {
    return (await context.loaders.institutionById.load(quota.institution.id))!;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the 三定 that set it (所属三定); null for an adjustment by its own document.' })
  approvalId(@Root() quota: Quota): string | null {
    return quota.approval ? String(quota.approval.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the quota in force (现行编制): not superseded by a later approval.' })
  current(@Root() quota: Quota): boolean {
    return quota.supersededOn === null;
  }

  @FieldResolver(() => Quota, { nullable: true, description: 'The earlier quota this approval superseded (被替代的原编制).' })
  replaces(@Root() quota: Quota, @Ctx() context: Context): Promise<Quota | null> | null {
    return quota.replaces ? context.loaders.quotaById.load(quota.replaces.id) : null;
  }
}
