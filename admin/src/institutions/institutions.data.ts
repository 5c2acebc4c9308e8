import { InstitutionListDocument, InstitutionOneDocument, type InstitutionListQuery, type InstitutionOneQuery, type InstitutionRecordFragment } from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';

/**
 * Institutions (机构) are read here; they change only by the change mutations
 * (establishInstitution, renameInstitution, approveEstablishment, ...), each
 * with its approval document, which this client does not offer yet.
 */
export const institutionsData = new ResourceAdapter<InstitutionRecordFragment>({
  list: { document: InstitutionListDocument, page: (data: InstitutionListQuery) => data.institutions },
  one: { document: InstitutionOneDocument, record: (data: InstitutionOneQuery) => data.institution },
  sortFields: { name: 'NAME', creditCode: 'CREDIT_CODE', kind: 'KIND', rank: 'RANK', establishedOn: 'ESTABLISHED_ON', updatedAt: 'UPDATED_AT' },
  filterFields: [
    'bureauId',
    'creditCode',
    'isEgovBody',
    'kind',
    'nameContains',
    'nature',
    'overStaffed',
    'rank',
    'statuses',
    'supervisingInstitutionId',
    'topLevel',
    'underBureauId',
  ],
  searchField: 'nameContains',
});
