import { Field, InputType, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { SortDirection } from './list-arguments';

/**
 * The enum of sortable fields of one record type (values are entity property
 * names) and the sort input that uses it, named `<Type>SortField` and `<Type>Sort`.
 */
export function SortInput<Fields extends Record<string, string>>(
  typeName: string,
  fields: Fields,
  descriptions: { [Key in keyof Fields]: string },
  defaultField: Fields[keyof Fields],
): ClassType<{ field: Fields[keyof Fields]; direction: SortDirection }> {
  registerEnumType(fields, {
    name: `${typeName}SortField`,
    description: `Field to sort ${typeName} records by.`,
    valuesConfig: Object.fromEntries(Object.keys(fields).map((key) => [key, { description: descriptions[key] }])) as never,
  });

  @InputType(`${typeName}Sort`, { description: `Order of a ${typeName} list (排序).` })
  class Sort {
    @Field(() => fields, { defaultValue: defaultField, description: 'Field to sort by.' })
    field: Fields[keyof Fields] = defaultField;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
    direction: SortDirection = SortDirection.ASC;
  }
  return Sort;
}
