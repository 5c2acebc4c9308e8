import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { withinJurisdiction } from '../access/record-access';
import { InstitutionChange } from './institution-change.entity';
import { Institution } from './institution.entity';

@Resolver(() => InstitutionChange)
export class InstitutionHistoryResolver {
  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The other institution of the change (关联机构): the survivor of a merger, the one merged in, the new supervisor, where staff transferred; null when none, or outside your jurisdiction.',
  })
  async otherInstitution(@Root() change: InstitutionChange, @Ctx() context: Context): Promise<Institution | null> {
    if (!change.otherInstitution) return null;
    return withinJurisdiction(context, Institution, await context.loaders.institutionById.load(change.otherInstitution.id));
  }
}
