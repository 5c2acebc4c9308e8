import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costRefusal } from './operation-cost';
import {
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Limits every operation must pass, over HTTP and over graphql-ws alike (Apollo's
 * validationRules do not reach the WebSocket path, so both take them from here).
 * The deepest query the API needs (province → prefectures → counties → units →
 * quotas) is 7 levels. The cost, which depends on the variables, is checked
 * after validation (operation-cost.ts): by a plugin over HTTP, here over graphql-ws.
 */
export const operationLimits = { depth: 12, aliases: 30, tokens: 2000 };

// graphql-armor throws from inside validation by default, which Apollo answers
// with a 500; reported as validation errors instead, they get a 400.
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** Production refuses introspection: the schema is for the team's own tools, not for whoever probes. */
export function validationRules(production: boolean): ValidationRule[] {
  return [
    maxDepthRule({ n: operationLimits.depth, exposeLimits: true, ...reportAsValidationError }) as ValidationRule,
    maxAliasesRule({ n: operationLimits.aliases, exposeLimits: true, ...reportAsValidationError }) as ValidationRule,
    ...(production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
}

/** The parser's own token limit stops a huge document before it is built (graphql-armor's token rule answers some inputs with a 500). */
export const parseOptions = { maxTokens: operationLimits.tokens };

export function parseOperation(query: string): DocumentNode {
  return parse(query, parseOptions);
}

/** GraphQL's own rules plus ours, then the cost with the request's variables, for the WebSocket path. */
export function validateOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  production: boolean,
  request: { variables?: Record<string, unknown> | null; operationName?: string | null } = {},
): readonly GraphQLError[] {
  const errors = validate(schema, document, [...specifiedRules, ...validationRules(production)]);
  if (production) for (const error of errors) error.message = error.message.replace(/ ?Did you mean(.+?)\?$/, '');
  if (errors.length) return errors;
  const refusal = costRefusal(schema, document, request.variables ?? undefined, request.operationName);
  return refusal ? [refusal] : [];
}
