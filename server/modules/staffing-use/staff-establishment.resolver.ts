import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { listOf, registrySizes } from '../../common/list-cost';
import type { Context } from '../../context';
import { withinJurisdiction } from '../access/record-access';
import { Institution } from '../institution/institution.entity';
import { Staff } from '../staff/staff.entity';
import { establishmentHistory } from './establishment-history.reads';
import { EstablishmentEvent } from './establishment-history.types';
import { StaffingUseApproval } from './staffing-use-approval.entity';

@Resolver(() => Staff)
export class StaffEstablishmentResolver {
  @FieldResolver(() => StaffingUseApproval, { nullable: true, description: 'The approval to use posts the person entered this post against (入编依据); null for recorded history.' })
  async entryApproval(@Root() staff: Staff, @Ctx() context: Context): Promise<StaffingUseApproval | null> {
    if (!staff.entryApproval) return null;
    return withinJurisdiction(context, StaffingUseApproval, await context.loaders.recordById(StaffingUseApproval).load(staff.entryApproval.id));
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The record the person left when transferred in (调出前记录); null when not transferred in, or when that record lies outside the caller's jurisdiction." })
  async transferredFrom(@Root() staff: Staff, @Ctx() context: Context): Promise<Staff | null> {
    if (!staff.transferredFrom) return null;
    return withinJurisdiction(context, Staff, await context.loaders.staffById.load(staff.transferredFrom.id));
  }

  @FieldResolver(() => [EstablishmentEvent], {
    complexity: listOf(registrySizes.establishmentEventsPerPerson),
    description:
      "The person's establishment history (编制沿革): every entry, exit and transfer of every post they held, by date, with its notice or document; posts outside the caller's jurisdiction are left out.",
  })
  async establishmentHistory(@Root() staff: Staff, @Ctx() context: Context): Promise<EstablishmentEvent[]> {
    // The person's posts anywhere in the jurisdiction, not only this record's place.
    context.readScope?.coverJurisdiction();
    return establishmentHistory(await context.loaders.postsHeldByNationalId.load(staff.nationalId), context.jurisdiction);
  }
}

@Resolver(() => EstablishmentEvent)
export class EstablishmentEventResolver {
  @FieldResolver(() => Institution, { description: 'Institution of the post (机构).' })
  async institution(@Root() event: EstablishmentEvent, @Ctx() context: Context): Promise<Institution> {
    return (await context.loaders.institutionById.load(event.institutionId))!;
  }
}
