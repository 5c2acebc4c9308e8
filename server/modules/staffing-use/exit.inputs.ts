import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { ExitReason } from './exit-reason';

@InputType({ description: 'A person leaving the establishment (出编): the record stays, inactive, with the reason, date and document.' })
export class ExitEstablishmentInput {
  @Field(() => ID, { description: 'Staff record of the person leaving (实名制人员).' })
  id!: string;

  @Field(() => Int, { description: 'Version of the record as last read; a stale version is refused (CONFLICT).' })
  version!: number;

  @Field(() => ExitReason, { description: 'Why (出编原因).' })
  reason!: ExitReason;

  @Field(() => DateScalar, { description: 'Date of leaving (出编日期): not before entry, not in the future.' })
  exitedOn!: string;

  @Field(() => String, { description: 'Number of the document (出编文件号), e.g. the retirement approval.' })
  documentNumber!: string;
}
