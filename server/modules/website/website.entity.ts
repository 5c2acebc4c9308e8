import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { Bureau } from '../bureau/bureau.entity';
import { WebsiteNetwork } from './website-network';
import { PlacedBy } from '../access/placement';

@ObjectType({ simpleResolvers: true, description: "A bureau's website (网站) on the intranet or the extranet. A bureau's site indicators are derived from its websites." })
@Entity({ tableName: 'website' })
export class Website extends VersionedRecord {
  @PlacedBy({ called: 'website' })
  @ManyToOne(() => Bureau, { ref: true, deleteRule: 'restrict', index: 'website_bureau_id_index' })
  bureau!: Ref<Bureau>;

  @Field(() => WebsiteNetwork, { description: 'Network the site is published on (内网或外网).' })
  @Enum({ items: () => WebsiteNetwork, type: 'string' })
  network!: WebsiteNetwork;

  @Field(() => String, { description: 'Address (网址): an http(s) URL or a Chinese domain name such as 贵州编办.政务.' })
  @Property({ type: 'string', length: 255 })
  address!: string;

  @Field(() => String, { description: 'Title of the site (网站名称).' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => DateScalar, { description: 'Date the site went live (开通日期).' })
  @Property({ type: 'date' })
  launchedOn!: string;

  @Field(() => DateScalar, { description: 'Date of the last content update (最近更新日期).' })
  @Property({ type: 'date' })
  lastUpdatedOn!: string;
}
