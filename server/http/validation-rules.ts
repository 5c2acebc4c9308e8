import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
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
 * quotas) is 7 levels; the largest the benchmarks send costs under 1,000.
 */
export const operationLimits = { depth: 12, aliases: 30, cost: 5000, tokens: 2000 };

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
    costLimitRule({ maxCost: operationLimits.cost, ignoreIntrospection: true, exposeLimits: true, ...reportAsValidationError }) as ValidationRule,
    ...(production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
}

/** The parser's own token limit stops a huge document before it is built (graphql-armor's token rule answers some inputs with a 500). */
export const parseOptions = { maxTokens: operationLimits.tokens };

export function parseOperation(query: string): DocumentNode {
  return parse(query, parseOptions);
}

/** GraphQL's own rules plus ours, for the WebSocket path. */
export function validateOperation(schema: GraphQLSchema, document: DocumentNode, production: boolean): readonly GraphQLError[] {
  const errors = validate(schema, document, [...specifiedRules, ...validationRules(production)]);
  if (production) for (const error of errors) error.message = error.message.replace(/ ?Did you mean(.+?)\?$/, '');
  return errors;
}
