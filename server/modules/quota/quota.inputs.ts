import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { SortInput } from '../../common/sort-input';
import { QuotaCategory } from './quota-category';

@InputType({ description: 'A new quota approval (核定编制): supersedes the current quota of the same institution and category, which stays in the history. An adjustment of one category by its own document; a 三定 sets every category at once.' })
export class CreateQuotaInput {
  @Field(() => ID, { description: 'Institution the quota is for (所属机构).' })
  institutionId!: string;

  @Field(() => QuotaCategory, { description: 'Category (编制类别).' })
  category!: QuotaCategory;

  @Field(() => Int, { description: 'Approved headcount (编制数), zero or more.' })
  approvedHeadcount!: number;

  @Field(() => String, { description: 'Number of the approval document (批文号).' })
  documentNumber!: string;

  @Field(() => DateScalar, { description: 'Date the quota takes effect (生效日期); not before the current quota\'s.' })
  effectiveOn!: string;
}

@InputType({ description: 'Corrections to a quota record (更正编制记录); fields left out stay as they are. A new approval is a new quota, not an update.' })
export class UpdateQuotaInput {
  @Field(() => ID, { description: 'Quota to correct.' })
  id!: string;

  @Field(() => Int, { description: 'Version of the quota as last read; a stale version is refused (CONFLICT).' })
  version!: number;

  @Field(() => Int, { nullable: true, description: 'Approved headcount (编制数).' })
  approvedHeadcount?: number;

  @Field(() => String, { nullable: true, description: 'Number of the approval document (批文号).' })
  documentNumber?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date the quota takes effect (生效日期).' })
  effectiveOn?: string;
}

@InputType({ description: 'Which quotas to list (编制筛选条件); all conditions must hold.' })
export class QuotaFilter {
  @Field(() => ID, { nullable: true, description: 'Quotas of this institution (所属机构).' })
  institutionId?: string;

  @Field(() => ID, { nullable: true, description: 'Quotas of institutions of this bureau and every bureau under it (所辖范围).' })
  underBureauId?: string;

  @Field(() => QuotaCategory, { nullable: true, description: 'Category (编制类别).' })
  category?: QuotaCategory;

  @Field(() => Boolean, { nullable: true, description: 'true: only current quotas; false: only superseded ones (现行/历史).' })
  current?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the approval document number (批文号包含).' })
  documentNumberContains?: string;
}

export const QuotaSort = SortInput(
  'Quota',
  { EFFECTIVE_ON: 'effectiveOn', APPROVED_HEADCOUNT: 'approvedHeadcount', CATEGORY: 'category', UPDATED_AT: 'updatedAt' },
  { EFFECTIVE_ON: 'Effective date.', APPROVED_HEADCOUNT: 'Approved headcount.', CATEGORY: 'Category.', UPDATED_AT: 'Time of the last change.' },
  'effectiveOn',
);
