import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { QuotaCategory } from '../quota/quota-category';

@InputType({ description: 'The approved headcount of one quota category in a 三定 (核定编制).' })
export class CategoryHeadcountInput {
  @Field(() => QuotaCategory, { description: 'Quota category (编制类别).' })
  category!: QuotaCategory;

  @Field(() => Int, { description: 'Approved headcount (编制数), 0 or more.' })
  headcount!: number;
}

@InputType({ description: "A new 三定 of an institution (三定批复): it supersedes the current one, its quotas and internal bodies, which stay in the history." })
export class ApproveEstablishmentInput {
  @Field(() => ID, { description: 'Institution approved (机构).' })
  institutionId!: string;

  @Field(() => String, { description: 'Number of the approval document (批文号).' })
  documentNumber!: string;

  @Field(() => DateScalar, { description: 'Date of the approval, from which it applies (批复日期); not before the current one.' })
  approvedOn!: string;

  @Field(() => String, { description: 'Main functions (主要职责).' })
  mainFunctions!: string;

  @Field(() => [String], { description: 'Internal bodies (内设机构), by name: new names are set up, existing ones not named are abolished.' })
  internalBodyNames!: string[];

  @Field(() => [CategoryHeadcountInput], { description: 'Approved headcount per quota category (编制); a category left out has none from this date.' })
  quotas!: CategoryHeadcountInput[];

  @Field(() => Int, { description: "Positions of the institution's head (正职领导职数)." })
  principalPositions!: number;

  @Field(() => Int, { description: 'Deputy-head positions (副职领导职数).' })
  deputyPositions!: number;

  @Field(() => Int, { description: "Positions of internal bodies' heads (内设机构领导职数)." })
  internalHeadPositions!: number;
}
