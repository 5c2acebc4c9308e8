import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';

/** A page of a list query: the rows asked for and how many match in all. */
export function Page<Item extends object>(itemType: ClassType<Item>, itemsDescription: string) {
  @ObjectType({ simpleResolvers: true, description: 'A page of results.' })
  abstract class PageClass {
    @Field(() => [itemType], { description: itemsDescription })
    items!: Item[];

    @Field(() => Int, { description: 'Number of records matching the filter, over all pages (总数).' })
    totalCount!: number;
  }
  return PageClass;
}
