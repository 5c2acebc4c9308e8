import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  astFromValue,
  execute,
  GraphQLError,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  printSchema,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];

/** Operations compiled per document Apollo parsed (it keeps one per query text), by operation name. */
const mostOperationsPerDocument = 16;

/**
 * Executes queries with graphql-jit: compiled once per document and operation
 * into a function, instead of graphql-js interpreting the document field by
 * field on every request (a county's 500 institutions with their staffing,
 * some 18,000 fields, took 27 % of a busy profile in graphql-js). Mutations,
 * which are few and where graphql-js's serial execution and error reporting
 * are what the write pipeline was built and tested on, stay with graphql-js.
 * Apollo Server 5 takes another executor only through its gateway interface,
 * which this implements over our own schema: parsing, validation, plugins and
 * error formatting stay Apollo's. Subscriptions go through graphql-ws, which
 * runs graphql-js.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | ExecutionResult => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let found = byOperation.get(key);
    if (!found) {
      found = compileQuery(schema, document, operationName);
      if (byOperation.size >= mostOperationsPerDocument) byOperation.delete(byOperation.keys().next().value!);
      byOperation.set(key, found);
    }
    return found;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return {
        executor: async ({ document, request, context, operation }) => {
          const variables = request.variables ?? {};
          const operationName = request.operationName ?? undefined;
          if (operation?.operation !== 'query') return (await execute({ schema, document, contextValue: context, variableValues: variables, operationName })) as ExecutionResult<Record<string, unknown>>;
          const query = compiledFor(document, operationName);
          if (!isCompiledQuery(query)) return query;
          // graphql-js judges the variables, so that a bad one is refused in its words, which Apollo answers as BAD_USER_INPUT.
          const judged = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
          if (judged.errors) return { errors: judged.errors };
          const result = (await query.query(undefined, context, withDefaults(schema, operation.variableDefinitions ?? [], variables))) as ExecutionResult<Record<string, unknown>>;
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors as graphql-js makes them: its own error class leaves
 * `extensions` undefined when the resolver's error has none (a driver's
 * error when the database goes away), and Apollo then fails to read the code
 * before our formatError can say DATABASE_UNAVAILABLE.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error instanceof GraphQLError && error.extensions) return error;
  const made = new GraphQLError(error.message, { path: error.path, originalError: (error.originalError as Error | undefined) ?? undefined, extensions: error.extensions ?? {} });
  Object.defineProperty(made, 'locations', { value: error.locations, enumerable: true });
  return made;
}

/**
 * The variables with the defaults the client left to the schema written in:
 * of the variables themselves and of input object fields, in the client's
 * own terms (enum names, not their values). graphql-jit 0.8.9 refuses a
 * non-null variable or input field left out even when it has a default.
 */
function withDefaults(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], variables: Record<string, unknown>): Record<string, unknown> {
  const filled = (value: unknown, type: GraphQLInputType): unknown => {
    const nullable = getNullableType(type);
    if (value === null || value === undefined) return value;
    if (isListType(nullable)) return Array.isArray(value) ? value.map((item) => filled(item, nullable.ofType)) : filled(value, nullable.ofType);
    if (!isInputObjectType(nullable) || typeof value !== 'object') return value;
    const given = value as Record<string, unknown>;
    const result: Record<string, unknown> = { ...given };
    for (const field of Object.values(nullable.getFields())) {
      if (field.name in given) result[field.name] = filled(given[field.name], field.type);
      else if (field.defaultValue !== undefined) {
        const written = astFromValue(field.defaultValue, field.type);
        if (written) result[field.name] = valueFromASTUntyped(written);
      }
    }
    return result;
  };
  const result: Record<string, unknown> = { ...variables };
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    if (!(name in result) && definition.defaultValue) result[name] = valueFromASTUntyped(definition.defaultValue);
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (type && name in result) result[name] = filled(result[name], type);
  }
  return result;
}
