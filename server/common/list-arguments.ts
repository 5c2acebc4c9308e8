import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';
import { badUserInput } from '../errors';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Direction of a sort (排序方向).',
  valuesConfig: { ASC: { description: 'Ascending (升序).' }, DESC: { description: 'Descending (降序).' } },
});

export const maximumPageSize = 1000;

@ArgsType()
export class PageArguments {
  @Field(() => Int, { defaultValue: 50, description: `Largest number of records to return (每页条数), 0 to ${maximumPageSize}.` })
  limit: number = 50;

  @Field(() => Int, { defaultValue: 0, description: 'Number of matching records to skip (偏移量).' })
  offset: number = 0;
}

export function checkPage({ limit, offset }: PageArguments): void {
  if (limit < 0 || limit > maximumPageSize) throw badUserInput('limit', 'LIMIT_OUT_OF_RANGE', { maximum: maximumPageSize });
  if (offset < 0) throw badUserInput('offset', 'NEGATIVE_NUMBER');
}
