import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './scalars';

/** What every stored record has: an id, a version for optimistic locking, and timestamps. */
@ObjectType({ simpleResolvers: true, description: 'Fields every stored record has.' })
export abstract class VersionedRecord {
  @Field(() => ID, { description: 'Identifier of the record.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int, {
    description: 'Version of the record, raised by every change; send it back with an update or delete so that a stale write is refused (CONFLICT).',
  })
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Field(() => DateTimeScalar, { description: 'When the record was created (创建时间).' })
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Field(() => DateTimeScalar, { description: 'When the record was last changed (更新时间).' })
  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
