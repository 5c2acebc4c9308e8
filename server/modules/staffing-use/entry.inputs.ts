import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { PersonInput } from '../staff/person.inputs';

@InputType({ description: 'A person entering the establishment against an approval to use posts (入编): the category and tier are the approval\'s; one of its posts is used.' })
export class EnterEstablishmentInput extends PersonInput {
  @Field(() => ID, { description: 'The approval to use posts the entry is made against (用编核准).' })
  approvalId!: string;

  @Field(() => DateScalar, { description: 'Date of entry into the establishment (入编日期): within the approval\'s validity.' })
  enteredOn!: string;
}
