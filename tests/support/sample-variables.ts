import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { maximumPageSize } from '../../server/common/list-arguments';

/** A valid value of every scalar the schema takes as input. */
const scalarSamples: Record<string, unknown> = {
  ID: '1',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  LocalDate: '2012-06-01',
  DateTimeISO: '2012-06-01T00:00:00Z',
  JSONObject: {},
};

/** A value that coerces to `type`: required fields only, lists of one, the first enum value. */
export function sampleValue(schema: GraphQLSchema, type: GraphQLInputType, name = ''): unknown {
  if (isNonNullType(type)) return sampleValue(schema, type.ofType, name);
  if (isListType(type)) return [sampleValue(schema, type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, sampleValue(schema, field.type, field.name)]));
  }
  if (isScalarType(type) && type.name === 'Int' && name === 'limit') return maximumPageSize;
  const sample = scalarSamples[getNamedType(type).name];
  if (sample === undefined) throw new Error(`no sample for the scalar ${getNamedType(type).name}: add one`);
  return sample;
}

/** Variables for an operation, each at its largest where that matters (every `limit` is the largest page). */
export function largestVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, sampleValue(schema, typeFromAST(schema, definition.type as never) as GraphQLInputType, definition.variable.name.value)]),
  );
}
