import {
  CreateUnitDocument,
  DeleteUnitDocument,
  UnitListDocument,
  UnitOneDocument,
  UpdateUnitDocument,
  type CreateUnitMutation,
  type UnitListQuery,
  type UnitOneQuery,
  type UnitRecordFragment,
  type UpdateUnitMutation,
} from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';

const editableFields = ['bureauId', 'name', 'rank', 'duties', 'establishedOn'];

export const unitsData = new ResourceAdapter<UnitRecordFragment>({
  list: { document: UnitListDocument, page: (data: UnitListQuery) => data.egovUnits },
  one: { document: UnitOneDocument, record: (data: UnitOneQuery) => data.egovUnit },
  sortFields: { name: 'NAME', rank: 'RANK', establishedOn: 'ESTABLISHED_ON', updatedAt: 'UPDATED_AT' },
  filterFields: ['bureauId', 'nameContains', 'rank', 'underBureauId'],
  searchField: 'nameContains',
  create: { document: CreateUnitDocument, record: (data: CreateUnitMutation) => data.createEGovUnit, fields: editableFields },
  update: { document: UpdateUnitDocument, record: (data: UpdateUnitMutation) => data.updateEGovUnit, fields: editableFields },
  remove: { document: DeleteUnitDocument },
});
