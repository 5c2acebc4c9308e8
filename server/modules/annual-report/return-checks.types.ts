import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listOf } from '../../common/list-cost';

/** The checks (审核规则) a return passes before it is submitted. */
export enum ReturnCheckCode {
  TOTALS_DISAGREE = 'TOTALS_DISAGREE',
  MISSING_CREDIT_CODE = 'MISSING_CREDIT_CODE',
  CHILDREN_DISAGREE = 'CHILDREN_DISAGREE',
  OVER_STAFFED = 'OVER_STAFFED',
  CHANGED_SINCE_CUTOFF = 'CHANGED_SINCE_CUTOFF',
}

registerEnumType(ReturnCheckCode, {
  name: 'ReturnCheckCode',
  description: 'A check of a return (审核规则), by its stable code.',
  valuesConfig: {
    TOTALS_DISAGREE: { description: "A table's total differs from the sum of its rows (表内平衡): blocking." },
    MISSING_CREDIT_CODE: { description: 'Institutions without a unified social credit code (缺统一社会信用代码): blocking.' },
    CHILDREN_DISAGREE: { description: "The return differs from its own level plus its child bureaus' returns (上下级不平衡), or a child's return is not accepted: blocking." },
    OVER_STAFFED: { description: 'Institutions over their approved headcount (超编), to be explained: a warning.' },
    CHANGED_SINCE_CUTOFF: { description: 'Institutions changed or staff entered or left after the cut-off date (截止日后变动): a warning.' },
  },
});

/** Whether a failed check stops the submission. */
export enum CheckSeverity {
  BLOCKING = 'BLOCKING',
  WARNING = 'WARNING',
}

registerEnumType(CheckSeverity, {
  name: 'CheckSeverity',
  description: 'Whether a check that fails stops the submission (审核级别).',
  valuesConfig: { BLOCKING: { description: 'Stops the submission (强制性).' }, WARNING: { description: 'Shown, does not stop it (提示性).' } },
});

/** Most rows a check lists; `rowCount` says how many there are. */
export const checkRowsShown = 50;

@ObjectType({ simpleResolvers: true, description: 'One row a check concerns (问题行): an institution, a bureau, or a table.' })
export class ReturnCheckRow {
  @Field(() => ID, { nullable: true, description: 'The institution concerned (机构), if any.' })
  institutionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name (机构名称), as it stood.' })
  institutionName!: string | null;

  @Field(() => String, { nullable: true, description: 'The division code of the bureau concerned (编办代码), if any.' })
  bureauCode!: string | null;

  @Field(() => String, { description: 'What is wrong with the row (说明), in Chinese.' })
  detail!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A check that a return fails (审核结果): its code, severity, message in Chinese and English, and the rows it concerns.' })
export class ReturnCheck {
  @Field(() => ReturnCheckCode, { description: 'The stable code of the check (规则代码).' })
  code!: ReturnCheckCode;

  @Field(() => CheckSeverity, { description: 'Whether it stops the submission (审核级别).' })
  severity!: CheckSeverity;

  @Field(() => String, { description: 'What fails, in Chinese (说明).' })
  message!: string;

  @Field(() => String, { description: 'What fails, in English.' })
  messageEn!: string;

  @Field(() => Int, { description: 'How many rows it concerns (问题行数).' })
  rowCount!: number;

  @Field(() => [ReturnCheckRow], { description: `The rows it concerns, at most ${checkRowsShown}.`, complexity: listOf(checkRowsShown) })
  rows!: ReturnCheckRow[];
}
