import { getOperationAST, Kind, type GraphQLError, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { reasonedError, unauthenticated } from '../../errors';
import type { Jurisdiction } from './jurisdiction';

/** Root fields anyone may call, without credentials. */
const publicFields = new Set(['login', '__typename', '__schema', '__type']);
/** Mutations every account may call on itself; each checks whose token it touches. */
const selfServiceMutations = new Set(['logout', 'revokeAccessToken', 'changePassword']);
const auditQueries = new Set(['auditEntries', 'accounts', 'account']);

function rootFieldNames(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFieldNames(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Decides, before anything runs, whether the caller may send this operation at
 * all: by its root fields and the caller's role. Where in the tree they may
 * act is decided record by record (Jurisdiction). Runs on HTTP and graphql-ws
 * alike; unknown root fields are left to validation.
 */
export function operationRefusal(document: DocumentNode, operationName: string | null | undefined, jurisdiction: Jurisdiction): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const fragments = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const fields = rootFieldNames(operation.selectionSet, fragments);
  const { principal } = jurisdiction;
  if (!principal) {
    const closed = fields.filter((field) => !publicFields.has(field));
    return closed.length ? unauthenticated('LOGIN_REQUIRED_FOR_FIELDS', { fields: closed.join(', ') }) : null;
  }
  for (const field of fields) {
    if (operation.operation === 'mutation' && !publicFields.has(field) && !selfServiceMutations.has(field) && !jurisdiction.canWrite) {
      return reasonedError('ROLE_READS_ONLY', { operation: field, role: principal.role }, { http: { status: 403 } });
    }
    if (operation.operation === 'query' && auditQueries.has(field) && !jurisdiction.readsAuditTrail) {
      return reasonedError('AUDIT_TRAIL_RESTRICTED', { operation: field }, { http: { status: 403 } });
    }
  }
  return null;
}
