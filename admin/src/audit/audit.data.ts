import { AuditListDocument, type AuditListQuery, type AuditRecordFragment } from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';

// The audit trail is read in lists only: an entry's before and after values open in the row.
export const auditData = new ResourceAdapter<AuditRecordFragment>({
  list: { document: AuditListDocument, page: (data: AuditListQuery) => data.auditEntries },
  filterFields: ['actorUsername', 'before', 'from', 'operation', 'recordId', 'recordType', 'underBureauId'],
  searchField: 'actorUsername',
  sortFields: { occurredAt: 'OCCURRED_AT', operation: 'OPERATION', recordType: 'RECORD_TYPE', actorUsername: 'ACTOR_USERNAME' },
});
