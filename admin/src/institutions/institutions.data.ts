import {
  EstablishInstitutionDocument,
  InstitutionListDocument,
  InstitutionOneDocument,
  type EstablishInstitutionMutation,
  type InstitutionListQuery,
  type InstitutionOneQuery,
  type InstitutionRecordFragment,
} from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';
import { institutionSearchFilter } from '../search/search-terms';

/**
 * Institutions (机构) are read here and established (设立) by the create view;
 * every other change is one of the change mutations (renameInstitution,
 * approveEstablishment, ...) with its approval document, sent by the show
 * page's dialogs (actions/), never a plain update.
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
  search: institutionSearchFilter,
  create: {
    document: EstablishInstitutionDocument,
    record: (data: EstablishInstitutionMutation) => data.establishInstitution,
    fields: [
      'bureauId',
      'supervisingInstitutionId',
      'name',
      'shortName',
      'creditCode',
      'kind',
      'nature',
      'funding',
      'rank',
      'isEgovBody',
      'duties',
      'documentNumber',
      'decidedOn',
    ],
  },
});
