import { getOperationAST, type GraphQLError, type DocumentNode, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { rootFieldNames } from '../../common/root-fields';
import { Extensions } from 'type-graphql';
import { reasonedError, unauthenticated } from '../../errors';
import type { Jurisdiction } from './jurisdiction';

/** Who may call an operation at all; where in the tree they may act is decided record by record (Jurisdiction). */
export enum Audience {
  /** Anyone, without credentials (logging in). */
  EVERYONE = 'EVERYONE',
  /** Any account: reads of its jurisdiction, and changes to its own session and password. */
  ACCOUNTS = 'ACCOUNTS',
  /** Auditors and administrators: the audit trail and the accounts. */
  AUDIT_READERS = 'AUDIT_READERS',
  /** Administrators: changes to the registry and its accounts. */
  ADMINISTRATORS = 'ADMINISTRATORS',
}

const extensionName = 'allowedAudience';

/** Declares, on a query, mutation or subscription, who may call it; one checker reads it for every operation before anything runs. */
export function AllowedFor(audience: Audience): MethodDecorator {
  return Extensions({ [extensionName]: audience }) as MethodDecorator;
}

/** GraphQL's own root fields, which tell only about the schema. */
const introspectionFields = new Set(['__typename', '__schema', '__type']);

/** The audience a root field declares; a field that declares none is open to no one. */
export function audienceOf(rootType: GraphQLObjectType, field: string): Audience | null {
  if (introspectionFields.has(field)) return Audience.EVERYONE;
  return (rootType.getFields()[field]?.extensions?.[extensionName] as Audience | undefined) ?? null;
}

function mayCall(audience: Audience | null, jurisdiction: Jurisdiction): boolean {
  switch (audience) {
    case Audience.EVERYONE:
      return true;
    case Audience.ACCOUNTS:
      return jurisdiction.principal !== null;
    case Audience.AUDIT_READERS:
      return jurisdiction.readsAuditTrail;
    case Audience.ADMINISTRATORS:
      return jurisdiction.canWrite;
    default:
      return false;
  }
}

function refusal(audience: Audience | null, operation: string, role: string): GraphQLError {
  const http = { status: 403 };
  if (audience === Audience.ADMINISTRATORS) return reasonedError('ROLE_READS_ONLY', { operation, role }, { http });
  if (audience === Audience.AUDIT_READERS) return reasonedError('AUDIT_TRAIL_RESTRICTED', { operation }, { http });
  return reasonedError('OPERATION_NOT_OPEN', { operation }, { http });
}

/**
 * Decides, before anything runs, whether the caller may send this operation at
 * all, by the audience each of its root fields declares (AllowedFor). Runs on
 * HTTP and graphql-ws alike; unknown root fields are left to validation.
 */
export function operationRefusal(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, jurisdiction: Jurisdiction): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return null;
  const fields = rootFieldNames(document, operation).filter((field) => introspectionFields.has(field) || rootType.getFields()[field]);
  const { principal } = jurisdiction;
  if (!principal) {
    const closed = fields.filter((field) => audienceOf(rootType, field) !== Audience.EVERYONE);
    return closed.length ? unauthenticated('LOGIN_REQUIRED_FOR_FIELDS', { fields: closed.join(', ') }) : null;
  }
  for (const field of fields) {
    const audience = audienceOf(rootType, field);
    if (!mayCall(audience, jurisdiction)) return refusal(audience, field, principal.role);
  }
  return null;
}
