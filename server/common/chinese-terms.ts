import { isEnumType, type GraphQLSchema } from 'graphql';

/**
 * The Chinese term of an enum value, as its GraphQL description gives it in
 * parentheses ("Party organ (党委部门)."), so that workbooks speak as the
 * schema does; the value itself where there is none.
 */
export function chineseTermOf(schema: GraphQLSchema, enumName: string, value: string): string {
  const type = schema.getType(enumName);
  const description = isEnumType(type) ? type.getValue(value)?.description ?? '' : '';
  const terms = [...description.matchAll(/[（(]([^（）()]*[\u4e00-\u9fff][^（）()]*)[）)]/g)].map((match) => match[1]);
  return terms[0]?.split(/[,，]/)[0].trim() || value;
}

/** Every value of an enum with its Chinese term, in the schema's order: a workbook's allowed list, read both ways. */
export function chineseTermsOf(schema: GraphQLSchema, enumName: string): { value: string; term: string }[] {
  const type = schema.getType(enumName);
  if (!isEnumType(type)) throw new Error(`${enumName} is not an enum of the schema`);
  return type.getValues().map((value) => ({ value: value.value as string, term: chineseTermOf(schema, enumName, value.name) }));
}
