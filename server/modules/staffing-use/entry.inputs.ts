import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { Education, Gender } from '../staff/staff-enums';

@InputType({ description: 'A person entering the establishment against an approval to use posts (入编): the category and tier are the approval\'s; one of its posts is used.' })
export class EnterEstablishmentInput {
  @Field(() => ID, { description: 'The approval to use posts the entry is made against (用编核准).' })
  approvalId!: string;

  @Field(() => String, { description: 'Full name (姓名).' })
  name!: string;

  @Field(() => String, { description: 'National ID number (公民身份号码), 18 characters with a valid GB 11643 check character.' })
  nationalId!: string;

  @Field(() => Gender, { nullable: true, description: 'Gender (性别); taken from the ID number when left out, and must agree with it when given.' })
  gender?: Gender;

  @Field(() => DateScalar, { nullable: true, description: 'Birth date (出生日期); taken from the ID number when left out, and must agree with it when given.' })
  birthDate?: string;

  @Field(() => Education, { description: 'Highest education (学历).' })
  education!: Education;

  @Field(() => String, { description: 'Position held (职务).' })
  position!: string;

  @Field(() => DateScalar, { description: 'Date of entry into the establishment (入编日期): within the approval\'s validity.' })
  enteredOn!: string;
}
