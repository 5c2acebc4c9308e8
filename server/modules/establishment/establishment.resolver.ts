import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AllowedFor, Audience } from '../access/operation-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { loadInstitutionReference } from '../institution/institution-reference';
import { Institution } from '../institution/institution.entity';
import { Quota } from '../quota/quota.entity';
import { listOf } from '../../common/list-cost';
import { QuotaCategory } from '../quota/quota-category';
import { EstablishmentApproval } from './establishment-approval.entity';
import { ApproveEstablishmentInput } from './establishment.inputs';
import { approveEstablishment } from './establishment.service';

@Resolver(() => EstablishmentApproval)
export class EstablishmentResolver {
  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => EstablishmentApproval, { description: "Records an institution's new 三定 (三定批复), superseding the current one with its quotas and internal bodies." })
  approveEstablishment(@Arg('input', () => ApproveEstablishmentInput) input: ApproveEstablishmentInput, @RegistryWrite() write: RegistryWriter): Promise<EstablishmentApproval> {
    return write.create(EstablishmentApproval, input, async (em) => approveEstablishment(em, await loadInstitutionReference(em, 'institutionId', input.institutionId), input));
  }

  @FieldResolver(() => ID, { description: 'Id of the institution approved (机构).' })
  institutionId(@Root() approval: EstablishmentApproval): string {
    return String(approval.institution.id);
  }

  @FieldResolver(() => Institution, { description: 'Institution approved (机构).' })
  async institution(@Root() approval: EstablishmentApproval, @Ctx() context: Context): Promise<Institution> {
    return (await context.loaders.institutionById.load(approval.institution.id))!;
  }

  @FieldResolver(() => [Quota], { description: 'Quotas this 三定 set (核定编制), per category.', complexity: listOf(Object.keys(QuotaCategory).length) })
  async quotas(@Root() approval: EstablishmentApproval, @Ctx() context: Context): Promise<Quota[]> {
    const quotas = await context.loaders.quotasByInstitutionId.load(approval.institution.id);
    return quotas.filter((quota) => quota.approval?.id === approval.id);
  }
}
