import { SortInput } from '../../common/sort-input';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';

@InputType({ description: 'Which audit entries to list (审计记录筛选条件); all conditions must hold.' })
export class AuditEntryFilter {
  @Field(() => String, { nullable: true, description: 'Type of the record changed (记录类型), e.g. Staff, Bureau, Quota, EGovUnit, Website, Account, AccessToken.' })
  recordType?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the record changed (记录编号); use with recordType.' })
  recordId?: string;

  @Field(() => Int, { nullable: true, description: 'Changes made by this account (操作人账号).' })
  actorAccountId?: number;

  @Field(() => String, { nullable: true, description: 'Changes made by the account with this username (操作人).' })
  actorUsername?: string;

  @Field(() => String, { nullable: true, description: 'Changes made by this mutation (操作), e.g. updateStaff.' })
  operation?: string;

  @Field(() => ID, { nullable: true, description: 'Changes to records under this bureau, the bureau included, before or after the change (所辖范围).' })
  underBureauId?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Made at or after this time (时间起).' })
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Made before this time (时间止).' })
  before?: Date;
}

/** Newest first by default; occurredAt follows the id, which is drawn in commit order. */
export const AuditEntrySort = SortInput(
  'AuditEntry',
  { OCCURRED_AT: 'id', OPERATION: 'operation', RECORD_TYPE: 'recordType', ACTOR_USERNAME: 'actorUsername' },
  { OCCURRED_AT: 'When it happened (时间).', OPERATION: 'Operation (操作).', RECORD_TYPE: 'Record type (记录类型).', ACTOR_USERNAME: 'Who did it (操作人).' },
  'id',
);
