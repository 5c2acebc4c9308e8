import { Entity, ManyToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Bureau } from '../bureau/bureau.entity';

/**
 * Raised by triggers, in the writing transaction, whenever anything that the
 * staffing figures of a bureau's own units depend on changes (a staffing cell,
 * a unit's bureau or rank). A server may keep those figures between requests
 * for as long as the version it read them at is current.
 */
@Entity({ tableName: 'bureau_staffing_version' })
export class BureauStaffingVersion {
  [PrimaryKeyProp]?: 'bureau';

  @ManyToOne(() => Bureau, { primary: true, ref: true, deleteRule: 'cascade' })
  bureau!: Ref<Bureau>;

  @Property({ type: 'bigint', default: 0 })
  version!: string;
}
