import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getVariableValues, GraphQLError, getOperationAST, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { argumentsTheCostReads, pageOfLimit } from '../common/list-cost';
import { reasonExtensions } from '../errors';

/**
 * The largest cost an operation may have: about the number of values it can
 * return (see server/common/list-cost.ts). A page of 1,000 records of the
 * admin client's widest list costs under 50,000; the largest document the
 * admin client, the tests and the benchmarks send, with their largest
 * variables, is checked against it by tests/operation-cost.test.ts.
 */
export const maximumOperationCost = 100_000;

/** Fields declaring their cost (`complexity`) first; then a page's `limit`; anything else costs one plus what is under it. */
const estimators: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  (options) => (options.field.args.some((argument) => argument.name === 'limit') ? pageOfLimit(options) : undefined),
  simpleEstimator({ defaultComplexity: 1 }),
];

/** Thrown by the library past its count of nodes (fragments spread into each other, exponentially). */
const tooManyNodes = /maximum allowed number of nodes/;

/**
 * The cost of the operation to be run, with its variables; undefined when there
 * is no such operation or the variables do not fit it (execution then refuses
 * the whole operation, naming them). Throws what makes an argument unusable.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return undefined;
  try {
    return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operation.name?.value, estimators });
  } catch (error) {
    if (error instanceof GraphQLError && tooManyNodes.test(error.message)) return Infinity;
    throw error;
  }
}

/**
 * A validation error (400 over HTTP) when the operation costs more than the
 * limit. An argument whose value cannot be used (a null for a non-null
 * argument, through a nullable variable) is refused here as bad input: the
 * cost could not count that field, and the rest must not run uncounted.
 */
export function costRefusal(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): GraphQLError | undefined {
  let cost: number | undefined;
  try {
    cost = rememberedCost(schema, document, variables, operationName);
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'an argument could not be read';
    const argument = /^Argument "(\w+)"/.exec(message)?.[1] ?? '';
    return new GraphQLError(message, { extensions: { ...reasonExtensions('ARGUMENT_INVALID', { argument }), http: { status: 400 } } });
  }
  if (cost === undefined || cost <= maximumOperationCost) return undefined;
  const stated = Number.isFinite(cost) ? String(cost) : `over ${maximumOperationCost}`;
  return new GraphQLError(`The operation's cost is ${stated}, over the limit of ${maximumOperationCost}: ask for fewer rows (a smaller limit) or fewer nested lists`, {
    extensions: { ...reasonExtensions('QUERY_TOO_COSTLY', { maximum: maximumOperationCost, found: Number.isFinite(cost) ? cost : maximumOperationCost + 1 }), http: { status: 400 } },
  });
}

/**
 * Costs already computed, per parsed document (Apollo keeps one per query
 * text), operation and values of the variables the cost reads (a page's
 * `limit`; a bureau's code or a filter changes nothing): walking the document
 * costs about 0.1 ms, a tenth of a small query's whole time. Only costs are
 * kept, never "could not tell" (variables that do not fit), which must not
 * stand for the next request's. Bounded per document.
 */
const knownCosts = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
const costsKeptPerDocument = 64;

/** The variables a document passes to the arguments the cost reads, wherever they are. */
function variablesTheCostReads(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (argumentsTheCostReads.has(argument.name.value)) visit(argument.value, { Variable: (variable) => void names.add(variable.name.value) });
    },
  });
  return [...names];
}

function rememberedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number | undefined {
  let known = knownCosts.get(document);
  if (!known) knownCosts.set(document, (known = { variables: variablesTheCostReads(document), costs: new Map() }));
  const given = variables ?? {};
  const key = JSON.stringify([operationName ?? null, ...known.variables.map((name) => (name in given ? given[name] : { absent: true }))]);
  const remembered = known.costs.get(key);
  if (remembered !== undefined) return remembered;
  const cost = operationCost(schema, document, variables, operationName);
  if (cost === undefined) return undefined;
  if (known.costs.size >= costsKeptPerDocument) known.costs.delete(known.costs.keys().next().value!);
  known.costs.set(key, cost);
  return cost;
}

/**
 * The cost depends on the variables, which Apollo's validation rules do not
 * see (and Apollo caches validation per document): checked once the operation
 * is known, before anything runs or is read from the response cache.
 */
export function operationCostLimit<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const refusal = costRefusal(schema, document, request.variables, request.operationName);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
