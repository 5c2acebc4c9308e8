import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { Education, Gender } from './staff-enums';

/** A person's own facts as a staff record holds them: the same whether recorded from the register or entered against an approval. Inputs extend it. */
@InputType({ description: "A person's own facts (人员基本信息), shared by the inputs that record a person." })
export abstract class PersonInput {
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
}
