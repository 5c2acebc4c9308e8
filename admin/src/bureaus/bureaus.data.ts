import {
  BureauListDocument,
  BureauOneDocument,
  CreateBureauDocument,
  DeleteBureauDocument,
  UpdateBureauDocument,
  type BureauListQuery,
  type BureauOneQuery,
  type BureauRecordFragment,
  type CreateBureauMutation,
  type UpdateBureauMutation,
} from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';

const editableFields = [
  'code',
  'name',
  'divisionName',
  'level',
  'parentId',
  'documentExchangeBuiltOn',
  'localAreaNetworkBuiltOn',
  'paperlessOfficeBuiltOn',
  'partyIntranetConnectedOn',
];

export const bureausData = new ResourceAdapter<BureauRecordFragment>({
  list: { document: BureauListDocument, page: (data: BureauListQuery) => data.bureaus },
  one: { document: BureauOneDocument, record: (data: BureauOneQuery) => data.bureau },
  sortFields: { code: 'CODE', name: 'NAME', level: 'LEVEL', path: 'PATH', updatedAt: 'UPDATED_AT' },
  filterFields: ['code', 'level', 'parentId', 'partyIntranetConnected', 'underBureauId', 'nameContains'],
  searchField: 'nameContains',
  create: { document: CreateBureauDocument, record: (data: CreateBureauMutation) => data.createBureau, fields: editableFields },
  update: { document: UpdateBureauDocument, record: (data: UpdateBureauMutation) => data.updateBureau, fields: editableFields },
  remove: { document: DeleteBureauDocument },
  // The five indicators' dates, flat, so that forms edit them as plain date inputs.
  toRecord: (bureau) => ({
    documentExchangeBuiltOn: bureau.indicators.documentExchange.builtOn,
    localAreaNetworkBuiltOn: bureau.indicators.localAreaNetwork.builtOn,
    paperlessOfficeBuiltOn: bureau.indicators.paperlessOffice.builtOn,
    partyIntranetConnectedOn: bureau.partyIntranet.connectedOn,
  }),
});
