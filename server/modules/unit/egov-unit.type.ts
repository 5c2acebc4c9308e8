import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { InstitutionRank } from '../institution/institution-rank';

/**
 * The survey's view of an institution that is its bureau's e-government body
 * (`Institution.isEgovBody`): the same record, with the fields the survey and
 * integrators of the first release read. Resolvers hand it `Institution`s.
 */
@ObjectType({
  simpleResolvers: true,
  description: "An e-government unit (电子政务机构): the institution a bureau created to run its e-government work, as the survey counts it. The same record as the `Institution` of the same id.",
})
export class EGovUnit extends VersionedRecord {
  @Field(() => String, { description: 'Name of the unit (机构名称), e.g. 遵义市域名和信息管理中心.' })
  name!: string;

  @Field(() => InstitutionRank, { description: 'Rank of the unit (机构规格).' })
  rank!: InstitutionRank;

  @Field(() => DateScalar, { nullable: true, description: 'Date the unit was established (成立日期).' })
  establishedOn!: string | null;

  @Field(() => String, { description: 'Duties of the unit (主要职责).' })
  duties!: string;
}
