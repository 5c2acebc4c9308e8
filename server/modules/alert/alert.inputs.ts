import { Field, ID, InputType } from 'type-graphql';
import { SortInput } from '../../common/sort-input';
import { QuotaCategory } from '../quota/quota-category';
import { AlertKind } from './alert-enums';
import { LeadershipTier } from '../establishment/leadership-tier';
import { DateTimeScalar } from '../../common/scalars';

@InputType({ description: 'Which alerts to list (预警筛选条件); all conditions must hold.' })
export class QuotaAlertFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: open alerts only; false: resolved ones only (未解除/已解除).' })
  open?: boolean;

  @Field(() => AlertKind, { nullable: true, description: 'Kind (预警类型).' })
  kind?: AlertKind;

  @Field(() => QuotaCategory, { nullable: true, description: 'Quota category (编制类别).' })
  category?: QuotaCategory;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier of over-positions alerts (领导职数层级).' })
  tier?: LeadershipTier;

  @Field(() => ID, { nullable: true, description: 'Alerts of institutions under this bureau, the bureau included (所辖范围).' })
  underBureauId?: string;

  @Field(() => ID, { nullable: true, description: 'Alerts of this institution (机构).' })
  institutionId?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Raised at or after this time (预警时间起).' })
  raisedFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Raised before this time (预警时间止).' })
  raisedBefore?: Date;
}

export const QuotaAlertSort = SortInput(
  'QuotaAlert',
  { RAISED_AT: 'raisedAt', RESOLVED_AT: 'resolvedAt', INSTITUTION_NAME: 'institutionName' },
  { RAISED_AT: 'When raised.', RESOLVED_AT: 'When resolved.', INSTITUTION_NAME: 'Institution name.' },
  'raisedAt',
);
