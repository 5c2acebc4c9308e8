import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Limits every operation must pass, over HTTP and over graphql-ws alike (Apollo's
 * validationRules do not reach the WebSocket path, so both take them from here).
 * The deepest query the API needs (province → prefectures → counties → units →
 * quotas) is 7 levels.
 */
// graphql-armor throws from inside validation by default, which Apollo answers
// with a 500; reported as validation errors instead, they get a 400.
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export const validationRules: ValidationRule[] = [
  maxDepthRule({ n: 12, exposeLimits: true, ...reportAsValidationError }) as ValidationRule,
  maxAliasesRule({ n: 30, exposeLimits: true, ...reportAsValidationError }) as ValidationRule,
];

/** graphql-ws's `validate`: GraphQL's own rules plus ours. */
export function validateOperation(schema: GraphQLSchema, document: DocumentNode) {
  return validate(schema, document, [...specifiedRules, ...validationRules]);
}
