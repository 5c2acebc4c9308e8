import {
  BureauListDocument,
  BureauOneDocument,
  BureauTreeDocument,
  CreateBureauDocument,
  DeleteBureauDocument,
  UpdateBureauDocument,
  type BureauListQuery,
  type BureauOneQuery,
  type BureauRecordFragment,
  type BureauTreeQuery,
  type CreateBureauMutation,
  type UpdateBureauMutation,
} from '../gql/graphql';
import { ResourceAdapter, type ListRequest, type ResourceDefinition } from '../data-provider/resource-adapter';

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

const definition: ResourceDefinition<BureauRecordFragment> = {
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
};

/** The filter a list sets (a permanent filter, not in the URL) to read the bureaus with their counts, for the tree. */
export const withCountsFilter = { withCounts: true };

const withCounts = new ResourceAdapter<BureauRecordFragment>({
  ...definition,
  list: { document: BureauTreeDocument, page: (data: BureauTreeQuery) => data.bureaus },
});

/** Bureaus; a list filtered `withCounts` is read with each bureau's subtree counts in the same request. */
class BureausAdapter extends ResourceAdapter<BureauRecordFragment> {
  override list(request: ListRequest) {
    const { withCounts: counted, ...filter } = request.filter;
    return counted ? withCounts.list({ ...request, filter }) : super.list(request);
  }
}

export const bureausData = new BureausAdapter(definition);
