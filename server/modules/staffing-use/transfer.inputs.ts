import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';

@InputType({
  description:
    "A transfer (调动): the person leaves one institution (调出) and enters another against the receiving side's approval to use posts (调入), in one transaction.",
})
export class TransferStaffInput {
  @Field(() => ID, { description: 'Staff record of the person in the institution they leave (调出人员).' })
  id!: string;

  @Field(() => Int, { description: 'Version of that record as last read; a stale version is refused (CONFLICT).' })
  version!: number;

  @Field(() => ID, {
    description:
      "The receiving institution's approval to use posts (调入用编核准): one in the caller's jurisdiction, or one outside it that names this person (transfereeNationalId), which is how the receiving jurisdiction consents.",
  })
  approvalId!: string;

  @Field(() => DateScalar, { description: 'Date of the transfer (调动日期): the day the person leaves and enters; within the approval\'s validity, not in the future.' })
  transferredOn!: string;

  @Field(() => String, { description: 'Number of the transfer document (调动文件号).' })
  documentNumber!: string;

  @Field(() => String, { nullable: true, description: 'Position in the receiving institution (调入后职务); the current one when left out.' })
  position?: string | null;
}
