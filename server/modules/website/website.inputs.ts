import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { SortInput } from '../../common/sort-input';
import { WebsiteNetwork } from './website-network';

@InputType({ description: 'A new website of a bureau (新增网站).' })
export class CreateWebsiteInput {
  @Field(() => ID, { description: 'Bureau the site belongs to (所属编办).' })
  bureauId!: string;

  @Field(() => WebsiteNetwork, { description: 'Network (内网或外网).' })
  network!: WebsiteNetwork;

  @Field(() => String, { description: 'Address (网址): an http(s) URL or a Chinese domain such as 贵州编办.政务.' })
  address!: string;

  @Field(() => String, { description: 'Title (网站名称).' })
  title!: string;

  @Field(() => DateScalar, { description: 'Date the site went live (开通日期).' })
  launchedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the last content update (最近更新日期); the launch date when left out.' })
  lastUpdatedOn?: string;
}

@InputType({ description: 'Changes to a website (修改网站); fields left out stay as they are.' })
export class UpdateWebsiteInput {
  @Field(() => ID, { description: 'Website to change.' })
  id!: string;

  @Field(() => Int, { description: 'Version of the website as last read; a stale version is refused (CONFLICT).' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Bureau the site belongs to (所属编办).' })
  bureauId?: string;

  @Field(() => WebsiteNetwork, { nullable: true, description: 'Network (内网或外网).' })
  network?: WebsiteNetwork;

  @Field(() => String, { nullable: true, description: 'Address (网址).' })
  address?: string;

  @Field(() => String, { nullable: true, description: 'Title (网站名称).' })
  title?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date the site went live (开通日期).' })
  launchedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the last content update (最近更新日期).' })
  lastUpdatedOn?: string;
}

@InputType({ description: 'Which websites to list (网站筛选条件); all conditions must hold.' })
export class WebsiteFilter {
  @Field(() => ID, { nullable: true, description: 'Sites of this bureau (所属编办).' })
  bureauId?: string;

  @Field(() => ID, { nullable: true, description: 'Sites of this bureau and every bureau under it (所辖范围).' })
  underBureauId?: string;

  @Field(() => WebsiteNetwork, { nullable: true, description: 'Network (内网或外网).' })
  network?: WebsiteNetwork;

  @Field(() => Boolean, { nullable: true, description: 'Only stale sites, or only fresh ones (是否长期未更新).' })
  stale?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the address or title (网址或名称包含).' })
  textContains?: string;
}

export const WebsiteSort = SortInput(
  'Website',
  { LAST_UPDATED_ON: 'lastUpdatedOn', LAUNCHED_ON: 'launchedOn', TITLE: 'title', UPDATED_AT: 'updatedAt' },
  { LAST_UPDATED_ON: 'Date of the last content update.', LAUNCHED_ON: 'Launch date.', TITLE: 'Title.', UPDATED_AT: 'Time of the last change to the record.' },
  'lastUpdatedOn',
);
