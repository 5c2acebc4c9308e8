import {
  CreateStaffDocument,
  DeleteStaffDocument,
  StaffListDocument,
  StaffOneDocument,
  UpdateStaffDocument,
  type CreateStaffMutation,
  type StaffListQuery,
  type StaffOneQuery,
  type StaffRecordFragment,
  type UpdateStaffMutation,
} from '../gql/graphql';
import { ResourceAdapter } from '../data-provider/resource-adapter';
import { staffSearchFilter } from '../search/search-terms';

const editableFields = [
  'institutionId',
  'quotaCategory',
  'name',
  'nationalId',
  'gender',
  'birthDate',
  'education',
  'position',
  'leadershipTier',
  'hiredOn',
  'status',
];

export const staffData = new ResourceAdapter<StaffRecordFragment>({
  list: { document: StaffListDocument, page: (data: StaffListQuery) => data.staff },
  one: { document: StaffOneDocument, record: (data: StaffOneQuery) => data.staffMember },
  sortFields: { name: 'NAME', hiredOn: 'HIRED_ON', status: 'STATUS', birthDate: 'BIRTH_DATE', updatedAt: 'UPDATED_AT' },
  filterFields: ['institutionId', 'isLeader', 'leadershipTier', 'nameContains', 'nationalId', 'quotaCategory', 'status', 'underBureauId'],
  search: staffSearchFilter,
  create: { document: CreateStaffDocument, record: (data: CreateStaffMutation) => data.createStaff, fields: editableFields },
  update: { document: UpdateStaffDocument, record: (data: UpdateStaffMutation) => data.updateStaff, fields: editableFields },
  remove: { document: DeleteStaffDocument },
});
